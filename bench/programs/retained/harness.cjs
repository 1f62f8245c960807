// Harness for the Part A programs of bench/retained-intermediates.js: is a large dead local still reachable?
//
//   node --expose-gc [tier flags] bench/programs/retained/harness.cjs <program.cjs|.mjs> <MB> [--probe-after-load]
//        [--shape=items]
//
// 1. Builds x = { text }, an object whose only content is a flat <MB> MB string (one SeqOneByteString in
//    large-object space; the wrapper because a string cannot be a WeakRef target), and a WeakRef to x, and keeps x
//    in a holder. With --shape=items, x = { items } instead: an array of 100 distinct flat strings of <MB>/100 MB
//    each (x.items.map(f) is then cheap and its result tiny, while x.items holds <MB> MB). This happens in an EARLIER job than the program: a WeakRef
//    keeps its target alive until the end of the job that created it (and deref() until the end of the job that
//    called it), so a WeakRef made in the same synchronous job would always say "reachable".
// 2. In a later task, loads the program (require() for .cjs, import() for .mjs). The program gets x with take(),
//    which empties the holder: from then on only the program's own variables hold x.
// 3. The program calls probe() once, at the point in question (from laterPhase(), during an await, ...); with
//    --probe-after-load the harness calls it itself, in a task after the module has finished evaluating. probe()
//    runs gc() twice and reads two independent signals: WeakRef.deref() === undefined (x itself), and heapUsed (x's
//    string alone is <MB> MB, an empty node about 3 MB). It prints one line `RETAINED {json}`; the parent checks
//    that they agree, except where a program keeps the string without x on purpose (sync-nulled-temp.cjs).
'use strict';
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const [programArg, mbArg, ...rest] = process.argv.slice(2);
if (!programArg || !mbArg || typeof globalThis.gc !== 'function') {
  console.error('usage: node --expose-gc harness.cjs <program> <MB> [--probe-after-load] [--shape=items]');
  process.exit(2);
}
const program = path.resolve(programArg);
const bytes = Math.round(Number(mbArg) * 2 ** 20);
const probeAfterLoad = rest.includes('--probe-after-load');
const shape = rest.includes('--shape=items') ? 'items' : 'text';

/** x: { text } with a flat string of `size` bytes (cheaper to build than a 100 MB array: no elements transition). */
function makeX(size) {
  const text = 'ab'.repeat(size / 2); // a rope (ConsString) of shared halves: small
  text.charCodeAt(0); // flattens it: now one flat one-byte string of `size` bytes
  return { text };
}

/** x: { items } with 100 distinct flat strings of `size` / 100 bytes each. */
function makeItemsX(size) {
  const chunk = Math.floor(size / 100);
  const items = [];
  for (let i = 0; i < 100; i++) {
    const s = String.fromCharCode(97 + (i % 26)) + 'b'.repeat(chunk - 1); // distinct content: not one shared string
    s.charCodeAt(0); // flattens it
    items.push(s);
  }
  return { items };
}

let holder = shape === 'items' ? makeItemsX(bytes) : makeX(bytes);
const ref = new WeakRef(holder);
let taken = false;
let probed = false;

/** Hands x to the program (once) and forgets it. */
globalThis.take = function take() {
  if (taken) throw new Error('take() called twice');
  taken = true;
  const x = holder;
  holder = undefined;
  return x;
};

/** take() for programs whose x is the string itself: x.text, the wrapper never reaches the program's frame. */
globalThis.takeText = function takeText() {
  return globalThis.take().text;
};

/** The programs' "use" of x: a call that reads x's length in its own frame (x is passed in its register: no copy). */
globalThis.size = function size(x) {
  return x.text !== undefined ? x.text.length : x.items.length;
};

/** gc, then is x still reachable? Called exactly once per process (deref() would keep x alive for this job). */
globalThis.probe = function probe(where = '') {
  if (probed) throw new Error('probe() called twice');
  probed = true;
  globalThis.gc();
  globalThis.gc();
  const heapUsedMB = process.memoryUsage().heapUsed / 2 ** 20;
  const reachable = ref.deref() !== undefined;
  process.stdout.write(`RETAINED ${JSON.stringify({ heapUsedMB: Math.round(heapUsedMB * 10) / 10, reachable, where })}\n`);
};

/** A later phase of the program: allocates (about 10 MB of short-lived objects), probes halfway, returns a number. */
globalThis.laterPhase = function laterPhase(where = 'inside laterPhase()') {
  let rows = [];
  let sum = 0;
  for (let i = 0; i < 200_000; i++) {
    rows.push({ i, s: `row ${i}` });
    if (i === 100_000) {
      globalThis.probe(where);
      sum += rows.length;
      rows = [];
    }
  }
  return sum + rows.length;
};

/** The same phase after a trip through the event loop (a setImmediate): callers are suspended at their await. */
globalThis.laterPhaseAsync = async function laterPhaseAsync(where = 'inside laterPhaseAsync(), caller awaiting') {
  await new Promise((resolve) => setImmediate(resolve));
  return globalThis.laterPhase(where);
};

/** Resolves to a value after a setImmediate: what `await readFile(...)` looks like to the awaiting function. */
globalThis.later = function later(value) {
  return new Promise((resolve) => setImmediate(() => resolve(value)));
};

process.on('exit', (code) => {
  if (code === 0 && !probed) {
    console.error(`${programArg}: probe() was never called`);
    process.exitCode = 3;
  }
});

setImmediate(async () => {
  if (program.endsWith('.mjs')) await import(pathToFileURL(program).href);
  else require(program);
  if (probeAfterLoad) setTimeout(() => globalThis.probe('after module evaluation, from a timer'), 1);
});
