#!/usr/bin/env node
// Guide docs/guides/confirm-at-run-time.md: confirm a finding with the tools V8 ships, on this repository's commonest
// pattern (no-retained-intermediate): the text of a JSON file kept alive across an `await` after JSON.parse.
//
// 1. `before` / `after`: a child writes a ~24 MB JSON file, then `const raw = readFileSync(p, 'utf8'); const rows =
//    JSON.parse(raw);` and, while suspended at the next `await`, a timer calls v8.writeHeapSnapshot(). `after` is the
//    fix the rule suggests (`let raw`, `raw = undefined` after the parse). This script then reads each .heapsnapshot
//    (plain JSON: flat `nodes` / `edges` arrays described by `snapshot.meta`), lists strings over 1 MB with their
//    self_size, and finds the shortest retainer path from the root (breadth-first over non-weak edges): what keeps it.
// 2. `near-limit`: a leaking child under --max-old-space-size=64 --heapsnapshot-near-heap-limit=1: which file it
//    writes before it dies, and the constructors with the most self_size in it.
// 3. `heap-prof`: the same leak, bounded, under --heap-prof: the functions that allocated the most (sampled).
// One fresh child each, --runs times (sizes must agree; the first run's paths are printed); 2. in the first run only.
//
//   node bench/guide-confirm-snapshot.js            # 3 runs: about 1.5 min (the near-limit child thrashes for most of it)
//   node bench/guide-confirm-snapshot.js --quick    # 1 run, writes bench/.tmp/
//
// Snapshots go to bench/.tmp/confirm/ (git-ignored) and are deleted unless --keep.
// Writes bench/results/guide-confirm-snapshot.json (--quick: bench/.tmp/).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { environment, formatTable, median, round, scratchDir, spawnNode, writeResult } from './lib/common.js';

