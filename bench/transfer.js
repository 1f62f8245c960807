#!/usr/bin/env node
// Transfer vs structured clone: a 200 MiB Float64Array sent to a worker_threads Worker. Re-measures
// /work/shared/V8-MEMORY.md section 5, and reports exactly what happens when a pooled Buffer's `.buffer` is transferred.
//
// Part A: every variant runs in a FRESH child process, --runs times (medians), one child at a time (times are part of
// the result). The child fills ta = new Float64Array(200 MiB / 8) with i * 0.5 (every page touched), then:
//   - postMessage variants: starts the worker first and waits for its 'ready', so worker start-up is not counted;
//   - workerData variants: the measured window starts at `new Worker(...)`, so it includes start-up (the
//     `worker-empty` row, workerData: null, is that start-up alone).
// Measured: send ms = how long the call itself blocks the sender (postMessage / the Worker constructor serialize
// synchronously); ack ms = from the call until the worker's acknowledgement arrives (the worker replies from its
// handler with the received length, buffer byteLength and last element, which the parent checks); peak RSS increase =
// process.resourceUsage().maxRSS after the ack - process.memoryUsage.rss() just before the call (the child checks that
// the high-water mark before the call was no higher than the RSS then, or the peak would be hidden); detached = the
// sender's ta.byteLength is 0 right after the call.
//
// Part B: pooled Buffers. `Buffer.from('small')` and `Buffer.from('other')` share Node's 8 KiB pool slab; the child
// transfers `a.buffer` (postMessage with a transfer list, workerData with transferList, structuredClone with
// `transfer`), and reports whether the call throws, whether a or b is detached, and what the receiver gets (type,
// length, byteOffset, its ArrayBuffer's size, whether b's bytes are in it). A non-pooled Buffer.alloc(5) is the contrast.
//
//   node bench/transfer.js               # 200 MiB, 3 runs (about 35 s)
//   node bench/transfer.js --quick       # 20 MiB, 1 run (a few seconds), writes bench/.tmp/
//   node bench/transfer.js --mb 100 --runs 5 --only clone,transfer
//
// Writes bench/results/transfer.json (--quick, --only, --mb: bench/.tmp/, git-ignored).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

import { childEnv, environment, formatTable, median, ratio, round, writeResult } from './lib/common.js';

const NAME = 'transfer';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    mb: { type: 'string' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '120' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--mb M] [--only v1,v2]
  --runs     fresh processes per variant, medians reported (default 3; --quick: 1)
  --mb       size of the Float64Array in MiB (default 200; --quick: 20)
  --only     comma-separated variant ids (Part B, the pooled Buffer, always runs)
  --timeout  seconds before a child is killed (default 120)`);
  process.exit(0);
}

const int = (s, name) => {
  const v = Number(s);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const RUNS = args.runs ? int(args.runs, 'runs') : args.quick ? 1 : 3;
const MB = args.mb ? int(args.mb, 'mb') : args.quick ? 20 : 200;
const TIMEOUT_MS = int(args.timeout, 'timeout') * 1000;
const MiB = 2 ** 20;
const N = (MB * MiB) / 8;

// `send` runs in the parent thread with `ta` and (postMessage variants) a ready worker `w`; workerData variants create
// `w` themselves. `expect` = what the worker must receive: its length and its ArrayBuffer's byteLength.
const VARIANTS = [
  { id: 'clone', send: 'w.postMessage(ta)', expectLength: N, expectBuffer: N * 8 },
  { id: 'transfer', send: 'w.postMessage(ta, [ta.buffer])', expectLength: N, expectBuffer: N * 8 },
  { id: 'subarray', send: 'w.postMessage(ta.subarray(0, 2))', expectLength: 2, expectBuffer: null },
  { id: 'slice', send: 'w.postMessage(ta.slice(0, 2))', expectLength: 2, expectBuffer: 16 },
  { id: 'workerdata', send: 'w = new Worker(WORKER, { eval: true, workerData: ta })', expectLength: N, expectBuffer: N * 8 },
  {
    id: 'workerdata-transfer',
    send: 'w = new Worker(WORKER, { eval: true, workerData: ta, transferList: [ta.buffer] })',
    expectLength: N,
    expectBuffer: N * 8,
  },
  { id: 'worker-empty', send: 'w = new Worker(WORKER, { eval: true, workerData: null })', expectLength: null, expectBuffer: null },
];
const only = args.only ? new Set(args.only.split(',')) : null;
if (only) for (const id of only) if (!VARIANTS.some((v) => v.id === id)) throw new Error(`unknown variant ${id}`);
const variants = only ? VARIANTS.filter((v) => only.has(v.id)) : VARIANTS;
const partial = args.quick || only != null || args.mb != null;

// The worker: replies 'ready' when it has no workerData, else acknowledges workerData at once; acknowledges every
// message. An acknowledgement describes what arrived, so the parent can check it.
const WORKER = `const { parentPort, workerData } = require('node:worker_threads');
const describe = (x) => ({ type: x.constructor.name, length: x.length, bufferBytes: x.buffer.byteLength, last: x[x.length - 1] });
if (workerData == null) parentPort.postMessage({ type: 'ready' });
else parentPort.postMessage({ type: 'ack', got: describe(workerData) });
parentPort.on('message', (m) => parentPort.postMessage({ type: 'ack', got: describe(m) }));`;

function programA(v) {
  const viaWorkerData = v.send.startsWith('w = new Worker');
  return `'use strict';
