#!/usr/bin/env node
// Accumulating spreads: `reduce` (or a loop) that copies its accumulator on every step (`[...acc, x]`,
// `acc.concat(x)`, `{ ...acc, [k]: v }`, `Object.assign({}, acc, ...)`) does O(n^2) work and garbage; the mutating
// form (`acc.push(x)`, `acc[k] = v`) is linear. Each variant runs in a FRESH child process, `--runs` times (median),
// at n, 2n and 4n, so the growth per doubling of n shows.
//
// Per run the child reports:
//   - ms: the time of the reduce/loop alone (performance.now() around it);
//   - MB allocated: MEASURED bytes allocated on the V8 heap during the reduce/loop. The child runs a v8.GCProfiler
//     (Node >= 19.6) around it; V8 calls it before and after every GC with getHeapStatistics(), so
//       allocated = usedHeapSize(end) - usedHeapSize(start) + sum over the GCs of (usedHeapSize before - after),
//     i.e. the net growth plus everything the GCs reclaimed. This is the same counter (Heap::SizeOfObjects) that
//     `--trace-gc-nvp` prints as `allocated=` (bytes allocated since the previous GC); the two agreed within 0.03 % on
//     a 1.2 GB run. Each run of this script first checks the counter on a known allocation (200 x slice() of 100,000
//     doubles = 200 x 800,048 bytes) and stops if it is off by more than 1 %;
//   - peak RSS: process.resourceUsage().maxRSS at exit (includes building xs and the process itself);
//   - sys ms: kernel CPU time during the reduce/loop (process.resourceUsage()): arrays above 16,384 elements
//     (128 KB of 8-byte slots) are V8 "large objects", each mapped and unmapped on its own, so page faults show here.
// The sizes are capped so that no quadratic run takes more than ~20 s on the shared 2-core machine: arrays at
// 5,000 / 10,000 / 20,000 elements, objects at 1,250 / 2,500 / 5,000 keys (object spread takes 5-6 s at 5,000 keys
// and 4-8x more per doubling, so 20,000 keys would take minutes per run).
//
//   node bench/accumulating-spread.js               # 3 runs (about 2 minutes)
//   node bench/accumulating-spread.js --quick       # n / 5, 1 run (a few seconds), writes bench/.tmp/
//   node bench/accumulating-spread.js --n 2000 --n-obj 500 --runs 5 --only reduce-spread,reduce-push
//
// xs = [{ id: 'k0', v: 0 }, { id: 'k1', v: 1 }, ...] built with push, the same for every variant.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

import { childEnv, environment, formatTable, median, ratio, round, writeResult } from './lib/common.js';

const NAME = 'accumulating-spread';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string' },
    'n-obj': { type: 'string' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--n N] [--n-obj N] [--runs R] [--only v1,v2]
  --n       smallest size for the array variants (default 5000; --quick: 1000); also run at 2n and 4n
  --n-obj   smallest size for the object variants (default 1250; --quick: 250); also run at 2n and 4n
  --runs    runs per variant and size, medians reported (default 3; --quick: 1)
  --only    comma-separated variant ids (their mutating counterparts are kept for the ratios)`);
  process.exit(0);
}

const int = (s, name) => {
  const v = Number(s);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const N_ARR = args.n ? int(args.n, 'n') : args.quick ? 1000 : 5000;
const N_OBJ = args['n-obj'] ? int(args['n-obj'], 'n-obj') : args.quick ? 250 : 1250;
const RUNS = args.runs ? int(args.runs, 'runs') : args.quick ? 1 : 3;

// `op` leaves its result in `acc`; `kind` says how to check it; `pair` is the mutating counterpart for the ratios.
const VARIANTS = [
  {
    id: 'reduce-spread',
    kind: 'array',
    code: 'xs.reduce((acc, x) => [...acc, x], [])',
    pair: 'reduce-push',
  },
  { id: 'reduce-concat', kind: 'array', code: 'xs.reduce((acc, x) => acc.concat(x), [])', pair: 'reduce-push' },
  { id: 'reduce-push', kind: 'array', code: 'xs.reduce((acc, x) => { acc.push(x); return acc; }, [])' },
  {
    id: 'reduce-obj-spread',
    kind: 'object',
    code: 'xs.reduce((acc, x) => ({ ...acc, [x.id]: x }), {})',
    pair: 'reduce-obj-mutate',
  },
  {
    id: 'reduce-obj-assign',
    kind: 'object',
    code: 'xs.reduce((acc, x) => Object.assign({}, acc, { [x.id]: x }), {})',
    pair: 'reduce-obj-mutate',
  },
  { id: 'reduce-obj-mutate', kind: 'object', code: 'xs.reduce((acc, x) => { acc[x.id] = x; return acc; }, {})' },
  {
    id: 'loop-obj-spread',
    kind: 'object',
    code: 'let acc = {}; for (const { id: k, v } of xs) acc = { ...acc, [k]: v };',
    pair: 'loop-obj-mutate',
  },
  { id: 'loop-obj-mutate', kind: 'object', code: 'let acc = {}; for (const { id: k, v } of xs) acc[k] = v;' },
];
for (const v of VARIANTS) {
  v.op = v.code.startsWith('let acc') ? v.code : `const acc = ${v.code};`;
  v.sizes = v.kind === 'array' ? [N_ARR, 2 * N_ARR, 4 * N_ARR] : [N_OBJ, 2 * N_OBJ, 4 * N_OBJ];
}

const only = args.only ? new Set(args.only.split(',')) : null;
if (only) {
  for (const id of [...only]) {
    const v = VARIANTS.find((x) => x.id === id);
    if (!v) throw new Error(`unknown variant ${id}`);
    if (v.pair) only.add(v.pair);
  }
}
const variants = only ? VARIANTS.filter((v) => only.has(v.id)) : VARIANTS;

/** The child program: build xs, measure time / heap allocation / kernel time of `op` alone, check the result. */
const BUILD_XS = "const xs = []; for (let i = 0; i < n; i++) xs.push({ id: 'k' + i, v: i });";
function program(op, n, setup = BUILD_XS) {
  return `'use strict';
