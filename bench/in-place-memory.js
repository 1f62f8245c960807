#!/usr/bin/env node
// Peak memory of copy-and-rebind (`a = a.map(f)`, ...) vs the in-place equivalent on one large array of doubles.
//
// Every variant is a tiny program run in a FRESH child process (`node --max-old-space-size=M -e <code>`):
//   - "min heap": the smallest --max-old-space-size (MB) at which the program still exits 0, found by bisection to a
//     4 MB bracket (a child that runs out of heap dies with a V8 fatal error and a non-zero status);
//   - "peak RSS": process.resourceUsage().maxRSS printed by the child at exit, run at a generous heap limit.
// Each variant is measured --runs times (runs interleaved across variants); medians are reported.
//
//   node bench/in-place-memory.js                  # N = 10,000,000 doubles, 3 runs (about 5-6 minutes on 2 cores)
//   node bench/in-place-memory.js --quick          # N = 1,000,000, 1 run (smoke test, well under a minute)
//   node bench/in-place-memory.js --n 2000000 --runs 5 --jobs 1 --only map,map-in-place
//
// Writes bench/results/in-place-memory.json (--quick or --only: bench/.tmp/in-place-memory.json, git-ignored, so a
// smoke test never overwrites the committed figures).
import { parseArgs } from 'node:util';

import { environment, formatTable, median, ratio, round, writeResult } from './lib/common.js';
import { findMinHeap, MIN_HEAP_OPTIONS, recordRun, runNodeChild } from './lib/min-heap.js';

const NAME = 'in-place-memory';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    ...MIN_HEAP_OPTIONS,
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--n N] [--runs R] [--jobs J] [--only v1,v2]
  --n         array length (default 10000000; --quick: 1000000)
  --runs      runs per variant, medians reported (default 3; --quick: 1)
  --jobs      children measured concurrently (default 2; use 1 on a busy machine to rule out interference)
  --lo/--hi   bisection bounds for --max-old-space-size in MB (default 4..2048), --res resolution (default 4)
  --rss-heap  heap limit for the peak-RSS run in MB (default 4096)
  --timeout   seconds before a child is killed and counted as a failure (default 180)`);
  process.exit(0);
}

const int = (s, name) => {
  const v = Number(s);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const N = args.n ? int(args.n, 'n') : args.quick ? 1_000_000 : 10_000_000;
const RUNS = args.runs ? int(args.runs, 'runs') : args.quick ? 1 : 3;
const JOBS = int(args.jobs, 'jobs');
const LO = int(args.lo, 'lo');
const HI = int(args.hi, 'hi');
const RES = int(args.res, 'res');
const RSS_HEAP = int(args['rss-heap'], 'rss-heap');
const TIMEOUT_MS = int(args.timeout, 'timeout') * 1000;
const HALF = Math.floor(N / 2);

// The variants. `code` is what the table shows; `op` is what runs between building the array(s) and the checksum.
// `pair` names the in-place counterpart of a copy variant. `withB` builds a second array b of N/2 doubles first.
const VARIANTS = [
  { id: 'floor', code: '(build a only)', op: '', length: N },
  { id: 'floor-b', code: '(build a and b = N/2 only)', op: '', withB: true, length: N },
  { id: 'map', code: 'a = a.map(f)', op: 'a = a.map(f);', pair: 'map-in-place', length: N },
  {
    id: 'map-in-place',
    code: 'for (i) a[i] = f(a[i])',
    op: 'for (let i = 0; i < a.length; i++) a[i] = f(a[i]);',
    length: N,
  },
  { id: 'filter', code: 'a = a.filter(p)', op: 'a = a.filter(p);', pair: 'filter-in-place', length: 'half' },
  {
    id: 'filter-in-place',
    code: 'compact in place; a.length = w',
    op: 'let w = 0; for (let i = 0; i < a.length; i++) { const v = a[i]; if (p(v)) a[w++] = v; } a.length = w;',
    length: 'half',
  },
  {
    id: 'toSorted',
    code: 'a = a.toSorted((x, y) => x - y)',
    op: 'a = a.toSorted((x, y) => x - y);',
    pair: 'sort',
    slow: true,
    length: N,
  },
  { id: 'sort', code: 'a.sort((x, y) => x - y)', op: 'a.sort((x, y) => x - y);', slow: true, length: N },
  { id: 'toReversed', code: 'a = a.toReversed()', op: 'a = a.toReversed();', pair: 'reverse', length: N },
  { id: 'reverse', code: 'a.reverse()', op: 'a.reverse();', length: N },
  { id: 'with', code: 'a = a.with(7, 1.5)', op: 'a = a.with(7, 1.5);', pair: 'index-assign', length: N },
  { id: 'index-assign', code: 'a[7] = 1.5', op: 'a[7] = 1.5;', length: N },
  {
    id: 'concat',
    code: 'a = a.concat(b)',
    op: 'a = a.concat(b);',
    withB: true,
    pair: 'push-loop',
    length: N + HALF,
  },
  {
    id: 'push-loop',
    code: 'for (const v of b) a.push(v)',
    op: 'for (const v of b) a.push(v);',
    withB: true,
    length: N + HALF,
  },
];

const only = args.only ? new Set(args.only.split(',')) : null;
if (only) {
  for (const id of only) if (!VARIANTS.some((v) => v.id === id)) throw new Error(`unknown variant ${id}`);
  // Ratios need the floor: always keep it.
  only.add('floor');
}
const variants = only ? VARIANTS.filter((v) => only.has(v.id)) : VARIANTS;

/** The child program: build like real code does (push in a loop), run the op, keep everything alive to a checksum. */
function program(v) {
  return `'use strict';
