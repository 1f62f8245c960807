#!/usr/bin/env node
// Allocation in a loop: a 1 MiB Buffer / Float64Array / ArrayBuffer allocated on every turn of a 2,000-turn loop (used
// and dropped inside the turn), against the same buffer hoisted out of the loop and cleared with fill(0) on every turn
// (the body relies on zeroed memory, as code that allocates per turn usually does without saying so).
//
// Body of every turn: 1,024 increments at positions (t * 7919 + k * 104729) % length, then the sum of those positions
// added to a checksum; so each turn's answer depends on the memory starting at zero, and every per-turn variant must
// give the same checksum as its hoisted counterpart (the parent checks).
//
// Every variant runs in a FRESH child process, --runs times (medians), one child at a time, twice per run:
//   1. timed pass (no flags): ms of the loop (performance.now()); heap MB allocated, measured as in
//      accumulating-spread.js: a v8.GCProfiler around the loop, allocated = usedHeapSize(end) - usedHeapSize(start) +
//      sum over the GCs of (usedHeapSize before - after) (checked once per script run on a known allocation); GCs in
//      the loop by type; peak RSS = process.resourceUsage().maxRSS at exit, and its growth over the RSS before the loop;
//      kernel (sys) ms and minor page faults in the loop (process.resourceUsage());
//   2. counting pass (--trace-gc switched on for the loop only): off-heap bytes. ArrayBuffer backing stores live outside the V8 heap, so the heap
//      counter above sees only the small JS objects. Node's allocator counts every backing store allocated and freed
//      (process.memoryUsage().arrayBuffers); the child reads it right before and after each allocation: off-heap
//      allocated = the sum of the new buffers' byteLength, and "exact" = the turns in which arrayBuffers grew by
//      exactly that much (in the others a GC freed earlier buffers during the allocation). The --trace-gc lines give
//      each GC's reason.
//
//   node bench/allocation-in-loop.js               # 2,000 turns x 1 MiB, 3 runs (about 25-40 s)
//   node bench/allocation-in-loop.js --quick       # 200 turns, 1 run (a few seconds), writes bench/.tmp/
//   node bench/allocation-in-loop.js --turns 5000 --kb 256 --runs 5 --only buffer-alloc
//
// Writes bench/results/allocation-in-loop.json (--quick, --only, --turns, --kb: bench/.tmp/, git-ignored).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

import { childEnv, environment, formatTable, median, ratio, round, writeResult } from './lib/common.js';

const NAME = 'allocation-in-loop';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    turns: { type: 'string' },
    kb: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--turns T] [--kb K] [--only v1,v2]
  --runs    fresh processes per variant (each a timed and a counting pass), medians reported (default 3; --quick: 1)
  --turns   loop turns (default 2000; --quick: 200)
  --kb      bytes allocated per turn, in KiB (default 1024)
  --only    comma-separated variant ids (their pairs are kept for the ratios)`);
  process.exit(0);
}

const int = (s, name) => {
  const v = Number(s);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const RUNS = args.runs ? int(args.runs, 'runs') : args.quick ? 1 : 3;
const TURNS = args.turns ? int(args.turns, 'turns') : args.quick ? 200 : 2000;
const BYTES = (args.kb ? int(args.kb, 'kb') : 1024) * 1024;
if (BYTES % 8 !== 0) throw new Error('--kb must give a multiple of 8 bytes');
const MiB = 2 ** 20;

// `setup` runs once before the loop, `turn` at the start of every turn and leaves the turn's view in `v` (what the
// body uses); `alloc` marks the expression whose fresh backing store the counting pass measures.
const VARIANTS = [
  { id: 'buffer-alloc', group: 'Buffer', setup: '', turn: 'const v = Buffer.alloc(n);', pair: 'buffer-hoisted' },
  { id: 'buffer-hoisted', group: 'Buffer', setup: 'const v = Buffer.alloc(n);', turn: 'v.fill(0);' },
  { id: 'float64-new', group: 'Float64Array', setup: '', turn: 'const v = new Float64Array(n / 8);', pair: 'float64-hoisted' },
  { id: 'float64-hoisted', group: 'Float64Array', setup: 'const v = new Float64Array(n / 8);', turn: 'v.fill(0);' },
  {
    id: 'arraybuffer-new',
    group: 'ArrayBuffer',
    setup: '',
    turn: 'const v = new Uint8Array(new ArrayBuffer(n));',
    pair: 'arraybuffer-hoisted',
  },
  {
    id: 'arraybuffer-hoisted',
    group: 'ArrayBuffer',
    setup: 'const ab = new ArrayBuffer(n); const v = new Uint8Array(ab);',
    turn: 'v.fill(0);',
  },
];
const only = args.only ? new Set(args.only.split(',')) : null;
if (only) {
  for (const id of [...only]) {
    const v = VARIANTS.find((x) => x.id === id);
    if (!v) throw new Error(`unknown variant ${id}`);
    if (v.pair) only.add(v.pair);
    for (const w of VARIANTS) if (w.pair === id) only.add(w.id);
  }
}
const variants = only ? VARIANTS.filter((v) => only.has(v.id)) : VARIANTS;
const partial = args.quick || only != null || args.turns != null || args.kb != null;
const codeOf = (v) => (v.setup ? `${v.setup} for (...) { ${v.turn} body(v) }` : `for (...) { ${v.turn} body(v) }`);

/** The child program; `mode` 'time' or 'count' (the counting pass brackets the allocation with arrayBuffers reads). */
function program(v, mode) {
  const perTurn = v.setup === '';
  const bracket = (stmt) =>
    mode !== 'count'
      ? stmt
      : `const x0 = process.memoryUsage().arrayBuffers; ${stmt} const x1 = process.memoryUsage().arrayBuffers;
    allocations++; offHeap += v.buffer.byteLength; if (x1 - x0 === v.buffer.byteLength) exact++;`;
  return `'use strict';
