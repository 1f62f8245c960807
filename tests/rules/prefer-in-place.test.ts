// prefer-in-place under three parsers: espree (plain JS), @typescript-eslint/parser without types, and with the
// checker (two tsconfigs: with and without `noUncheckedIndexedAccess`). Each invalid case pins the fix kind
// (autofix, suggestion, report only) and the exact rewritten text; the last test re-parses every expected output.

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/prefer-in-place.ts';
import { describeOutputsParse, jsTester, tsTester, typedTester, uncheckedTester } from './testers.ts';

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = ValidTestCase<Options> | string;

const typeAware: Options = [{ typeAware: true }];

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript (espree)
// ---------------------------------------------------------------------------------------------------------------

const jsValid: Valid[] = [
  // A value of unknown kind that gets a string appended is most likely a string (String#concat).
  `let s = read();
while (more()) s = s.concat('x');`,
  // A whole array appended once: the copy peaks no higher than a push loop's growth (measured), so no report.
  `let xs = Array.from(src);
xs = [...xs, ...ys];`,
  `let xs = Array.from(src);
xs = xs.concat(ys);`,
  `let xs = Array.from(src);
xs = [...xs, ...xs];`,
  // Not a rebind of the same name.
  `let xs = Array.from(src);
let ys = xs.map((x) => x * 2);`,
  `let xs = Array.from(src);
xs = ys.map((y) => y * 2);`,
  // Member targets are not bindings the rule can reason about.
  `class A { run() { this.xs = this.xs.map((x) => x * 2); } }`,
  `obj.xs = obj.xs.filter((x) => x > 0);`,
  // Optional calls: the copy may not happen at all.
  `let xs = Array.from(src);
xs = xs?.map((x) => x * 2);`,
  `let xs = Array.from(src);
xs = xs.map?.((x) => x * 2);`,
  // `concat()` with nothing to append and `[...xs]` alone are plain copies, not appends.
  `let xs = Array.from(src);
xs = xs.concat();`,
  `let xs = Array.from(src);
xs = [...xs];`,
  // Prepending, chains and methods outside the table.
  `let xs = Array.from(src);
xs = [a, ...xs];`,
  `let xs = Array.from(src);
xs = xs.map((x) => x * 2).filter(Boolean);`,
  `let xs = Array.from(src);
xs = xs.slice(1);`,
  `let xs = Array.from(src);
xs = xs.flatMap((x) => [x, x]);`,
  `let xs = Array.from(src);
xs ||= xs.map((x) => x * 2);`,
  // `const` cannot be rebound (the original throws; nothing to rewrite).
  `const xs = Array.from(src);
xs = xs.map((x) => x * 2);`,
  // A literal under `minLength` (16) that never grows.
  `let xs = [1, 2, 3];
xs = xs.map((x) => x * 2);`,
  `let xs = [1, 2, 3];
xs = [...xs, 4];`,
  // Not arrays: a class instance with its own `map`, a string, a Set (spread turns it into an array).
  `class Box { map() { return this; } }
let xs = new Box();
xs = xs.map((x) => x * 2);`,
  `let s = 'abc';
s = s.concat('d');`,
  `let xs = new Set(src);
xs = [...xs, v];`,
  // Typed arrays have no `push`, `concat` or `toSpliced`: the copy is not an array of the same kind.
  `let xs = new Float64Array(1024);
xs = [...xs, 1];`,
];

const jsInvalid: Invalid[] = [
  // --- map -----------------------------------------------------------------------------------------------------
  {
    code: `let xs = Array.from(src);
xs = xs.map((x) => x * 2);`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', data: { name: 'xs', expression: 'xs = xs.map(...)' }, line: 2, column: 1, endLine: 2, endColumn: 26 }],
  },
  {
    // Block body: the statements before the single final `return` move into the loop, re-indented.
    code: `let xs = Array.from(src);
xs = xs.map((x) => {
  const y = x + 1;
  return y * 2;
});`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  const y = x + 1;
  xs[i] = y * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 5, endColumn: 3 }],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.map(({ a, b }) => a + b);`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const { a, b } = xs[i];
  xs[i] = a + b;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 33 }],
  },
  {
    // The callback reassigns its parameter: the loop declares it with `let`.
    code: `let xs = Array.from(src);
xs = xs.map((x) => {
  x += 1;
  return x;
});`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  let x = xs[i];
  x += 1;
  xs[i] = x;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 5, endColumn: 3 }],
  },
  {
    // The index parameter becomes the loop variable.
    code: `let xs = Array.from(src);
xs = xs.map((x, i) => x * i);`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * i;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 29 }],
  },
  {
    // The callback reassigns its index parameter: a fresh loop variable, and the parameter copied with `let`.
    code: `let xs = Array.from(src);
xs = xs.map((x, i) => {
  i++;
  return x * i;
});`,
    output: `let xs = Array.from(src);