const NAME = 'guide-confirm-snapshot';
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--keep]`);
  process.exit(0);
}
const RUNS = args.runs ? Number(args.runs) : args.quick ? 1 : 3;
const dir = path.join(scratchDir, 'confirm');
const MiB = 2 ** 20;

const retained = (fix) => `'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const v8 = require('node:v8');
const file = ${JSON.stringify(path.join(dir, 'orders.json'))};
const rows0 = [];
for (let i = 0; i < 200000; i++) rows0.push({ id: i, user: 'user-' + (i % 5000), amount: (i % 9973) / 100, note: 'order ' + i });
writeFileSync(file, JSON.stringify(rows0));
rows0.length = 0;
const snapshotSoon = (name) => new Promise((resolve) => setTimeout(() => resolve(v8.writeHeapSnapshot(name)), 10));
async function summarize(path) {
  ${fix ? 'let' : 'const'} raw = readFileSync(path, 'utf8');
  const rows = JSON.parse(raw);
  ${fix ? 'raw = undefined; // the fix: release the text once it is parsed' : ''}
  const snap = await snapshotSoon(${JSON.stringify(path.join(dir, fix ? 'after.heapsnapshot' : 'before.heapsnapshot'))});
  return { rows: rows.length, snap };
}
summarize(file).then((r) => process.stdout.write(JSON.stringify({ ...r, fileBytes: require('node:fs').statSync(file).size }) + '\\n'));
`;
const LEAK = `'use strict';
const cache = new Map();
function remember(i) { cache.set('key-' + i, { id: i, payload: 'x'.repeat(64) + i }); }
for (let i = 0; i < (process.argv[1] ? Number(process.argv[1]) : Infinity); i++) remember(i);
console.log(cache.size);
`;

/** Reads a .heapsnapshot; returns nodes over `minBytes` of the given types with their shortest retainer path. */
function analyze(file, { types = ['string', 'concatenated string', 'sliced string'], minBytes = MiB } = {}) {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  const { node_fields: nf, edge_fields: ef, node_types: [nodeTypes], edge_types: [edgeTypes] } = snap.snapshot.meta;
  const NF = nf.length;
  const EF = ef.length;
  const [iType, iName, iSelf, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((k) => nf.indexOf(k));
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((k) => ef.indexOf(k));
  const { nodes, edges, strings } = snap;
  const count = nodes.length / NF;
  const { parentEdge, parentNode, seen } = shortestPaths(nodes, edges, count, NF, EF, iEdges, eType, eTo, edgeTypes);
  const label = (n) => `${nodeTypes[nodes[n * NF + iType]]} ${JSON.stringify(strings[nodes[n * NF + iName]].slice(0, 40))}`;
  const edgeLabel = (e) => {
    const t = edgeTypes[edges[e + eType]];
    return t === 'element' || t === 'hidden' ? `[${edges[e + eName]}]` : `${t} ${strings[edges[e + eName]]}`;
  };
  const found = [];
  const bySelf = new Map();
  for (let n = 0; n < count; n++) {
    const type = nodeTypes[nodes[n * NF + iType]];
    const self = nodes[n * NF + iSelf];
    if (type === 'object' || type === 'string') {
      const key = type === 'string' ? '(string)' : strings[nodes[n * NF + iName]];
      bySelf.set(key, (bySelf.get(key) ?? 0) + self);
    }
    if (!types.includes(type) || self < minBytes) continue;
    const pathOut = [];
    for (let m = n; parentNode[m] >= 0 && pathOut.length < 12; m = parentNode[m]) pathOut.unshift(`${label(parentNode[m])} --${edgeLabel(parentEdge[m])}-->`);
    found.push({ type, selfBytes: self, reachable: seen[n] === 1, path: pathOut.join(' ') });
  }
  const top = [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, bytes]) => ({ name, mb: round(bytes / MiB, 1) }));
  return { nodes: count, fileMB: round(statSync(file).size / MiB, 1), found, top };
}

/** Breadth-first from the synthetic root (node 0) over non-weak edges: the first edge to reach a node is on a shortest path. */
function shortestPaths(nodes, edges, count, NF, EF, iEdges, eType, eTo, edgeTypes) {
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) firstEdge[n + 1] = firstEdge[n] + nodes[n * NF + iEdges] * EF;
  const parentEdge = new Int32Array(count).fill(-1);
  const parentNode = new Int32Array(count).fill(-1);
  const seen = new Uint8Array(count);
  seen[0] = 1;
  let queue = [0];
  while (queue.length) {
    const next = [];
    for (const n of queue) {
      for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += EF) {
        if (edgeTypes[edges[e + eType]] === 'weak') continue;
        const to = edges[e + eTo] / NF;
        if (seen[to]) continue;
        seen[to] = 1;
        parentEdge[to] = e;
        parentNode[to] = n;
        next.push(to);
      }
    }
    queue = next;
  }
  return { parentEdge, parentNode, seen };
}

rmSync(dir, { recursive: true, force: true });
const t0 = performance.now();
const runs = { before: [], after: [], nearLimit: [], heapProf: [] };
for (let run = 1; run <= RUNS; run++) {
  mkdirSync(dir, { recursive: true });
  for (const fix of [false, true]) {
    const r = await spawnNode(['-e', retained(fix)], { cwd: dir, timeoutMs: 120_000 });
    if (r.status !== 0) throw new Error(`retained ${fix}: ${r.stderr.slice(0, 2000)}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    const a = analyze(out.snap);
    runs[fix ? 'after' : 'before'].push({ ...a, fileBytes: out.fileBytes, rows: out.rows });
    console.error(`run ${run} ${fix ? 'after ' : 'before'}: ${a.found.length} string(s) over 1 MB ${a.found.map((f) => `${round(f.selfBytes / MiB, 1)} MB`).join(', ')}, snapshot ${a.fileMB} MB`);
  }
  // --heapsnapshot-near-heap-limit: the snapshot lands (first run only: the leak thrashes the GC for a minute first) in the cwd as Heap.<date>.<pid>.<thread>.<seq>.heapsnapshot.
  if (run === 1) {
  const leak = await spawnNode(['--max-old-space-size=64', '--heapsnapshot-near-heap-limit=1', '-e', LEAK], { cwd: dir, timeoutMs: 120_000 });
  const snaps = readdirSync(dir).filter((f) => f.startsWith('Heap.') && f.endsWith('.heapsnapshot'));
  const near = snaps.length ? analyze(path.join(dir, snaps[0]), { types: [] }) : null;
  runs.nearLimit.push({ died: leak.status !== 0, oom: /heap out of memory/.test(leak.stderr), ms: leak.ms, files: snaps.length, fileMB: near?.fileMB ?? null, nodes: near?.nodes ?? null, top: near?.top ?? null });
  console.error(`run ${run} near-limit: died ${leak.status !== 0} after ${round(leak.ms, 0)} ms, ${snaps.length} snapshot(s) ${near ? `${near.fileMB} MB, top ${near.top.map((t) => `${t.name} ${t.mb} MB`).join(', ')}` : ''}`);
  }
  // --heap-prof: a sampling allocation profile written at exit (bounded leak: 200,000 entries).
  const prof = await spawnNode(['--heap-prof', `--heap-prof-dir=${dir}`, '-e', LEAK, '200000'], { cwd: dir, timeoutMs: 120_000 });
  if (prof.status !== 0) throw new Error(`heap-prof: ${prof.stderr.slice(0, 2000)}`);
  const profFile = readdirSync(dir).find((f) => f.endsWith('.heapprofile'));
  const bySelf = new Map();
  const walk = (n) => {
    const key = n.callFrame.functionName || '(anonymous)';
    bySelf.set(key, (bySelf.get(key) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c);
  };
  walk(JSON.parse(readFileSync(path.join(dir, profFile), 'utf8')).head);
  const total = [...bySelf.values()].reduce((s, x) => s + x, 0);
  const topFns = [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([fn, bytes]) => ({ fn, mb: round(bytes / MiB, 1), share: round(bytes / total, 2) }));
  runs.heapProf.push({ profileMB: round(statSync(path.join(dir, profFile)).size / MiB, 2), topFns, totalMB: round(total / MiB, 1) });
  console.error(`run ${run} heap-prof: ${topFns.map((t) => `${t.fn} ${t.mb} MB (${t.share})`).join(', ')}`);
  if (!args.keep || run < RUNS) rmSync(dir, { recursive: true, force: true });
}