const N = ${N};
const f = (x) => x * 0.5 + 0.25;
const p = (x) => x < 500;
function main() {
  let a = [];
  for (let i = 0; i < N; i++) a.push(Math.random() * 1000);
  ${v.withB ? `const b = [];\n  for (let i = 0; i < ${HALF}; i++) b.push(Math.random() * 1000);` : ''}
  const t0 = performance.now();
  ${v.op}
  const ms = performance.now() - t0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i];
  ${v.withB ? 'for (let i = 0; i < b.length; i++) sum += b[i];' : ''}
  const ru = process.resourceUsage();
  process.stdout.write(JSON.stringify({ length: a.length, sum, ms, maxRSSKB: ru.maxRSS }) + '\\n');
}
main();
`;
}

/** Runs one variant under a heap limit; resolves { ok, reason, out }. Non-OOM failures throw (a bug, not a result). */
const runChild = (v, heapMB) => runNodeChild({ id: v.id, program: program(v), heapMB, timeoutMs: TIMEOUT_MS, flags: [] });

/** Smallest passing --max-old-space-size for a variant, to RES MB (bench/lib/min-heap.js). */
const minHeap = (v, { start, guess }) => findMinHeap((mb) => runChild(v, mb), { lo: LO, hi: HI, res: RES, start, guess });

function checkLength(v, out) {
  const ok =
    v.length === 'half' ? out.length > N * 0.45 && out.length < N * 0.55 : out.length === v.length;
  if (!ok) throw new Error(`${v.id}: unexpected result length ${out.length}`);
}

// ---------------------------------------------------------------------------------------------------------------
const t0 = performance.now();
const perVariant = new Map(variants.map((v) => [v.id, []]));
// Queue: run 1 of every variant, then run 2, ...; within a run the slow (sorting) variants go first so the two
// workers finish together.
const queue = [];
for (let run = 1; run <= RUNS; run++) {
  for (const v of [...variants].sort((x, y) => Number(!!y.slow) - Number(!!x.slow))) queue.push({ run, v });
}
const total = queue.length;
let done = 0;

async function worker() {
  for (let task = queue.shift(); task; task = queue.shift()) {
    const { run, v } = task;
    const started = performance.now();
    const rss = await runChild(v, RSS_HEAP);
    if (!rss.ok) throw new Error(`${v.id} failed at the generous heap limit ${RSS_HEAP} MB (${rss.reason})`);
    checkLength(v, rss.out);
    const peakRssMB = rss.out.maxRSSKB / 1024;
    const earlier = perVariant.get(v.id).map((r) => r.minHeapMB).filter((x) => x != null);
    const search = await minHeap(v, { start: peakRssMB, guess: earlier.length ? earlier.at(-1) : undefined });
    const seconds = (performance.now() - started) / 1000;
    done++;
    perVariant.get(v.id).push(recordRun({ id: v.id, search, out: rss.out, peakRssMB, run, seconds, hi: HI, done, total, elapsedSeconds: (performance.now() - t0) / 1000, width: 16 }));
  }
}

console.error(
  `${NAME}: N = ${N.toLocaleString('en-US')} doubles, ${RUNS} run(s), ${JOBS} job(s), ${variants.length} variants, ` +
    `node ${process.version}`,
);
await Promise.all(Array.from({ length: JOBS }, worker));
const wallSeconds = round((performance.now() - t0) / 1000, 1);

// ---------------------------------------------------------------------------------------------------------------
const rows = variants.map((v) => {
  const runs = perVariant.get(v.id).sort((x, y) => x.run - y.run);
  const heaps = runs.map((r) => r.minHeapMB);
  return {
    code: v.code,
    id: v.id,
    minHeapMB: heaps.includes(null) ? null : median(heaps),
    opMs: median(runs.map((r) => r.opMs)),
    pair: v.pair ?? null,
    peakRssMB: round(median(runs.map((r) => r.peakRssMB)), 1),
    runs,
  };
});
const byId = new Map(rows.map((r) => [r.id, r]));
const floor = byId.get('floor');
for (const r of rows) {
  r.minHeapVsFloor = ratio(r.minHeapMB, floor.minHeapMB);
  r.peakRssVsFloor = ratio(r.peakRssMB, floor.peakRssMB);
  const inPlace = r.pair ? byId.get(r.pair) : null;
  r.minHeapVsInPlace = inPlace ? ratio(r.minHeapMB, inPlace.minHeapMB) : null;
  r.peakRssVsInPlace = inPlace ? ratio(r.peakRssMB, inPlace.peakRssMB) : null;
}

const table = formatTable(
  ['variant', 'code', 'min heap MB', 'x floor', 'peak RSS MB', 'x floor', 'copy/in-place heap', 'copy/in-place RSS', 'op ms'],
  rows.map((r) => [
    r.id,
    r.code,
    r.minHeapMB == null ? `> ${HI}` : r.runs.some((x) => x.belowLo) ? `<= ${r.minHeapMB}` : r.minHeapMB,
    r.minHeapVsFloor,
    r.peakRssMB,
    r.peakRssVsFloor,
    r.minHeapVsInPlace,
    r.peakRssVsInPlace,
    r.opMs,
  ]),
);

console.log(`\nCopy-and-rebind vs in place: ${N.toLocaleString('en-US')} doubles built with push, node ${process.version}`);
console.log(`medians of ${RUNS} run(s), each variant in a fresh process; min heap = smallest --max-old-space-size`);
console.log(`(MB, ${RES} MB resolution) that still exits 0; peak RSS = maxRSS at --max-old-space-size=${RSS_HEAP}.`);
console.log(`x floor: vs building a alone; the concat/push-loop rows also hold b (compare with floor-b).\n`);
console.log(table);
console.log(`\nwall time ${wallSeconds} s (${JOBS} job(s) in parallel)`);

const data = {
  benchmark: NAME,
  environment: environment(),
  params: {
    bisection: { hiMB: HI, loMB: LO, resolutionMB: RES },
    elementKind: 'doubles (Math.random() * 1000), built with push',
    jobs: JOBS,
    n: N,
    quick: args.quick,
    rssHeapMB: RSS_HEAP,
    runs: RUNS,
  },
  variants: rows,
  wallSeconds,
};
const file = writeResult(NAME, data, { partial: args.quick || only != null });
console.log(`wrote ${file}`);
