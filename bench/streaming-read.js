#!/usr/bin/env node
// Reading a large text file line by line: the whole file as one string and `split('\n')` against streaming. Peak RSS
// and time of each way, on a generated 200 MiB text file of about 2.4M lines. Re-measures /work/shared/V8-MEMORY.md
// section 6.
//
// Every variant runs in a FRESH child process (`node -e <program>`), --runs times (medians), one child at a time
// (times are part of the result), runs interleaved across variants. Each variant visits every line as a string (except
// the two reference rows marked "reference") and computes the same answer, checked by the parent: the number of lines
// (as readline counts them: no empty last line after the final '\n') and the total length of the lines (UTF-16 code
// units, newlines excluded). The child reports:
//   - ms: the read and the iteration (performance.now(); process start-up excluded);
//   - peak RSS: process.resourceUsage().maxRSS at exit (includes the process itself: see the `empty` row);
//   - heap after: heapUsed at the end, before exit, without gc() (what the variant still holds or has not collected).
// The file is ASCII, deterministic (line i depends on i only), generated once into bench/.tmp/ and reused.
//
//   node bench/streaming-read.js               # 200 MiB file, 3 runs (about 1 minute; +7 s the first time)
//   node bench/streaming-read.js --quick       # 20 MiB file, 1 run (a few seconds), writes bench/.tmp/
//   node bench/streaming-read.js --only readline,readsync-chunks --runs 5
//
// Writes bench/results/streaming-read.json (--quick, --only, --mb: bench/.tmp/, git-ignored).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { childEnv, environment, formatTable, median, ratio, round, scratchDir, writeResult } from './lib/common.js';

const NAME = 'streaming-read';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    mb: { type: 'string' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '180' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--mb M] [--only v1,v2]
  --runs     fresh processes per variant, medians reported (default 3; --quick: 1)
  --mb       size of the generated file in MiB (default 200; --quick: 20); made once in bench/.tmp/
  --only     comma-separated variant ids (empty is always kept)
  --timeout  seconds before a child is killed (default 180)`);
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

// Each `code` runs inside `async function main(p)` and must set `lines` and `chars` (declared for it).
const VARIANTS = [
  { id: 'empty', what: 'the process alone (no read)', reference: true, code: '' },
  {
    id: 'readfilesync-only',
    what: "readFileSync(p, 'utf8'), length only (the text alone)",
    reference: true,
    code: `const text = readFileSync(p, 'utf8');
chars = text.length;`,
  },
  {
    id: 'readfilesync-split',
    what: "for (const line of readFileSync(p, 'utf8').split('\\n'))",
    code: `const parts = readFileSync(p, 'utf8').split('\\n');
for (const line of parts) { lines++; chars += line.length; }
if (parts[parts.length - 1] === '') lines--;`,
  },
  {
    // Node 20's fs/promises readFile decodes chunk by chunk and returns a rope (V8 ConsString: %DebugPrint says
    // CONS_ONE_BYTE_STRING_TYPE), so this is lower than readFileSync; split() then flattens it into a second copy.
    id: 'readfile-only',
    what: "(await readFile(p, 'utf8')).length (the text alone)",
    reference: true,
    code: `const text = await readFile(p, 'utf8');
chars = text.length;`,
  },
  {
    id: 'readfile-split',
    what: "for (const line of (await readFile(p, 'utf8')).split('\\n'))",
    code: `const parts = (await readFile(p, 'utf8')).split('\\n');
for (const line of parts) { lines++; chars += line.length; }
if (parts[parts.length - 1] === '') lines--;`,
  },
  {
    id: 'readline',
    what: 'for await (const line of readline.createInterface({ input: createReadStream(p) }))',
    code: `const rl = readline.createInterface({ input: createReadStream(p), crlfDelay: Infinity });
for await (const line of rl) { lines++; chars += line.length; }`,
  },
  {
    id: 'readline-events',
    what: "readline.createInterface(...).on('line', ...)",
    code: `const rl = readline.createInterface({ input: createReadStream(p), crlfDelay: Infinity });
rl.on('line', (line) => { lines++; chars += line.length; });
await once(rl, 'close');`,
  },
  {
    id: 'readsync-chunks',
    what: 'readSync into one reused 64 KiB Buffer, StringDecoder, split at indexOf(\'\\n\')',
    code: `const fd = openSync(p, 'r');
const buf = Buffer.allocUnsafe(65536);
const decoder = new StringDecoder('utf8');
let carry = '';
for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
  const text = carry + decoder.write(buf.subarray(0, n));
  let start = 0;
  for (let nl; (nl = text.indexOf('\\n', start)) !== -1; start = nl + 1) {
    const line = text.slice(start, nl);
    lines++; chars += line.length;
  }
  carry = text.slice(start);
}
closeSync(fd);
carry += decoder.end();
if (carry.length > 0) { lines++; chars += carry.length; }`,
  },
  {
    id: 'stream-chunks',
    what: "for await (const chunk of createReadStream(p, { encoding: 'utf8' })), split at indexOf('\\n')",
    code: `let carry = '';
