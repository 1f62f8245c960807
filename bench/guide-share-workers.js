#!/usr/bin/env node
// Guide docs/guides/share-across-workers.md: N worker_threads Workers each sum their quarter of one large Float64Array
// (i * 0.5), handed over four ways: a structured clone of the whole array to each worker, a clone of each worker's
// slice, a transfer of per-worker chunks (the data is built as N chunks; the sender loses them), and one
// SharedArrayBuffer viewed by every worker, with the results written to a shared Float64Array and completion counted
// with Atomics.add / Atomics.notify (the main thread waits with Atomics.waitAsync, without blocking its event loop).
// The transfer of one whole array to one worker is bench/transfer.js; not re-measured here.
//
// One FRESH child per variant and run, one at a time, --runs runs, medians. The workers are started and 'ready'
// before the measured window and the data is filled (every page touched). **ms**: from the first send until every
// result is in; **peak RSS +MB**: resourceUsage().maxRSS at the end - memoryUsage.rss() before the first send (the
// child checks the high-water mark was not above it); the total is checked against the closed form.
//
//   node bench/guide-share-workers.js            # 100 MiB, 4 workers, 3 runs: about 40 s
//   node bench/guide-share-workers.js --quick    # 16 MiB, 1 run, writes bench/.tmp/
//   node bench/guide-share-workers.js --mb 200 --workers 2 --only clone-whole,shared
//
// Writes bench/results/guide-share-workers.json (--quick, --only, --mb, --workers: bench/.tmp/, git-ignored).
import { parseArgs } from 'node:util';

import { environment, formatTable, median, round, spawnNode, writeResult } from './lib/common.js';

const NAME = 'guide-share-workers';
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    mb: { type: 'string' },
    workers: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--mb M] [--workers W] [--only v1,v2]`);
  process.exit(0);
}
const RUNS = args.runs ? Number(args.runs) : args.quick ? 1 : 3;
const MB = args.mb ? Number(args.mb) : args.quick ? 16 : 100;
const W = args.workers ? Number(args.workers) : 4;
const MiB = 2 ** 20;
const N = (MB * MiB) / 8;
if (N % W !== 0) throw new Error('--mb * 131072 must divide by --workers');

// `fill` makes the data, `send(w, k)` hands worker k its part; the worker replies { k, sum } (shared: writes sums[k]).
const VARIANTS = [
  { id: 'clone-whole', code: 'w.postMessage(ta) to each worker', fill: 'one', send: 'w.postMessage({ k, ta })' },
  { id: 'clone-slice', code: 'w.postMessage(ta.slice(a, b)) to each worker', fill: 'one', send: 'w.postMessage({ k, ta: ta.slice(k * C, (k + 1) * C), whole: false })' },
  { id: 'transfer-chunks', code: 'N chunks; w.postMessage(chunk, [chunk.buffer])', fill: 'chunks', send: 'w.postMessage({ k, ta: chunks[k], whole: false }, [chunks[k].buffer])' },
  { id: 'shared', code: 'one SharedArrayBuffer; w.postMessage({ sab }) + Atomics', fill: 'shared', send: 'w.postMessage({ k, sab, ctl: ctl.buffer, sums: sums.buffer })' },
];
const only = args.only ? new Set(args.only.split(',')) : null;
const variants = only ? VARIANTS.filter((v) => only.has(v.id)) : VARIANTS;
const partial = args.quick || only != null || args.mb != null || args.workers != null;

const WORKER = `const { parentPort } = require('node:worker_threads');
const C = ${N / W};
parentPort.postMessage('ready');
parentPort.on('message', (m) => {
  let sum = 0;
  if (m.sab) {
    const ta = new Float64Array(m.sab);
    for (let i = m.k * C; i < (m.k + 1) * C; i++) sum += ta[i];
    new Float64Array(m.sums)[m.k] = sum;
    const ctl = new Int32Array(m.ctl);
    Atomics.add(ctl, 0, 1);
    Atomics.notify(ctl, 0);
    return;
  }
  const from = m.whole === false ? 0 : m.k * C;
  for (let i = from; i < from + C; i++) sum += m.ta[i];
  parentPort.postMessage({ k: m.k, sum });
});`;

function program(v) {
  return `'use strict';
