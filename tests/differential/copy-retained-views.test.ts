// Differential tests for copy-retained-views (no-retained-view). String pieces are generated from templates (method
// × literal bounds × what keeps the piece: a return, a field, a closure, an outer array); each program is rewritten
// through the codemod's spec (`sources: ['load']`), and the original and the copy run on the same generated strings
// (seed 42): empty, short and long, with surrogate pairs and lone surrogates. Pieces with variable bounds (negative,
// NaN, ±Infinity, -0, fractions, undefined, out of range) are suggestions, and must give the same value too. Byte
// pieces: the autofixed form (a fresh read, kept by a closure that only reads) must read the same; the suggested
// copies give the same bytes, and a write through the parent or the piece shows why they are only suggestions.
import fc from 'fast-check';

import { retainedViewPattern } from '../../analysis/retained-view.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import { compile, differ, outcome, plain, show, type Outcome } from './compare.ts';

const spec = { codemod: 'copy-retained-views', rule: 'no-retained-view', pattern: retainedViewPattern, options: { sources: ['load'] } };
const RUNS = { numRuns: 300, seed: 42 };

function rewrite(source: string, unsafe = false): { output: string | undefined; rewritten: number; skipped: string[] } {
  const { output, sites } = rewriteSource(source, 'template.js', spec, { unsafe });
  return { output, rewritten: sites.filter((s) => s.status === 'rewritten').length, skipped: sites.filter((s) => s.status === 'skipped').map((s) => s.reason ?? '') };
}

/** The outcome with every function in the result called (closures that keep the piece), and bytes as plain values. */
function settle(run: () => unknown): Outcome {
  const result = outcome(run);
  if (result.threw) return result;
  return outcome(() => plain(typeof result.value === 'function' ? (result.value as () => unknown)() : result.value));
}

function compareOutcomes(before: Outcome, after: Outcome): string | undefined {
  if (before.threw || after.threw) {
    const describe = (o: Outcome): string => (o.threw ? `throws ${o.error}` : `returns ${show(o.value)}`);
    return before.threw && after.threw && before.error === after.error ? undefined : `the copy ${describe(after)} where the original ${describe(before)}`;
  }
  return differ(after.value, before.value, 'result');
}

// ---------------------------------------------------------------------------------------------------------------
// Strings

/** Astral characters (two code units), lone surrogates, and plain ones; up to 80 code units so bounds fall in and out. */
const text = fc.oneof(
  fc.constant(''),
  fc.array(fc.constantFrom('a', 'b', ' ', ',', '\t', 'é', '😀', '𝒳', '\uD83D', '\uDE00', '\n'), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** `io.readFileSync(path, 'utf8')` is what makes `raw` large; `load()` is a configured source. */
const PARENTS = ["const raw = io.readFileSync('data.txt', 'utf8');", 'const raw = load();'];
const KEEPERS: Record<string, (piece: string) => string> = {
  returned: (piece) => `return ${piece};`,
  'stored in a field': (piece) => `const out = {}; out.head = ${piece}; return out;`,
  'captured by a returned closure': (piece) => `const head = ${piece}; return () => [head, head.length];`,
  'pushed into the caller\'s array': (piece) => `keep.push(${piece}); return keep;`,
};
/** Methods with literal bounds whose piece is 13 to 4096 chars by their syntax: the autofixed forms. */
const bounds = fc.oneof(
  fc.record({ method: fc.constant('slice'), args: fc.oneof(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 13, max: 40 })).map(([a, n]) => [a, a + n]), fc.integer({ min: 13, max: 60 }).map((n) => [-n]), fc.tuple(fc.integer({ min: 13, max: 40 }), fc.integer({ min: 1, max: 20 })).map(([n, e]) => [-(n + e), -e])) }),
  fc.record({ method: fc.constant('substring'), args: fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 13, max: 40 })).map(([a, n]) => (a % 2 ? [a, a + n] : [a + n, a])) }),
  fc.record({ method: fc.constant('substr'), args: fc.tuple(fc.integer({ min: -60, max: 60 }), fc.integer({ min: 13, max: 40 })).map(([a, n]) => [a, n]) }),
);
const trims = fc.constantFrom('', '.trim()', '.trimStart()', '.trimEnd()');

// A configured source is of unknown kind: only string-only methods (`substring`, `substr`) say it is a string.
const program = fc.tuple(fc.constantFrom(...PARENTS), bounds, trims, fc.constantFrom(...Object.keys(KEEPERS))).filter(([parent, { method }]) => method !== 'slice' || !parent.includes('load')).map(([parent, { method, args }, trim, keeper]) => {
  const piece = `raw.${method}(${args.join(', ')})${trim}`;
  return `function run(io, load, keep) { ${parent} ${KEEPERS[keeper]!(piece)} }`;
});

function runString(source: string, value: string): Outcome {
  return settle(() => compile(source)({ readFileSync: () => value }, () => value, []));
}

