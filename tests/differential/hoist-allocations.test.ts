// Differential tests for hoist-allocations (no-allocation-in-loop), with the codemod's own options (64 KiB and up).
// Programs are generated from templates: a loop shape (for, while, for...of, do...while, a labelled inner loop) ×
// a body that allocates a Float64Array, Uint8Array, BigInt64Array, Buffer.alloc (with and without a fill) or an
// ArrayBuffer of a constant size, reads it before writing it on every turn (so a missing reset would show), writes
// it by index, `fill`, `set`, `sort`, `writeUInt8`..., and may `continue`, `break` or throw mid-loop. The original
// and the rewrite run on the same generated inputs (seed 42): 0, 1 or many turns, values with -0, NaN, ±Infinity.
// Results, thrown errors and the caller's `out` array (what was pushed before a throw) must be identical.
import fc from 'fast-check';

import { allocationInLoopPattern } from '../../analysis/allocation-in-loop.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import { compareRuns, compile, differ, outcome, plain } from './compare.ts';

const spec = { codemod: 'hoist-allocations', rule: 'no-allocation-in-loop', pattern: allocationInLoopPattern, options: { minBytes: 65_536 } };
const RUNS = { numRuns: 300, seed: 42 };

function rewrite(source: string, unsafe = false): { output: string | undefined; rewritten: number; skipped: string[] } {
  const { output, sites } = rewriteSource(source, 'template.js', spec, { unsafe });
  return { output, rewritten: sites.filter((s) => s.status === 'rewritten').length, skipped: sites.filter((s) => s.status === 'skipped').map((s) => s.reason ?? '') };
}

/** `run(n, vals, out)`: `i` counts turns, `v` is this turn's value; BODY may `continue`, `break` or throw. */
const LOOPS: Record<string, string> = {
  for: 'for (let i = 0; i < n; i++) { const v = vals[i % (vals.length || 1)]; BODY }',
  while: 'let i = -1; while (++i < n) { const v = vals[i % (vals.length || 1)]; BODY }',
  'for...of': 'let i = -1; for (const v of vals.slice(0, n)) { i++; BODY }',
  'do...while': 'let i = 0; if (n > 0) { do { const v = vals[i % (vals.length || 1)]; BODY } while (++i < n); }',
  'labelled inner loop': 'outer: for (let k = 0; k < 2; k++) { for (let i = 0; i < n; i++) { const v = vals[i % (vals.length || 1)]; if (k === 1 && i > 2) continue outer; BODY } }',
};

/** Allocation and use: `s` collects what each turn reads, `out` what it leaves; the reads come before the writes. */
const BODIES: Record<string, string> = {
  'Float64Array(8192)': 'const buf = new Float64Array(8192); s += buf[0] + buf[i % 8192]; buf[0] += v; buf[i % 8192] = v * 2; buf.fill(v, 1, 3); out.push(buf[0], buf[2]);',
  'Float64Array(N), N a const': 'const buf = new Float64Array(N); s += buf.reduce((a, b) => a + b, 0); buf.set([v, -v], i % 100); buf.sort(); out.push(buf[0], buf[N - 1]);',
  'Uint8Array(65536) by literal arithmetic': 'const buf = new Uint8Array(256 * 256); s += buf.indexOf(0) + buf[i]; buf[i] = v; buf.fill(7, 10, 12); buf.reverse(); out.push(buf.join(",").length, buf[65535], Math.max(buf[0], buf[1]));',
  'Buffer.alloc(65536)': 'const buf = Buffer.alloc(65536); s += buf.readUInt16LE(i); buf.writeUInt8(i & 255, i); buf.write("ab", 100); out.push(buf.toString("hex", 99, 103), buf[i]);',
  'Buffer.alloc(65536, 7)': 'const buf = Buffer.alloc(65536, 7); s += buf[i] + buf[1000]; buf[i] = 1; buf.copyWithin(1000, i, i + 1); out.push(buf[1000]);',
  'BigInt64Array(8192)': 'const buf = new BigInt64Array(8192); s += Number(buf[i]); buf[i] += BigInt(i); out.push(String(buf[i]));',
  'ArrayBuffer(65536)': 'const ab = new ArrayBuffer(65536); s += ab.byteLength + Buffer.byteLength(ab); out.push(ab.byteLength);',
  'for...of over the buffer and a comparison': 'const buf = new Float32Array(16384); let t = 0; for (const x of buf) if (x !== 0) t++; buf[i] = v; s += t + (buf[i] === v ? 1 : 0); out.push(t);',
};

