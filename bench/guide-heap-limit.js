#!/usr/bin/env node
// Guide docs/guides/raise-the-limits.md: what --max-old-space-size sets, a program that needs a given heap failing
// below it and passing above, main-thread GC time as the heap nears its limit, and full-GC time against the live heap.
//
// Part A, limits: v8.getHeapStatistics().heap_size_limit in a child with no flag and with a few --max-old-space-size.
// Part B, the same program under a range of limits. It builds a live set (`--live` objects { id, name, value } kept in
// an array: about 117 bytes each here, measured), then churns: for `--churn` turns it replaces a random slot of a
// 500,000-slot ring (100,000 with --quick) with a new object { id, name, values: [4 small ints] }, so the garbage lives long enough to be promoted and must be collected by full
// (mark-compact) GCs, as a cache or a request queue's garbage is. v8.GCProfiler records every GC of the churn phase:
// count by type and the summed main-thread pause (`cost`; concurrent marking threads are not in it). A limit too small
// ends in "FATAL ERROR: ... JavaScript heap out of memory" (SIGABRT): recorded with the time it took to die.
// Part C, full GC vs live heap: live sets of 50-800 MB, then gc() (--expose-gc, a full mark-compact) 5 times: median
// ms per full GC and ms per 100 MB live. A full GC visits every live object: that is what makes swap so costly
// (docs/guides/raise-the-limits.md; this machine has no swap, so that part is reasoned, not measured).
// Fresh child per limit/size and run, one at a time, medians of --runs.
//
//   node bench/guide-heap-limit.js            # 2.5M live objects, 3 runs: about 1.5-2 min
//   node bench/guide-heap-limit.js --quick    # 0.5M live objects, 1 run: about 15 s, writes bench/.tmp/
//
// Writes bench/results/guide-heap-limit.json (--quick, --only: bench/.tmp/, git-ignored).
import { parseArgs } from 'node:util';

import { environment, formatTable, median, round, spawnNode, writeResult } from './lib/common.js';