describe('copy-retained-views differential: string pieces (autofix)', () => {
  const programs = [...new Set(fc.sample(program, { numRuns: 60, seed: 42 }))];
  const rewritten = new Map(programs.map((source) => [source, rewrite(source)] as const));

  it(`copies the piece in every one of the ${programs.length} generated programs without --unsafe`, () => {
    const missed = programs.filter((source) => rewritten.get(source)!.rewritten !== 1);
    expect(missed).toEqual([]);
    for (const { output } of rewritten.values()) expect(output).toMatch(/\(' ' \+ raw\.(?:slice|substring|substr)\([^)]*\)(?:\.trim\w*\(\))?\)\.slice\(1\)/);
  });

  it('gives the same piece on 300 generated programs × strings (empty, surrogate pairs, lone surrogates, out of range)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...programs), text, (source, value) => {
        expect(compareOutcomes(runString(source, value), runString(rewritten.get(source)!.output!, value))).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('copy-retained-views differential: string pieces with variable bounds (suggestions)', () => {
  const index = fc.oneof(
    fc.integer({ min: -90, max: 90 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.5, -1.5, undefined, null, '3', 2 ** 32 + 1),
  );
  const SOURCES = [
    "function run(io, a, b) { const raw = io.readFileSync('data.txt', 'utf8'); return raw.slice(a, b); }",
    "function run(io, a, b) { const raw = io.readFileSync('data.txt', 'utf8'); return raw.substring(a, b); }",
    "function run(io, a, b) { const raw = io.readFileSync('data.txt', 'utf8'); return raw.substr(a, b); }",
    "function run(io, a, b) { const raw = io.readFileSync('data.txt', 'utf8'); const out = {}; out.first = raw.split(',')[0]; out.head = raw.slice(a).trim(); return out; }",
  ];

  it.each(SOURCES)('%s', (source) => {
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toMatch(/not known here.*\(suggestion only/);
    const { output, rewritten } = rewrite(source, true);
    expect(rewritten).toBeGreaterThan(0);
    fc.assert(
      fc.property(text, index, index, (value, a, b) => {
        const io = { readFileSync: (): string => value };
        expect(compareOutcomes(settle(() => compile(source)(io, a, b)), settle(() => compile(output!)(io, a, b)))).toBeUndefined();
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it('a split field that may be missing is left alone even with --unsafe (a copy would turn undefined into "undefined")', () => {
    const source = "function run(io) { const raw = io.readFileSync('data.txt', 'utf8'); return raw.split(',')[1]; }";
    expect(rewrite(source, true).output).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Bytes

const bytes = fc.uint8Array({ maxLength: 64 });
const offset = fc.oneof(fc.integer({ min: -80, max: 80 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1.5, undefined, null, '2'));

/**
 * `io.readFileSync(path)` gives a Buffer over the bytes: a pooled one (as `Buffer.from` makes it), or one with its
 * own memory. Templates that view `buf.buffer` get their own memory only: of a pooled Buffer that is the shared 8 KiB
 * slab, whose other bytes change between the two runs whatever the rewrite does.
 */
function io(data: Uint8Array, pooled: boolean): { readFileSync: () => Buffer } {
  const own = (): Buffer => {
    const buffer = Buffer.alloc(data.length);
    buffer.set(data);
    return buffer;
  };
  return { readFileSync: () => (pooled ? Buffer.from(data) : own()) };
}

describe('copy-retained-views differential: byte pieces', () => {
  it('autofix: a piece of a fresh read, kept by a closure that only reads it, reads the same (300 runs)', () => {
    const programs = [
      'function run(io, a, b) { const head = io.readFileSync("data.bin").subarray(a, b); return () => [head.length, head[0], head[head.length - 1], head.toString("hex"), head.includes(0), head.indexOf(255)]; }',
      'function run(io, a, b) { const head = io.readFileSync("data.bin").slice(a, b); return () => [head.length, head.length > 1 ? head.readUInt16LE(0) : -1, head.equals(Buffer.from([1, 2])), head.at(-1)]; }',
    ];
    const rewritten = programs.map((source) => rewrite(source));
    for (const { output, rewritten: count } of rewritten) {
      expect(count).toBe(1);
      expect(output).toContain('Uint8Array.prototype.slice.call(io.readFileSync("data.bin"), a, b)');
    }
    fc.assert(
      fc.property(fc.constantFrom(0, 1), bytes, offset, offset, fc.boolean(), (which, data, a, b, pooled) => {
        const before = settle(() => compile(programs[which]!)(io(data, pooled), a, b));
        const after = settle(() => compile(rewritten[which]!.output!)(io(data, pooled), a, b));
        expect(compareOutcomes(before, after)).toBeUndefined();
      }),
      RUNS,
    );
  });

  const SUGGESTED: Record<string, string> = {
    'Buffer subarray': 'function run(io, a, b) { const buf = io.readFileSync("data.bin"); return buf.subarray(a, b); }',
    'Buffer slice': 'function run(io, a, b) { const buf = io.readFileSync("data.bin"); return buf.slice(a, b); }',
    'Float64Array subarray': 'function run(io, a, b, n) { const t = new Float64Array(n); for (let i = 0; i < n; i++) t[i] = i % 3 === 0 ? -0 : i % 3 === 1 ? Number.NaN : -i; return t.subarray(a, b); }',
    'new Uint8Array(buf.buffer, a, b)': 'function run(io, a, b) { const buf = io.readFileSync("data.bin"); return new Uint8Array(buf.buffer, a, b); }',
    'Buffer.from(buf.buffer, a, b)': 'function run(io, a, b) { const buf = io.readFileSync("data.bin"); return Buffer.from(buf.buffer, a, b); }',
  };

  describe.each(Object.entries(SUGGESTED))('suggestion: %s', (_name, source) => {
    it('is only a suggestion, and with --unsafe gives the same bytes and the same errors (150 runs)', () => {
      const safe = rewrite(source);
      expect(safe.output).toBeUndefined();
      expect(safe.skipped.join('\n')).toMatch(/a write through either one.*\(suggestion only/);
      const { output, rewritten } = rewrite(source, true);
      expect(rewritten).toBe(1);
      fc.assert(
        fc.property(bytes, offset, offset, fc.boolean(), (data, a, b, pooled) => {
          const run = (text: string): Outcome => settle(() => compile(text)(io(data, pooled && !source.includes('.buffer')), a, b, data.length));
          expect(compareOutcomes(run(source), run(output!))).toBeUndefined();
        }),
        { ...RUNS, numRuns: 150 },
      );
    });
  });

  it('suggestion: new DataView(buf.buffer, a, b) → new DataView(buf.buffer.slice(a, a + b)) clamps where the original throws', () => {
    const source = 'function run(io, a, b) { const buf = io.readFileSync("data.bin"); return new DataView(buf.buffer, a, b); }';
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    // The reason says what the tests below show.
    expect(safe.skipped.join('\n')).toBe('`slice` counts a negative offset from the end and clamps a range past the end, where `new DataView` throws a RangeError; a string offset would make the end a concatenation; and the copy no longer shares memory with `buf.buffer` (suggestion only: rewrite with --unsafe)');
    const { output } = rewrite(source, true);
    expect(output).toContain('new DataView(buf.buffer.slice(a, a + b))');
    const data = Uint8Array.from([1, 2, 3, 4]);
    const run = (text: string, a: unknown, b: unknown): Outcome => settle(() => compile(text)(io(data, false), a, b));
    // In range: the same bytes.
    expect(compareOutcomes(run(source, 1, 2), run(output!, 1, 2))).toBeUndefined();
    // A negative offset or a length past the end: the original throws a RangeError, the copy counts from the end or clamps.
    expect(compareOutcomes(run(source, -1, 1), run(output!, -1, 1))).toMatch(/^the copy returns .* where the original throws RangeError$/);
    expect(compareOutcomes(run(source, 2, 9), run(output!, 2, 9))).toMatch(/^the copy returns .* where the original throws RangeError$/);
    // A string offset: `a + b` concatenates ('1' + 2 = '12').
    expect(compareOutcomes(run(source, '1', 2), run(output!, '1', 2))).toMatch(/^result/);
  });

  // Was a bug: a DataView kept only by a closure that reads it, over a fresh read, was autofixed, though the copy
  // does not throw where the original does (here a file too short for the range).
  it('a DataView kept by a reading closure is still only a suggestion (the range check would be lost)', () => {
    const source = 'function run(io, a, b) { const view = new DataView(io.readFileSync("data.bin").buffer, 4, 16); return () => view.byteLength; }';
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toMatch(/where `new DataView` throws a RangeError; and the copy no longer shares memory/);
    const { output } = rewrite(source, true);
    const data = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(compareOutcomes(settle(() => compile(source)(io(data, false))), settle(() => compile(output!)(io(data, false))))).toMatch(/where the original throws RangeError$/);
  });

  it('what makes the byte copies suggestions: a write through the parent or the piece is no longer shared', () => {
    const throughParent = 'function run(io, v) { const buf = io.readFileSync("data.bin"); const piece = buf.subarray(0, 8); buf.fill(v); return piece; }';
    const throughPiece = 'function run(io, v) { const buf = io.readFileSync("data.bin"); const piece = buf.subarray(0, 8); piece[0] = v; return [piece, buf[0]]; }';
    for (const source of [throughParent, throughPiece]) {
      expect(rewrite(source).output, source).toBeUndefined();
      expect(rewrite(source).skipped.join('\n'), source).toMatch(/a write through either one.*\(suggestion only/);
      const { output } = rewrite(source, true);
      const data = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const found = compareOutcomes(settle(() => compile(source)(io(data, false), 200)), settle(() => compile(output!)(io(data, false), 200)));
      expect(found, source).toMatch(/^result/);
    }
  });
});
