// Differential tests for fuse-array-chains (no-intermediate-arrays). Programs are generated from templates (a
// source expression × a callback); each is rewritten through the codemod's spec, and the original and the rewrite
// run on the same generated inputs (seed 42): arrays (dense and sparse), Sets, Maps, strings with surrogate pairs,
// generators that log every step, with -0, NaN, ±Infinity and undefined among the values. The autofixes
// (`Array.from(x).map(f)` and `[...x].map(f)` → `Array.from(x, f)`) must return, throw and log the same. The fused
// chains and the `forEach` rewrites are only suggestions (`--unsafe`): the tests show what they change and that the
// codemod leaves them alone without `--unsafe`.
import fc from 'fast-check';

import { intermediateArraysPattern } from '../../analysis/intermediate-arrays.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import { compile, differ, outcome, show, type Outcome } from './compare.ts';

const spec = { codemod: 'fuse-array-chains', rule: 'no-intermediate-arrays', pattern: intermediateArraysPattern, options: { minLength: 16, iteratorHelpers: false } };
const RUNS = { numRuns: 300, seed: 42 };

function rewrite(source: string, unsafe = false): { output: string | undefined; rewritten: number; skipped: string[] } {
  const { output, sites } = rewriteSource(source, 'template.js', spec, { unsafe });
  return { output, rewritten: sites.filter((s) => s.status === 'rewritten').length, skipped: sites.filter((s) => s.status === 'skipped').map((s) => s.reason ?? '') };
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs: a recipe, made into a fresh value (and log) for each run, so that generators and side effects start over.

const value = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined, null, '', 'a'),
);
/** Strings with astral characters (surrogate pairs, iterated as one element) and lone surrogates. */
const text = fc.array(fc.constantFrom('a', 'é', '😀', '𝒳', '\uD83D', '\uDE00', ' ', '0'), { maxLength: 12 }).map((parts) => parts.join(''));

type Recipe =
  | { kind: 'array' | 'set' | 'generator'; values: unknown[] }
  | { kind: 'map'; values: [unknown, unknown][] }
  | { kind: 'string'; text: string };

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  fc.record({ kind: fc.constant('array' as const), values: fc.oneof(fc.array(value, { maxLength: 12 }), fc.sparseArray(value, { maxLength: 12 }), fc.constant<unknown[]>([])) }),
  fc.record({ kind: fc.constant('set' as const), values: fc.array(value, { maxLength: 10 }) }),
  fc.record({ kind: fc.constant('generator' as const), values: fc.array(value, { maxLength: 10 }) }),
  fc.record({ kind: fc.constant('map' as const), values: fc.array(fc.tuple(value, value), { maxLength: 8 }) }),
  fc.record({ kind: fc.constant('string' as const), text }),
);

/** The input and the log its generator (and the program's `log`) write to. */
function make(r: Recipe): { input: unknown; log: unknown[] } {
  const log: unknown[] = [];
  switch (r.kind) {
    case 'array':
      return { input: r.values.slice(), log };
    case 'set':
      return { input: new Set(r.values), log };
    case 'map':
      return { input: new Map(r.values), log };
    case 'string':
      return { input: r.text, log };
    case 'generator': {
      const values = r.values;
      const generate = function* (): Generator<unknown> {
        try {
          for (let i = 0; i < values.length; i++) {
            log.push(['next', i]);
            yield values[i];
          }
        } finally {
          log.push('finally');
        }
      };
      return { input: generate(), log };
    }
  }
}

/** What the caller sees of a run: the outcome, the log, and the input afterwards (an array's elements and holes). */
function observe(source: string, r: Recipe): { result: Outcome; log: unknown[]; input: unknown } {
  const run = compile(source);
  const { input, log } = make(r);
  const result = outcome(() => run(input, (entry: unknown) => log.push(entry)));
  return { result, log, input: input instanceof Set || input instanceof Map || Array.isArray(input) || typeof input === 'string' ? input : 'iterator' };
}