const { Worker } = require('node:worker_threads');
const WORKER = ${JSON.stringify(WORKER)};
const n = ${N};
const ta = new Float64Array(n);
for (let i = 0; i < n; i++) ta[i] = i * 0.5;
const next = (w, type) => new Promise((resolve, reject) => {
  const on = (m) => { if (m.type === type) { w.off('message', on); resolve(m); } };
  w.on('message', on);
  w.once('error', reject);
});
(async () => {
  let w;
  ${viaWorkerData ? '' : "w = new Worker(WORKER, { eval: true, workerData: null }); await next(w, 'ready');"}
  const rssBefore = process.memoryUsage.rss();
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  ${v.send};
  const t1 = performance.now();
  const detached = ta.byteLength === 0;
  const senderBufferBytes = ta.buffer.byteLength;
  const ack = await next(w, ${v.id === 'worker-empty' ? "'ready'" : "'ack'"});
  const t2 = performance.now();
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  await w.terminate();
  process.stdout.write(JSON.stringify({ ackMs: t2 - t0, detached, got: ack.got ?? null, maxAfter, maxBefore, rssBefore, sendMs: t1 - t0, senderBufferBytes }) + '\\n');
})();
`;
}

// Part B: what a transfer of a pooled Buffer's ArrayBuffer does. Each case runs on fresh Buffers.
const PROGRAM_B = `'use strict';
const { Worker } = require('node:worker_threads');
const WORKER = ${JSON.stringify(WORKER)};
const next = (w, type) => new Promise((resolve, reject) => {
  const on = (m) => { if (m.type === type) { w.off('message', on); resolve(m); } };
  w.on('message', on);
  w.once('error', reject);
});
// The receiver's view of a Uint8Array: where it sits in which ArrayBuffer, and whether b's bytes came along.
const RECEIVER = \`const { parentPort, workerData } = require('node:worker_threads');
const d = (x) => ({ type: x.constructor.name, length: x.length, byteOffset: x.byteOffset, bufferBytes: x.buffer.byteLength,
  text: Buffer.from(x.buffer, x.byteOffset, x.length).toString(), slabHasOther: Buffer.from(x.buffer).includes('other') });
if (workerData == null) parentPort.postMessage({ type: 'ready' }); else parentPort.postMessage({ type: 'ack', got: d(workerData) });
parentPort.on('message', (m) => parentPort.postMessage({ type: 'ack', got: d(m) }));\`;
const state = (a, b) => ({
  aByteLength: a.byteLength, aBufferBytes: a.buffer.byteLength, aText: a.byteLength ? a.toString() : null,
  bByteLength: b.byteLength, bText: b.byteLength ? b.toString() : null,
  nextSmallBufferSharesSlab: Buffer.from('next').buffer === a.buffer,
});
async function viaPostMessage(make, transfer) {
  const w = new Worker(RECEIVER, { eval: true, workerData: null });
  await next(w, 'ready');
  const { a, b } = make();
  let threw = null;
  try { w.postMessage(a, transfer ? [a.buffer] : []); } catch (e) { threw = e.name + ': ' + e.message; }
  const after = state(a, b);
  const got = threw ? null : (await next(w, 'ack')).got;
  await w.terminate();
  return { threw, ...after, got };
}
async function viaWorkerData(make) {
  const { a, b } = make();
  let threw = null;
  let w = null;
  try { w = new Worker(RECEIVER, { eval: true, workerData: a, transferList: [a.buffer] }); } catch (e) { threw = e.name + ': ' + e.message; }
  const after = state(a, b);
  const got = threw ? null : (await next(w, 'ack')).got;
  if (w) await w.terminate();
  return { threw, ...after, got };
}
function viaStructuredClone(make) {
  const { a, b } = make();
  let threw = null;
  let c = null;
  try { c = structuredClone(a, { transfer: [a.buffer] }); } catch (e) { threw = e.name + ': ' + e.message; }
  const after = state(a, b);
  const got = c && { type: c.constructor.name, length: c.length, byteOffset: c.byteOffset, bufferBytes: c.buffer.byteLength,
    text: Buffer.from(c.buffer, c.byteOffset, c.length).toString(), slabHasOther: Buffer.from(c.buffer).includes('other') };
  return { threw, ...after, got };
}
const pooled = () => ({ a: Buffer.from('small'), b: Buffer.from('other') });
const unpooled = () => { const a = Buffer.alloc(5); a.write('small'); return { a, b: Buffer.from('other') }; };
(async () => {
  const probe = pooled();
  const out = {
    pool: { sameSlab: probe.a.buffer === probe.b.buffer, slabBytes: probe.a.buffer.byteLength, poolSize: Buffer.poolSize,
      aByteOffset: probe.a.byteOffset, bByteOffset: probe.b.byteOffset },
    cases: {
      'pooled: postMessage(a) (no transfer)': await viaPostMessage(pooled, false),
      'pooled: postMessage(a, [a.buffer])': await viaPostMessage(pooled, true),
      'pooled: new Worker(f, { workerData: a, transferList: [a.buffer] })': await viaWorkerData(pooled),
      'pooled: structuredClone(a, { transfer: [a.buffer] })': viaStructuredClone(pooled),
      'Buffer.alloc(5): postMessage(a, [a.buffer])': await viaPostMessage(unpooled, true),
    },
  };
  process.stdout.write(JSON.stringify(out) + '\\n');
})();
`;