for (let j = 0; j < xs.length; j++) {
  const x = xs[j];
  let i = j;
  i++;
  xs[j] = x * i;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 5, endColumn: 3 }],
  },
  {
    // A `function` expression cannot be pasted into a loop (`this`, `arguments`): it is hoisted and called with
    // the arguments it declares (it cannot read `arguments`, or there would be no fix), so TS checks the arity.
    code: `let xs = Array.from(src);
xs = xs.map(function (x) { return x * 2; });`,
    output: `let xs = Array.from(src);
const mapFn = function (x) { return x * 2; };
for (let i = 0; i < xs.length; i++) xs[i] = mapFn(xs[i]);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 44 }],
  },
  {
    // A pure global built-in is called with the element only.
    code: `let xs = Array.from(src);
xs = xs.map(Number);`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) xs[i] = Number(xs[i]);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 20 }],
  },
  {
    // Typed arrays: `map` keeps the element type either way, and `new Float64Array(1024)` is fresh.
    code: `let xs = new Float64Array(1024);
xs = xs.map((x) => x * 2);`,
    output: `let xs = new Float64Array(1024);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 26 }],
  },

  // --- filter --------------------------------------------------------------------------------------------------
  {
    code: `let xs = Array.from(src);
xs = xs.filter((x) => x > 0);`,
    output: `let xs = Array.from(src);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  if (x > 0) xs[w++] = x;
}
xs.length = w;`,
    errors: [{ messageId: 'copyRebind', data: { name: 'xs', expression: 'xs = xs.filter(...)' }, line: 2, column: 1, endLine: 2, endColumn: 29 }],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.filter(Boolean);`,
    output: `let xs = Array.from(src);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const item = xs[i];
  if (Boolean(item)) xs[w++] = item;
}
xs.length = w;`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 24 }],
  },
  {
    // A destructured parameter: the element keeps a name of its own so it can be stored.
    code: `let xs = Array.from(src);
xs = xs.filter(({ ok }) => ok);`,
    output: `let xs = Array.from(src);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const item = xs[i];
  const { ok } = item;
  if (ok) xs[w++] = item;
}
xs.length = w;`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 31 }],
  },
  {
    // A typed array cannot shrink: only a suggestion, which narrows the view with `subarray`.
    code: `let xs = new Float64Array(1024);
xs = xs.filter((x) => x > 0);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            data: { rewrite: 'a compaction loop', caveat: ' (a typed array cannot shrink: the rewrite keeps the whole buffer behind a `subarray` view)' },
            output: `let xs = new Float64Array(1024);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  if (x > 0) xs[w++] = x;
}
xs = xs.subarray(0, w);`,
          },
        ],
      },
    ],
  },

  // --- spread append -------------------------------------------------------------------------------------------
  {
    code: `let xs = Array.from(src);
xs = [...xs, a, b];`,
    output: `let xs = Array.from(src);
xs.push(a, b);`,
    errors: [{ messageId: 'copyRebind', data: { name: 'xs', expression: 'xs = [...xs, ...]' }, line: 2, column: 1, endLine: 2, endColumn: 19 }],
  },
  {
    // A loop, never `push(...ys)`, which overflows the stack for large arrays. Appending whole arrays is reported
    // in loops only: once, the copy peaks no higher than a push loop's growth (bench/in-place-memory.js).
    code: `let xs = Array.from(src);
for (const ys of batches) xs = [...xs, ...ys];`,
    output: `let xs = Array.from(src);
for (const ys of batches) for (const item of ys) xs.push(item);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 27, endLine: 2, endColumn: 46 }],
  },
  {
    // Values, spreads and a spread literal, in order; the literal's elements join the plain values.
    code: `let xs = Array.from(src);
for (const ys of batches) xs = [...xs, a, ...ys, b, ...[c, d]];`,
    output: `let xs = Array.from(src);
for (const ys of batches) {
  xs.push(a);
  for (const item of ys) xs.push(item);
  xs.push(b, c, d);
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 27, endLine: 2, endColumn: 63 }],
  },
  {
    // A short literal grown on every turn of a loop is reported after all.
    code: `let xs = [1, 2];
for (const v of vs) xs = [...xs, v];`,
    output: `let xs = [1, 2];
for (const v of vs) xs.push(v);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 21, endLine: 2, endColumn: 36 }],
  },

  // --- concat --------------------------------------------------------------------------------------------------
  {
    code: `let xs = Array.from(src);
xs = xs.concat([a, b]);`,
    output: `let xs = Array.from(src);
xs.push(a, b);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 23 }],
  },
  {
    // Literals that are not arrays are appended whole.
    code: `let xs = Array.from(src);
xs = xs.concat(5, 'x');`,
    output: `let xs = Array.from(src);
xs.push(5, 'x');`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 23 }],
  },
  {
    // `ys` may be an array (spread) or a value (appended whole): only a suggestion.
    code: `let xs = Array.from(src);
for (const ys of batches) xs = xs.concat(ys);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 27,
        endLine: 2,
        endColumn: 45,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
for (const ys of batches) for (const item of ys) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `let xs = Array.from(src);
while (more()) {
  xs = xs.concat(5, [a], ys);
}`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
while (more()) {
  xs.push(5, a);
  for (const item of ys) xs.push(item);
}`,
          },
        ],
      },
    ],
  },

  // --- toSorted, toReversed, toSpliced, with -------------------------------------------------------------------
  {
    code: `let xs = Array.from(src);
xs = xs.toSorted((a, b) => a - b);`,
    output: `let xs = Array.from(src);
xs.sort((a, b) => a - b);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 34 }],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.toSorted();`,
    output: `let xs = Array.from(src);
xs.sort();`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 19 }],
  },
  {
    code: `let xs = new Float64Array(1024);
xs = xs.toSorted();`,
    output: `let xs = new Float64Array(1024);
xs.sort();`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 19 }],
  },
  {
    // A named comparator may read the array mid-sort.
    code: `let xs = Array.from(src);
xs = xs.toSorted(byName);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 25,
        suggestions: [{ messageId: 'rewriteInPlace', output: `let xs = Array.from(src);
xs.sort(byName);` }],
      },
    ],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.toReversed();`,
    output: `let xs = Array.from(src);
xs.reverse();`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 21 }],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.toSpliced(1, 2, a, b);`,
    output: `let xs = Array.from(src);
