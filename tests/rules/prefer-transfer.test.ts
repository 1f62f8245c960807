// prefer-transfer under three parsers: espree (plain JS), @typescript-eslint/parser without types, and with the
// checker (`typeAware`). Each invalid case pins the fix kind (autofix, suggestion, report only) and the exact
// rewritten text; the last test re-parses every expected output.

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/prefer-transfer.ts';
import { describeOutputsParse, jsTester, tsTester, typedTester } from './testers.ts';

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = ValidTestCase<Options> | string;

const typeAware: Options = [{ typeAware: true }];
const IMPORT = `import { Worker, parentPort, MessageChannel } from 'node:worker_threads';\n`;
const clone = (call: string, value: string): { messageId: 'structuredClone'; data: { call: string; value: string } } => ({ messageId: 'structuredClone', data: { call, value } });

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript (espree)
// ---------------------------------------------------------------------------------------------------------------

const jsValid: Valid[] = [
  // A transfer list is already given.
  `${IMPORT}const w = new Worker('./w.js');
const data = new Float64Array(1e6);
w.postMessage(data, [data.buffer]);`,
  `${IMPORT}const data = new Float64Array(1e6);
new Worker('./w.js', { workerData: data, transferList: [data.buffer] });`,
  // Small structured messages and strings: nothing to transfer.
  `${IMPORT}parentPort.postMessage({ type: 'done' });`,
  `${IMPORT}const w = new Worker('./w.js');
w.postMessage('start');
w.postMessage([1, 2, 3]);`,
  // \`window.postMessage\` (and any receiver not tracked to worker_threads) is not a worker.
  `const data = new Uint8Array(1024);
window.postMessage(data, '*');`,
  `const data = new Uint8Array(1024);
window.postMessage(data);`,
  `const data = new Uint8Array(1024);
iframe.contentWindow.postMessage(data);`,
  // A local class called Worker is not worker_threads' Worker.
  `class Worker { postMessage() {} }
const w = new Worker();
w.postMessage(new Uint8Array(8));`,
  // Values not known to be buffers: a plain parameter, a call result, a SharedArrayBuffer (shared, never copied).
  `${IMPORT}export function send(w2, data) { parentPort.postMessage(data); }`,
  `${IMPORT}parentPort.postMessage(compute());`,
  `${IMPORT}const shared = new SharedArrayBuffer(1024);
parentPort.postMessage(shared);`,
  // \`workerData\` with an options spread may carry its own transferList.
  `${IMPORT}const data = new Float64Array(8);
new Worker('./w.js', { ...options, workerData: data });`,
  // The global Worker has no workerData.
  `const data = new Float64Array(8);
new Worker('./w.js', { workerData: data });`,
];

