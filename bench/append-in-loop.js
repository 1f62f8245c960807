#!/usr/bin/env node
// Appending in a loop: `acc = [...acc, x]` and `acc = acc.concat([x])` copy the whole array on every turn
// (quadratic time and garbage); `acc.push(x)` is amortised constant. Each variant runs in a fresh child process,
// `--runs` times (median), at n, 2n and 4n, so the growth per doubling shows. Also a one-off append of a large
// array (`a = a.concat(b)` vs a push loop) lives in in-place-memory.js: there the copy is not worse.
//   node bench/append-in-loop.js [--n 10000] [--runs 3] [--quick]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

import { childEnv, environment, formatTable, median, ratio, round, writeResult } from './lib/common.js';

const { values: args } = parseArgs({
  options: { n: { type: 'string' }, runs: { type: 'string' }, quick: { type: 'boolean', default: false } },
});
const N = Number(args.n ?? (args.quick ? 2000 : 10000));
const RUNS = Number(args.runs ?? (args.quick ? 1 : 3));
const SIZES = [N, 2 * N, 4 * N];

const VARIANTS = [
  { id: 'spread', code: 'let acc = []; for (let i = 0; i < n; i++) acc = [...acc, i * 0.5];' },
  { id: 'concat', code: 'let acc = []; for (let i = 0; i < n; i++) acc = acc.concat([i * 0.5]);' },
  { id: 'push', code: 'let acc = []; for (let i = 0; i < n; i++) acc.push(i * 0.5);' },
];

function runOnce(code, n) {
  // Node 20 has no allocation counter; the bytes copied are computed from the element counts (see below).
  const program = `const n = ${n}; const t = process.hrtime.bigint(); ${code}
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    let sum = 0; for (const v of acc) sum += v;
    console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, length: acc.length, sum }));`;
  const child = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8', env: childEnv() });
  if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

const rows = [];
const results = [];
for (const variant of VARIANTS) {
  const perSize = [];
  for (const n of SIZES) {
    const runs = Array.from({ length: RUNS }, () => runOnce(variant.code, n));
    const ms = median(runs.map((r) => r.ms));
    // Elements copied: n(n+1)/2 for the copying variants, n for push; 8 bytes each (doubles, no boxing).
    const copiedMB = variant.id === 'push' ? (n * 8) / 2 ** 20 : ((n * (n + 1)) / 2) * 8 / 2 ** 20;
    perSize.push({ n, ms: round(ms, 2), peakRssMB: round(median(runs.map((r) => r.rssMB)), 1), copiedMB: round(copiedMB, 1) });
  }
  results.push({ id: variant.id, code: variant.code, sizes: perSize });
  for (const [i, s] of perSize.entries()) {
    rows.push([variant.id, s.n, s.ms, i === 0 ? '' : ratio(s.ms, perSize[i - 1].ms), s.copiedMB, s.peakRssMB]);
  }
}
const push = results.find((r) => r.id === 'push');
console.log(`append-in-loop: median of ${RUNS} fresh process(es), node ${process.version}\n`);
console.log(formatTable(['variant', 'n', 'ms', 'x previous n', 'MB copied', 'peak RSS MB'], rows));
for (const r of results) {
  if (r.id === 'push') continue;
  const last = r.sizes.at(-1);
  console.log(`${r.id} / push at n = ${last.n}: ${ratio(last.ms, push.sizes.at(-1).ms)}x time`);
}
writeResult(args.quick ? 'append-in-loop.quick' : 'append-in-loop', { benchmark: 'append-in-loop', environment: environment(), runs: RUNS, variants: results }, { partial: args.quick });