xs.splice(1, 2, a, b);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 30 }],
  },
  {
    // `with` throws out of range: suggestion only. An index of unknown sign goes through `splice`, which counts a
    // negative index from the end as `with` does (`xs[-1] = v` would add a property named "-1").
    code: `let xs = Array.from(src);
xs = xs.with(i, v);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            data: {
              rewrite: '`splice`',
              caveat: ' (`with` throws on an index out of range; the in-place form does not)',
            },
            output: `let xs = Array.from(src);
xs.splice(i, 1, v);`,
          },
        ],
      },
    ],
  },

  // --- who else holds the array ---------------------------------------------------------------------------------
  {
    code: `function f(xs) {
  xs = xs.map((x) => x * 2);
  return xs;
}`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            data: { rewrite: 'an index loop', caveat: " (`xs` is a parameter: rewriting it in place changes the caller's array)" },
            output: `function f(xs) {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    xs[i] = x * 2;
  }
  return xs;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `let xs = Array.from(src);
const ys = xs;
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
const ys = xs;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `let xs = Array.from(src);
use(xs);
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
use(xs);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `let xs = Array.from(src);
const o = { xs };
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
const o = { xs };
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    // A closure that reads elements may run later and see them rewritten.
    code: `let xs = Array.from(src);
const first = () => xs[0];
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
const first = () => xs[0];
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    // `saved.push(xs)` after the site runs before it on the next turn of the loop.
    code: `let xs = Array.from(src);
const saved = [];
for (let k = 0; k < 3; k++) {
  xs = xs.map((x) => x * 2);
  saved.push(xs);
}`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
const saved = [];
for (let k = 0; k < 3; k++) {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    xs[i] = x * 2;
  }
  saved.push(xs);
}`,
          },
        ],
      },
    ],
  },
  {
    // Returning after the site, even inside the loop, ends the function: nothing sees the old array.
    code: `function f(src) {
  let xs = Array.from(src);
  for (let k = 0; k < 3; k++) {
    xs = xs.map((x) => x * 2);
    if (k === 2) return xs;
  }
  return xs;
}`,
    output: `function f(src) {
  let xs = Array.from(src);
  for (let k = 0; k < 3; k++) {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      xs[i] = x * 2;
    }
    if (k === 2) return xs;
  }
  return xs;
}`,
    errors: [{ messageId: 'copyRebind', line: 4, column: 5, endLine: 4, endColumn: 30 }],
  },
  {
    code: `export let xs = Array.from(src);
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `export let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    // Regression guard: `[xs] = [a]` makes `xs` another name for the caller's array, but the write is read as a fresh
    // array literal, so the caller's array is rewritten by an autofix.
    name: 'alias through array destructuring `[xs] = [a]`',
    code: `function f(a) {
  let xs = Array.from(a);
  [xs] = [a];
  xs = xs.map((x) => x * 2);
  return xs;
}`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `function f(a) {
  let xs = Array.from(a);
  [xs] = [a];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    xs[i] = x * 2;
  }
  return xs;
}`,
          },
        ],
      },
    ],
  },
  {
    // Regression guard: `sort` returns its receiver, so `sorted` is a second name for the array; the autofix changes
    // what `sorted` holds.
    name: 'alias through `const sorted = xs.sort()`',
    code: `let xs = Array.from(src);
const sorted = xs.sort();
xs = xs.map((x) => x * 2);
use(sorted);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
const sorted = xs.sort();
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}
use(sorted);`,
          },
        ],
      },
    ],
  },
  {
    // Regression guard: an array iterator holds its array and reads it lazily; after the autofix `it` yields the
    // doubled values instead of the old ones.
    name: 'iterator `xs.values()` taken before the site',
    code: `let xs = Array.from(src);
const it = xs.values();
xs = xs.map((x) => x * 2);
use(it);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
const it = xs.values();
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}
use(it);`,
          },
        ],
      },
    ],
  },
  {
    // Regression guard: `subarray` is a view of the same buffer; the autofix rewrites what `view` sees.
    name: 'typed-array view `xs.subarray(0, 4)` taken before the site',
    code: `let xs = new Float64Array(1024);