const jsInvalid: Invalid[] = [
  {
    // A fresh local array that nothing reads after the call: autofix.
    code: `${IMPORT}export function run(rows) {
  const w = new Worker('./w.js');
  const data = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) data[i] = rows[i] * 0.5;
  w.postMessage(data);
}`,
    output: `${IMPORT}export function run(rows) {
  const w = new Worker('./w.js');
  const data = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) data[i] = rows[i] * 0.5;
  w.postMessage(data, [data.buffer]);
}`,
    errors: [{ ...clone('w.postMessage(...)', 'data'), line: 6, column: 3, endLine: 6, endColumn: 22 }],
  },
  {
    // parentPort, an ArrayBuffer inside an object literal, and a comment that survives.
    code: `${IMPORT}function reply() {
  const bytes = new ArrayBuffer(1 << 20);
  parentPort.postMessage({ type: 'result', bytes } /* payload */);
}`,
    output: `${IMPORT}function reply() {
  const bytes = new ArrayBuffer(1 << 20);
  parentPort.postMessage({ type: 'result', bytes }, [bytes] /* payload */);
}`,
    errors: [{ ...clone('parentPort.postMessage(...)', 'bytes'), line: 4, column: 3, endLine: 4, endColumn: 66 }],
  },
  {
    // Two arrays in an array literal; a trailing comma.
    code: `${IMPORT}function send(port, n) {
  const xs = new Float32Array(n * 2);
  const ys = Buffer.alloc(n);
  parentPort.postMessage(
    [xs, ys],
  );
}`,
    output: `${IMPORT}function send(port, n) {
  const xs = new Float32Array(n * 2);
  const ys = Buffer.alloc(n);
  parentPort.postMessage(
    [xs, ys], [xs.buffer, ys.buffer],
  );
}`,
    errors: [{ ...clone('parentPort.postMessage(...)', 'xs'), line: 5, column: 3, endLine: 7, endColumn: 4 }],
  },
  {
    // workerData: the transfer list goes in the options, on a line of its own when the object spans lines.
    code: `${IMPORT}export function start() {
  const table = new Int32Array(4096);
  return new Worker('./w.js', {
    workerData: table,
    name: 'table',
  });
}`,
    output: `${IMPORT}export function start() {
  const table = new Int32Array(4096);
  return new Worker('./w.js', {
    workerData: table,
    name: 'table',
    transferList: [table.buffer],
  });
}`,
    errors: [{ ...clone('new Worker(..., { workerData })', 'table'), line: 4, column: 10, endLine: 7, endColumn: 5 }],
  },
  {
    code: `${IMPORT}const run = () => { const table = new Int32Array(64); return new Worker('./w.js', { workerData: { table } }); };`,
    output: `${IMPORT}const run = () => { const table = new Int32Array(64); return new Worker('./w.js', { workerData: { table }, transferList: [table.buffer] }); };`,
    errors: [clone('new Worker(..., { workerData })', 'table')],
  },
  {
    // \`.buffer\` of a fresh array, through a MessageChannel port and require().
    code: `const { MessageChannel } = require('worker_threads');
function f() {
  const { port1 } = new MessageChannel();
  const pixels = new Uint8ClampedArray(640 * 480 * 4);
  port1.postMessage(pixels.buffer);
}`,
    output: `const { MessageChannel } = require('worker_threads');
function f() {
  const { port1 } = new MessageChannel();
  const pixels = new Uint8ClampedArray(640 * 480 * 4);
  port1.postMessage(pixels.buffer, [pixels.buffer]);
}`,
    errors: [clone('port1.postMessage(...)', 'pixels.buffer')],
  },
  {
    // Used after the call: a suggestion, since the transfer leaves it empty.
    code: `${IMPORT}function f(w) {
  const data = new Float64Array(100);
  parentPort.postMessage(data);
  return data[0];
}`,
    output: null,
    errors: [
      {
        ...clone('parentPort.postMessage(...)', 'data'),
        suggestions: [
          {
            messageId: 'addTransferList',
            data: { list: '[data.buffer]', caveat: ' (`data` is used after the call (line 5), when the transfer has left it empty)' },
            output: `${IMPORT}function f(w) {
  const data = new Float64Array(100);
  parentPort.postMessage(data, [data.buffer]);
  return data[0];
}`,
          },
        ],
      },
    ],
  },
  {
    // A loop posting the same buffer every turn: the next turn would post the detached one.
    code: `${IMPORT}function f() {
  const frame = new Uint8Array(4096);
  for (let i = 0; i < 10; i++) parentPort.postMessage(frame);
}`,
    output: null,
    errors: [
      {
        ...clone('parentPort.postMessage(...)', 'frame'),
        suggestions: [
          {
            messageId: 'addTransferList',
            data: { list: '[frame.buffer]', caveat: ' (the call is in a loop that posts the same `frame` again on the next turn, after the transfer detached it)' },
            output: `${IMPORT}function f() {
  const frame = new Uint8Array(4096);
  for (let i = 0; i < 10; i++) parentPort.postMessage(frame, [frame.buffer]);
}`,
          },
        ],
      },
    ],
  },
  {
    // A new buffer every turn is fine to transfer.
    code: `${IMPORT}function f() {
  for (let i = 0; i < 10; i++) {
    const frame = new Uint8Array(4096);
    parentPort.postMessage(frame);
  }
}`,
    output: `${IMPORT}function f() {
  for (let i = 0; i < 10; i++) {
    const frame = new Uint8Array(4096);
    parentPort.postMessage(frame, [frame.buffer]);
  }
}`,
    errors: [clone('parentPort.postMessage(...)', 'frame')],
  },
  {
    // Was a bug: a \`var\` read earlier in the loop body runs on the next turn, after this turn's transfer.
    code: `${IMPORT}function f() {
  for (let i = 0; i < 10; i++) {
    if (i > 0) total += frame.length;
    var frame = new Uint8Array(4096);
    parentPort.postMessage(frame);
  }
}`,
    output: null,
    errors: [
      {
        ...clone('parentPort.postMessage(...)', 'frame'),
        suggestions: [
          {
            messageId: 'addTransferList',
            data: { list: '[frame.buffer]', caveat: ' (`frame` is a `var` read on line 4, which a later turn of the loop runs after the transfer has left it empty)' },
            output: `${IMPORT}function f() {
  for (let i = 0; i < 10; i++) {
    if (i > 0) total += frame.length;
    var frame = new Uint8Array(4096);
    parentPort.postMessage(frame, [frame.buffer]);
  }
}`,
          },
        ],
      },
    ],
  },
  {
    // A \`let\` of the turn read before the post: each turn has its own binding and buffer.
    code: `${IMPORT}function f() {
  for (let i = 0; i < 10; i++) {
    let frame = new Uint8Array(4096);
    total += frame.length;
    parentPort.postMessage(frame);
  }
}`,
    output: `${IMPORT}function f() {
  for (let i = 0; i < 10; i++) {
    let frame = new Uint8Array(4096);
    total += frame.length;
    parentPort.postMessage(frame, [frame.buffer]);
  }
}`,
    errors: [clone('parentPort.postMessage(...)', 'frame')],
  },
  {
    // Passed to a function before the call: it may keep a reference.
    code: `${IMPORT}function f() {
  const data = new Float64Array(8);
  fill(data);
  parentPort.postMessage(data);
}`,
    output: null,
    errors: [
      {
        ...clone('parentPort.postMessage(...)', 'data'),
        suggestions: [
          {
            messageId: 'addTransferList',
            data: { list: '[data.buffer]', caveat: ' (`fill(data)` may keep a reference to `data`, which the transfer would detach)' },
            output: `${IMPORT}function f() {
  const data = new Float64Array(8);
  fill(data);
  parentPort.postMessage(data, [data.buffer]);
}`,
          },
        ],
      },
    ],
  },
  {
    // Read in a closure, declared outside the posting function.
    code: `${IMPORT}const data = new Float64Array(8);
export function f() { parentPort.postMessage(data); }`,
    output: null,
    errors: [
      {
        ...clone('parentPort.postMessage(...)', 'data'),
        suggestions: [
          {
            messageId: 'addTransferList',
            data: { list: '[data.buffer]', caveat: ' (`data` is declared outside the function that posts it, which may read it again or run again after the transfer detaches it)' },
            output: `${IMPORT}const data = new Float64Array(8);
export function f() { parentPort.postMessage(data, [data.buffer]); }`,
          },
        ],
      },
    ],
  },
  {
    // \`new Float64Array(x)\` views x if x is an ArrayBuffer.
    code: `${IMPORT}function f(x) {
  const data = new Float64Array(x);
  parentPort.postMessage(data);
}`,
    output: null,
    errors: [
      {
        ...clone('parentPort.postMessage(...)', 'data'),
        suggestions: [
          {
            messageId: 'addTransferList',
            data: { list: '[data.buffer]', caveat: ' (`new Float64Array(x)` shares the memory of `x` if that is an ArrayBuffer, and the transfer would detach it)' },
            output: `${IMPORT}function f(x) {
  const data = new Float64Array(x);
  parentPort.postMessage(data, [data.buffer]);
}`,
          },
        ],
      },
    ],
  },
  {
    // Pooled Buffer: a transfer list would be silently ignored.
    code: `${IMPORT}function f(s) {
  const b = Buffer.from(s);
  parentPort.postMessage(b);
}`,
    output: null,
    errors: [{ messageId: 'pooledBuffer', data: { call: 'parentPort.postMessage(...)', value: 'b' }, suggestions: [] }],
  },
  {
    // A subarray: the clone copies its whole parent.
    code: `${IMPORT}function f() {
  const all = new Float64Array(1e6);
  parentPort.postMessage(all.subarray(0, 2));
}`,
    output: null,
    errors: [{ messageId: 'viewClone', data: { call: 'parentPort.postMessage(...)', value: 'all.subarray(0, 2)' }, suggestions: [] }],
  },
  {
    code: `${IMPORT}function f(buf) {
  const view = new Float64Array(buf, 8, 100);
  parentPort.postMessage({ view });
}`,
    output: null,
    errors: [{ messageId: 'viewClone', data: { call: 'parentPort.postMessage(...)', value: 'view' }, suggestions: [] }],
  },
  {
    // Made in the call: there is no name to list.
    code: `${IMPORT}const w = new Worker('./w.js');
w.postMessage(new Float64Array(1e6));`,
    output: null,
    errors: [{ ...clone('w.postMessage(...)', 'new Float64Array(1e6)'), suggestions: [] }],
  },
  {
    // A default import and a member access, an optional call.
    code: `import wt from 'node:worker_threads';
function f() {
  const data = new Uint16Array(10);
  wt.parentPort?.postMessage(data);
}`,
    output: `import wt from 'node:worker_threads';
function f() {
  const data = new Uint16Array(10);
  wt.parentPort?.postMessage(data, [data.buffer]);
}`,
    errors: [clone('wt.parentPort?.postMessage(...)', 'data')],
  },
];

