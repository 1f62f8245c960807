#!/usr/bin/env node
// Intermediate arrays: chained array methods (`xs.map(f).filter(p)`, `Array.from(set).map(f)`, `[...xs].forEach(g)`,
// `Object.keys(o).map(k => o[k])`, ...) allocate a whole array per link; the fused single pass does not. This script
// measures peak memory and time of each chain against its fused form, side by side, in one run.
//
// Data: xs = 5,000,000 doubles (deterministic: (i * 7919 % 10007) * 0.1 + 0.05, built with push like real code), so
// every intermediate array is a FixedDoubleArray of 8 bytes per element and the floor is small; a Set of 2,000,000
// distinct doubles; an object with 1,000,000 keys 'k0'.. (dictionary mode) holding doubles. f and p keep doubles
// doubles: f = x => x * 0.5 + 250, p = v => v < 500 (keeps about half, before or after f).
//
// Every variant is a tiny program run in a FRESH child process (`node --max-old-space-size=M -e <code>`), exactly as
// in in-place-memory.js:
//   - "min heap": the smallest --max-old-space-size (MB) at which the program still exits 0, found by bisection to a
//     4 MB bracket (a child that runs out of heap dies with a V8 fatal error and a non-zero status);
//   - "peak RSS": process.resourceUsage().maxRSS printed by the child at exit, run at a generous heap limit; this run
//     also gives "op ms", the time of the chain / fused pass alone. The bisection's first probe is that peak RSS minus
//     the RSS of an empty node process; later runs (and the first run, when bench/results/intermediate-arrays.json
//     holds a result for the same sizes and node) start from the earlier min heap and gallop: pass at x, fail at x - 4.
// The data stay alive to the end (a checksum of the source and of the result is printed), and the parent checks that
// every form of a group returns the same length and sum. Each variant is measured --runs times (runs interleaved
// across variants); medians are reported. Iterator helpers (`xs.values().map(f).filter(p).toArray()`) are measured
// only if this Node has Iterator.prototype.map (Node 20 does not: the table says "not available").
//
//   node bench/intermediate-arrays.js              # 3 runs (5 min on the shared 2-core machine at load 3-4.6)
//   node bench/intermediate-arrays.js --quick      # sizes / 10, 1 run (well under 30 s), writes bench/.tmp/
//   node bench/intermediate-arrays.js --runs 5 --jobs 1 --only map-filter,map-filter-reduce
//   node bench/intermediate-arrays.js --fresh       # ignore the previous result file (first run bisects from scratch)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import {
  childEnv,
  environment,
  formatTable,
  median,
  ratio,
  resultsDir,
  round,
  scratchDir,
  writeResult,
} from './lib/common.js';
import { findMinHeap, MIN_HEAP_OPTIONS, recordRun, runNodeChild } from './lib/min-heap.js';