const v8 = require('node:v8');
const n = ${n};
${setup}
function main() {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const ru0 = process.resourceUsage();
  const used0 = v8.getHeapStatistics().used_heap_size;
  const t0 = performance.now();
  ${op}
  const ms = performance.now() - t0;
  const used1 = v8.getHeapStatistics().used_heap_size;
  const ru1 = process.resourceUsage();
  const { statistics } = profiler.stop();
  let reclaimed = 0;
  for (const s of statistics) reclaimed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
  const length = Array.isArray(acc) ? acc.length : Object.keys(acc).length;
  let check = 0;
  if (Array.isArray(acc)) { for (let i = 0; i < acc.length; i++) if (acc[i] === xs[i]) check++; }
  else { for (let i = 0; i < n; i++) { const e = acc['k' + i]; if (e === xs[i] || e === i) check++; } }
  process.stdout.write(JSON.stringify({
    allocatedBytes: used1 - used0 + reclaimed,
    check,
    gcs: statistics.length,
    length,
    maxRSSKB: process.resourceUsage().maxRSS,
    minorFaults: ru1.minorPageFault - ru0.minorPageFault,
    ms,
    sysMs: (ru1.systemCPUTime - ru0.systemCPUTime) / 1000,
  }) + '\\n');
}
main();
`;
}

function runChild(code, what) {
  const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env: childEnv(), maxBuffer: 2 ** 24 });
  if (child.status !== 0) throw new Error(`${what}: child failed (status ${child.status}): ${child.stderr.slice(0, 2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

// Check the allocation counter on a known allocation first: xs.slice() of 100,000 doubles allocates a JSArray
// (32 bytes, no pointer compression in Node 20) plus a FixedDoubleArray (16 + 800,000 bytes).
const CHECK_COPIES = 200;
const CHECK_N = 100_000;
const expectedCheckBytes = CHECK_COPIES * (32 + 16 + 8 * CHECK_N);
const calibration = runChild(
  program(
    `let acc; for (let k = 0; k < ${CHECK_COPIES}; k++) acc = xs.slice();`,
    CHECK_N,
    'const xs = []; for (let i = 0; i < n; i++) xs.push(i * 0.5);',
  ),
  'allocation counter check',
);
const calibrationRatio = calibration.allocatedBytes / expectedCheckBytes;
if (calibration.check !== CHECK_N || !(calibrationRatio > 0.99 && calibrationRatio < 1.01)) {
  throw new Error(
    `allocation counter check failed: measured ${calibration.allocatedBytes} bytes, expected ${expectedCheckBytes}`,
  );
}

const t0 = performance.now();
const results = [];
for (const v of variants) {
  const perSize = [];
  for (const n of v.sizes) {
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      const out = runChild(program(v.op, n), `${v.id} n=${n}`);
      if (out.length !== n || out.check !== n) throw new Error(`${v.id} n=${n}: wrong result (${out.length}, ${out.check})`);
      runs.push(out);
      console.error(
        `${v.id.padEnd(18)} n=${String(n).padEnd(6)} run ${run}: ${round(out.ms, 1)} ms, ` +
          `${round(out.allocatedBytes / 2 ** 20, 1)} MB allocated, ${out.gcs} GCs, peak RSS ${round(out.maxRSSKB / 1024, 1)} MB, ` +
          `sys ${round(out.sysMs, 0)} ms, elapsed ${round((performance.now() - t0) / 1000, 0)} s`,
      );
    }
    perSize.push({
      allocatedMB: round(median(runs.map((r) => r.allocatedBytes)) / 2 ** 20, 1),
      gcs: median(runs.map((r) => r.gcs)),
      minorFaults: median(runs.map((r) => r.minorFaults)),
      ms: round(median(runs.map((r) => r.ms)), 2),
      n,
      peakRssMB: round(median(runs.map((r) => r.maxRSSKB)) / 1024, 1),
      runs: runs.map((r) => ({
        allocatedBytes: r.allocatedBytes,
        gcs: r.gcs,
        ms: round(r.ms, 2),
        peakRssMB: round(r.maxRSSKB / 1024, 1),
        sysMs: round(r.sysMs, 0),
      })),
      sysMs: round(median(runs.map((r) => r.sysMs)), 0),
    });
  }
  for (const [i, s] of perSize.entries()) {
    s.msVsPreviousN = i === 0 ? null : ratio(s.ms, perSize[i - 1].ms);
    s.allocatedVsPreviousN = i === 0 ? null : ratio(s.allocatedMB, perSize[i - 1].allocatedMB);
  }
  results.push({ code: v.code, id: v.id, kind: v.kind, pair: v.pair ?? null, sizes: perSize });
}
const wallSeconds = round((performance.now() - t0) / 1000, 1);

const byId = new Map(results.map((r) => [r.id, r]));
const rows = [];
for (const r of results) {
  const mutating = r.pair ? byId.get(r.pair) : null;
  for (const [i, s] of r.sizes.entries()) {
    const m = mutating?.sizes[i];
    s.msVsMutating = m ? ratio(s.ms, m.ms) : null;
    s.allocatedVsMutating = m ? ratio(s.allocatedMB, m.allocatedMB) : null;
    rows.push([
      r.id,
      s.n,
      round(s.ms, 1),
      s.msVsPreviousN,
      s.allocatedMB,
      s.allocatedVsPreviousN,
      s.peakRssMB,
      s.sysMs,
      s.msVsMutating,
      s.allocatedVsMutating,
    ]);
  }
}

console.log(`\nAccumulating spread vs mutating accumulator, node ${process.version}`);
console.log(`medians of ${RUNS} fresh process(es) per variant and size; xs = n objects { id: 'k' + i, v: i }`);
console.log(
  `allocation counter check: ${CHECK_COPIES} x slice() of 100,000 doubles measured ${calibration.allocatedBytes.toLocaleString('en-US')} bytes ` +
    `(expected ${expectedCheckBytes.toLocaleString('en-US')})\n`,
);
for (const r of results) console.log(`  ${r.id.padEnd(18)} ${r.code}`);
console.log('');
console.log(
  formatTable(
    ['variant', 'n', 'ms', 'x prev n', 'MB allocated', 'x prev n', 'peak RSS MB', 'sys ms', 'time x mutating', 'alloc x mutating'],
    rows,
  ),
);
console.log(`\nx prev n: growth per doubling of n (quadratic = 4). x mutating: vs the mutating form at the same n.`);
console.log(`wall time ${wallSeconds} s`);

const data = {
  benchmark: NAME,
  environment: environment(),
  params: {
    allocationCheck: { expectedBytes: expectedCheckBytes, measuredBytes: calibration.allocatedBytes },
    allocationCounter:
      'v8.GCProfiler around the op: usedHeapSize(end) - usedHeapSize(start) + sum of (before - after) over the GCs',
    arraySizes: [N_ARR, 2 * N_ARR, 4 * N_ARR],
    objectSizes: [N_OBJ, 2 * N_OBJ, 4 * N_OBJ],
    quick: args.quick,
    runs: RUNS,
    xs: "n objects { id: 'k' + i, v: i }, built with push",
  },
  variants: results,
  wallSeconds,
};
const file = writeResult(NAME, data, { partial: args.quick || only != null });
console.log(`wrote ${file}`);
