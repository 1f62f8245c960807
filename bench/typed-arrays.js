#!/usr/bin/env node
// Typed arrays vs `number[]`: what one element really costs, depending on how the array was built. Re-measures
// /work/shared/V8-MEMORY.md section 1 with the project's own method, side by side in one run, against Float64Array.
//
// Every variant is a tiny program run in a FRESH child process (`node --expose-gc --allow-natives-syntax
// --max-old-space-size=M -e <code>`), as in in-place-memory.js:
//   - "bytes/element": after a full gc(), the growth of the V8 heap (process.memoryUsage().heapUsed) and of the memory
//     V8 holds outside its heap (process.memoryUsage().external, which includes arrayBuffers: the backing stores of
//     typed arrays) between before the build and after it, divided by N. Measured in the run at the generous limit;
//   - "min heap": the smallest --max-old-space-size (MB) at which the program still exits 0, found by bisection to a
//     4 MB bracket (a child that runs out of heap dies with a V8 fatal error and a non-zero status). It bounds the
//     V8 heap only: typed-array backing stores are off-heap and do not count against it;
//   - "peak RSS": process.resourceUsage().maxRSS printed by the child at exit, run at a generous heap limit; this run
//     also gives "build ms", the time of building and filling the array alone.
// The child also reports the V8 elements kind (%HasDoubleElements and friends), and the parent checks it against the
// expected one, so that a row labelled PACKED_DOUBLE really is one. The array stays alive to the end (a checksum is
// printed). Each variant is measured --runs times (runs interleaved across variants); medians are reported.
//
//   node bench/typed-arrays.js                  # N = 10,000,000, 3 runs (about 3.5 minutes on the shared 2-core machine)
//   node bench/typed-arrays.js --quick          # N = 1,000,000, 1 run (well under 30 s), writes bench/.tmp/
//   node bench/typed-arrays.js --runs 5 --jobs 1 --only push-doubles,float64
//
// Writes bench/results/typed-arrays.json (--quick or --only: bench/.tmp/typed-arrays.json, git-ignored).
import { parseArgs } from 'node:util';

import { environment, formatTable, median, ratio, round, writeResult } from './lib/common.js';
import { findMinHeap, MIN_HEAP_OPTIONS, runNodeChild } from './lib/min-heap.js';

const NAME = 'typed-arrays';

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
  --n         elements per array (default 10000000; --quick: 1000000)
  --runs      runs per variant, medians reported (default 3; --quick: 1)
  --jobs      children measured concurrently (default 2; use 1 on a busy machine to rule out interference)
  --lo/--hi   bisection bounds for --max-old-space-size in MB (default 4..2048; an empty node needs 4: 3 aborts),
              --res resolution (default 4)
  --rss-heap  heap limit for the bytes/element and peak-RSS run in MB (default 4096)
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
const MID = Math.floor(N / 2);