/** Control flow mid-loop: `continue`, `break`, a throw (the caller's `out` keeps what was pushed before it). */
const CONTROL = [
  '',
  'if (v > 1e6) continue; ',
  'if (v < -1e6) break; ',
  'if (v !== v) throw new RangeError("NaN at " + i); ',
  'if (i === 3) throw new TypeError("third"); if (v === 0) continue; ',
];

const PROGRAMS: string[] = [];
for (const loop of Object.values(LOOPS)) {
  for (const [name, body] of Object.entries(BODIES)) {
    const control = CONTROL[PROGRAMS.length % CONTROL.length]!;
    // `control` before the body skips it; after the allocation it leaves a turn half done.
    const at = name.startsWith('Buffer') ? body.indexOf(';') + 1 : 0;
    const withControl = `${body.slice(0, at)} ${control}${body.slice(at)}`;
    PROGRAMS.push(`function run(n, vals, out) { const N = 8192; let s = 0; ${loop.replace('BODY', withControl)} return [s, out.length]; }`);
  }
}

const value = fc.oneof(fc.double(), fc.integer({ min: -300, max: 300 }), fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2e6, -2e6, 255.5));
const turns = fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 2, max: 12 }));
const args: fc.Arbitrary<unknown[]> = fc.tuple(turns, fc.array(value, { maxLength: 12 }));

describe('hoist-allocations differential: autofixes', () => {
  const rewritten = new Map(PROGRAMS.map((source) => [source, rewrite(source)] as const));

  it(`hoists the allocation of every one of the ${PROGRAMS.length} generated programs without --unsafe`, () => {
    // In a labelled inner loop the allocation is hoisted twice (before the inner loop, then, next pass, before the outer).
    const missed = [...rewritten].filter(([, { rewritten: count }]) => count < 1).map(([source]) => source);
    expect(missed).toEqual([]);
    for (const [source, { output }] of rewritten) {
      expect(output, source).toMatch(/const (?:buf|ab) = [^;]+;\n\s*(?:outer: )?(?:for|while|do)\b/);
      expect(output, source).toMatch(/buf\.fill\((?:0|0n|7)\);|new Uint8Array\(ab\)\.fill\(0\);/);
    }
  });

  it('returns, throws and leaves out[] the same on 300 generated programs × inputs (0, 1, many turns)', () => {
    const compiled = new Map(PROGRAMS.map((source) => [source, [compile(source), compile(rewritten.get(source)!.output!)]] as const));
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMS), args, (source, [n, vals]) => {
        const [before, after] = compiled.get(source)!;
        const [outA, outB] = [[], []];
        const expected = outcome(() => before!(n, (vals as number[]).slice(), outA));
        const actual = outcome(() => after!(n, (vals as number[]).slice(), outB));
        expect(actual).toEqual(expected);
        expect(differ(actual.threw ? undefined : actual.value, expected.threw ? undefined : expected.value, 'result') ?? differ(outB, outA, 'out')).toBeUndefined();
      }),
      RUNS,
    );
  });

  // Was a bug: analysis/allocation-in-loop.ts (analyzeSite) checked that no use of the buffer escapes, but not that
  // every use comes after the declaration in the turn. A read before `const buf = ...` is in the temporal dead zone:
  // the original throws a ReferenceError; hoisted, it read the previous turn's buffer (or the fresh one) and went on.
  // Now reported only, never rewritten.
  it('a read of the buffer before its declaration in the turn: reported, not rewritten (the original throws)', () => {
    const source = 'function run(n, flag) { let s = 0; for (let i = 0; i < n; i++) { if (flag) s += buf[0]; const buf = new Float64Array(8192); buf[0] = i + 1; s += buf[0]; } return s; }';
    for (const unsafe of [false, true]) {
      const { output, skipped } = rewrite(source, unsafe);
      expect(output).toBeUndefined();
      expect(skipped).toEqual(['`buf` is used on line 1 before its declaration in the turn, which a hoisted buffer would let through']);
    }
    // run(2, true): the original throws a ReferenceError (what a hoisted buffer would have turned into 4).
    expect(outcome(() => compile(source)(2, true)).threw).toBe(true);
  });

  // Was a bug: analysis/allocation-in-loop.ts (keeperOf) counted any computed member of the buffer as an in-place
  // read or write, and the reset (`buf.fill(0)`, `new Uint8Array(ab).fill(0)`) clears elements only. `ab[i] = v` on
  // an ArrayBuffer (or `buf[key]` with a non-index key on a typed array) makes an ordinary property, which a fresh
  // buffer did not have on the next turn and the hoisted one keeps. Now a suggestion that says so.
  it('a property set on an ArrayBuffer (ab[0] = ...) makes the hoist a suggestion, which keeps it across turns', () => {
    const source = 'function run(n) { const seen = []; for (let i = 0; i < n; i++) { const ab = new ArrayBuffer(65536); seen.push(ab[0]); ab[0] = i; } return seen; }';
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toBe('`ab[0]` sets an ordinary property of the ArrayBuffer, which the reset does not clear: the next turn would see it where the original had a fresh buffer (suggestion only: rewrite with --unsafe)');
    const { output } = rewrite(source, true);
    expect(output).toContain('new Uint8Array(ab).fill(0);');
    // run(2): the original gives [undefined, undefined], the --unsafe rewrite [undefined, 0].
    expect(compareRuns(compile(source), compile(output!), [2])).toMatch(/result/);
  });

  it('typed arrays written through a non-index key are suggestions; through numbers they stay autofixes', () => {
    const property = 'function run(n, key) { let s = 0; for (let i = 0; i < n; i++) { const buf = new Float64Array(8192); s += buf[key] ?? 0; buf[key] = i + 1; } return s; }';
    expect(rewrite(property).output).toBeUndefined();
    expect(compareRuns(compile(property), compile(rewrite(property, true).output!), [3, 'x'])).toMatch(/result/);
    const element = 'function run(n) { let s = 0; for (let i = 0; i < n; i++) { const buf = new Float64Array(8192); let j = i * 2; s += buf[j] + buf[i + 1]; buf[j] = i + 1; buf[j + 1] = 2; buf[-1] = 3; buf[i % 7]++; } return s; }';
    const { output } = rewrite(element);
    expect(output).toContain('buf.fill(0);');
    for (const n of [0, 1, 2, 5]) expect(compareRuns(compile(element), compile(output!), [n])).toBeUndefined();
  });
});

