#!/usr/bin/env node
// Retained views: a 16-byte piece of a large parent is kept, the parent is dropped. Which forms of "take a piece" keep
// the whole parent alive (a view, a V8 sliced string), which copy, and what one piece costs by itself. Re-measures
// /work/shared/V8-MEMORY.md section 4.
//
// Every form runs in a FRESH child process (`node --expose-gc --no-concurrent-recompilation --no-flush-bytecode -e
// <program>`; --print-program <id> shows it), --runs times (medians), 2 at a time.
// In the child, after a warm-up of the same code on a small parent (loads whatever the form uses lazily):
//   1. m0 = process.memoryUsage() after two gc();
//   2. in a function that then returns: build the parent (100 MiB), check its cost, take the piece;
//   3. m1 after two gc(), the piece alone still alive: parent retained = (heapUsed + external)(m1 - m0) - piece cost;
//   4. piece cost: 10,000 pieces of 10,000 small parents (256 bytes), the parents kept alive, so the growth is the
//      pieces' own bytes (heap, and off-heap = `external`, which includes `arrayBuffers`) / 10,000;
//   5. checks: every piece reads 'order-0123456789' (the 16 bytes/chars at the piece's position); for binary pieces
//      also the size of the ArrayBuffer the piece keeps (`piece.buffer.byteLength`) and whether a write through the
//      piece reaches the parent.
// Parents: a Buffer from Buffer.alloc(n) (its own ArrayBuffer, offset 0), and a one-byte flat string made the way
// readFileSync(p, 'utf8') makes one (Buffer#toString('utf8') of ASCII bytes): filler 'abc...z' repeated, the piece at
// offset 1; the split form has ',' after the piece, the trim form spaces around it.
//
//   node bench/retained-views.js               # 100 MiB parents, 3 runs (about 2 minutes)
//   node bench/retained-views.js --quick       # 32 MiB parents, 2,000 pieces, 1 run (about 10-20 s), writes bench/.tmp/
//   node bench/retained-views.js --only buf-subarray,str-slice --runs 5
//
// Writes bench/results/retained-views.json (--quick, --only, --mb, --pieces: bench/.tmp/, git-ignored).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

import { childEnv, environment, formatTable, median, round, writeResult } from './lib/common.js';

