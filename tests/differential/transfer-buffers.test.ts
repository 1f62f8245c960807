// Differential tests for transfer-buffers (prefer-transfer) over a real worker_threads MessageChannel: each template
// posts typed arrays, Buffers or ArrayBuffers on `port1` and reads them back with `receiveMessageOnPort(port2)`. The
// original (structured clone) and the rewrite (with a transfer list) run on the same generated values (seed 42:
// -0, NaN, ±Infinity, empty and long lists, 0, 1 or many posts); what arrives, what the sender returns and what the
// caller's arguments hold afterwards must be identical. Every post is recorded: the rewrite must really transfer
// (each listed buffer is detached after the call), and an autofixed sender must not use the buffer afterwards,
// which an identical result shows. The rule's suggestions are shown to change what the sender or its caller sees.
import { MessagePort, receiveMessageOnPort } from 'node:worker_threads';

import fc from 'fast-check';

import { transferPattern } from '../../analysis/transfer.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import { differ, outcome, plain, show, type Outcome } from './compare.ts';

const spec = { codemod: 'transfer-buffers', rule: 'prefer-transfer', pattern: transferPattern, options: {} };
const RUNS = { numRuns: 200, seed: 42 };

function rewrite(source: string, unsafe = false): { output: string | undefined; rewritten: number; skipped: string[] } {
  const { output, sites } = rewriteSource(source, 'template.js', spec, { unsafe });
  return { output, rewritten: sites.filter((s) => s.status === 'rewritten').length, skipped: sites.filter((s) => s.status === 'skipped').map((s) => s.reason ?? '') };
}

/** `recv(port)`: the next message on the port, as `receiveMessageOnPort` gives it (undefined when there is none). */
const recv = (port: MessagePort): unknown => receiveMessageOnPort(port)?.message;

type Run = (recv: (port: MessagePort) => unknown, ...args: unknown[]) => unknown;
const compile = (source: string): Run => new Function(`${source}\nreturn run;`)() as Run;

interface Observed {
  result: Outcome;
  /** Per post: how many buffers its transfer list held, and whether each was detached after the call. */
  posts: { listed: number; detached: boolean[] }[];
}

/** Runs with every `postMessage` recorded (the real one is called through), and the result made plain. */
function observe(run: Run, args: unknown[]): Observed {
  const posts: Observed['posts'] = [];
  const original = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (this: MessagePort, value: unknown, transfer?: readonly ArrayBuffer[]) {
    const list = Array.isArray(transfer) ? (transfer as ArrayBuffer[]) : [];
    original.call(this, value, transfer as never);
    posts.push({ listed: list.length, detached: list.map((buffer) => buffer.byteLength === 0) });
  } as typeof original;
  try {
    const result = outcome(() => plain(run(recv, ...args)));
    return { result, posts };
  } finally {
    MessagePort.prototype.postMessage = original;
  }
}

function compareObserved(before: Observed, after: Observed): string | undefined {
  const a = before.result;
  const b = after.result;
  if (a.threw || b.threw) {
    const describe = (o: Outcome): string => (o.threw ? `throws ${o.error}` : `returns ${show(o.value)}`);
    return a.threw && b.threw && a.error === b.error ? undefined : `the rewrite ${describe(b)} where the original ${describe(a)}`;
  }
  return differ(b.value, a.value, 'result');
}

const number = fc.oneof(fc.double(), fc.integer({ min: -300, max: 300 }), fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 31, 255.5));
const values = fc.oneof(fc.constant<number[]>([]), fc.array(number, { maxLength: 40 }));