function difference(before: string, after: string, r: Recipe): string | undefined {
  const a = observe(before, r);
  const b = observe(after, r);
  if (a.result.threw || b.result.threw) {
    const describe = (o: Outcome): string => (o.threw ? `throws ${o.error}` : `returns ${show(o.value)}`);
    if (!a.result.threw || !b.result.threw || a.result.error !== b.result.error) return `the rewrite ${describe(b.result)} where the original ${describe(a.result)}`;
  } else {
    const d = differ(b.result.value, a.result.value, 'result');
    if (d) return d;
  }
  return differ(b.log, a.log, 'log') ?? differ(b.input, a.input, 'input after');
}

// ---------------------------------------------------------------------------------------------------------------
// Autofixes: `Array.from(x).map(f)` and `[...x].map(f)` with a callback that has no effects of its own

/** Sources of unknown kind: `Array.from(x, f)` interleaves `f` with the iteration, `[...x]` rejects array-likes. */
const SOURCES = ['Array.from(x)', '[...x]', 'Array.from((x))'];
/** Sources whose iteration runs no code of the program: any callback without effects of its own is fixed. */
const PLAIN_SOURCES = ['[...new Set(x)]', 'Array.from(new Set(x))'];
const CALLBACKS = [
  '(v, i) => [v, i]',
  '(v) => (typeof v === "number" ? v * 2 : v)',
  '(v, i) => (1 / v === -Infinity ? "minus zero" : v !== v ? "NaN" : i)',
  '(v) => v === undefined',
  'String',
  'Boolean',
  'function (v, i) { return v === undefined ? -i : v; }',
  '({ length }, i) => [length, i]',
  '(v, i = 7) => i',
];
/** Callbacks that read only their parameters and can neither throw nor run code: fixed on any `Array.from` source. */
const INERT_CALLBACKS = ['(v, i) => [v, i]', '(v) => v === undefined', 'Boolean', '(v, i = 7) => i'];
const program = (source: string, callback: string): string => `function run(x, log) { return ${source}.map(${callback}); }`;
const AUTOFIX_PROGRAMS = [
  ...PLAIN_SOURCES.flatMap((source) => CALLBACKS.map((callback) => program(source, callback))),
  ...['Array.from(x)', 'Array.from((x))'].flatMap((source) => INERT_CALLBACKS.map((callback) => program(source, callback))),
];
const SUGGESTED_PROGRAMS = SOURCES.flatMap((source) => CALLBACKS.map((callback) => program(source, callback))).filter((source) => !AUTOFIX_PROGRAMS.includes(source));