const NAME = 'guide-heap-limit';
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--only limits,program,fullgc]`);
  process.exit(0);
}
const RUNS = args.runs ? Number(args.runs) : args.quick ? 1 : 3;
const LIVE = args.quick ? 500_000 : 2_500_000;
const CHURN = args.quick ? 1_000_000 : 4_000_000;
const SCALE = LIVE / 2_500_000;
const RING = Math.round(500_000 * SCALE);
const LIMITS = [192, 256, 320, 384, 448, 512, 768, 1024, 2048].map((l) => Math.round(l * SCALE)).filter((l) => l >= 32);
const GC_SIZES = args.quick ? [25, 50, 100] : [50, 100, 200, 400, 800];
const parts = new Set((args.only ?? 'limits,program,fullgc').split(','));
const partial = args.quick || args.only != null;
const MiB = 2 ** 20;

const parseLast = (r, what) => {
  if (r.status !== 0) throw new Error(`${what}: child failed (${r.status ?? r.signal}):\n${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
const t0 = performance.now();
const elapsed = () => round((performance.now() - t0) / 1000, 0);
const data = { benchmark: NAME, environment: environment(), params: { churn: CHURN, ring: RING, gcSizesMB: GC_SIZES, limits: LIMITS, live: LIVE, quick: args.quick, runs: RUNS, only: args.only ?? null } };

// Part A.
if (parts.has('limits')) {
  const rows = [];
  for (const flag of [null, 256, 1024, 4096, 8192]) {
    const argv = [...(flag ? [`--max-old-space-size=${flag}`] : []), '-p', "JSON.stringify(require('v8').getHeapStatistics())"];
    const s = parseLast(await spawnNode(argv, { timeoutMs: 30_000 }), 'limits');
    rows.push({ flag: flag ? `--max-old-space-size=${flag}` : '(none)', heapSizeLimitMB: round(s.heap_size_limit / MiB, 0) });
  }
  data.limits = rows;
  console.log(formatTable(['flag', 'heap_size_limit MB'], rows.map((r) => [r.flag, r.heapSizeLimitMB])));
}

// Part B.
const PROGRAM = `'use strict';
const v8 = require('node:v8');
const used = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const base = used();
const t0 = performance.now();
const live = [];
for (let i = 0; i < ${LIVE}; i++) live.push({ id: i, name: 'item-' + i, value: i * 0.5 });
const buildMs = performance.now() - t0;
const RING = ${RING};
const ring = new Array(RING).fill(null);
let seed = 7;
const profiler = new v8.GCProfiler();
profiler.start();
const t1 = performance.now();
for (let i = 0; i < ${CHURN}; i++) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  ring[seed % RING] = { id: i, name: 'tmp-' + i, values: [i, i + 1, i + 2, i + 3] };
}
const churnMs = performance.now() - t1;
const stats = profiler.stop().statistics;
const byType = {};
for (const s of stats) {
  const b = (byType[s.gcType] ??= { count: 0, ms: 0 });
  b.count++;
  b.ms += s.cost / 1000;
}
const liveMB = (used() - base) / 1048576;
process.stdout.write(JSON.stringify({ buildMs, churnMs, byType, liveMB, check: live.length + ring.length,
  limitMB: v8.getHeapStatistics().heap_size_limit / 1048576, maxRSS: process.resourceUsage().maxRSS / 1024 }) + '\\n');
`;
if (parts.has('program')) {
  const runs = new Map(LIMITS.map((l) => [l, []]));
  for (let run = 1; run <= RUNS; run++) {
    for (const limit of LIMITS) {
      const r = await spawnNode(['--expose-gc', `--max-old-space-size=${limit}`, '-e', PROGRAM], { timeoutMs: 120_000 });
      const oom = r.status !== 0 && /heap out of memory|Reached heap limit/.test(r.stderr);
      if (r.status !== 0 && !oom) throw new Error(`limit ${limit}: child failed (${r.status ?? r.signal}, timed out ${r.timedOut}):\n${r.stderr.slice(0, 2000)}`);
      const out = oom ? { oom: true, ms: r.ms, exit: r.signal ?? r.status } : { oom: false, ...JSON.parse(r.stdout.trim().split('\n').pop()) };
      runs.get(limit).push(out);
      console.error(`run ${run} limit ${limit} MB: ${oom ? `OOM (${out.exit}) after ${round(r.ms, 0)} ms` : `ok, live ${round(out.liveMB, 0)} MB, churn ${round(out.churnMs, 0)} ms, ` +
        `mark-compact ${out.byType.MarkSweepCompact?.count ?? 0}x ${round(out.byType.MarkSweepCompact?.ms ?? 0, 0)} ms`}, elapsed ${elapsed()} s`);
    }
  }
  data.program = LIMITS.map((limit) => {
    const rs = runs.get(limit);
    const ok = rs.filter((r) => !r.oom);
    const med = (f) => median(ok.map(f));
    const gcMs = (r) => Object.values(r.byType).reduce((s, b) => s + b.ms, 0);
    return {
      limitMB: limit,
      oomRuns: rs.length - ok.length,
      runs: rs.length,
      msToDie: rs.length > ok.length ? round(median(rs.filter((r) => r.oom).map((r) => r.ms)), 0) : null,
      liveMB: round(med((r) => r.liveMB), 0),
      churnMs: round(med((r) => r.churnMs), 0),
      gcMs: round(med(gcMs), 0),
      gcShare: round(med((r) => gcMs(r) / r.churnMs), 2),
      markCompacts: med((r) => r.byType.MarkSweepCompact?.count ?? 0),
      markCompactMs: round(med((r) => r.byType.MarkSweepCompact?.ms ?? 0), 0),
      scavenges: med((r) => r.byType.Scavenge?.count ?? 0),
      peakRssMB: round(med((r) => r.maxRSS), 0),
    };
  });
  console.log(`\nPart B: ${LIVE.toLocaleString('en-US')} live objects, then ${CHURN.toLocaleString('en-US')} promoted-garbage turns. Medians of the runs that did not die.`);
  console.log(formatTable(
    ['--max-old-space-size', 'died (runs)', 'ms to die', 'live MB', 'churn ms', 'GC ms', 'GC share', 'mark-compacts', 'mark-compact ms', 'scavenges', 'peak RSS MB'],
    data.program.map((p) => [p.limitMB, `${p.oomRuns}/${p.runs}`, p.msToDie, p.liveMB, p.churnMs, p.gcMs, p.gcShare, p.markCompacts, p.markCompactMs, p.scavenges, p.peakRssMB]),
  ));
}

// Part C.
if (parts.has('fullgc')) {
  const runs = new Map(GC_SIZES.map((s) => [s, []]));
  for (let run = 1; run <= RUNS; run++) {
    for (const mb of GC_SIZES) {
      const n = Math.round((mb * MiB) / 117);
      const code = `'use strict';
const live = [];
for (let i = 0; i < ${n}; i++) live.push({ id: i, name: 'item-' + i, value: i * 0.5 });
gc(); gc();
const times = [];
const u0 = process.resourceUsage();
for (let k = 0; k < 5; k++) { const t = performance.now(); gc(); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ heapMB: process.memoryUsage().heapUsed / 1048576, gcMs: times[2], faults: process.resourceUsage().minorPageFault - u0.minorPageFault, majorFaults: process.resourceUsage().majorPageFault - u0.majorPageFault, n: live.length }) + '\\n');`;
      const out = parseLast(await spawnNode(['--expose-gc', '--max-old-space-size=1800', '-e', code], { timeoutMs: 120_000 }), `fullgc ${mb}`);
      runs.get(mb).push(out);
      console.error(`run ${run} full GC at ${mb} MB: heap ${round(out.heapMB, 0)} MB, ${round(out.gcMs, 1)} ms, elapsed ${elapsed()} s`);
    }
  }
  data.fullGc = GC_SIZES.map((mb) => {
    const rs = runs.get(mb);
    const heapMB = round(median(rs.map((r) => r.heapMB)), 0);
    const gcMs = round(median(rs.map((r) => r.gcMs)), 1);
    return { targetMB: mb, heapMB, gcMs, msPer100MB: round((gcMs / heapMB) * 100, 1), pageFaultsIn5Gcs: median(rs.map((r) => r.faults)), majorFaultsIn5Gcs: median(rs.map((r) => r.majorFaults)) };
  });
  console.log(`\nPart C: one full GC (gc(), median of 5 in a child, median over ${RUNS} children) against the live heap.`);
  console.log(formatTable(['live heap MB', 'full GC ms', 'ms per 100 MB', 'minor faults in 5 GCs', 'major faults'], data.fullGc.map((r) => [r.heapMB, r.gcMs, r.msPer100MB, r.pageFaultsIn5Gcs, r.majorFaultsIn5Gcs])));
}

data.wallSeconds = round((performance.now() - t0) / 1000, 1);
console.log(`\nnode ${process.version}, wall time ${data.wallSeconds} s`);
console.log(`wrote ${writeResult(NAME, data, { partial })}`);