const view = xs.subarray(0, 4);
xs = xs.map((x) => x * 2);
use(view);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = new Float64Array(1024);
const view = xs.subarray(0, 4);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}
use(view);`,
          },
        ],
      },
    ],
  },
  {
    // Regression guard: a tag function receives the substitution values themselves and may keep `xs`; a tagged
    // template is treated like a plain template literal.
    name: 'tagged template receives `xs`',
    code: `let xs = Array.from(src);
keep\`\${xs}\`;
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
keep\`\${xs}\`;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    // A deliberate assumption (see the rule doc's Limitations): without types, `.split(...)` is taken to be
    // String#split, which always returns a new array. With `typeAware`, the receiver's type decides.
    name: '`split()` is taken as String#split: a fresh array',
    code: `let xs = cache.split();
xs = xs.map((x) => x.trim());`,
    output: `let xs = cache.split();
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x.trim();
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 29 }],
  },

  // --- the callback ---------------------------------------------------------------------------------------------
  {
    // The third parameter is the array, which the loop would be rewriting under it.
    code: `let xs = Array.from(src);
xs = xs.map((x, i, arr) => x + arr[0]);`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 39, suggestions: [] }],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.filter((x, i, all) => all.indexOf(x) === i);`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 52, suggestions: [] }],
  },
  {
    // Reading the previous element by name sees it already rewritten.
    code: `let xs = Array.from(src);
xs = xs.map((x, i) => x - (xs[i - 1] ?? 0));`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 44, suggestions: [] }],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.toSorted((a, b) => a - xs[0]);`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 38, suggestions: [] }],
  },
  {
    // `xs.length` does not change while the loop runs.
    code: `let xs = Array.from(src);
xs = xs.map((x) => x / xs.length);`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x / xs.length;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 34 }],
  },
  {
    // A callback passed by name may read `xs`: suggestion, calling it as `map` would.
    code: `let xs = Array.from(src);
xs = xs.map(double);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            data: { rewrite: 'an index loop', caveat: ' (the callback is not an inline function, so it may read `xs` while it is rewritten)' },
            output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) xs[i] = double(xs[i], i, xs);`,
          },
        ],
      },
    ],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.map((x) => x * this.k, ctx);`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 36, suggestions: [] }],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.map(function (x) { return x * arguments.length; });`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 59, suggestions: [] }],
  },
  {
    // Regression guard: the inlined body re-declares the enclosing loop's label `outer`, so the autofixed output does
    // not parse ("Label 'outer' is already declared"). A callback whose labels collide with enclosing ones is not
    // inlinable: it is hoisted and called instead.
    name: 'inlined callback label collides with an enclosing label',
    code: `let xs = Array.from(src);
outer: for (const k of ks) {
  xs = xs.map((x) => {
    outer: for (;;) break outer;
    return x + k;
  });
}`,
    output: `let xs = Array.from(src);
outer: for (const k of ks) {
  const mapFn = (x) => {
    outer: for (;;) break outer;
    return x + k;
  };
  for (let i = 0; i < xs.length; i++) xs[i] = mapFn(xs[i]);
}`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 3, endLine: 6, endColumn: 5 }],
  },
  {
    // A throwing callback leaves the array half rewritten, and the `try` can observe it.
    code: `let xs = Array.from(src);
try {
  xs = xs.map((x) => x * 2);
} catch {}`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
try {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    xs[i] = x * 2;
  }
} catch {}`,
          },
        ],
      },
    ],
  },
  {
    // Regression guard: iterating `ys` may throw after `a` is already pushed; the copy leaves `xs` untouched, and the
    // enclosing `try` observes the difference (as it does for a throwing callback, which only gets a suggestion).
    name: 'multi-statement spread append inside `try`',
    code: `let xs = Array.from(src);