const NAME = 'intermediate-arrays';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    ...MIN_HEAP_OPTIONS,
    only: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--n N] [--runs R] [--jobs J] [--only v1,v2]
  --n         length of xs (default 5000000; --quick: 500000); the Set has 0.4 n numbers, the object 0.2 n keys
  --runs      runs per variant, medians reported (default 3; --quick: 1)
  --jobs      children measured concurrently (default 2; use 1 on a busy machine to rule out interference)
  --lo/--hi   bisection bounds for --max-old-space-size in MB (default 4..2048), --res resolution (default 4)
  --rss-heap  heap limit for the peak-RSS run in MB (default 4096)
  --timeout   seconds before a child is killed and counted as a failure (default 180)
  --fresh     do not start the first run's searches from the previous result file's min heaps`);
  process.exit(0);
}

const int = (s, name) => {
  const v = Number(s);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const N = args.n ? int(args.n, 'n') : args.quick ? 500_000 : 5_000_000;
const SET_N = Math.round(N * 0.4);
const OBJ_N = Math.round(N * 0.2);
const RUNS = args.runs ? int(args.runs, 'runs') : args.quick ? 1 : 3;
const JOBS = int(args.jobs, 'jobs');
const LO = int(args.lo, 'lo');
const HI = int(args.hi, 'hi');
const RES = int(args.res, 'res');
const RSS_HEAP = int(args['rss-heap'], 'rss-heap');
const TIMEOUT_MS = int(args.timeout, 'timeout') * 1000;

const HAS_ITERATOR_HELPERS =
  typeof globalThis.Iterator === 'function' && typeof globalThis.Iterator.prototype?.map === 'function';

// `build`: which data the child makes (xs, set or o); `op` leaves its result in `r` (an array or a number);
// `group`: every form of a group must give the same result; `floor`: the floor variant for that data.
const VARIANTS = [
  { id: 'floor', group: 'floor-xs', build: 'xs', code: '(build xs only)', op: 'const r = 0;' },
  { id: 'floor-set', group: 'floor-set', build: 'set', code: '(build the Set only)', op: 'const r = 0;' },
  { id: 'floor-obj', group: 'floor-obj', build: 'obj', code: '(build o only)', op: 'const r = 0;' },
  { id: 'map-filter', group: 'map-filter', build: 'xs', code: 'xs.map(f).filter(p)', op: 'const r = xs.map(f).filter(p);' },
  {
    id: 'map-filter-reduce',
    group: 'map-filter',
    build: 'xs',
    code: 'xs.reduce((out, x) => { const y = f(x); if (p(y)) out.push(y); return out; }, [])',
    op: 'const r = xs.reduce((out, x) => { const y = f(x); if (p(y)) out.push(y); return out; }, []);',
  },
  {
    id: 'map-filter-loop',
    group: 'map-filter',
    build: 'xs',
    code: 'for (const x of xs) { const y = f(x); if (p(y)) r.push(y); }',
    op: 'const r = []; for (const x of xs) { const y = f(x); if (p(y)) r.push(y); }',
  },
  {
    id: 'map-filter-iter',
    group: 'map-filter',
    build: 'xs',
    code: 'xs.values().map(f).filter(p).toArray()',
    op: 'const r = xs.values().map(f).filter(p).toArray();',
    needs: 'iterator-helpers',
  },
  { id: 'filter-map', group: 'filter-map', build: 'xs', code: 'xs.filter(p).map(f)', op: 'const r = xs.filter(p).map(f);' },
  {
    id: 'filter-map-reduce',
    group: 'filter-map',
    build: 'xs',
    code: 'xs.reduce((out, x) => { if (p(x)) out.push(f(x)); return out; }, [])',
    op: 'const r = xs.reduce((out, x) => { if (p(x)) out.push(f(x)); return out; }, []);',
  },
  {
    id: 'map-sum',
    group: 'map-sum',
    build: 'xs',
    code: 'xs.map(f).reduce((s, y) => s + y, 0)',
    op: 'const r = xs.map(f).reduce((s, y) => s + y, 0);',
  },
  {
    id: 'sum-fused',
    group: 'map-sum',
    build: 'xs',
    code: 'xs.reduce((s, x) => s + f(x), 0)',
    op: 'const r = xs.reduce((s, x) => s + f(x), 0);',
  },
  {
    id: 'from-set-map',
    group: 'from-set',
    build: 'set',
    code: 'Array.from(set).map(f)',
    op: 'const r = Array.from(set).map(f);',
  },
  { id: 'from-set-mapfn', group: 'from-set', build: 'set', code: 'Array.from(set, f)', op: 'const r = Array.from(set, f);' },
  {
    id: 'spread-forEach',
    group: 'forEach',
    build: 'xs',
    code: '[...xs].forEach(g)',
    op: '[...xs].forEach(g); const r = acc;',
  },
  {
    id: 'slice-forEach',
    group: 'forEach',
    build: 'xs',
    code: 'xs.slice().forEach(g)',
    op: 'xs.slice().forEach(g); const r = acc;',
  },
  { id: 'forEach', group: 'forEach', build: 'xs', code: 'xs.forEach(g)', op: 'xs.forEach(g); const r = acc;' },
  {
    id: 'keys-map',
    group: 'values',
    build: 'obj',
    code: 'Object.keys(o).map((k) => o[k])',
    op: 'const r = Object.keys(o).map((k) => o[k]);',
  },
  { id: 'values', group: 'values', build: 'obj', code: 'Object.values(o)', op: 'const r = Object.values(o);' },
];
const FLOOR_OF = { xs: 'floor', set: 'floor-set', obj: 'floor-obj' };

// Chain vs fused comparisons, printed side by side.
const PAIRS = [
  ['map-filter', 'map-filter-reduce'],
  ['map-filter', 'map-filter-loop'],
  ['map-filter', 'map-filter-iter'],
  ['filter-map', 'filter-map-reduce'],
  ['map-sum', 'sum-fused'],
  ['from-set-map', 'from-set-mapfn'],
  ['spread-forEach', 'forEach'],
  ['slice-forEach', 'forEach'],
  ['keys-map', 'values'],
];

const available = (v) => v.needs !== 'iterator-helpers' || HAS_ITERATOR_HELPERS;
const only = args.only ? new Set(args.only.split(',')) : null;
if (only) {
  for (const id of [...only]) {
    const v = VARIANTS.find((x) => x.id === id);
    if (!v) throw new Error(`unknown variant ${id}`);
    only.add(FLOOR_OF[v.build]); // ratios over the floor need it
  }
}
const variants = VARIANTS.filter((v) => available(v) && (!only || only.has(v.id)));
const unavailable = VARIANTS.filter((v) => !available(v) && (!only || only.has(v.id)));

/** The child program: build the data, run the op, keep data and result alive to a checksum. */
function program(v) {
  const build = {
    xs: `const xs = [];\n  for (let i = 0; i < ${N}; i++) xs.push((i * 7919 % 10007) * 0.1 + 0.05);`,
    set: `const set = new Set();\n  for (let i = 0; i < ${SET_N}; i++) set.add(i * 1.5 + 0.25);`,
    obj: `const o = {};\n  for (let i = 0; i < ${OBJ_N}; i++) o['k' + i] = i * 0.5 + 0.25;`,
  }[v.build];
  const keep = { xs: 'xs.length + xs[xs.length - 1]', set: 'set.size', obj: 'Object.keys(o).length' }[v.build];
  return `'use strict';