describe('hoist-allocations differential: suggestions (--unsafe)', () => {
  it('a size from a parameter: same results for valid sizes, but a bad size now throws even when the loop runs no turn', () => {
    const source = 'function run(n, vals, size) { let s = 0; for (let i = 0; i < n; i++) { const buf = new Float64Array(size); s += buf[i % size] || 0; buf[0] = vals[i] ?? i; s += buf[0]; } return s; }';
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toMatch(/throws even when the loop runs no turn \(suggestion only/);
    const { output, rewritten } = rewrite(source, true);
    expect(rewritten).toBe(1);
    const [before, after] = [compile(source), compile(output!)];
    fc.assert(
      fc.property(turns, fc.array(value, { maxLength: 12 }), fc.integer({ min: 1, max: 64 }), (n, vals, size) => {
        expect(compareRuns(before, after, [n, vals, size])).toBeUndefined();
      }),
      { ...RUNS, numRuns: 150 },
    );
    // n = 0 and size = -1: the original returns 0 (no turn, no allocation); the rewrite throws a RangeError.
    expect(compareRuns(before, after, [0, [], -1])).toBe('the fix throws RangeError where the original returns 0');
  });

  it('a buffer passed to an unknown function: one that keeps it sees it change on later turns', () => {
    const source = 'function run(n, vals, kept) { for (let i = 0; i < n; i++) { const buf = new Float64Array(8192); buf[0] = vals[i] ?? i; kept.push(buf); } return kept.map((b) => b[0]); }';
    // `kept.push(buf)` is an escape: never reported. With a callback, it is a suggestion.
    expect(rewrite(source, true).output).toBeUndefined();
    const viaCall = 'function run(n, vals, keep) { for (let i = 0; i < n; i++) { const buf = new Float64Array(8192); buf[0] = vals[i] ?? i; keep(buf); } }';
    expect(rewrite(viaCall).output).toBeUndefined();
    expect(rewrite(viaCall).skipped.join('\n')).toMatch(/could keep it past the turn \(suggestion only/);
    const { output } = rewrite(viaCall, true);
    const collect = (source: string): unknown => {
      const kept: Float64Array[] = [];
      compile(source)(3, [1, 2, 3], (b: Float64Array) => kept.push(b));
      return plain(kept.map((b) => b[0]));
    };
    expect(collect(viaCall)).toEqual([1, 2, 3]);
    expect(collect(output!)).toEqual([3, 3, 3]);
  });
});
