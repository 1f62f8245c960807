// Differential: the original and the rewritten function run on the same generated inputs (-0, NaN, ±Infinity,
// sparse arrays with holes, duplicates); results and the caller's array afterwards must be identical for every
// autofix. Parameter rebinding is only a suggestion: its rewrite keeps the result but changes the caller's array.
import fc from 'fast-check';

import { inPlacePattern } from '../../analysis/in-place.ts';
import { rewriteSource } from '../../codemods/engine.ts';

const spec = { codemod: 'rewrite-in-place', rule: 'prefer-in-place', pattern: inPlacePattern, options: { minLength: 16 } };
const RUNS = { numRuns: 300, seed: 42 };

type Run = (input: unknown[]) => unknown;

/** Autofixed templates: `run(input)` copies `input` into a fresh local, then rewrites it. */
const AUTOFIXED: Record<string, string> = {
  map: 'function run(input) { let xs = Array.from(input); xs = xs.map((x) => x * 2 + 1); return xs; }',
  'map, block body and index': 'function run(input) { let xs = Array.from(input); xs = xs.map((x, i) => { const y = x - i; return y / 2; }); return xs; }',
  'map, hoisted function expression': 'function run(input) { let xs = Array.from(input); xs = xs.map(function (x) { return -x; }); return xs; }',
  filter: 'function run(input) { let xs = Array.from(input); xs = xs.filter((x) => x > 0 || Object.is(x, -0)); return xs; }',
  'filter(Boolean)': 'function run(input) { let xs = Array.from(input); xs = xs.filter(Boolean); return xs; }',
  'map then filter': 'function run(input) { let xs = [...input]; xs = xs.map((x) => x / 3); xs = xs.filter((x) => x === x); return xs; }',
  'spread append': 'function run(input) { let xs = Array.from(input); xs = [...xs, -0, NaN]; return xs; }',
  'spread append in a loop, holey sources': 'function run(input) { let xs = []; for (const chunk of [input, input.slice(1)]) xs = [...xs, ...chunk]; return xs; }',
  'concat of values in a loop': 'function run(input) { let xs = Array.from(input); for (let k = 0; k < 3; k++) xs = xs.concat([k, -k]); return xs; }',
  toSorted: 'function run(input) { let xs = Array.from(input, Number); xs = xs.toSorted((a, b) => (a > b) - (a < b)); return xs; }',
  'toSorted, default order': 'function run(input) { let xs = Array.from(input); xs = xs.toSorted(); return xs; }',
  toReversed: 'function run(input) { let xs = Array.from(input); xs = xs.toReversed(); return xs; }',
  toSpliced: "function run(input) { let xs = Array.from(input); xs = xs.toSpliced(1, 2, 'a', 'b', 'c'); return xs; }",
  'typed array map': 'function run(input) { let t = Float64Array.from(input, (v) => Number(v)); t = t.map((v) => v * -1); return Array.from(t); }',
};

/** Sites the analysis must NOT autofix: running them in place would change what the caller or an alias sees. */
const NOT_AUTOFIXED: Record<string, string> = {
  'an alias keeps the old array': 'function run(input) { let xs = Array.from(input); const kept = xs; xs = xs.map((x) => x + 1); return [xs, kept]; }',
  'holes that map skips': 'function run(input) { let xs = new Array(input.length); for (let i = 0; i < input.length; i += 2) xs[i] = input[i]; xs = xs.map((x) => x + 1); return xs; }',
  'a callback that reads the array': 'function run(input) { let xs = Array.from(input); xs = xs.map((x, i, all) => x + (all[i - 1] ?? 0)); return xs; }',
  'a parameter': 'function run(xs) { xs = xs.map((x) => x + 1); return xs; }',
};

const value = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined),
);
const inputs = fc.oneof(fc.array(value, { maxLength: 20 }), fc.sparseArray(value, { maxLength: 20 }));

function compile(source: string): Run {
  return new Function(`${source}\nreturn run;`)() as Run;
}

function rewrite(source: string, unsafe = false): string | undefined {
  return rewriteSource(source, 'template.js', spec, { unsafe }).output;
}

/** Same length, same holes, and `Object.is` on every element (so -0 and NaN count). Nested arrays compared alike. */
function same(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return Object.is(a, b);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (i in a !== i in b || !same(a[i], b[i])) return false;
  }
  return true;
}

describe.each(Object.entries(AUTOFIXED))('autofix: %s', (_name, source) => {
  const rewritten = rewrite(source);

  it('is rewritten in place', () => {
    expect(rewritten).toBeDefined();
    expect(rewritten).not.toMatch(/\.(map|filter|toSorted|toReversed|toSpliced|concat)\(|\[\.\.\.xs/);
  });

  it('gives the same result and leaves the caller array as the original does', () => {
    const before = compile(source);
    const after = compile(rewritten!);
    fc.assert(
      fc.property(inputs, (input) => {
        const a = input.slice();
        const b = input.slice();
        const expected = before(a);
        const actual = after(b);
        return same(actual, expected) && same(a, input) && same(b, input);
      }),
      RUNS,
    );
  });
});

describe.each(Object.entries(NOT_AUTOFIXED))('no autofix: %s', (_name, source) => {
  it('is left unchanged without --unsafe', () => {
    expect(rewrite(source)).toBeUndefined();
  });
});

describe('a parameter rewritten with --unsafe', () => {
  const source = NOT_AUTOFIXED['a parameter']!;
  const before = compile(source);
  const after = compile(rewrite(source, true)!);

  it('keeps the result but changes the caller array, which is why it is only a suggestion', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 20 }), (input) => {
        const a = input.slice();
        const b = input.slice();
        const result = after(b);
        return same(result, before(a)) && same(a, input) && !same(b, input) && result === b;
      }),
      RUNS,
    );
  });
});