const f = (x) => x * 0.5 + 250;
const p = (v) => v < 500;
let acc = 0;
const g = (x) => { acc += x; };
function main() {
  ${build}
  const t0 = performance.now();
  ${v.op}
  const ms = performance.now() - t0;
  let length = null;
  let sum = r;
  if (typeof r !== 'number') { length = r.length; sum = 0; for (let i = 0; i < r.length; i++) sum += r[i]; }
  const ru = process.resourceUsage();
  process.stdout.write(JSON.stringify({ keep: ${keep}, length, sum, ms, maxRSSKB: ru.maxRSS }) + '\\n');
}
main();
`;
}

/** Runs one variant under a heap limit; resolves { ok, reason, out }. Non-OOM failures throw (a bug, not a result). */
const runChild = (v, heapMB) => runNodeChild({ id: v.id, program: program(v), heapMB, timeoutMs: TIMEOUT_MS, flags: [] });

/** Smallest passing --max-old-space-size for a variant, to RES MB (bench/lib/min-heap.js). */
const minHeap = (v, { start, guess }) => findMinHeap((mb) => runChild(v, mb), { lo: LO, hi: HI, res: RES, start, guess });

/** Every form of a group must give the same result (same data, same order of additions). */
const groupResult = new Map();
function checkResult(v, out) {
  const expectedKeep = { xs: null, set: SET_N, obj: OBJ_N }[v.build];
  if (expectedKeep != null && out.keep !== expectedKeep) throw new Error(`${v.id}: source changed (${out.keep})`);
  if (v.group.startsWith('floor')) return;
  if (out.length != null && !(out.length > 0)) throw new Error(`${v.id}: empty result`);
  const key = JSON.stringify([out.length, out.sum]);
  const seen = groupResult.get(v.group);
  if (!seen) groupResult.set(v.group, { key, id: v.id });
  else if (seen.key !== key) throw new Error(`${v.id} and ${seen.id} disagree: ${key} vs ${seen.key}`);
}

// The previous result file (same sizes, bisection settings and node): its min heaps are where the first run's searches
// start (a guess, then gallop and bisect as for later runs: every figure is still bracketed by this run's own probes,
// pass at x and fail at x - res). Halves the first run's probes. --fresh ignores it.
const previousMinHeap = readPreviousMinHeaps();

/** The min heaps of the previous result file; a function of its own, so its parsed JSON is not kept reachable. */
function readPreviousMinHeaps() {
  const found = new Map();
  const previousFile = path.join(args.quick || only ? scratchDir : resultsDir, `${NAME}.json`);
  if (!args.fresh && existsSync(previousFile)) {
    try {
      const prev = JSON.parse(readFileSync(previousFile, 'utf8'));
      const same =
        prev.environment?.node === process.version &&
        prev.params?.data?.xs?.startsWith(`${N} `) &&
        prev.params?.data?.set?.startsWith(`${SET_N} `) &&
        prev.params?.data?.o?.startsWith(`${OBJ_N} `) &&
        prev.params?.bisection?.resolutionMB === RES &&
        prev.params?.bisection?.loMB === LO &&
        prev.params?.bisection?.hiMB === HI;
      if (same) for (const v of prev.variants ?? []) if (v.minHeapMB != null) found.set(v.id, v.minHeapMB);
    } catch {
      // an unreadable previous file only means no guesses
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
const t0 = performance.now();
const perVariant = new Map(variants.map((v) => [v.id, []]));
// Queue: run 1 of every variant, then run 2, ...; within a run the object variants (building 1M keys is the slowest
// part) go first so the two workers finish together.
const queue = [];
for (let run = 1; run <= RUNS; run++) {
  for (const v of [...variants].sort((x, y) => Number(y.build === 'obj') - Number(x.build === 'obj'))) queue.push({ run, v });
}
const total = queue.length;
let done = 0;

async function worker() {
  for (let task = queue.shift(); task; task = queue.shift()) {
    const { run, v } = task;
    const started = performance.now();
    const rss = await runChild(v, RSS_HEAP);
    if (!rss.ok) throw new Error(`${v.id} failed at the generous heap limit ${RSS_HEAP} MB (${rss.reason})`);
    checkResult(v, rss.out);
    const peakRssMB = rss.out.maxRSSKB / 1024;
    const earlier = perVariant.get(v.id).map((r) => r.minHeapMB).filter((x) => x != null);
    const search = await minHeap(v, {
      start: peakRssMB - emptyRssMB,
      guess: earlier.length ? earlier.at(-1) : previousMinHeap.get(v.id),
    });
    const seconds = (performance.now() - started) / 1000;
    done++;
    perVariant.get(v.id).push(recordRun({ id: v.id, search, out: rss.out, peakRssMB, run, seconds, hi: HI, done, total, elapsedSeconds: (performance.now() - t0) / 1000, width: 18 }));
  }
}

const fmtN = (x) => x.toLocaleString('en-US');
console.error(
  `${NAME}: xs = ${fmtN(N)} doubles, Set of ${fmtN(SET_N)}, object of ${fmtN(OBJ_N)} keys, ${RUNS} run(s), ` +
    `${JOBS} job(s), ${variants.length} variants, node ${process.version}`,
);
// The first probe of a variant's first run is its peak RSS minus the RSS of an empty node process (the heap it used
// at the generous limit, an upper bound in practice; if it fails, the search gallops upwards).
const emptyRssMB = await new Promise((resolve, reject) => {
  const child = spawn(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS))'], {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.on('error', reject);
  child.on('close', (status) => (status === 0 ? resolve(Number(out) / 1024) : reject(new Error('empty node failed'))));
});
await Promise.all(Array.from({ length: JOBS }, worker));
const wallSeconds = round((performance.now() - t0) / 1000, 1);

// ---------------------------------------------------------------------------------------------------------------
const rows = variants.map((v) => {
  const runs = perVariant.get(v.id).sort((x, y) => x.run - y.run);
  const heaps = runs.map((r) => r.minHeapMB);
  return {
    build: v.build,
    code: v.code,
    group: v.group,
    id: v.id,
    minHeapMB: heaps.includes(null) ? null : median(heaps),
    opMs: median(runs.map((r) => r.opMs)),
    peakRssMB: round(median(runs.map((r) => r.peakRssMB)), 1),
    runs,
  };
});
const byId = new Map(rows.map((r) => [r.id, r]));
for (const r of rows) {
  const floor = byId.get(FLOOR_OF[r.build]);
  r.minHeapOverFloorMB = floor && r.minHeapMB != null && floor.minHeapMB != null ? r.minHeapMB - floor.minHeapMB : null;
  r.peakRssOverFloorMB = floor ? round(r.peakRssMB - floor.peakRssMB, 1) : null;
}
for (const v of unavailable) {
  rows.push({ available: false, build: v.build, code: v.code, group: v.group, id: v.id, note: 'not available' });
}

const heapLabel = (r) =>
  r.available === false
    ? 'not available'
    : r.minHeapMB == null
      ? `> ${HI}`
      : r.runs.some((x) => x.belowLo)
        ? `<= ${r.minHeapMB}`
        : r.minHeapMB;
const variantTable = formatTable(
  ['variant', 'code', 'min heap MB', 'over floor', 'peak RSS MB', 'over floor', 'op ms'],
  rows.map((r) => [r.id, r.code, heapLabel(r), r.minHeapOverFloorMB ?? null, r.peakRssMB ?? null, r.peakRssOverFloorMB ?? null, r.opMs ?? null]),
);

const comparisons = PAIRS.filter(([a, b]) => byId.has(a) && (byId.has(b) || unavailable.some((v) => v.id === b))).map(([a, b]) => {
    const chain = byId.get(a);
    const fused = byId.get(b);
    if (!fused) return { chain: a, fused: b, note: 'not available' };
    return {
      chain: a,
      extraMinHeapMB: chain.minHeapMB != null && fused.minHeapMB != null ? chain.minHeapMB - fused.minHeapMB : null,
      fused: b,
      minHeapRatio: ratio(chain.minHeapMB, fused.minHeapMB),
      overFloorRatio:
        chain.minHeapOverFloorMB != null && fused.minHeapOverFloorMB > 0
          ? ratio(chain.minHeapOverFloorMB, fused.minHeapOverFloorMB)
          : null,
      peakRssRatio: ratio(chain.peakRssMB, fused.peakRssMB),
      timeRatio: ratio(chain.opMs, fused.opMs),
    };
  });
const pairTable = formatTable(
  ['chain', 'fused', 'min heap x', 'extra MB', 'over-floor x', 'peak RSS x', 'time x'],
  comparisons.map((c) =>
    c.note
      ? [byId.get(c.chain).code, VARIANTS.find((v) => v.id === c.fused).code, c.note, null, null, null, null]
      : [
          byId.get(c.chain).code,
          byId.get(c.fused).code,
          c.minHeapRatio,
          c.extraMinHeapMB,
          c.overFloorRatio,
          c.peakRssRatio,
          c.timeRatio,
        ],
  ),
);

console.log(
  `\nChained array methods vs the fused single pass: xs = ${fmtN(N)} doubles, Set of ${fmtN(SET_N)} doubles, ` +
    `o with ${fmtN(OBJ_N)} keys, node ${process.version}`,
);
console.log(`medians of ${RUNS} run(s), each variant in a fresh process; min heap = smallest --max-old-space-size`);
console.log(`(MB, ${RES} MB resolution) that still exits 0; peak RSS = maxRSS at --max-old-space-size=${RSS_HEAP};`);
console.log(`over floor: minus the floor variant that builds the same data; op ms from the peak-RSS run.`);
console.log(
  `Iterator helpers (Iterator.prototype.map): ${HAS_ITERATOR_HELPERS ? 'available' : `not available in node ${process.version}`}\n`,
);
console.log(variantTable);
console.log(`\nchain / fused (x = ratio; extra MB = min heap of the chain minus that of the fused form):\n`);
console.log(pairTable);
console.log(`\nwall time ${wallSeconds} s (${JOBS} job(s) in parallel)`);

const data = {
  benchmark: NAME,
  comparisons,
  environment: environment(),
  params: {
    bisection: { hiMB: HI, loMB: LO, resolutionMB: RES },
    data: {
      o: `${OBJ_N} keys 'k' + i, values i * 0.5 + 0.25`,
      set: `${SET_N} doubles i * 1.5 + 0.25`,
      xs: `${N} doubles (i * 7919 % 10007) * 0.1 + 0.05, built with push`,
    },
    iteratorHelpers: HAS_ITERATOR_HELPERS,
    jobs: JOBS,
    quick: args.quick,
    emptyProcessRssMB: round(emptyRssMB, 1),
    firstRunGuesses: previousMinHeap.size > 0,
    rssHeapMB: RSS_HEAP,
    runs: RUNS,
  },
  variants: rows,
  wallSeconds,
};
const file = writeResult(NAME, data, { partial: args.quick || only != null });
console.log(`wrote ${file}`);