/** Autofixed: fresh local buffers that nothing reads after the post. `vals` is the caller's list (must stay as it was). */
const AUTOFIXED: Record<string, string> = {
  'new Float64Array(vals.length), filled by index': 'function run(recv, vals) { const { port1, port2 } = new MessageChannel(); const data = new Float64Array(vals.length); for (let i = 0; i < vals.length; i++) data[i] = vals[i]; port1.postMessage(data); const got = recv(port2); port1.close(); return got; }',
  'Float64Array.from in an object with its length read in the message': 'function run(recv, vals) { const ch = new MessageChannel(); const data = Float64Array.from(vals); ch.port1.postMessage({ data, n: data.length, first: data[0] }); const got = recv(ch.port2); ch.port1.close(); return got; }',
  'Buffer.alloc written by index (arrives as a Uint8Array)': 'function run(recv, vals) { const ch = new MessageChannel(); const b = Buffer.alloc(vals.length); for (let i = 0; i < b.length; i++) b[i] = vals[i]; ch.port1.postMessage(b); const got = recv(ch.port2); ch.port1.close(); return got; }',
  'a bare new ArrayBuffer in an array (a typed array over it would be a view, never fixed)': 'function run(recv, vals) { const ch = new MessageChannel(); const ab = new ArrayBuffer(vals.length); ch.port1.postMessage([ab, vals.length]); const got = recv(ch.port2); ch.port1.close(); return got; }',
  'one buffer twice in one message (one transfer, shared on arrival)': 'function run(recv, vals) { const ch = new MessageChannel(); const data = Float64Array.from(vals); ch.port1.postMessage({ a: data, b: data }); const got = recv(ch.port2); ch.port1.close(); return [got, got.a === got.b]; }',
  'two buffers and a pooled Buffer (not listed)': 'function run(recv, vals) { const ch = new MessageChannel(); const a = Float64Array.from(vals); const b = new Uint8Array(vals.length).fill(7); ch.port1.postMessage({ a, b, p: Buffer.from("pooled"), s: a.length + b.length }); const got = recv(ch.port2); ch.port1.close(); return got; }',
  'a fresh buffer each turn of a loop, read back each turn': 'function run(recv, vals) { const ch = new MessageChannel(); const out = []; for (const v of vals) { const data = new Int32Array(4).fill(v); data[1] = -v; ch.port1.postMessage(data); out.push(recv(ch.port2)); } ch.port1.close(); return out; }',
  'read before the post (reduce, indexOf), posted after': 'function run(recv, vals) { const ch = new MessageChannel(); const data = Float32Array.from(vals); const sum = data.reduce((a, b) => a + b, 0); const at = data.indexOf(0); ch.port1.postMessage({ data, sum, at }); const got = recv(ch.port2); ch.port1.close(); return got; }',
  'an earlier post clones, the last transfers': 'function run(recv, vals) { const ch = new MessageChannel(); const data = Float64Array.from(vals); ch.port1.postMessage(data); ch.port1.postMessage(data); const got = [recv(ch.port2), recv(ch.port2)]; ch.port1.close(); return got; }',
  'a post that throws (a function in the message) after some turns': 'function run(recv, vals) { const ch = new MessageChannel(); const out = []; try { for (let i = 0; i < vals.length; i++) { const data = new Float64Array(2).fill(vals[i]); ch.port1.postMessage({ data, f: vals[i] !== vals[i] ? () => 1 : 0 }); out.push(recv(ch.port2)); } } finally { ch.port1.close(); } return out; }',
};

describe.each(Object.entries(AUTOFIXED))('transfer-buffers differential: %s', (_name, source) => {
  const { output, rewritten } = rewrite(source);

  it('adds a transfer list without --unsafe', () => {
    expect(rewritten).toBeGreaterThan(0);
    expect(output).toMatch(/postMessage\([^;]*, \[[^\]]+\]\)/);
  });

  it('receives and returns the same, leaves vals as it was, and really transfers (200 runs)', () => {
    const [before, after] = [compile(source), compile(output!)];
    let transferred = 0;
    fc.assert(
      fc.property(values, (vals) => {
        const [va, vb] = [vals.slice(), vals.slice()];
        const a = observe(before, [va]);
        const b = observe(after, [vb]);
        expect(compareObserved(a, b)).toBeUndefined();
        expect(differ(va, vals, 'vals after the original') ?? differ(vb, vals, 'vals after the rewrite')).toBeUndefined();
        // The original posts without a list; the rewrite's listed buffers are all detached once posted.
        expect(a.posts.every((p) => p.listed === 0)).toBe(true);
        expect(b.posts.length).toBe(a.posts.length);
        for (const post of b.posts) expect(post.detached.every(Boolean)).toBe(true);
        transferred += b.posts.reduce((n, p) => n + p.listed, 0);
      }),
      RUNS,
    );
    expect(transferred).toBeGreaterThan(0);
  });
});