const summary = (rs) => ({
  bigStrings: rs[0].found.map((f) => ({ path: f.path, type: f.type })),
  bigStringMB: round(median(rs.map((r) => r.found.reduce((s, f) => s + f.selfBytes, 0) / MiB)), 1),
  fileMB: round(rs[0].fileBytes / MiB, 1),
  counts: rs.map((r) => r.found.length),
  snapshotMB: round(median(rs.map((r) => r.fileMB)), 1),
  nodes: median(rs.map((r) => r.nodes)),
});
const before = summary(runs.before);
const after = summary(runs.after);
const near = runs.nearLimit;
console.log(`\nnode ${process.version}; ${RUNS} run(s). JSON file ${before.fileMB} MB; strings of 1 MB or more in a snapshot taken at the next await:\n`);
console.log(formatTable(['variant', 'strings >= 1 MB', 'their self_size MB', 'snapshot MB', 'nodes'],
  [['before (const raw)', before.counts.join('/'), before.bigStringMB, before.snapshotMB, before.nodes], ['after (raw = undefined)', after.counts.join('/'), after.bigStringMB, after.snapshotMB, after.nodes]]));
for (const b of before.bigStrings) console.log(`\nretainer path (before): ${b.path} ${b.type}`);
console.log(`\n--heapsnapshot-near-heap-limit=1 under --max-old-space-size=64: died ${near.filter((n) => n.died).length}/${near.length} (OOM), ` +
  `snapshots written ${near.map((n) => n.files).join('/')}, ${near[0].fileMB} MB, ${round(median(near.map((n) => n.ms)), 0)} ms to die; top self_size: ` +
  `${near[0].top?.map((t) => `${t.name} ${t.mb} MB`).join(', ')}`);
console.log(`--heap-prof (200,000 entries): top allocating functions ${runs.heapProf[0].topFns.map((t) => `${t.fn} ${t.mb} MB (${Math.round(t.share * 100)} %)`).join(', ')}`);
const wallSeconds = round((performance.now() - t0) / 1000, 1);
console.log(`\nwall time ${wallSeconds} s`);
console.log(`wrote ${writeResult(NAME, {
  benchmark: NAME, environment: environment(), params: { quick: args.quick, records: 200000, runs: RUNS },
  before, after, heapProf: runs.heapProf, nearLimit: near.map((n) => ({ ...n, ms: round(n.ms, 0) })), wallSeconds,
}, { partial: args.quick })}`);
