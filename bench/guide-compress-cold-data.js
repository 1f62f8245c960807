#!/usr/bin/env node
// Guide docs/guides/compress-cold-data.md: a large, rarely read structure (an array of JSON-able records) kept as
// objects vs as its JSON text vs as a zlib-compressed Buffer (gzip, brotli; zlib's sync APIs, a few levels).
//
// Every variant runs in a FRESH child process (--expose-gc), --runs times, one child at a time (times are part of the
// result); medians. The child measures heapUsed + external after two gc() (the baseline), builds the records
// (deterministic PRNG, so every child builds the same data), keeps them in the variant's form and drops the rest, and
// measures again after two gc(): **resident MB** = the growth. Then **encode ms** (JSON.stringify + Buffer.from +
// compress; 0 for objects), **read ms** (decompress + toString + JSON.parse of everything, the cost of one read), and
// checks the records read back (count and a checksum). **peak RSS**: resourceUsage().maxRSS at exit (the encode peak
// includes the objects and the JSON text at once). The `*-blocks` variant compresses blocks of 10,000 records
// separately; its **one-record ms** reads a single record (one block decompressed and parsed).
//
//   node bench/guide-compress-cold-data.js             # 400,000 records (about 145 MB as objects, 56 MB of JSON), 3 runs
//   node bench/guide-compress-cold-data.js --quick     # 40,000 records, 1 run, writes bench/.tmp/
//   node bench/guide-compress-cold-data.js --records 200000 --runs 2 --only objects,gzip-6
//
// Writes bench/results/guide-compress-cold-data.json (--quick, --only, --records: bench/.tmp/, git-ignored).
import { parseArgs } from 'node:util';

import { environment, formatTable, median, round, spawnNode, writeResult } from './lib/common.js';

const NAME = 'guide-compress-cold-data';
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    records: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--records N] [--only v1,v2]`);
  process.exit(0);
}
const RUNS = args.runs ? Number(args.runs) : args.quick ? 1 : 3;
const RECORDS = args.records ? Number(args.records) : args.quick ? 40_000 : 400_000;
const MiB = 2 ** 20;

// `keep` turns `json` (the JSON text) into what stays in memory; `read` turns `kept` back into the records array.
const VARIANTS = [
  { id: 'objects', label: 'the records array itself', keep: null, read: null },
  { id: 'json-string', label: 'JSON.stringify(records) (string)', keep: 'json', read: 'JSON.parse(kept)' },
  { id: 'json-buffer', label: "Buffer.from(JSON.stringify(records)) (utf8 bytes)", keep: 'Buffer.from(json)', read: "JSON.parse(kept.toString('utf8'))" },
  { id: 'gzip-1', label: 'zlib.gzipSync(json, { level: 1 })', keep: 'zlib.gzipSync(json, { level: 1 })', read: 'JSON.parse(zlib.gunzipSync(kept).toString())' },
  { id: 'gzip-6', label: 'zlib.gzipSync(json) (level 6, default)', keep: 'zlib.gzipSync(json)', read: 'JSON.parse(zlib.gunzipSync(kept).toString())' },
  { id: 'brotli-1', label: 'zlib.brotliCompressSync(json, quality 1)', keep: 'zlib.brotliCompressSync(json, Q(1))', read: 'JSON.parse(zlib.brotliDecompressSync(kept).toString())' },
  { id: 'brotli-5', label: 'zlib.brotliCompressSync(json, quality 5)', keep: 'zlib.brotliCompressSync(json, Q(5))', read: 'JSON.parse(zlib.brotliDecompressSync(kept).toString())' },
  { id: 'brotli-9', label: 'zlib.brotliCompressSync(json, quality 9)', keep: 'zlib.brotliCompressSync(json, Q(9))', read: 'JSON.parse(zlib.brotliDecompressSync(kept).toString())' },
  { id: 'gzip-6-blocks', label: 'gzipSync per block of 10,000 records', keep: 'blocks', read: 'blocks' },
];
const only = args.only ? new Set(args.only.split(',')) : null;
const variants = only ? VARIANTS.filter((v) => only.has(v.id)) : VARIANTS;
const partial = args.quick || only != null || args.records != null;

function program(v) {
  return `'use strict';