function runChild(code, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', code], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (status !== 0) return reject(new Error(`${what}: child failed (status ${status}, signal ${signal}):\n${stderr.slice(0, 2000)}`));
      resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}

const t0 = performance.now();
const elapsed = () => round((performance.now() - t0) / 1000, 0);

// Part A, runs interleaved across variants.
const runs = new Map(variants.map((v) => [v.id, []]));
for (let run = 1; run <= RUNS; run++) {
  for (const v of variants) {
    const out = await runChild(programA(v), v.id);
    if (v.expectLength != null) {
      const g = out.got;
      const lastExpected = (v.expectLength - 1) * 0.5;
      if (!g || g.type !== 'Float64Array' || g.length !== v.expectLength || g.last !== lastExpected) {
        throw new Error(`${v.id}: the worker received ${JSON.stringify(g)}`);
      }
      if (v.expectBuffer != null && g.bufferBytes !== v.expectBuffer) {
        throw new Error(`${v.id}: the worker's ArrayBuffer is ${g.bufferBytes} bytes, expected ${v.expectBuffer}`);
      }
    }
    // A high-water mark above the RSS at the call would hide a smaller peak: note it (it has not happened here).
    out.hiddenBelowMB = round(Math.max(0, out.maxBefore - out.rssBefore) / MiB, 1);
    out.peakIncreaseMB = round((out.maxAfter - out.rssBefore) / MiB, 1);
    out.run = run;
    runs.get(v.id).push(out);
    console.error(
      `run ${run} ${v.id.padEnd(20)} send ${round(out.sendMs, 1)} ms, ack ${round(out.ackMs, 1)} ms, peak +${out.peakIncreaseMB} MB ` +
        `(RSS before ${round(out.rssBefore / MiB, 0)} MB), detached ${out.detached}, received buffer ${out.got?.bufferBytes ?? '-'} B, elapsed ${elapsed()} s`,
    );
  }
}

const results = variants.map((v) => {
  const rs = runs.get(v.id);
  const med = (k) => median(rs.map((r) => r[k]));
  const detachedRuns = rs.filter((r) => r.detached).length;
  return {
    ackMs: round(med('ackMs'), 1),
    code: v.send.replace('WORKER', 'f'),
    detached: detachedRuns === rs.length ? true : detachedRuns === 0 ? false : `${detachedRuns}/${rs.length}`,
    hiddenBelowMB: rs.reduce((max, r) => Math.max(max, r.hiddenBelowMB), 0),
    id: v.id,
    peakIncreaseMB: round(med('peakIncreaseMB'), 1),
    receivedBufferBytes: rs[0].got?.bufferBytes ?? null,
    receivedLength: rs[0].got?.length ?? null,
    rssBeforeMB: round(med('rssBefore') / MiB, 1),
    runs: rs.map((r) => ({
      ackMs: round(r.ackMs, 1),
      hiddenBelowMB: r.hiddenBelowMB,
      peakIncreaseMB: r.peakIncreaseMB,
      rssBeforeMB: round(r.rssBefore / MiB, 1),
      run: r.run,
      sendMs: round(r.sendMs, 1),
    })),
    sendMs: round(med('sendMs'), 1),
  };
});
const byId = new Map(results.map((r) => [r.id, r]));
for (const r of results) r.ackVsTransfer = byId.has('transfer') && r.id !== 'transfer' ? ratio(r.ackMs, byId.get('transfer').ackMs) : null;