for (const ys of batches) {
  try {
    xs = [...xs, a, ...ys];
  } catch {}
}
use(xs);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 27,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
for (const ys of batches) {
  try {
    xs.push(a);
    for (const item of ys) xs.push(item);
  } catch {}
}
use(xs);`,
          },
        ],
      },
    ],
  },

  // --- holes ----------------------------------------------------------------------------------------------------
  {
    code: `let xs = new Array(n);
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = new Array(n);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `let xs = [1, , 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
xs = xs.filter((x) => x > 0);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = [1, , 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  if (x > 0) xs[w++] = x;
}
xs.length = w;`,
          },
        ],
      },
    ],
  },
  {
    code: `let xs = Array.from(src);
xs[k] = 5;
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
xs[k] = 5;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `let xs = Array.from(src);
xs.length = n;
xs = xs.toReversed();`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = Array.from(src);
xs.length = n;
xs.reverse();`,
          },
        ],
      },
    ],
  },
  {
    // `fill(v)` with no range fills every slot.
    code: `let xs = new Array(n).fill(0);
xs = xs.map((x) => x * 2);`,
    output: `let xs = new Array(n).fill(0);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 26 }],
  },
  {
    // Regression guard: `concat` keeps the hole of `[a, , b]`, the loop pushes `undefined` into it (`1 in xs`,
    // `forEach` and `Object.keys` see the difference). A hole in the appended literal should be report-only, as
    // it already is for `[...xs, a, , b]`.
    name: '`concat` of a holey array literal',
    code: `let xs = Array.from(src);
xs = xs.concat([a, , b]);`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 25, suggestions: [] }],
  },
  {
    code: `let xs = Array.from(src);
xs = [...xs, a, , b];`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 21, suggestions: [] }],
  },

  // --- where the assignment sits --------------------------------------------------------------------------------
  {
    code: `let xs = Array.from(src);
foo(xs = xs.map((x) => x * 2));`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 5, endLine: 2, endColumn: 30, suggestions: [] }],
  },
  {
    // Doubling itself in a loop: a `for...of` over `xs` pushing into `xs` would never end. Report only.
    code: `let xs = Array.from(src);
while (xs.length < n) xs = [...xs, ...xs];`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 23, endLine: 2, endColumn: 42, suggestions: [] }],
  },
  {
    // `nums` comes from `lines.map(...)`; `lines` is rebound only by a filter of itself, which leaves no holes, so
    // both sites are fixed in the first pass (an editor offers both fixes at once).
    code: `let lines = text.split('\\n');
lines = lines.filter((line) => line !== '');
let nums = lines.map(Number);
nums = nums.filter((n) => n > 0);`,
    output: `let lines = text.split('\\n');
let w = 0;
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (line !== '') lines[w++] = line;
}
lines.length = w;
let nums = lines.map(Number);
let w1 = 0;
for (let i = 0; i < nums.length; i++) {
  const n = nums[i];
  if (n > 0) nums[w1++] = n;
}
nums.length = w1;`,
    errors: [
      { messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 44 },
      { messageId: 'copyRebind', line: 4, column: 1, endLine: 4, endColumn: 33 },
    ],
  },
  {
    // Both fixes apply in one pass: the second filter of the list counts with `w1`, so the two `let` never collide.
    code: `let xs = Array.from(src);
xs = xs.filter((x) => x > 0);
xs = xs.filter((x) => x < 10);`,
    output: `let xs = Array.from(src);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  if (x > 0) xs[w++] = x;
}
xs.length = w;
let w1 = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  if (x < 10) xs[w1++] = x;
}
xs.length = w1;`,
    errors: [
      { messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 29 },
      { messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 30 },
    ],
  },
  {
    // Two maps need no blocks: each loop scopes its own names.
    code: `let xs = Array.from(src);
xs = xs.map((x) => x * 2);
xs = xs.map((x) => x + 1);`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x + 1;
}`,
    errors: [
      { messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 26 },
      { messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 26 },
    ],
  },
  {
    // Regression guard: `case` clauses share one scope, so the two fixes each declare `let w` in the same switch block
    // and the output does not parse ("Identifier 'w' has already been declared"). Each rewrite needs its own block.
    name: 'two filters in different `case` clauses',
    code: `let xs = Array.from(src);
switch (k) {
  case 1:
    xs = xs.filter((x) => x > 0);
    break;
  case 2:
    xs = xs.filter((x) => x < 0);
    break;
}`,
    output: `let xs = Array.from(src);
switch (k) {
  case 1:
    {
      let w = 0;
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        if (x > 0) xs[w++] = x;
      }
      xs.length = w;
    }
    break;
  case 2:
    {
      let w = 0;
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        if (x < 0) xs[w++] = x;
      }
      xs.length = w;
    }
    break;
}`,
    errors: [
      { messageId: 'copyRebind', line: 4, column: 5, endLine: 4, endColumn: 33 },
      { messageId: 'copyRebind', line: 7, column: 5, endLine: 7, endColumn: 33 },
    ],
  },
  {
    // Outer `i` and `w` are read by the callback: the fix picks other names.
    code: `let xs = Array.from(src);
let i = 3, w = 4;
xs = xs.filter((x) => x > i + w);`,
    output: `let xs = Array.from(src);
let i = 3, w = 4;
let kept = 0;
for (let j = 0; j < xs.length; j++) {
  const x = xs[j];
  if (x > i + w) xs[kept++] = x;
}
xs.length = kept;`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 33 }],
  },
  {
    // A name the callback body declares is not taken for the loop variable either.
    code: `let xs = Array.from(src);
xs = xs.map((x) => { const i = 2; return x * i; });`,
    output: `let xs = Array.from(src);
for (let j = 0; j < xs.length; j++) {
  const x = xs[j];
  const i = 2;
  xs[j] = x * i;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 51 }],
  },
  {
    // Nor a name declared later in the same block (a second `w` would be a redeclaration).
    code: `let xs = Array.from(src);
xs = xs.filter((x) => x > 0);
const w = 1;`,
    output: `let xs = Array.from(src);
let kept = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  if (x > 0) xs[kept++] = x;
}
xs.length = kept;
const w = 1;`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 29 }],
  },
  {
    // A multi-line template literal in a moved block body keeps its lines as they are.
    code: `let xs = Array.from(src);