// The variants. `build` leaves the array in `a`; `code` is what the table shows; `kind` is the elements kind the child
// must report. Doubles are i * 0.5 + 0.25 (never an integer, so never a Smi); small ints are i & 1023.
const VARIANTS = [
  { id: 'empty', code: '(no array: the process alone)', build: 'const a = [];', kind: 'PACKED_SMI', reference: true },
  {
    id: 'push-doubles',
    code: 'const a = []; a.push(i * 0.5 + 0.25)',
    build: 'const a = []; for (let i = 0; i < N; i++) a.push(i * 0.5 + 0.25);',
    kind: 'PACKED_DOUBLE',
  },
  {
    id: 'push-smi',
    code: 'const a = []; a.push(i & 1023)',
    build: 'const a = []; for (let i = 0; i < N; i++) a.push(i & 1023);',
    kind: 'PACKED_SMI',
  },
  {
    id: 'new-array-index',
    code: 'const a = new Array(n); a[i] = i * 0.5 + 0.25',
    build: 'const a = new Array(N); for (let i = 0; i < N; i++) a[i] = i * 0.5 + 0.25;',
    kind: 'HOLEY_DOUBLE',
  },
  {
    id: 'fill0-index',
    code: 'const a = new Array(n).fill(0); a[i] = i * 0.5 + 0.25',
    build: 'const a = new Array(N).fill(0); for (let i = 0; i < N; i++) a[i] = i * 0.5 + 0.25;',
    kind: 'HOLEY_DOUBLE',
  },
  {
    id: 'array-from',
    code: 'Array.from({ length: n }, (_, i) => i * 0.5)',
    build: 'const a = Array.from({ length: N }, (_, i) => i * 0.5);',
    // Not holey: for an array-like source V8 builds a pre-sized array and fills every index (8 B/element, no slack).
    kind: 'PACKED_DOUBLE',
  },
  {
    id: 'mixed-string',
    code: "push doubles, one 'x' at n/2",
    build: `const a = []; for (let i = 0; i < N; i++) a.push(i === ${MID} ? 'x' : i * 0.5 + 0.25);`,
    kind: 'PACKED_ELEMENTS',
    slow: true,
  },
  {
    id: 'mixed-undefined',
    code: 'push doubles, one undefined at n/2',
    build: `const a = []; for (let i = 0; i < N; i++) a.push(i === ${MID} ? undefined : i * 0.5 + 0.25);`,
    kind: 'PACKED_ELEMENTS',
    slow: true,
  },
  {
    id: 'float64',
    code: 'new Float64Array(n); a[i] = i * 0.5 + 0.25',
    build: 'const a = new Float64Array(N); for (let i = 0; i < N; i++) a[i] = i * 0.5 + 0.25;',
    kind: 'Float64Array',
  },
  {
    id: 'float32',
    code: 'new Float32Array(n); a[i] = i * 0.5 + 0.25',
    build: 'const a = new Float32Array(N); for (let i = 0; i < N; i++) a[i] = i * 0.5 + 0.25;',
    kind: 'Float32Array',
  },
  {
    id: 'int32',
    code: 'new Int32Array(n); a[i] = i',
    build: 'const a = new Int32Array(N); for (let i = 0; i < N; i++) a[i] = i;',
    kind: 'Int32Array',
  },
  {
    id: 'uint8',
    code: 'new Uint8Array(n); a[i] = i & 255',
    build: 'const a = new Uint8Array(N); for (let i = 0; i < N; i++) a[i] = i & 255;',
    kind: 'Uint8Array',
  },
];
const BASE = 'float64';
const EMPTY = 'empty';

const only = args.only ? new Set(args.only.split(',')) : null;
if (only) {
  for (const id of only) if (!VARIANTS.some((v) => v.id === id)) throw new Error(`unknown variant ${id}`);
  // Ratios need Float64Array, and "over empty" the empty process: always keep both.
  only.add(BASE);
  only.add(EMPTY);
}
const variants = only ? VARIANTS.filter((v) => only.has(v.id)) : VARIANTS;

/**
 * The child program: full GC, read the heap; build (timed); full GC, read again; elements kind; checksum. The build
 * runs in main() and `a` is used after the second gc(), so the array is live when measured.
 */
function program(v) {
  return `'use strict';
const N = ${N};
const v8 = require('v8');
function snapshot() {
  gc();
  gc();
  const m = process.memoryUsage();
  const h = v8.getHeapStatistics();
  return { heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, usedHeapSize: h.used_heap_size };
}
function kindOf(a) {
  if (ArrayBuffer.isView(a)) return a.constructor.name;
  if (%HasDictionaryElements(a)) return 'DICTIONARY';
  const holey = %HasHoleyElements(a) ? 'HOLEY_' : 'PACKED_';
  if (%HasSmiElements(a)) return holey + 'SMI';
  if (%HasDoubleElements(a)) return holey + 'DOUBLE';
  if (%HasObjectElements(a)) return holey + 'ELEMENTS';
  return 'unknown';
}
function main() {
  // Warm-up: the first performance.now() loads perf_hooks (measured: 72 KB of heap and 58 KB external after gc);
  // without it every row, the empty process included, would carry 0.13 B/element at 1M elements.
  performance.now();
  snapshot();
  const before = snapshot();
  const t0 = performance.now();
  ${v.build}
  const ms = performance.now() - t0;
  const after = snapshot();
  const kind = kindOf(a);
  let sum = 0;
  for (let i = 0; i < a.length; i++) { const x = a[i]; if (typeof x === 'number') sum += x; }
  const ru = process.resourceUsage();
  process.stdout.write(JSON.stringify({ length: a.length, kind, sum, ms, before, after, maxRSSKB: ru.maxRSS }) + '\\n');
}
main();
`;
}

/** Runs one variant under a heap limit; resolves { ok, reason, out }. Non-OOM failures throw (a bug, not a result). */
const runChild = (v, heapMB) => runNodeChild({ id: v.id, program: program(v), heapMB, timeoutMs: TIMEOUT_MS, flags: ['--expose-gc', '--allow-natives-syntax'] });