const v8 = require('node:v8');
const n = ${BYTES};
const turns = ${TURNS};
let allocations = 0;
let offHeap = 0;
let exact = 0;
function body(v, t) {
  const len = v.length;
  let s = 0;
  for (let k = 0; k < 1024; k++) v[(t * 7919 + k * 104729) % len] += 1;
  for (let k = 0; k < 1024; k++) s += v[(t * 7919 + k * 104729) % len];
  return s;
}
function main() {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const ru0 = process.resourceUsage();
  const rss0 = process.memoryUsage.rss();
  const used0 = v8.getHeapStatistics().used_heap_size;
  const t0 = performance.now();
  let checksum = 0;
  ${mode === 'count' ? "v8.setFlagsFromString('--trace-gc'); // the loop's GCs only" : ''}
  ${perTurn ? '' : bracket(v.setup)}
  for (let t = 0; t < turns; t++) {
    ${perTurn ? bracket(v.turn) : v.turn}
    checksum += body(v, t);
  }
  const ms = performance.now() - t0;
  ${mode === 'count' ? "v8.setFlagsFromString('--no-trace-gc');" : ''}
  const used1 = v8.getHeapStatistics().used_heap_size;
  const ru1 = process.resourceUsage();
  const { statistics } = profiler.stop();
  let reclaimed = 0;
  const gcTypes = {};
  for (const s of statistics) {
    reclaimed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
    gcTypes[s.gcType] = (gcTypes[s.gcType] ?? 0) + 1;
  }
  process.stdout.write(JSON.stringify({
    allocations, checksum, exact, gcTypes, gcs: statistics.length, heapAllocatedBytes: used1 - used0 + reclaimed,
    maxRSSKB: process.resourceUsage().maxRSS, minorFaults: ru1.minorPageFault - ru0.minorPageFault, ms, offHeap, rss0,
    sysMs: (ru1.systemCPUTime - ru0.systemCPUTime) / 1000,
  }) + '\\n');
}
main();
`;
}

function runChild(code, flags, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, '-e', code], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) return reject(new Error(`${what}: child failed (status ${status}):\n${stderr.slice(0, 2000)}`));
      // --trace-gc lines may come after the result (a GC at exit): the result is the last line that is JSON.
      const lines = stdout.trim().split('\n');
      const at = lines.findLastIndex((l) => l.startsWith('{'));
      if (at < 0) return reject(new Error(`${what}: no result line in\n${stdout.slice(-2000)}`));
      resolve({ out: JSON.parse(lines[at]), trace: lines.filter((_, i) => i !== at) });
    });
  });
}

/** GC reasons from --trace-gc lines: "... ms: Scavenge 3.1 (4.0) -> 3.0 (5.0) MB, ... current mu = 1.000) <reason>; " */
function gcReasons(trace) {
  const reasons = {};
  for (const l of trace) {
    const m = /\d+ ms: ([A-Za-z-]+(?: \([a-z ]+\))?)\b.*\) ([^;()]+);/.exec(l);
    if (!m) continue;
    const key = `${m[1]}: ${m[2].trim()}`;
    reasons[key] = (reasons[key] ?? 0) + 1;
  }
  return reasons;
}

const t0 = performance.now();
const elapsed = () => round((performance.now() - t0) / 1000, 0);

// The heap counter, checked on a known allocation (as in accumulating-spread.js): 200 x slice() of 100,000 doubles
// = 200 x (32-byte JSArray + 16-byte header + 800,000 bytes).
const CHECK_COPIES = 200;
const CHECK_N = 100_000;
const expectedCheckBytes = CHECK_COPIES * (32 + 16 + 8 * CHECK_N);
const checkProgram = `'use strict';
const v8 = require('node:v8');
const xs = []; for (let i = 0; i < ${CHECK_N}; i++) xs.push(i * 0.5);
const profiler = new v8.GCProfiler();
profiler.start();
const used0 = v8.getHeapStatistics().used_heap_size;
let acc; for (let k = 0; k < ${CHECK_COPIES}; k++) acc = xs.slice();
const used1 = v8.getHeapStatistics().used_heap_size;
const { statistics } = profiler.stop();
let reclaimed = 0;
for (const s of statistics) reclaimed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
process.stdout.write(JSON.stringify({ allocatedBytes: used1 - used0 + reclaimed, length: acc.length }) + '\\n');
`;
const check = (await runChild(checkProgram, [], 'heap counter check')).out;
const checkRatio = check.allocatedBytes / expectedCheckBytes;
if (check.length !== CHECK_N || !(checkRatio > 0.99 && checkRatio < 1.01)) {
  throw new Error(`heap counter check failed: measured ${check.allocatedBytes} bytes, expected ${expectedCheckBytes}`);
}

const runs = new Map(variants.map((v) => [v.id, []]));
for (let run = 1; run <= RUNS; run++) {
  for (const v of variants) {
    const timed = (await runChild(program(v, 'time'), [], v.id)).out;
    const counted = await runChild(program(v, 'count'), [], `${v.id} (counting pass)`);
    const c = counted.out;
    if (c.checksum !== timed.checksum) throw new Error(`${v.id}: the two passes disagree (${c.checksum} vs ${timed.checksum})`);
    const expectedAllocations = v.setup === '' ? TURNS : 1;
    if (c.allocations !== expectedAllocations || c.offHeap !== expectedAllocations * BYTES) {
      throw new Error(`${v.id}: counted ${c.allocations} allocations / ${c.offHeap} bytes, expected ${expectedAllocations} x ${BYTES}`);
    }
    const record = {
      allocations: c.allocations,
      checksum: timed.checksum,
      exactAllocations: c.exact,
      gcReasons: gcReasons(counted.trace),
      gcTypes: timed.gcTypes,
      gcs: timed.gcs,
      gcsCountingPass: Object.values(gcReasons(counted.trace)).reduce((a, b) => a + b, 0),
      heapAllocatedMB: round(timed.heapAllocatedBytes / MiB, 2),
      minorFaults: timed.minorFaults,
      ms: round(timed.ms, 1),
      offHeapAllocatedMB: round(c.offHeap / MiB, 1),
      peakOverStartMB: round((timed.maxRSSKB * 1024 - timed.rss0) / MiB, 1),
      peakRssMB: round(timed.maxRSSKB / 1024, 1),
      run,
      sysMs: round(timed.sysMs, 0),
    };
    runs.get(v.id).push(record);
    console.error(
      `run ${run} ${v.id.padEnd(20)} ${record.ms} ms, heap ${record.heapAllocatedMB} MB + off-heap ${record.offHeapAllocatedMB} MB allocated ` +
        `(exact ${c.exact}/${c.allocations}), ${record.gcs} GCs ${JSON.stringify(record.gcTypes)}, peak RSS ${record.peakRssMB} MB, ` +
        `sys ${record.sysMs} ms, ${record.minorFaults} faults, elapsed ${elapsed()} s`,
    );
  }
}
const wallSeconds = round((performance.now() - t0) / 1000, 1);

const results = variants.map((v) => {
  const rs = runs.get(v.id);
  const med = (k) => median(rs.map((r) => r[k]));
  const checksums = new Set(rs.map((r) => r.checksum));
  if (checksums.size !== 1) throw new Error(`${v.id}: checksums differ between runs`);
  return {
    checksum: rs[0].checksum,
    code: codeOf(v),
    exactAllocations: med('exactAllocations'),
    gcReasons: rs[0].gcReasons,
    gcs: med('gcs'),
    group: v.group,
    heapAllocatedMB: med('heapAllocatedMB'),
    id: v.id,
    minorFaults: med('minorFaults'),
    ms: med('ms'),
    offHeapAllocatedMB: med('offHeapAllocatedMB'),
    pair: v.pair ?? null,
    peakOverStartMB: med('peakOverStartMB'),
    peakRssMB: med('peakRssMB'),
    runs: rs,
    sysMs: med('sysMs'),
  };
});
const byId = new Map(results.map((r) => [r.id, r]));
for (const r of results) {
  const h = r.pair ? byId.get(r.pair) : null;
  if (h && h.checksum !== r.checksum) throw new Error(`${r.id} and ${h.id} give different checksums: ${r.checksum} vs ${h.checksum}`);
  r.msVsHoisted = h ? ratio(r.ms, h.ms) : null;
  r.peakVsHoisted = h ? ratio(r.peakOverStartMB, h.peakOverStartMB) : null;
}

// GC types of a run whose GC count is the median one.
const fmtTypes = (r) =>
  Object.entries((r.runs.find((x) => x.gcs === r.gcs) ?? r.runs[0]).gcTypes)
    .map(([k, x]) => `${x} ${k}`)
    .join(', ') || '-';
console.log(`\nAllocation in a loop: ${TURNS.toLocaleString('en-US')} turns, ${BYTES / 1024} KiB per allocation. node ${process.version} (V8 ${process.versions.v8})`);
console.log(`Medians of ${RUNS} fresh process(es) per variant, one at a time. Per turn: allocate (or fill(0) the hoisted buffer), then`);
console.log(`1,024 sparse increments and their sum (relies on zeroed memory; checksums equal within each pair, checked).`);
console.log(`heap MB: V8 heap bytes allocated in the loop (GCProfiler; check: ${CHECK_COPIES} x slice() of 100,000 doubles measured`);
console.log(`${check.allocatedBytes.toLocaleString('en-US')} B, expected ${expectedCheckBytes.toLocaleString('en-US')}). off-heap MB: backing stores allocated (byteLength of each new`);
console.log(`one; "exact": turns in which process.memoryUsage().arrayBuffers grew by exactly that). GCs: in the loop (GCProfiler).`);
console.log(`peak RSS: maxRSS at exit; +MB: over the RSS before the loop. sys ms / faults: kernel time and minor page faults in the loop.\n`);
console.log(
  formatTable(
    ['variant', 'code', 'ms', 'x hoisted', 'heap MB', 'off-heap MB', 'exact', 'GCs', 'GC types', 'peak RSS MB', '+MB', 'sys ms', 'faults'],
    results.map((r) => [
      r.id,
      r.code,
      r.ms,
      r.msVsHoisted,
      r.heapAllocatedMB,
      r.offHeapAllocatedMB,
      `${r.exactAllocations}/${r.runs[0].allocations}`,
      r.gcs,
      fmtTypes(r),
      r.peakRssMB,
      r.peakOverStartMB,
      r.sysMs,
      r.minorFaults,
    ]),
  ),
);
console.log(`\nGC reasons (--trace-gc during the loop of the counting pass, run 1; its arrayBuffers reads allocate a little):`);
for (const r of results) {
  const reasons = Object.entries(r.gcReasons).map(([k, x]) => `${x} x ${k}`).join('; ');
  console.log(`  ${r.id.padEnd(20)} ${reasons || 'no GC'}`);
}
console.log(`\nwall time ${wallSeconds} s`);

const data = {
  benchmark: NAME,
  environment: environment(),
  params: {
    body: '1,024 increments at (t * 7919 + k * 104729) % length, then their sum',
    bytesPerAllocation: BYTES,
    heapCounter: 'v8.GCProfiler around the loop: usedHeapSize(end) - usedHeapSize(start) + sum of (before - after) over the GCs',
    heapCounterCheck: { expectedBytes: expectedCheckBytes, measuredBytes: check.allocatedBytes },
    offHeapCounter:
      'counting pass: sum of the new backing stores byteLength; exact = turns where process.memoryUsage().arrayBuffers grew by exactly that',
    only: only ? [...only].sort() : null,
    quick: args.quick,
    runs: RUNS,
    turns: TURNS,
  },
  variants: results,
  wallSeconds,
};
const file = writeResult(NAME, data, { partial });
console.log(`wrote ${file}`);