for await (const chunk of createReadStream(p, { encoding: 'utf8' })) {
  const text = carry + chunk;
  let start = 0;
  for (let nl; (nl = text.indexOf('\\n', start)) !== -1; start = nl + 1) {
    const line = text.slice(start, nl);
    lines++; chars += line.length;
  }
  carry = text.slice(start);
}
if (carry.length > 0) { lines++; chars += carry.length; }`,
  },
  {
    id: 'readsync-bytes',
    what: 'readSync into one reused 64 KiB Buffer, count bytes, no line strings',
    reference: true,
    code: `const fd = openSync(p, 'r');
const buf = Buffer.allocUnsafe(65536);
let current = 0;
for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
  for (let i = 0; i < n; i++) {
    if (buf[i] === 10) { lines++; chars += current; current = 0; } else current++;
  }
}
closeSync(fd);
if (current > 0) { lines++; chars += current; }`,
  },
];
const only = args.only ? new Set(args.only.split(',')) : null;
if (only) for (const id of only) if (!VARIANTS.some((v) => v.id === id)) throw new Error(`unknown variant ${id}`);
const variants = only ? VARIANTS.filter((v) => v.id === 'empty' || only.has(v.id)) : VARIANTS;
const partial = args.quick || only != null || args.mb != null;

function program(v, file) {
  return `'use strict';