/** Smallest passing --max-old-space-size for a variant, to RES MB (bench/lib/min-heap.js). */
const minHeap = (v, { start, guess }) => findMinHeap((mb) => runChild(v, mb), { lo: LO, hi: HI, res: RES, start, guess });

function check(v, out) {
  const expectedLength = v.id === EMPTY ? 0 : N;
  if (out.length !== expectedLength) throw new Error(`${v.id}: unexpected length ${out.length}`);
}

// ---------------------------------------------------------------------------------------------------------------
const t0 = performance.now();
const perVariant = new Map(variants.map((v) => [v.id, []]));
// Queue: run 1 of every variant, then run 2, ...; within a run the slow (boxed) variants go first so the two workers
// finish together.
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
    check(v, rss.out);
    const { before, after } = rss.out;
    const heapBytes = after.heapUsed - before.heapUsed;
    const externalBytes = after.external - before.external;
    const arrayBufferBytes = after.arrayBuffers - before.arrayBuffers;
    const peakRssMB = rss.out.maxRSSKB / 1024;
    const earlier = perVariant.get(v.id).map((r) => r.minHeapMB).filter((x) => x != null);
    const search = await minHeap(v, { start: peakRssMB, guess: earlier.length ? earlier.at(-1) : undefined });
    const seconds = (performance.now() - started) / 1000;
    const perElement = (bytes) => (N > 0 && v.id !== EMPTY ? bytes / N : null);
    perVariant.get(v.id).push({
      arrayBufferBytes,
      belowLo: search.belowLo || undefined,
      bracketMB: search.bracketMB,
      buildMs: round(rss.out.ms, 0),
      bytesPerElement: round(perElement(heapBytes + externalBytes), 3),
      externalBytes,
      heapBytes,
      heapBytesPerElement: round(perElement(heapBytes), 3),
      kind: rss.out.kind,
      minHeapMB: search.minHeapMB,
      offHeapBytesPerElement: round(perElement(externalBytes), 3),
      peakRssMB: round(peakRssMB, 1),
      probes: search.probes.length,
      run,
      seconds: round(seconds, 1),
      usedHeapSizeBytes: after.usedHeapSize - before.usedHeapSize,
    });
    done++;
    const heap = search.minHeapMB == null ? `> ${HI}` : `${search.belowLo ? '<= ' : ''}${search.minHeapMB}`;
    const bpe = perElement(heapBytes + externalBytes);
    console.error(
      `[${done}/${total}] run ${run} ${v.id.padEnd(16)} ${rss.out.kind.padEnd(15)} ` +
        `${bpe == null ? '-' : round(bpe, 2)} B/element (heap ${heapBytes}, off-heap ${externalBytes}), ` +
        `min heap ${heap} MB (${search.probes.length} probes), peak RSS ${round(peakRssMB, 1)} MB, ` +
        `build ${round(rss.out.ms, 0)} ms, ${round(seconds, 1)} s, elapsed ${round((performance.now() - t0) / 1000, 0)} s`,
    );
  }
}

const fmtN = (x) => x.toLocaleString('en-US');
console.error(
  `${NAME}: N = ${fmtN(N)} elements, ${RUNS} run(s), ${JOBS} job(s), ${variants.length} variants, node ${process.version}`,
);
await Promise.all(Array.from({ length: JOBS }, worker));
const wallSeconds = round((performance.now() - t0) / 1000, 1);