const NAME = 'retained-views';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    mb: { type: 'string' },
    pieces: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    only: { type: 'string' },
    'print-program': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--mb M] [--pieces K] [--jobs J] [--only id1,id2]
  --runs    fresh processes per form, medians reported (default 3; --quick: 1)
  --mb      parent size in MiB (default 100; --quick: 32)
  --pieces  pieces made for the per-piece cost (default 10000; --quick: 2000)
  --jobs    children run concurrently (default 2)
  --only    comma-separated form ids (see the table)
  --print-program ID   print the child program of one form and exit`);
  process.exit(0);
}

const int = (s, name) => {
  const v = Number(s);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const RUNS = args.runs ? int(args.runs, 'runs') : args.quick ? 1 : 3;
const PARENT_MB = args.mb ? int(args.mb, 'mb') : args.quick ? 32 : 100;
const PIECES = args.pieces ? int(args.pieces, 'pieces') : args.quick ? 2000 : 10_000;
const JOBS = int(args.jobs, 'jobs');
const SMALL = 256; // bytes/chars of each small parent in the piece-cost step
const PIECE = 'order-0123456789';

// `code` takes the piece: `buf` (Buffer parent) or `s` (string parent), piece at [a, b), b = a + 16. `layout` (strings):
// plain = filler with the piece at 1; comma = the piece at 0, then ','; spaces = ' ' + piece + spaces. `expect` is the
// parent retained per V8-MEMORY.md section 4 ('all' = 100 MB, 0), null where it does not say.
const FORMS = [
  // Buffer parent: views.
  { id: 'buf-subarray', group: 'Buffer view', code: 'buf.subarray(a, b)', expect: 'all' },
  { id: 'buf-slice', group: 'Buffer view', code: 'buf.slice(a, b)', expect: 'all' },
  { id: 'u8-over-buffer', group: 'Buffer view', code: 'new Uint8Array(buf.buffer, buf.byteOffset + a, 16)', expect: null },
  { id: 'buffer-from-arraybuffer', group: 'Buffer view', code: 'Buffer.from(buf.buffer, buf.byteOffset + a, 16)', expect: 'all' },
  { id: 'dataview', group: 'Buffer view', code: 'new DataView(buf.buffer, buf.byteOffset + a, 16)', expect: 'all' },
  { id: 'structuredclone-view', group: 'Buffer view', code: 'structuredClone(buf.subarray(a, b))', expect: 'all' },
  // Buffer parent: copies.
  { id: 'u8-slice-call', group: 'Buffer copy', code: 'Uint8Array.prototype.slice.call(buf, a, b)', expect: 0 },
  { id: 'buffer-from-view', group: 'Buffer copy', code: 'Buffer.from(buf.subarray(a, b))', expect: 0 },
  { id: 'copybytesfrom', group: 'Buffer copy', code: 'Buffer.copyBytesFrom(buf, a, 16)', expect: 0 },
  { id: 'new-u8-of-view', group: 'Buffer copy', code: 'new Uint8Array(buf.subarray(a, b))', expect: 0 },
  { id: 'buffer-concat', group: 'Buffer copy', code: 'Buffer.concat([buf.subarray(a, b)])', expect: 0 },
  { id: 'arraybuffer-slice', group: 'Buffer copy', code: 'buf.buffer.slice(buf.byteOffset + a, buf.byteOffset + b)', expect: 0 },
  // String parent: pieces.
  { id: 'str-slice', group: 'string piece', code: 's.slice(a, b)', expect: 'all' },
  { id: 'str-substring', group: 'string piece', code: 's.substring(a, b)', expect: 'all' },
  { id: 'str-substr', group: 'string piece', code: 's.substr(a, 16)', expect: 'all' },
  { id: 'str-split', group: 'string piece', code: "s.split(',')[0]", layout: 'comma', expect: 'all' },
  { id: 'str-trim', group: 'string piece', code: 's.trim()', layout: 'spaces', expect: 'all' },
  { id: 'str-match', group: 'string piece', code: 's.match(/order-\\d+/)[0]', expect: 'all' },
  { id: 'str-slice-13', group: 'string piece', code: 's.slice(a, a + 13)', len: 13, expect: 'all' },
  { id: 'str-slice-12', group: 'string piece', code: 's.slice(a, a + 12)', len: 12, expect: 0 },
  // String "copies" of the 16-char piece p = s.slice(a, b).
  { id: 'str-plus-empty', group: 'string "copy"', code: "'' + s.slice(a, b)", expect: 'all' },
  { id: 'str-template', group: 'string "copy"', code: '`${s.slice(a, b)}`', expect: 'all' },
  { id: 'str-string', group: 'string "copy"', code: 'String(s.slice(a, b))', expect: 'all' },
  { id: 'str-concat', group: 'string "copy"', code: "''.concat(s.slice(a, b))", expect: 'all' },
  { id: 'str-repeat1', group: 'string "copy"', code: 's.slice(a, b).repeat(1)', expect: 'all' },
  { id: 'str-normalize', group: 'string "copy"', code: 's.slice(a, b).normalize()', expect: 'all' },
  { id: 'str-lowercase', group: 'string "copy"', code: 's.slice(a, b).toLowerCase()', expect: null },
  { id: 'str-map-key', group: 'string "copy"', code: 'new Map([[s.slice(a, b), 1]]).keys().next().value', expect: 'all' },
  { id: 'str-space-slice', group: 'string "copy"', code: "(' ' + s.slice(a, b)).slice(1)", expect: 0 },
  { id: 'str-buffer-roundtrip', group: 'string "copy"', code: 'Buffer.from(s.slice(a, b)).toString()', expect: 0 },
  { id: 'str-split-join', group: 'string "copy"', code: "s.slice(a, b).split('').join('')", expect: 0 },
  { id: 'str-spread-join', group: 'string "copy"', code: "[...s.slice(a, b)].join('')", expect: 0 },
  { id: 'str-json', group: 'string "copy"', code: 'JSON.parse(JSON.stringify(s.slice(a, b)))', expect: 0 },
  { id: 'str-structuredclone', group: 'string "copy"', code: 'structuredClone(s.slice(a, b))', expect: 0 },
  { id: 'str-textcodec', group: 'string "copy"', code: 'new TextDecoder().decode(new TextEncoder().encode(s.slice(a, b)))', expect: 0 },
  { id: 'str-property-key', group: 'string "copy"', code: 'Object.keys({ [s.slice(a, b)]: 0 })[0]', expect: 0 },
  { id: 'str-used-as-key', group: 'string "copy"', code: '((p, o) => ((o[p] = 0), p))(s.slice(a, b), {})', expect: null },
];

const only = args.only ? new Set(args.only.split(',')) : null;
if (only) for (const id of only) if (!FORMS.some((f) => f.id === id)) throw new Error(`unknown form ${id}`);
const forms = only ? FORMS.filter((f) => only.has(f.id)) : FORMS;
const partial = args.quick || only != null || args.mb != null || args.pieces != null;

/** The child program for one form. */
function program(form) {
  const binary = form.code.includes('buf');
  const layout = form.layout ?? 'plain';
  const len = form.len ?? 16;
  return `'use strict';