describe('fuse-array-chains differential: autofixes (Array.from(x, f))', () => {
  const rewritten = new Map(AUTOFIX_PROGRAMS.map((source) => [source, rewrite(source)] as const));

  it(`rewrites every one of the ${AUTOFIX_PROGRAMS.length} generated programs without --unsafe`, () => {
    for (const [source, { output, rewritten: count }] of rewritten) {
      expect(count, source).toBe(1);
      expect(output, source).toMatch(/return Array\.from\(\(?(x|new Set\(x\))\)?, /);
    }
  });

  it(`leaves the other ${SUGGESTED_PROGRAMS.length} as suggestions that say what could differ`, () => {
    for (const source of SUGGESTED_PROGRAMS) {
      const { output, skipped } = rewrite(source);
      expect(output, source).toBeUndefined();
      expect(skipped.join('\n'), source).toMatch(/accepts array-likes|is iterated/);
      expect(rewrite(source, true).rewritten, source).toBe(1);
    }
  });

  it('returns, throws and logs the same on 300 generated programs × inputs (arrays, holes, Sets, Maps, strings, generators)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AUTOFIX_PROGRAMS), recipe, (source, r) => {
        expect(difference(source, rewritten.get(source)!.output!, r)).toBeUndefined();
      }),
      RUNS,
    );
  });

  // Was a bug: analysis/intermediate-arrays.ts (analyzeSpreadCopy → mapIntoFrom) treated `[...x]` as `Array.from(x)`,
  // but spreading needs an iterable while `Array.from` also takes array-likes (and anything with no `length`, as an
  // empty one): `[...{ length: 1, 0: 'a' }]` throws a TypeError, `Array.from({ length: 1, 0: 'a' }, f)` returns ['a'].
  // Now fixed only on a source known to be iterable; otherwise a suggestion that says so.
  it('[...x].map(f) of a source not known to be iterable is only a suggestion (an array-like would not throw)', () => {
    const source = 'function run(x) { return [...x].map((v) => v); }';
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toMatch(/`Array\.from` also accepts array-likes and other non-iterable values, where `\[\.\.\.x\]` throws a TypeError \(suggestion only/);
    const output = rewrite(source, true).output!;
    expect(output).toBe('function run(x) { return Array.from(x, (v) => v); }');
    // What the suggestion changes: the original throws on each of these, the rewrite returns an array.
    for (const input of [{ length: 1, 0: 'a' }, 5, {}]) {
      const before = outcome(() => compile(source)(input));
      const after = outcome(() => compile(output)(input));
      expect(before.threw).toBe(true);
      expect(after.threw).toBe(false);
    }
  });

  // Was a bug: analysis/intermediate-arrays.ts (interleavingCaveat) looked only for effects in the callback's own
  // syntax, but `Array.from(x, f)` runs `f` while `x` is iterated: when `f` throws (here `v.k` of a null element),
  // the original had already run the generator to its end; the rewrite stops it after the first element (and closes
  // it). The same goes for effects the elements bring in (a `valueOf` or getter read by `v * 2` or `v.k`). Now fixed
  // only when iterating the source runs no code (an array, string, Set, Map) or the callback is inert.
  it('Array.from(gen).map((v) => v.k) is only a suggestion: the callback would run while the generator runs', () => {
    const source = 'function run(x) { return Array.from(x).map((v) => v.k); }';
    const safe = rewrite(source);
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toMatch(/the callback now runs while `x` is iterated: if iterating it runs code \(a generator, a custom iterator, getters\), a callback that throws or shares state with it sees a difference \(suggestion only/);
    const output = rewrite(source, true).output!;
    expect(output).toBe('function run(x) { return Array.from(x, (v) => v.k); }');
    const r: Recipe = { kind: 'generator', values: [null, { k: 1 }] };
    // Original: both throw a TypeError, log [next 0, next 1, finally]; rewrite: log [next 0, finally].
    expect(difference(source, output, r)).toMatch(/^log/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Reported, never rewritten: the callback takes the array `map` passes, or reads `arguments`

describe('fuse-array-chains differential: sites left alone even with --unsafe', () => {
  it.each([
    'function run(x) { return Array.from(x).map((v, i, a) => a.length); }',
    'function run(x) { return [...x].map(function (v) { return arguments.length; }); }',
    'function run(x) { return [...x].map((...args) => args.length); }',
    'function run(x) { return Array.from(x).map((v) => v, null); }',
  ])('%s', (source) => {
    expect(rewrite(source, true).output).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Suggestions (--unsafe): fused chains and forEach rewrites

const dense = fc.array(fc.oneof(fc.integer({ min: -9, max: 9 }), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5)), { maxLength: 12 });
const sparse = fc.sparseArray(fc.oneof(fc.integer({ min: -9, max: 9 }), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY)), { maxLength: 12 });

/** Chains whose fused form keeps results on plain arrays (holes included) when the callbacks have no effects. */
const FUSED: Record<string, string> = {
  'map → filter': 'function run(xs) { return xs.map((v) => v * 2).filter((v) => v > 0 || Object.is(v, -0)); }',
  'map → filter, index and array of map': 'function run(xs) { return xs.map((v, i, a) => v + i + a.length).filter((w, j) => j % 2 === 0); }',
  'filter → map with the index': 'function run(xs) { return xs.filter((v) => v === v).map((v, i) => [v, i]); }',
  'filter → filter': 'function run(xs) { return xs.filter((v) => v !== 0).filter((w) => w < 5); }',
  'map → reduce with the index': 'function run(xs) { return xs.map((v, i) => v * i).reduce((a, b, j) => a + b - j, 0); }',
  'filter → reduce': 'function run(xs) { return xs.filter((v) => v > -3).reduce((a, b) => a + b, -0); }',
  'map → reduce into an array': 'function run(xs) { return xs.map((v) => -v).reduce((a, b) => [...a, b], []); }',
};

describe.each(Object.entries(FUSED))('fuse-array-chains differential: suggestion %s', (_name, source) => {
  const safe = rewrite(source);
  const unsafe = rewrite(source, true);

  it('is only a suggestion: unchanged without --unsafe, rewritten into one reduce with it', () => {
    expect(safe.output).toBeUndefined();
    expect(safe.skipped.join('\n')).toMatch(/suggestion only/);
    expect(unsafe.rewritten).toBeGreaterThan(0);
    expect(unsafe.output).toMatch(/^function run\(xs\) \{ return xs\.reduce\(/);
  });

  it('keeps the result on plain arrays with holes, -0 and NaN (300 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(dense, sparse), (values) => {
        expect(difference(source, unsafe.output!, { kind: 'array', values })).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('fuse-array-chains differential: what the suggestions change (why they are not autofixes)', () => {
  /** An input (made by `make`) on which the original and the --unsafe rewrite differ, and how. */
  function counterexample(source: string, inputs: fc.Arbitrary<Recipe>): string {
    const { output, rewritten: count } = rewrite(source, true);
    expect(count).toBeGreaterThan(0);
    expect(rewrite(source).output).toBeUndefined();
    const found = fc.sample(inputs, { numRuns: 100, seed: 42 }).map((r) => difference(source, output!, r)).find((d) => d !== undefined);
    expect(found).toBeDefined();
    return found!;
  }
  const nonEmpty = dense.filter((xs) => xs.length >= 2).map((values): Recipe => ({ kind: 'array', values }));

  it('fused callbacks with effects run interleaved (f g f g) where the chain ran f f g g', () => {
    expect(counterexample('function run(xs, log) { return xs.map((v) => (log(["map", v]), v)).filter((v) => (log(["filter", v]), true)); }', nonEmpty)).toMatch(/^log\[1\]/);
  });

  it('a typed array: map gives a typed array (values converted), the fused reduce a plain array', () => {
    const typed = fc.array(fc.integer({ min: -200, max: 200 }), { minLength: 1, maxLength: 8 });
    const source = 'function run(xs) { return xs.map((v) => v * 1.5).filter((v) => v !== 1); }';
    const { output } = rewrite(source, true);
    const found = fc.sample(typed, { numRuns: 50, seed: 42 }).map((values) => {
      const a = outcome(() => compile(source)(Int8Array.from(values)));
      const b = outcome(() => compile(output!)(Int8Array.from(values)));
      return differ(b.threw ? b.error : b.value, a.threw ? a.error : a.value, 'result');
    });
    expect(found.every((d) => d !== undefined)).toBe(true);
  });

  it('[...x].forEach → for...of: a callback that adds to a Set now sees its own additions', () => {
    const source = 'function run(x) { let n = 0; [...x].forEach((v) => { n++; if (typeof v === "number" && v < 50) x.add(v + 100); }); return n; }';
    expect(rewrite(source, true).output).toBe('function run(x) { let n = 0; for (const v of x) { n++; if (typeof v === "number" && v < 50) x.add(v + 100); } return n; }');
    expect(counterexample(source, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }).map((values): Recipe => ({ kind: 'set', values })))).toMatch(/result|input after/);
  });

  it('xs.slice().forEach → xs.forEach: a callback that removes from the array now skips elements', () => {
    const source = 'function run(xs) { const seen = []; xs.slice().forEach((v) => { seen.push(v); if (v < 0) xs.shift(); }); return seen; }';
    expect(counterexample(source, nonEmpty)).toMatch(/result/);
  });

  it('with pure callbacks and no holes, the forEach rewrites keep results and side effects on arrays, Sets, Maps, strings', () => {
    for (const source of [
      'function run(x, log) { [...x].forEach((v) => { log(v); }); }',
      'function run(x, log) { const out = []; Array.from(x).slice().forEach((v) => { out.push(v); log(out.length); }); return out; }',
    ]) {
      const { output, rewritten: count } = rewrite(source, true);
      expect(count, source).toBeGreaterThan(0);
      fc.assert(
        fc.property(recipe.filter((r) => r.kind !== 'generator'), (r) => {
          expect(difference(source, output!, r)).toBeUndefined();
        }),
        { ...RUNS, numRuns: 150 },
      );
    }
  });
});