xs = xs.map((x) => {
  const s = \`a
  b\`;
  return s + x;
});`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  const s = \`a
  b\`;
  xs[i] = s + x;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 6, endColumn: 3 }],
  },
  {
    code: `let xs = Array.from(src);
if (c) xs = xs.filter((x) => x > 0);`,
    output: `let xs = Array.from(src);
if (c) {
  let w = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x > 0) xs[w++] = x;
  }
  xs.length = w;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 8, endLine: 2, endColumn: 36 }],
  },
  {
    // A hoisted callback and its loop are two statements: wrapped where one statement is expected.
    code: `let xs = Array.from(src);
for (const k of ks) xs = xs.map(function (x) { return x + k; });`,
    output: `let xs = Array.from(src);
for (const k of ks) {
  const mapFn = function (x) { return x + k; };
  for (let i = 0; i < xs.length; i++) xs[i] = mapFn(xs[i]);
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 21, endLine: 2, endColumn: 64 }],
  },
  {
    // Regression guard: wrapping the rewrite in a block re-indents every line, including the second line of the
    // template literal, which changes the string compared against (`a\n  b` instead of `a\nb`).
    name: 'multi-line template literal in a wrapped rewrite',
    code: `let xs = Array.from(src);
if (c) xs = xs.filter((x) => x !== \`a
b\`);`,
    output: `let xs = Array.from(src);
if (c) {
  let w = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x !== \`a
b\`) xs[w++] = x;
  }
  xs.length = w;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 8, endLine: 3, endColumn: 4 }],
  },
  {
    // Regression guard: `toReversed` ignores its arguments but still evaluates them; the fix drops `log()` and its
    // side effect. Keeping the arguments (as `toSorted` and `toSpliced` do) is equivalent.
    name: '`toReversed(log())` drops the argument',
    code: `let xs = Array.from(src);
xs = xs.toReversed(log());`,
    output: `let xs = Array.from(src);
xs.reverse(log());`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 26 }],
  },
  {
    // A negative literal index must not become `xs[-1] = v` (a property named "-1"): `splice` counts from the end.
    name: '`with(-1, v)` suggests `splice`, never `xs[-1] = v`',
    code: `let xs = Array.from(src);
xs = xs.with(-1, v);`,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 20,
        suggestions: [{ messageId: 'rewriteInPlace', output: `let xs = Array.from(src);
xs.splice(-1, 1, v);` }],
      },
    ],
  },

  // --- layout: tabs, CRLF, comments -----------------------------------------------------------------------------
  {
    code: 'function f(src) {\n\tlet xs = Array.from(src);\n\txs = xs.map((x) => {\n\t\tconst y = x + 1;\n\t\treturn y * 2;\n\t});\n\treturn xs;\n}\n',
    output: 'function f(src) {\n\tlet xs = Array.from(src);\n\tfor (let i = 0; i < xs.length; i++) {\n\t\tconst x = xs[i];\n\t\tconst y = x + 1;\n\t\txs[i] = y * 2;\n\t}\n\treturn xs;\n}\n',
    errors: [{ messageId: 'copyRebind', line: 3, column: 2, endLine: 6, endColumn: 4 }],
  },
  {
    code: 'function f(src) {\r\n  let xs = Array.from(src);\r\n  xs = /* keep */ xs.filter((x) => x > 0);\r\n  return xs;\r\n}\r\n',
    output:
      'function f(src) {\r\n  let xs = Array.from(src);\r\n  /* keep */\r\n  let w = 0;\r\n  for (let i = 0; i < xs.length; i++) {\r\n    const x = xs[i];\r\n    if (x > 0) xs[w++] = x;\r\n  }\r\n  xs.length = w;\r\n  return xs;\r\n}\r\n',
    errors: [{ messageId: 'copyRebind', line: 3, column: 3, endLine: 3, endColumn: 42 }],
  },
  {
    code: 'function f(src) {\r\n\tlet xs = Array.from(src);\r\n\twhile (c) xs = [...xs, a, ...ys];\r\n\treturn xs;\r\n}\r\n',
    output: 'function f(src) {\r\n\tlet xs = Array.from(src);\r\n\twhile (c) {\r\n\t\txs.push(a);\r\n\t\tfor (const item of ys) xs.push(item);\r\n\t}\r\n\treturn xs;\r\n}\r\n',
    errors: [{ messageId: 'copyRebind', line: 3, column: 12, endLine: 3, endColumn: 34 }],
  },
  {
    // Comments inside the callback body stay with the moved code; the one after the `return` moves before the loop.
    code: `function f(src) {
  let xs = Array.from(src);
  xs = xs.map((x) => {
    // double it
    return x * 2; // here
  });
  return xs;
}`,
    output: `function f(src) {
  let xs = Array.from(src);
  // here
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    // double it
    xs[i] = x * 2;
  }
  return xs;
}`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 3, endLine: 6, endColumn: 5 }],
  },
  {
    // Comments elsewhere in the statement are kept on their own lines before it; a trailing one stays put.
    code: `let xs = Array.from(src);
xs = /* before */ xs.map(
  // why
  (x) => x * 2,
); // trailing`,
    output: `let xs = Array.from(src);
/* before */
// why
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
} // trailing`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 5, endColumn: 2 }],
  },

  // --- options --------------------------------------------------------------------------------------------------
  {
    code: `let xs = [1, 2, 3];
xs = xs.map((x) => x * 2);`,
    options: [{ minLength: 2 }],
    output: `let xs = [1, 2, 3];
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 26 }],
  },
  {
    // A short literal that is pushed to somewhere is not small any more.
    code: `let xs = [1, 2];
xs.push(3);
xs = xs.map((x) => x * 2);`,
    output: `let xs = [1, 2];
xs.push(3);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 26 }],
  },
];