jsTester.run('prefer-transfer (espree)', rule, { valid: jsValid, invalid: jsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript without type information
// ---------------------------------------------------------------------------------------------------------------

const tsValid: Valid[] = [
  `${IMPORT}export function send(data: string) { parentPort!.postMessage(data); }`,
  `${IMPORT}export function send(data: Float64Array, w: Worker) { w.postMessage(data, [data.buffer]); }`,
];

const tsInvalid: Invalid[] = [
  {
    // TS wrappers around the receiver and the value.
    code: `${IMPORT}export function f(n: number) {
  const data = new Float64Array(n);
  parentPort!.postMessage(data as Float64Array);
}`,
    output: `${IMPORT}export function f(n: number) {
  const data = new Float64Array(n);
  parentPort!.postMessage(data as Float64Array, [data.buffer]);
}`,
    errors: [clone('parentPort!.postMessage(...)', 'data')],
  },
  {
    // An annotated parameter: the caller's array would be detached.
    code: `${IMPORT}export function send(data: Float64Array) {
  parentPort!.postMessage(data);
}`,
    output: null,
    errors: [
      {
        ...clone('parentPort!.postMessage(...)', 'data'),
        suggestions: [
          {
            messageId: 'addTransferList',
            data: { list: '[data.buffer]', caveat: " (`data` is a parameter: the caller's array would be detached (byteLength 0) after the call)" },
            output: `${IMPORT}export function send(data: Float64Array) {
  parentPort!.postMessage(data, [data.buffer]);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `${IMPORT}export function send(chunk: Buffer) {
  parentPort!.postMessage(chunk);
}`,
    output: null,
    errors: [{ messageId: 'pooledBuffer', data: { call: 'parentPort!.postMessage(...)', value: 'chunk' }, suggestions: [] }],
  },
];

tsTester.run('prefer-transfer (typescript, untyped)', rule, { valid: tsValid, invalid: tsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript with type information (`typeAware`)
// ---------------------------------------------------------------------------------------------------------------

const NODE = `/// <reference types="node" />\n${IMPORT}`;

const typedValid: Valid[] = [
  {
    // A window-like target takes a target origin, never a transfer list in second place.
    code: `declare const window: { postMessage(message: unknown, targetOrigin: string): void };
const data = new Uint8Array(16);
window.postMessage(data, '*');`,
    options: typeAware,
  },
  {
    code: `declare const frame: { postMessage(message: unknown): void };
const data = new Uint8Array(16);
frame.postMessage(data);`,
    options: typeAware,
  },
  {
    code: `${NODE}export function send(w: Worker, label: string) { w.postMessage({ type: 'done', label }); }`,
    options: typeAware,
  },
];

const typedInvalid: Invalid[] = [
  {
    // Receivers and values known by type: a Worker held in a field, a typed array from a call.
    code: `${NODE}class Pool {
  constructor(private readonly worker: Worker) {}
  send(rows: number) {
    const table = new Float64Array(rows);
    this.worker.postMessage(table);
  }
}`,
    options: typeAware,
    output: `${NODE}class Pool {
  constructor(private readonly worker: Worker) {}
  send(rows: number) {
    const table = new Float64Array(rows);
    this.worker.postMessage(table, [table.buffer]);
  }
}`,
    errors: [clone('this.worker.postMessage(...)', 'table')],
  },
  {
    code: `${NODE}import type { MessagePort } from 'node:worker_threads';
declare function compute(): Float32Array;
export function send(port: MessagePort) {
  const out = compute();
  port.postMessage(out);
}`,
    options: typeAware,
    output: null,
    errors: [
      {
        ...clone('port.postMessage(...)', 'out'),
        suggestions: [
          {
            messageId: 'addTransferList',
            data: { list: '[out.buffer]', caveat: ' (`out` comes from `compute()`, which may keep another reference to it (or return a view of a larger buffer) that the transfer would detach)' },
            output: `${NODE}import type { MessagePort } from 'node:worker_threads';
declare function compute(): Float32Array;
export function send(port: MessagePort) {
  const out = compute();
  port.postMessage(out, [out.buffer]);
}`,
          },
        ],
      },
    ],
  },
  {
    // A size known to be a number by type: `new Float64Array(n)` is not a view.
    code: `${NODE}export function send(w: Worker, size: () => number) {
  const n = size();
  const data = new Float64Array(n);
  w.postMessage(data);
}`,
    options: typeAware,
    output: `${NODE}export function send(w: Worker, size: () => number) {
  const n = size();
  const data = new Float64Array(n);
  w.postMessage(data, [data.buffer]);
}`,
    errors: [clone('w.postMessage(...)', 'data')],
  },
  {
    code: `${NODE}import { readFileSync } from 'node:fs';
export function send(w: Worker) {
  const file = readFileSync('x');
  w.postMessage(file);
}`,
    options: typeAware,
    output: null,
    errors: [{ messageId: 'pooledBuffer', data: { call: 'w.postMessage(...)', value: 'file' }, suggestions: [] }],
  },
];

typedTester.run('prefer-transfer (typescript, typed)', rule, { valid: typedValid, invalid: typedInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Every expected output parses (so no case above pins output that is not a program)
// ---------------------------------------------------------------------------------------------------------------

describeOutputsParse('prefer-transfer', jsInvalid, [...tsInvalid, ...typedInvalid], { js: 10, ts: 3 });