const zlib = require('node:zlib');
const Q = (q) => ({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 0 } });
const used = () => { gc(); gc(); const m = process.memoryUsage(); return m.heapUsed + m.external; };
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
const COUNTRIES = ['DE', 'FR', 'US', 'JP', 'BR', 'IN', 'NG', 'SE'];
const WORDS = ['late', 'refund', 'express', 'gift', 'fragile', 'priority', 'return', 'pickup', 'weekend', 'damaged'];
function build(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({ id: i, user: 'user-' + Math.floor(rnd() * 50000), country: COUNTRIES[Math.floor(rnd() * 8)],
      ts: 1700000000000 + i * 1000 + Math.floor(rnd() * 1000), amount: Math.round(rnd() * 1e6) / 100,
      tags: [WORDS[Math.floor(rnd() * 10)], WORDS[Math.floor(rnd() * 10)]],
      note: 'order ' + i + ' ' + WORDS[Math.floor(rnd() * 10)] + ' ' + Math.floor(rnd() * 1e9).toString(36) });
  }
  return out;
}
const check = (rs) => { let s = 0; for (const r of rs) s = (s + r.id * 7 + Math.round(r.amount * 100)) % 1e9; return [rs.length, s]; };
const N = ${RECORDS};
const base = used();
// In a function, not a bare block: a block's locals stay reachable until the function ends (V8-MEMORY.md section 3).
function make() {
  const records = build(N);
  const expected = check(records);
  ${v.keep == null ? 'return { kept: records, encodeMs: 0, jsonBytes: 0, expected };' : v.keep === 'blocks' ? `const t = performance.now();
  const kept = [];
  let jsonBytes = 0;
  for (let i = 0; i < N; i += 10000) {
    const text = JSON.stringify(records.slice(i, i + 10000));
    jsonBytes += Buffer.byteLength(text);
    kept.push(zlib.gzipSync(text));
  }
  return { kept, encodeMs: performance.now() - t, jsonBytes, expected };` : `const t = performance.now();
  const json = JSON.stringify(records);
  const kept = ${v.keep};
  return { kept, encodeMs: performance.now() - t, jsonBytes: Buffer.byteLength(json), expected };`}
}
const { kept, encodeMs, jsonBytes, expected } = make();
const resident = used() - base;
const keptBytes = ${v.keep == null ? 'null' : v.keep === 'blocks' ? 'kept.reduce((s, b) => s + b.length, 0)' : "typeof kept === 'string' ? null : kept.length"};
let readMs = null;
let oneMs = null;
let got = null;
${v.read == null ? 'got = check(kept);' : v.read === 'blocks' ? `{
  const t = performance.now();
  const all = [];
  for (const b of kept) for (const r of JSON.parse(zlib.gunzipSync(b).toString())) all.push(r);
  readMs = performance.now() - t;
  got = check(all);
  const t1 = performance.now();
  const id = 123457 % N;
  const rec = JSON.parse(zlib.gunzipSync(kept[Math.floor(id / 10000)]).toString())[id % 10000];
  oneMs = performance.now() - t1;
  if (rec.id !== id) throw new Error('wrong record ' + rec.id);
}` : `{
  const t = performance.now();
  const all = ${v.read};
  readMs = performance.now() - t;
  got = check(all);
}`}
if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error('read back ' + got + ', expected ' + expected);
process.stdout.write(JSON.stringify({ resident, encodeMs, readMs, oneMs, jsonBytes, keptBytes, maxRSS: process.resourceUsage().maxRSS * 1024 }) + '\\n');
`;
}

const t0 = performance.now();
const runs = new Map(variants.map((v) => [v.id, []]));
for (let run = 1; run <= RUNS; run++) {
  for (const v of variants) {
    const r = await spawnNode(['--expose-gc', '-e', program(v)], { timeoutMs: 300_000 });
    if (r.status !== 0) throw new Error(`${v.id}: child failed (${r.status ?? r.signal}):\n${r.stderr.slice(0, 2000)}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    runs.get(v.id).push(out);
    console.error(`run ${run} ${v.id.padEnd(14)} resident ${round(out.resident / MiB, 1)} MB, encode ${round(out.encodeMs, 0)} ms, read ${round(out.readMs, 0)} ms, ` +
      `peak RSS ${round(out.maxRSS / MiB, 0)} MB, elapsed ${round((performance.now() - t0) / 1000, 0)} s`);
  }
}

const results = variants.map((v) => {
  const rs = runs.get(v.id);
  const med = (k) => median(rs.map((r) => r[k]));
  return {
    encodeMs: v.keep == null ? null : round(med('encodeMs'), 0),
    id: v.id,
    jsonMB: round(rs[0].jsonBytes / MiB, 1),
    keptMB: rs[0].keptBytes == null ? null : round(rs[0].keptBytes / MiB, 2),
    label: v.label,
    oneRecordMs: round(med('oneMs'), 1),
    peakRssMB: round(med('maxRSS') / MiB, 0),
    readMs: round(med('readMs'), 0),
    residentMB: round(med('resident') / MiB, 1),
    runs: rs.map((r) => ({ encodeMs: round(r.encodeMs, 0), peakRssMB: round(r.maxRSS / MiB, 0), readMs: round(r.readMs, 0), residentMB: round(r.resident / MiB, 1) })),
  };
});
const objects = results.find((r) => r.id === 'objects');
for (const r of results) r.vsObjects = objects ? round(r.residentMB / objects.residentMB, 3) : null;
const wallSeconds = round((performance.now() - t0) / 1000, 1);

console.log(`\n${RECORDS.toLocaleString('en-US')} records (${results.find((r) => r.jsonMB)?.jsonMB ?? '-'} MB of JSON). node ${process.version}, medians of ${RUNS} fresh process(es).`);
console.log('resident: heapUsed + external after gc(), over the empty baseline; encode: stringify + compress; read: decompress + parse all.\n');
console.log(formatTable(
  ['variant', 'kept MB', 'resident MB', 'x objects', 'encode ms', 'read ms', 'one record ms', 'peak RSS MB'],
  results.map((r) => [r.label, r.keptMB, r.residentMB, r.vsObjects, r.encodeMs, r.readMs, r.oneRecordMs, r.peakRssMB]),
));
console.log(`\nwall time ${wallSeconds} s`);
const file = writeResult(NAME, {
  benchmark: NAME,
  environment: environment(),
  params: { blockRecords: 10_000, method: 'fresh child per variant and run (--expose-gc), one at a time; resident = heapUsed + external after gc() x2, minus the same before building', only: only ? [...only].sort() : null, quick: args.quick, records: RECORDS, runs: RUNS },
  variants: results,
  wallSeconds,
}, { partial });
console.log(`wrote ${file}`);