// Part B, once per run: the answers must be identical every time.
const poolRuns = [];
for (let run = 1; run <= RUNS; run++) poolRuns.push(await runChild(PROGRAM_B, 'pooled Buffer'));
const poolStable = poolRuns.every((r) => JSON.stringify(r) === JSON.stringify(poolRuns[0]));
if (!poolStable) console.error('WARNING: the pooled-Buffer answers differed between runs (all kept in the result file)');
const pool = poolRuns[0];
const wallSeconds = round((performance.now() - t0) / 1000, 1);

console.log(`\nA ${MB} MiB Float64Array (${N.toLocaleString('en-US')} doubles) sent to a worker_threads Worker. node ${process.version} (V8 ${process.versions.v8})`);
console.log(`Medians of ${RUNS} fresh process(es) per variant, one at a time. send ms: the call blocks the sender that long;`);
console.log(`ack ms: from the call to the worker's acknowledgement (workerData rows include worker start-up: see worker-empty);`);
console.log(`peak RSS +MB: maxRSS after the ack - RSS just before the call; received buffer: byteLength of the ArrayBuffer the`);
console.log(`worker got; detached: the sender's ta.byteLength is 0 after the call.\n`);
console.log(
  formatTable(
    ['variant', 'code', 'send ms', 'ack ms', 'x transfer', 'peak RSS +MB', 'received length', 'received buffer B', 'sender detached'],
    results.map((r) => [
      r.id,
      r.code,
      r.sendMs,
      r.ackMs,
      r.ackVsTransfer,
      r.peakIncreaseMB,
      r.receivedLength,
      r.receivedBufferBytes,
      typeof r.detached === 'boolean' ? (r.detached ? 'yes' : 'no') : r.detached,
    ]),
  ),
);
if (results.some((r) => r.hiddenBelowMB > 1)) {
  console.log(`\nnote: in some runs the RSS high-water mark before the call was above the RSS then (see hiddenBelowMB)`);
}

console.log(`\nPooled Buffers: a = Buffer.from('small'), b = Buffer.from('other'): same slab ${pool.pool.sameSlab}, ` +
  `slab ${pool.pool.slabBytes} B (Buffer.poolSize ${pool.pool.poolSize}), a at byteOffset ${pool.pool.aByteOffset}, b at ${pool.pool.bByteOffset}.`);
console.log(`${RUNS} run(s), ${poolStable ? 'identical answers' : 'ANSWERS DIFFERED'}. "next shares" = a later Buffer.from('next') lands in the same slab.\n`);
const yn = (x) => (x ? 'yes' : 'no');
console.log(
  formatTable(
    ['case', 'throws', 'a after', 'b after', 'next shares', 'receiver gets', 'receiver sees b'],
    Object.entries(pool.cases).map(([name, c]) => [
      name,
      c.threw ?? 'no',
      c.aByteLength === 0 ? 'detached' : `intact (${c.aText}, buffer ${c.aBufferBytes} B)`,
      c.bByteLength === 0 ? 'detached' : `intact (${c.bText})`,
      yn(c.nextSmallBufferSharesSlab),
      c.got ? `${c.got.type} length ${c.got.length} at byteOffset ${c.got.byteOffset} of a ${c.got.bufferBytes} B ArrayBuffer` : '-',
      c.got ? yn(c.got.slabHasOther) : '-',
    ]),
  ),
);
console.log(`\nwall time ${wallSeconds} s`);

const data = {
  benchmark: NAME,
  environment: environment(),
  params: {
    arrayBytes: N * 8,
    elements: N,
    fill: 'i * 0.5',
    method:
      'fresh child per variant and run, one at a time; send/ack ms by performance.now(); peak = resourceUsage().maxRSS after the ack - memoryUsage.rss() before the call',
    mb: MB,
    only: only ? [...only].sort() : null,
    quick: args.quick,
    runs: RUNS,
  },
  pooledBuffer: { ...pool, runs: RUNS, stable: poolStable, ...(poolStable ? {} : { allRuns: poolRuns }) },
  variants: results,
  wallSeconds,
};
const file = writeResult(NAME, data, { partial });
console.log(`wrote ${file}`);