// ---------------------------------------------------------------------------------------------------------------
const rows = variants.map((v) => {
  const runs = perVariant.get(v.id).sort((x, y) => x.run - y.run);
  const heaps = runs.map((r) => r.minHeapMB);
  const kinds = [...new Set(runs.map((r) => r.kind))];
  return {
    buildMs: median(runs.map((r) => r.buildMs)),
    bytesPerElement: round(median(runs.map((r) => r.bytesPerElement)), 2),
    code: v.code,
    expectedKind: v.kind,
    heapBytesPerElement: round(median(runs.map((r) => r.heapBytesPerElement)), 2),
    id: v.id,
    kind: kinds.join('/'),
    kindAsExpected: kinds.length === 1 && kinds[0] === v.kind,
    minHeapMB: heaps.includes(null) ? null : median(heaps),
    offHeapBytesPerElement: round(median(runs.map((r) => r.offHeapBytesPerElement)), 2),
    peakRssMB: round(median(runs.map((r) => r.peakRssMB)), 1),
    reference: v.reference ?? false,
    runs,
  };
});
const byId = new Map(rows.map((r) => [r.id, r]));
const base = byId.get(BASE);
const empty = byId.get(EMPTY);
for (const r of rows) {
  const isRef = r.reference;
  r.bytesVsFloat64 = isRef ? null : ratio(r.bytesPerElement, base.bytesPerElement);
  r.minHeapOverEmptyMB = r.minHeapMB != null && empty.minHeapMB != null ? r.minHeapMB - empty.minHeapMB : null;
  r.peakRssVsFloat64 = isRef ? null : ratio(r.peakRssMB, base.peakRssMB);
  r.peakRssOverEmptyMB = round(r.peakRssMB - empty.peakRssMB, 1);
  r.buildMsVsFloat64 = isRef ? null : ratio(r.buildMs, base.buildMs);
}
const mismatched = rows.filter((r) => !r.kindAsExpected);
for (const r of mismatched) console.error(`warning: ${r.id} has elements kind ${r.kind}, expected ${r.expectedKind}`);

const heapLabel = (r) =>
  r.minHeapMB == null ? `> ${HI}` : r.runs.some((x) => x.belowLo) ? `<= ${r.minHeapMB}` : r.minHeapMB;
const table = formatTable(
  [
    'variant',
    'code',
    'elements kind',
    'B/el heap',
    'B/el off-heap',
    'B/element',
    'x F64',
    'min heap MB',
    'over empty',
    'peak RSS MB',
    'x F64',
    'build ms',
    'x F64',
  ],
  rows.map((r) => [
    r.id,
    r.code,
    r.kindAsExpected ? r.kind : `${r.kind} (expected ${r.expectedKind})`,
    r.reference ? null : r.heapBytesPerElement,
    r.reference ? null : r.offHeapBytesPerElement,
    r.reference ? null : r.bytesPerElement,
    r.bytesVsFloat64,
    heapLabel(r),
    r.minHeapOverEmptyMB,
    r.peakRssMB,
    r.peakRssVsFloat64,
    r.buildMs,
    r.buildMsVsFloat64,
  ]),
);

console.log(`\nnumber[] vs typed arrays: ${fmtN(N)} elements, node ${process.version} (V8 ${process.versions.v8})`);
console.log(`medians of ${RUNS} run(s), each variant in a fresh process. B/element = growth of heapUsed (B/el heap) plus`);
console.log(`external (B/el off-heap) across the build, each read after a full gc(), / N; min heap = smallest`);
console.log(`--max-old-space-size (MB, ${RES} MB resolution) that still exits 0 (an empty node needs ${LO}); peak RSS = maxRSS`);
console.log(`and build ms at --max-old-space-size=${RSS_HEAP}; x F64: ratio to new Float64Array(n).\n`);
console.log(table);
console.log(
  `\nWhere typed arrays live: the ${fmtN(N)} elements of a typed array are an ArrayBuffer backing store allocated`,
);
console.log(`outside the V8 heap (process.memoryUsage().arrayBuffers, included in .external); on the heap there are only`);
console.log(`the small Float64Array/ArrayBuffer objects. So heapUsed alone shows ~0 B/element, the backing store is not`);
console.log(`counted against --max-old-space-size (min heap = the empty process) and is never scanned or moved by the GC;`);
console.log(`it shows in RSS. number[] elements are on the heap (FixedArray / FixedDoubleArray, boxed HeapNumbers).`);
console.log(`\nwall time ${wallSeconds} s (${JOBS} job(s) in parallel)`);

const data = {
  benchmark: NAME,
  environment: environment(),
  params: {
    bisection: { hiMB: HI, loMB: LO, resolutionMB: RES },
    bytesPerElement:
      '(heapUsed + external after - before, each after two gc() calls) / n; external includes arrayBuffers',
    childFlags: ['--expose-gc', '--allow-natives-syntax'],
    jobs: JOBS,
    n: N,
    quick: args.quick,
    rssHeapMB: RSS_HEAP,
    runs: RUNS,
    values: 'doubles i * 0.5 + 0.25 (Array.from: i * 0.5), small ints i & 1023, Int32Array i, Uint8Array i & 255',
  },
  variants: rows,
  wallSeconds,
};
const file = writeResult(NAME, data, { partial: args.quick || only != null });
console.log(`wrote ${file}`);