const { Worker } = require('node:worker_threads');
const N = ${N}, W = ${W}, C = N / W;
let ta, chunks, sab;
${v.fill === 'one' ? 'ta = new Float64Array(N); for (let i = 0; i < N; i++) ta[i] = i * 0.5;' : ''}
${v.fill === 'chunks' ? 'chunks = []; for (let k = 0; k < W; k++) { const c = new Float64Array(C); for (let i = 0; i < C; i++) c[i] = (k * C + i) * 0.5; chunks.push(c); }' : ''}
${v.fill === 'shared' ? 'sab = new SharedArrayBuffer(N * 8); ta = new Float64Array(sab); for (let i = 0; i < N; i++) ta[i] = i * 0.5;' : ''}
const ctl = new Int32Array(new SharedArrayBuffer(4));
const sums = new Float64Array(new SharedArrayBuffer(8 * W));
(async () => {
  const workers = [];
  for (let k = 0; k < W; k++) {
    const w = new Worker(${JSON.stringify(WORKER)}, { eval: true });
    await new Promise((resolve) => w.once('message', resolve));
    workers.push(w);
  }
  const got = [];
  const results = Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', (m) => resolve(m)))));
  const rssBefore = process.memoryUsage.rss();
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  for (let k = 0; k < W; k++) { const w = workers[k]; ${v.send}; }
  const sendMs = performance.now() - t0;
  let total = 0;
  ${v.fill === 'shared' ? `for (let c = Atomics.load(ctl, 0); c < W; c = Atomics.load(ctl, 0)) {
    const r = Atomics.waitAsync(ctl, 0, c);
    if (r.async) await r.value;
  }
  for (let k = 0; k < W; k++) total += sums[k];` : 'for (const m of await results) total += m.sum;'}
  const ms = performance.now() - t0;
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  const senderBytes = ${v.fill === 'chunks' ? 'chunks.reduce((s, c) => s + c.byteLength, 0)' : 'ta.byteLength'};
  await Promise.all(workers.map((w) => w.terminate()));
  process.stdout.write(JSON.stringify({ ms, sendMs, total, rssBefore, maxBefore, maxAfter, senderBytes }) + '\\n');
})();
`;
}

const expected = (0.5 * N * (N - 1)) / 2;
const t0 = performance.now();
const runs = new Map(variants.map((v) => [v.id, []]));
for (let run = 1; run <= RUNS; run++) {
  for (const v of variants) {
    const r = await spawnNode(['-e', program(v)], { timeoutMs: 180_000 });
    if (r.status !== 0) throw new Error(`${v.id}: child failed (${r.status ?? r.signal}):\n${r.stderr.slice(0, 2000)}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    if (Math.abs(out.total - expected) > expected * 1e-9) throw new Error(`${v.id}: total ${out.total}, expected ${expected}`);
    out.peakMB = (out.maxAfter - out.rssBefore) / MiB;
    out.hiddenMB = Math.max(0, out.maxBefore - out.rssBefore) / MiB;
    runs.get(v.id).push(out);
    console.error(`run ${run} ${v.id.padEnd(16)} ${round(out.ms, 0)} ms (send ${round(out.sendMs, 1)} ms), peak +${round(out.peakMB, 0)} MB, elapsed ${round((performance.now() - t0) / 1000, 0)} s`);
  }
}
const results = variants.map((v) => {
  const rs = runs.get(v.id);
  const med = (k) => median(rs.map((r) => r[k]));
  return {
    code: v.code,
    hiddenBelowMB: round(rs.reduce((m, r) => Math.max(m, r.hiddenMB), 0), 1),
    id: v.id,
    ms: round(med('ms'), 0),
    peakIncreaseMB: round(med('peakMB'), 0),
    rssBeforeMB: round(med('rssBefore') / MiB, 0),
    runs: rs.map((r) => ({ ms: round(r.ms, 0), peakIncreaseMB: round(r.peakMB, 1), sendMs: round(r.sendMs, 1) })),
    sendMs: round(med('sendMs'), 1),
    senderKeepsData: rs[0].senderBytes === N * 8,
  };
});
const wallSeconds = round((performance.now() - t0) / 1000, 1);
console.log(`\n${MB} MiB Float64Array, ${W} workers each summing a quarter. node ${process.version}, medians of ${RUNS} fresh process(es).`);
console.log('ms: first send to the last result; send ms: the sends block the main thread that long; peak RSS +MB: maxRSS at the end - RSS before the first send.\n');
console.log(formatTable(['variant', 'code', 'ms', 'send ms', 'peak RSS +MB', 'sender keeps data'],
  results.map((r) => [r.id, r.code, r.ms, r.sendMs, r.peakIncreaseMB, r.senderKeepsData ? 'yes' : 'no'])));
console.log(`\nwall time ${wallSeconds} s`);
const file = writeResult(NAME, {
  benchmark: NAME,
  environment: environment(),
  params: { arrayBytes: N * 8, mb: MB, method: 'fresh child per variant and run, one at a time; workers ready before the window; peak = maxRSS at the end - RSS before the first send', only: only ? [...only].sort() : null, quick: args.quick, runs: RUNS, workers: W },
  variants: results,
  wallSeconds,
}, { partial });
console.log(`wrote ${file}`);