describe('transfer-buffers differential: bugs', () => {
  // Was a bug: analysis/transfer.ts (whyNotFresh) took a read earlier in the source as a read before the post. With
  // `var`, the binding outlives the turn: the read on the next turn sees the buffer the previous turn transferred,
  // now detached (length 0), where the original still had it. Now a suggestion that says so.
  it('a var buffer read at the top of the next turn: a suggestion, which --unsafe shows reading the detached buffer', () => {
    const source = 'function run(recv, vals) { const ch = new MessageChannel(); let s = 0; for (let i = 0; i < vals.length; i++) { if (i > 0) s += data.length; var data = Float64Array.from(vals); ch.port1.postMessage(data); recv(ch.port2); } ch.port1.close(); return s; }';
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toMatch(/^`data` is a `var` read on line 1, which a later turn of the loop runs after the transfer has left it empty/);
    const { output } = rewrite(source, true);
    expect(output).toContain('ch.port1.postMessage(data, [data.buffer]);');
    // vals = [1, 2, 3]: the original returns 6 (3 + 3), the --unsafe rewrite 0.
    expect(compareObserved(observe(compile(source), [[1, 2, 3]]), observe(compile(output!), [[1, 2, 3]]))).toBeDefined();
  });

  it('a let buffer of the turn read before the post is still fixed (each turn has its own binding)', () => {
    const source = 'function run(recv, vals) { const ch = new MessageChannel(); let s = 0; for (let i = 0; i < vals.length; i++) { let data = Float64Array.from(vals); s += data.length; ch.port1.postMessage(data); recv(ch.port2); } ch.port1.close(); return s; }';
    const { output } = rewrite(source);
    expect(output).toContain('ch.port1.postMessage(data, [data.buffer]);');
    expect(compareObserved(observe(compile(source), [[1, 2, 3]]), observe(compile(output!), [[1, 2, 3]]))).toBeUndefined();
  });
});

describe('transfer-buffers differential: suggestions (--unsafe) and what they change', () => {
  const nonEmpty = fc.array(number, { minLength: 1, maxLength: 20 });

  it.each([
    ['used after the post', 'function run(recv, vals) { const ch = new MessageChannel(); const data = Float64Array.from(vals); ch.port1.postMessage(data); const got = recv(ch.port2); ch.port1.close(); return [got, data.length, data[0]]; }', /used after the call/],
    ['a view of it kept before the post', 'function run(recv, vals) { const ch = new MessageChannel(); const data = Float64Array.from(vals); const tail = data.subarray(0); ch.port1.postMessage(data); recv(ch.port2); ch.port1.close(); return Array.from(tail); }', /may keep a reference/],
    ['used in a closure', 'function run(recv, vals) { const ch = new MessageChannel(); const data = Float64Array.from(vals); const first = () => data[0]; ch.port1.postMessage(data); recv(ch.port2); ch.port1.close(); return first(); }', /closure/],
  ])('%s: a suggestion; with --unsafe the sender sees the detached buffer', (_name, source, reason) => {
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toMatch(reason);
    const { output, rewritten } = rewrite(source, true);
    expect(rewritten).toBe(1);
    const [before, after] = [compile(source), compile(output!)];
    for (const vals of fc.sample(nonEmpty, { numRuns: 30, seed: 42 })) {
      expect(compareObserved(observe(before, [vals]), observe(after, [vals]))).toBeDefined();
    }
  });

  it('a parameter (typed by its annotation): a suggestion; with --unsafe the same message arrives but the caller\'s array is detached', () => {
    const typed = 'function run(recv, data: Float64Array) { const ch = new MessageChannel(); ch.port1.postMessage(data); const got = recv(ch.port2); ch.port1.close(); return got; }';
    const inTs = (unsafe: boolean): ReturnType<typeof rewriteSource> => rewriteSource(typed, 'template.ts', spec, { unsafe });
    expect(inTs(false).output).toBeUndefined();
    expect(inTs(false).sites.map((s) => s.reason).join('\n')).toMatch(/is a parameter.*\(suggestion only/);
    // Untyped JavaScript says nothing about a parameter: not even reported.
    const source = typed.replace(': Float64Array', '');
    expect(rewrite(source, true).output).toBeUndefined();
    const output = inTs(true).output!.replace(': Float64Array', '');
    expect(output).toContain('ch.port1.postMessage(data, [data.buffer]);');
    const [before, after] = [compile(source), compile(output)];
    for (const vals of fc.sample(nonEmpty, { numRuns: 30, seed: 42 })) {
      const [a, b] = [Float64Array.from(vals), Float64Array.from(vals)];
      expect(compareObserved(observe(before, [a]), observe(after, [b]))).toBeUndefined();
      expect([a.length, b.length]).toEqual([vals.length, 0]);
    }
  });
});