// The i-th piece's text: 'order-' + 10 digits, distinct per parent (identical pieces would share one internalized
// string in the property-key forms); the big parent's is PIECE.
const pieceOf = (i) => 'order-' + String(123456789 + i).padStart(10, '0');
const FILLER = 'abcdefghijklmnopqrstuvwxyz';
const BINARY = ${binary};
const LEN = ${len};
// The parent, n bytes/chars, with the piece at [a, b).
function build(n, i = 0) {
  if (BINARY) {
    const buf = Buffer.alloc(n, FILLER);
    buf.write(pieceOf(i), 1, 'latin1');
    return { p: buf, a: 1 };
  }
  const bytes = Buffer.alloc(n, ${JSON.stringify(layout)} === 'spaces' ? ' ' : FILLER);
  const a = ${JSON.stringify(layout)} === 'comma' ? 0 : 1;
  bytes.write(pieceOf(i), a, 'latin1');
  if (${JSON.stringify(layout)} === 'comma') bytes.write(',', a + 16, 'latin1');
  return { p: bytes.toString('utf8'), a };
}
const take = (${binary ? 'buf' : 's'}, a, b) => ${form.code};
const u8 = (x) => (x instanceof ArrayBuffer ? new Uint8Array(x) : new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
const text = (x) => (typeof x === 'string' ? x : Buffer.from(u8(x)).toString('latin1'));
function mem() {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
}
function makePiece(n) {
  const { p, a } = build(n);
  const withParent = mem();
  return { piece: take(p, a, a + 16), withParent };
}
function pieceCost(k) {
  const parents = new Array(k).fill(undefined);
  const pieces = new Array(k).fill(undefined);
  for (let i = 0; i < k; i++) parents[i] = build(${SMALL}, i);
  const before = mem();
  for (let i = 0; i < k; i++) pieces[i] = take(parents[i].p, parents[i].a, parents[i].a + 16);
  const after = mem();
  let ok = 0;
  for (let i = 0; i < k; i++) if (text(pieces[i]) === pieceOf(i).slice(0, LEN) && parents[i].a >= 0) ok++;
  return { heap: (after.heap - before.heap) / k, external: (after.external - before.external) / k, ok };
}
// Warm-up: the same code once on a small parent (lazy loading of TextEncoder, structuredClone, the pool, ...).
for (let i = 0; i < 3; i++) makePiece(4096);
pieceCost(100);

pieceCost(${PIECES}); // twice: the measured call finds every function compiled and optimized

const m0 = mem();
let { piece, withParent } = makePiece(${PARENT_MB} * 2 ** 20);
const m1 = mem();
const pieceText = text(piece);
const cost = pieceCost(${PIECES});
const out = {
  parentBytes: withParent.heap + withParent.external - m0.heap - m0.external,
  retainedHeap: m1.heap - m0.heap,
  retainedExternal: m1.external - m0.external,
  retainedArrayBuffers: m1.arrayBuffers - m0.arrayBuffers,
  pieceHeap: cost.heap,
  pieceExternal: cost.external,
  piecesOk: cost.ok,
  pieceOk: pieceText === pieceOf(0).slice(0, LEN),
  pieceText,
};
if (BINARY) {
  out.keepsArrayBuffer = piece instanceof ArrayBuffer ? piece.byteLength : piece.buffer.byteLength;
  out.pieceType = piece.constructor.name;
  // Does a write through the piece reach the parent? (On a small parent.)
  const { p, a } = build(4096);
  const q = take(p, a, a + 16);
  u8(q)[0] ^= 0xff;
  out.writesReachParent = p[a] !== 'o'.charCodeAt(0);
}
piece = null;
process.stdout.write(JSON.stringify(out) + '\\n');
`;
}

if (args['print-program']) {
  const form = FORMS.find((f) => f.id === args['print-program']);
  if (!form) throw new Error(`unknown form ${args['print-program']}`);
  console.log(program(form));
  process.exit(0);
}

function runChild(form) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHILD_FLAGS, '-e', program(form)], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) return reject(new Error(`${form.id}: child failed (status ${status}):\n${stderr.slice(0, 2000)}`));
      resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}

async function pool(tasks, jobs) {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: jobs }, worker));
}

// Without --no-concurrent-recompilation, TurboFan finishing a background compile inside the measured window moved
// heapUsed by -330 to +150 KB (piece costs of -170 to +110 B in 1 of 3 runs); with it, 6 of 6 runs agreed within 0.2 B.
// --no-flush-bytecode: V8 otherwise drops the bytecode of functions idle for a few GCs. Neither changes what a
// piece retains.
const CHILD_FLAGS = ['--expose-gc', '--no-concurrent-recompilation', '--no-flush-bytecode'];
const MiB = 2 ** 20;
const parentBytes = PARENT_MB * MiB;
const t0 = performance.now();
const runs = new Map(forms.map((f) => [f.id, []]));
const tasks = [];
for (let run = 1; run <= RUNS; run++) {
  for (const form of forms) {
    tasks.push(async () => {
      const out = await runChild(form);
      const len = form.len ?? 16;
      if (!out.pieceOk || out.piecesOk !== PIECES) {
        throw new Error(`${form.id}: wrong piece (${JSON.stringify(out.pieceText)}, ${out.piecesOk}/${PIECES} small pieces right)`);
      }
      if (out.parentBytes < 0.95 * parentBytes) throw new Error(`${form.id}: the parent cost only ${out.parentBytes} bytes`);
      out.run = run;
      out.len = len;
      runs.get(form.id).push(out);
      console.error(
        `run ${run} ${form.id.padEnd(24)} retained ${round((out.retainedHeap + out.retainedExternal) / MiB, 2)} MB ` +
          `(heap ${round(out.retainedHeap / MiB, 2)}, external ${round(out.retainedExternal / MiB, 2)}), ` +
          `piece ${round(out.pieceHeap, 1)} + ${round(out.pieceExternal, 1)} B, elapsed ${round((performance.now() - t0) / 1000, 0)} s`,
      );
    });
  }
}
await pool(tasks, JOBS);
const wallSeconds = round((performance.now() - t0) / 1000, 1);

const results = forms.map((form) => {
  const rs = runs.get(form.id).sort((x, y) => x.run - y.run);
  const med = (k) => median(rs.map((r) => r[k]));
  const pieceHeapB = round(med('pieceHeap'), 1);
  const pieceExternalB = round(med('pieceExternal'), 1);
  // Retained total minus the piece itself: what dropping the parent failed to free.
  const retainedMB = round((med('retainedHeap') + med('retainedExternal') - pieceHeapB - pieceExternalB) / MiB, 2);
  const verdict = retainedMB > 0.9 * PARENT_MB ? 'all' : retainedMB < 0.01 * PARENT_MB ? 0 : 'partial';
  const binary = rs[0].keepsArrayBuffer !== undefined;
  return {
    agreesWithV8Memory: form.expect == null ? null : form.expect === verdict,
    code: form.code,
    expect: form.expect,
    group: form.group,
    id: form.id,
    keepsArrayBufferBytes: binary ? med('keepsArrayBuffer') : null,
    layout: form.layout ?? (binary ? null : 'plain'),
    len: form.len ?? 16,
    parentRetainedMB: retainedMB,
    pieceExternalB,
    pieceHeapB,
    pieceType: binary ? rs[0].pieceType : 'string',
    retainedArrayBuffersMB: round(med('retainedArrayBuffers') / MiB, 2),
    retainedExternalMB: round(med('retainedExternal') / MiB, 2),
    retainedHeapMB: round(med('retainedHeap') / MiB, 2),
    runs: rs.map((r) => ({
      pieceExternalB: round(r.pieceExternal, 1),
      pieceHeapB: round(r.pieceHeap, 1),
      retainedExternalBytes: r.retainedExternal,
      retainedHeapBytes: r.retainedHeap,
      run: r.run,
    })),
    verdict,
    writesReachParent: binary ? rs.every((r) => r.writesReachParent) : null,
  };
});

const yesNo = (b) => (b == null ? null : b ? 'yes' : 'no');
console.log(`\nRetained views: a ${PARENT_MB} MiB parent dropped, a 16-byte piece kept. node ${process.version} (V8 ${process.versions.v8})`);
console.log(`Medians of ${RUNS} fresh process(es) per form. Parent: Buffer.alloc(${PARENT_MB} MiB), or a one-byte flat string of`);
console.log(`${PARENT_MB} Mi chars (Buffer#toString('utf8') of ASCII, like readFileSync(p, 'utf8')); piece 'order-0123456789' at [a, b).`);
console.log(`parent retained MB: growth of heapUsed + external (after two gc()) with only the piece alive, minus the piece's own`);
console.log(`cost. piece cost: bytes per piece (heap + off-heap external), from ${PIECES.toLocaleString('en-US')} pieces of ${SMALL}-byte parents kept alive.`);
console.log(`keeps AB: byteLength of the ArrayBuffer the piece holds. V8-MEMORY: section 4's claim (all / 0), '!' when this run disagrees.\n`);
console.log(
  formatTable(
    ['id', 'group', 'form', 'parent retained MB', 'piece heap B', 'piece off-heap B', 'keeps AB bytes', 'writes reach parent', 'V8-MEMORY'],
    results.map((r) => [
      r.id,
      r.group,
      r.code,
      round(r.parentRetainedMB, 1),
      r.pieceHeapB,
      r.pieceExternalB,
      r.keepsArrayBufferBytes,
      yesNo(r.writesReachParent),
      r.expect == null ? '-' : `${r.expect === 'all' ? `${PARENT_MB} MB` : '0'}${r.agreesWithV8Memory ? '' : ' !'}`,
    ]),
  ),
);
const disagree = results.filter((r) => r.agreesWithV8Memory === false);
console.log(`\nkeeps AB 8192: the copy was made in Node's shared 8 KiB Buffer pool (Buffer.from / concat / copyBytesFrom of`);
console.log(`fewer than 4 KiB); a kept piece pins its whole slab, shared with other small Buffers.`);
console.log(disagree.length ? `\ndisagrees with V8-MEMORY.md section 4: ${disagree.map((r) => r.id).join(', ')}` : '\nevery row with a V8-MEMORY.md claim agrees with it');
console.log(`wall time ${wallSeconds} s (${JOBS} job(s))`);

const data = {
  benchmark: NAME,
  environment: environment(),
  forms: results,
  params: {
    jobs: JOBS,
    method:
      'fresh child per form and run; parent retained = (heapUsed + external) after two gc() with the piece alive - before the parent was built - piece cost; ' +
      `piece cost = growth of heapUsed / external per piece over ${PIECES} pieces of ${SMALL}-byte parents kept alive`,
    only: only ? [...only].sort() : null,
    parentMB: PARENT_MB,
    piece: PIECE,
    pieces: PIECES,
    quick: args.quick,
    runs: RUNS,
    smallParentBytes: SMALL,
  },
  wallSeconds,
};
const file = writeResult(NAME, data, { partial });
console.log(`wrote ${file}`);