jsTester.run('prefer-in-place (espree)', rule, { valid: jsValid, invalid: jsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript without type information
// ---------------------------------------------------------------------------------------------------------------

const tsValid: Valid[] = [
  // Annotations say enough: not an array, a tuple, an object type.
  `let s: string = read();
s = s.concat('!');`,
  `let t: [number, number] = pair();
t = t.map((x) => x * 2);`,
  `let o: { map(f: (x: number) => number): unknown } = make();
o = o.map((x) => x * 2);`,
  `let xs: number[] = Array.from(src);
xs = xs!?.map((x) => x * 2);`,
];

const tsInvalid: Invalid[] = [
  {
    // Without type information an index read may be `T | undefined`: the fix always writes `!`.
    code: `let xs = Array.from(src);
xs = xs.map((x) => x * 2);`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i]!;
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 26 }],
  },
  {
    code: `let xs = Array.from(src);
xs = xs.filter((x) => x > 0);`,
    output: `let xs = Array.from(src);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i]!;
  if (x > 0) xs[w++] = x;
}
xs.length = w;`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 29 }],
  },
  {
    // A parameter's annotation moves onto the loop's declaration.
    code: `let xs = Array.from(src);
xs = xs.map((x: number) => x * 2);`,
    output: `let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x: number = xs[i]!;
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 34 }],
  },
  {
    // A type predicate filter: the predicate's body is the condition.
    code: `let xs = Array.from(src);
xs = xs.filter((x): x is number => typeof x === 'number');`,
    output: `let xs = Array.from(src);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i]!;
  if (typeof x === 'number') xs[w++] = x;
}
xs.length = w;`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 58 }],
  },
  {
    // A type assertion around the copy does not hide it.
    code: `let xs: number[] = Array.from(src);
xs = xs.toSorted() as number[];`,
    output: `let xs: number[] = Array.from(src);
xs.sort();`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 31 }],
  },
  {
    code: `let xs: number[] = Array.from(src);
for (const ys of batches) xs = [...xs, ...ys];`,
    output: `let xs: number[] = Array.from(src);
for (const ys of batches) for (const item of ys) xs.push(item);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 27, endLine: 2, endColumn: 46 }],
  },
  {
    // A hoisted copy of an unannotated callback would not type-check (implicit `any`): report only.
    code: `let xs = Array.from(src);
xs = xs.map(function (x) { return x * 2; });`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 44, suggestions: [] }],
  },
  {
    // Regression guard: the hoisted function declares one parameter, so `mapFn(xs[i]!, i, xs)` is TS2554 ("Expected
    // 1 arguments, but got 3") and the autofixed file no longer compiles. Pass only the parameters it declares.
    name: 'hoisted typed callback called with three arguments',
    code: `let xs: number[] = Array.from(src);
xs = xs.map(function (x: number) { return x * 2; });`,
    output: `let xs: number[] = Array.from(src);
const mapFn = function (x: number) { return x * 2; };
for (let i = 0; i < xs.length; i++) xs[i] = mapFn(xs[i]!);`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 52 }],
  },
  {
    // `readonly` arrays have no index signature to write through: an in-place rewrite would not type-check.
    code: `let xs: readonly number[] = Array.from(src);
xs = xs.map((x) => x * 2);`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 26, suggestions: [] }],
  },
  {
    code: `let xs: ReadonlyArray<number> = Array.from(src);
xs = [...xs, 1];`,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 16, suggestions: [] }],
  },
  {
    // Syntactically valid, type-invalid code: reported and fixed without crashing.
    code: `let xs: number[] = Array.from(src);
xs = xs.map((x) => x.nope.nope);`,
    output: `let xs: number[] = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i]!;
  xs[i] = x.nope.nope;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 32 }],
  },
];

tsTester.run('prefer-in-place (typescript, untyped)', rule, { valid: tsValid, invalid: tsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript with the checker (`typeAware: true`)
// ---------------------------------------------------------------------------------------------------------------

const typedValid: Valid[] = [
  // Not arrays, whatever the syntax suggests: a class and an interface with their own `map`, a string.
  {
    code: `class Box { map(f: (x: number) => number): Box { return this; } }
let xs = new Box();
xs = xs.map((x) => x * 2);`,
    options: typeAware,
  },
  {
    // Untyped, `make()` could be an array and this is reported; the checker knows it is not.
    code: `interface Box { map(f: (x: number) => number): Box }
declare function make(): Box;
let xs = make();
xs = xs.map((x) => x * 2);`,
    options: typeAware,
  },
  {
    code: `let s = String(Date.now());
s = s.concat('!');`,
    options: typeAware,
  },
  // A tuple's length is part of its type.
  {
    code: `declare function pair(): [number, number];
let t = pair();
t = t.map((x) => x * 2);`,
    options: typeAware,
  },
  {
    // Type-invalid code (`number` has no `map`) is not reported and does not crash.
    code: `let xs: number = 5;
xs = xs.map((x) => x);`,
    options: typeAware,
  },
  {
    code: `declare const n: number;
let xs = new Float64Array(n);
xs = [...xs, 1];`,
    options: typeAware,
  },
];

const typedInvalid: Invalid[] = [
  {
    // Without `noUncheckedIndexedAccess` an index read is `number`: no `!`.
    code: `declare const src: number[];
let xs = Array.from(src);
xs = xs.map((x) => x * 2);`,
    options: typeAware,
    output: `declare const src: number[];
let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 26 }],
  },
  {
    code: `declare const src: number[];
let xs = Array.from(src);
xs = xs.filter((x) => x > 0);`,
    options: typeAware,
    output: `declare const src: number[];
let xs = Array.from(src);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  if (x > 0) xs[w++] = x;
}
xs.length = w;`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 29 }],
  },
  {
    // The checker knows `n` is a number, so `new Float64Array(n)` is fresh, not a view of a buffer.
    code: `declare const n: number;
let xs = new Float64Array(n);
xs = xs.map((x) => x * 2);`,
    options: typeAware,
    output: `declare const n: number;
let xs = new Float64Array(n);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 26 }],
  },
  {
    code: `declare const n: number;
let xs = new Float64Array(n);
xs = xs.filter((x) => x > 0);`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `declare const n: number;
let xs = new Float64Array(n);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  if (x > 0) xs[w++] = x;
}
xs = xs.subarray(0, w);`,
          },
        ],
      },
    ],
  },
  {
    // Known to be an array, but returned by a function that may keep it.
    code: `declare function load(): number[];