const { readFileSync, openSync, readSync, closeSync, createReadStream } = require('node:fs');
const { readFile } = require('node:fs/promises');
const readline = require('node:readline');
const { once } = require('node:events');
const { StringDecoder } = require('node:string_decoder');
async function main(p) {
  let lines = 0;
  let chars = 0;
  ${v.code.split('\n').join('\n  ')}
  return { lines, chars };
}
(async () => {
  const t0 = performance.now();
  const answer = await main(${JSON.stringify(file)});
  const ms = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(JSON.stringify({ ...answer, ms, heapAfter, maxRSSKB: process.resourceUsage().maxRSS }) + '\\n');
})();
`;
}

// ---------------------------------------------------------------------------------------------------------------
const REGIONS = ['north', 'south', 'east', 'west', 'central', 'overseas', 'online'];
const NOTES = ['', '', 'gift', 'leave at the door, ring twice', '', 'fragile', '', 'call before delivery'];
const STATUS = ['pending', 'shipped', 'delivered', 'returned', 'cancelled'];

const GENERATOR_VERSION = 2; // bump when line() changes: the file is regenerated

/** The i-th line (no newline): ASCII, depends on i only. */
function line(i) {
  const ts = new Date(Date.UTC(2024, 0, 1) + ((i * 104729) % 31536000) * 1000).toISOString();
  const price = (((i * 37) % 10000) / 100 + 0.01).toFixed(2);
  return `${i},${ts},cust-${(i * 7919) % 50021},sku-${(i * 31) % 5003},${1 + (i % 9)},${price},${REGIONS[i % 7]},EUR,${STATUS[i % 5]},${NOTES[i % 8]}`;
}

/** Writes bench/.tmp/streaming-read-<mb>mb.txt (whole lines, each ending in '\n', until >= mb MiB); returns facts. */
function ensureFile(mb) {
  const file = path.join(scratchDir, `${NAME}-${mb}mb.txt`);
  const meta = `${file}.json`;
  const previous = existsSync(file) && existsSync(meta) ? JSON.parse(readFileSync(meta, 'utf8')) : null;
  if (previous && previous.bytes === statSync(file).size && previous.generator === GENERATOR_VERSION) return { file, ...previous };
  mkdirSync(scratchDir, { recursive: true });
  console.error(`generating ${path.relative(process.cwd(), file)} (${mb} MiB, once)`);
  const target = mb * MiB;
  const fd = openSync(file, 'w');
  let bytes = 0;
  let lines = 0;
  let chars = 0;
  let chunk = '';
  while (bytes < target) {
    const l = line(lines);
    chunk += `${l}\n`;
    bytes += l.length + 1;
    chars += l.length;
    lines++;
    if (chunk.length >= MiB) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  const m = { bytes, chars, generator: GENERATOR_VERSION, lines };
  writeFileSync(meta, JSON.stringify(m));
  return { file, ...m };
}

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
const data0 = ensureFile(MB);
const genSeconds = round((performance.now() - t0) / 1000, 1);
console.error(
  `${NAME}: ${data0.bytes.toLocaleString('en-US')} bytes, ${data0.lines.toLocaleString('en-US')} lines; ` +
    `${variants.length} variants x ${RUNS} run(s), one at a time`,
);

const runs = new Map(variants.map((v) => [v.id, []]));
for (let run = 1; run <= RUNS; run++) {
  for (const v of variants) {
    const out = await runChild(program(v, data0.file), v.id);
    if (v.id.endsWith('-only')) {
      if (out.chars !== data0.bytes) throw new Error(`${v.id}: text length ${out.chars}, file ${data0.bytes} bytes`);
    } else if (v.id !== 'empty' && (out.lines !== data0.lines || out.chars !== data0.chars)) {
      throw new Error(`${v.id}: counted ${out.lines} lines / ${out.chars} chars, expected ${data0.lines} / ${data0.chars}`);
    }
    out.run = run;
    runs.get(v.id).push(out);
    console.error(
      `run ${run} ${v.id.padEnd(18)} ${round(out.ms, 0)} ms, peak RSS ${round(out.maxRSSKB / 1024, 1)} MB, ` +
        `heap after ${round(out.heapAfter / MiB, 1)} MB, elapsed ${round((performance.now() - t0) / 1000, 0)} s`,
    );
  }
}
const wallSeconds = round((performance.now() - t0) / 1000, 1);

const results = variants.map((v) => {
  const rs = runs.get(v.id);
  const med = (k) => median(rs.map((r) => r[k]));
  return {
    answer: v.id === 'empty' ? null : v.id.endsWith('-only') ? { chars: rs[0].chars } : { chars: rs[0].chars, lines: rs[0].lines },
    code: v.code,
    heapAfterMB: round(med('heapAfter') / MiB, 1),
    id: v.id,
    ms: v.id === 'empty' ? null : round(med('ms'), 0),
    peakRssMB: round(med('maxRSSKB') / 1024, 1),
    reference: v.reference ?? false,
    runs: rs.map((r) => ({ heapAfterMB: round(r.heapAfter / MiB, 1), ms: round(r.ms, 1), peakRssMB: round(r.maxRSSKB / 1024, 1), run: r.run })),
    what: v.what,
  };
});
const byId = new Map(results.map((r) => [r.id, r]));
const base = byId.get('readfilesync-split');
const empty = byId.get('empty');
for (const r of results) {
  r.peakOverEmptyMB = r.id === 'empty' ? null : round(r.peakRssMB - empty.peakRssMB, 1);
  r.peakVsSplit = base && r.id !== 'empty' ? ratio(r.peakRssMB - empty.peakRssMB, base.peakRssMB - empty.peakRssMB) : null;
  r.msVsSplit = base && r.ms != null ? ratio(r.ms, base.ms) : null;
}

console.log(
  `\nReading a ${round(data0.bytes / MiB, 1)} MiB text file (${data0.bytes.toLocaleString('en-US')} bytes, ${data0.lines.toLocaleString('en-US')} lines, ASCII) line by line. ` +
    `node ${process.version}`,
);
console.log(`Medians of ${RUNS} fresh process(es) per variant, one at a time. Every non-reference row visits each line as a string`);
console.log(`and gets the same answer (${data0.lines.toLocaleString('en-US')} lines, ${data0.chars.toLocaleString('en-US')} chars; checked). ms: read + iterate, no start-up.`);
console.log(`peak RSS: maxRSS at exit; over empty: minus the empty process; x split: (peak - empty) and ms against`);
console.log(`readfilesync-split. heap after: heapUsed at the end, no gc().\n`);
console.log(
  formatTable(
    ['variant', 'code', 'peak RSS MB', 'over empty MB', 'x split', 'ms', 'x split', 'heap after MB'],
    results.map((r) => [`${r.id}${r.reference ? ' (reference)' : ''}`, r.what, r.peakRssMB, r.peakOverEmptyMB, r.peakVsSplit, r.ms, r.msVsSplit, r.heapAfterMB]),
  ),
);
console.log(`\nwall time ${wallSeconds} s (file generation ${genSeconds} s)`);

const data = {
  benchmark: NAME,
  environment: environment(),
  file: { bytes: data0.bytes, chars: data0.chars, lines: data0.lines, mb: MB, path: path.relative(path.dirname(path.dirname(scratchDir)), data0.file) },
  params: {
    method: 'fresh child per variant and run, one at a time; ms around read + iterate; peak RSS = resourceUsage().maxRSS at exit',
    only: only ? [...only].sort() : null,
    quick: args.quick,
    runs: RUNS,
  },
  variants: results,
  wallSeconds,
};
const file = writeResult(NAME, data, { partial });
console.log(`wrote ${file}`);