let xs = load();
xs = xs.map((x) => x * 2);`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `declare function load(): number[];
let xs = load();
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    // A `readonly` type, with no annotation on the variable itself.
    code: `declare function make(): readonly number[];
let xs = make();
xs = xs.map((x) => x * 2);`,
    options: typeAware,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 26, suggestions: [] }],
  },
  {
    code: `declare const src: number[];
let xs: ReadonlyArray<number> = Array.from(src);
xs = xs.toSorted();`,
    options: typeAware,
    output: null,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 19, suggestions: [] }],
  },
  {
    // An unresolved name is `any`: the untyped analysis applies (unknown origin: suggestion), and nothing crashes.
    code: `let xs = notDeclared;
xs = xs.map((x) => x * 2);`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'copyRebind',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 26,
        suggestions: [
          {
            messageId: 'rewriteInPlace',
            output: `let xs = notDeclared;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  xs[i] = x * 2;
}`,
          },
        ],
      },
    ],
  },
  {
    // Type-invalid callback (`string` parameter for `number` elements): fixed as written, no crash.
    code: `let xs: number[] = Array.from([1, 2]);
xs = xs.map((x: string) => x.length);`,
    options: typeAware,
    output: `let xs: number[] = Array.from([1, 2]);
for (let i = 0; i < xs.length; i++) {
  const x: string = xs[i];
  xs[i] = x.length;
}`,
    errors: [{ messageId: 'copyRebind', line: 2, column: 1, endLine: 2, endColumn: 37 }],
  },
];

typedTester.run('prefer-in-place (typescript, typed)', rule, { valid: typedValid, invalid: typedInvalid });

const uncheckedInvalid: Invalid[] = [
  {
    code: `declare const src: number[];
let xs = Array.from(src);
xs = xs.map((x) => x * 2);`,
    options: typeAware,
    output: `declare const src: number[];
let xs = Array.from(src);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i]!;
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 26 }],
  },
  {
    code: `declare const src: number[];
let xs = Array.from(src);
xs = xs.filter((x) => x > 0);`,
    options: typeAware,
    output: `declare const src: number[];
let xs = Array.from(src);
let w = 0;
for (let i = 0; i < xs.length; i++) {
  const x = xs[i]!;
  if (x > 0) xs[w++] = x;
}
xs.length = w;`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 29 }],
  },
  {
    code: `declare const n: number;
let xs = new Float64Array(n);
xs = xs.map((x) => x * 2);`,
    options: typeAware,
    output: `declare const n: number;
let xs = new Float64Array(n);
for (let i = 0; i < xs.length; i++) {
  const x = xs[i]!;
  xs[i] = x * 2;
}`,
    errors: [{ messageId: 'copyRebind', line: 3, column: 1, endLine: 3, endColumn: 26 }],
  },
];

uncheckedTester.run('prefer-in-place (typescript, typed, noUncheckedIndexedAccess)', rule, { valid: [], invalid: uncheckedInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Every expected output parses (so no case above pins output that is not a program)
// ---------------------------------------------------------------------------------------------------------------

describeOutputsParse('prefer-in-place', jsInvalid, [...tsInvalid, ...typedInvalid, ...uncheckedInvalid], { js: 50, ts: 15 });
