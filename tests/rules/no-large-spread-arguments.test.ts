// no-large-spread-arguments under three parsers: espree (plain JS), @typescript-eslint/parser without types, and with
// the checker (`typeAware`, with and without `noUncheckedIndexedAccess`). Each invalid case pins the fix kind
// (autofix, suggestion, report only) and the exact rewritten text; the last test re-parses every expected output.

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/no-large-spread-arguments.ts';
import { describeOutputsParse, jsTester, tsTester, typedTester, uncheckedTester } from './testers.ts';

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = ValidTestCase<Options> | string;

const typeAware: Options = [{ typeAware: true }];

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript (espree)
// ---------------------------------------------------------------------------------------------------------------

const jsValid: Valid[] = [
  // Lists known to be small: literals, `arguments`, rest parameters, short literals never grown, bounded chunks.
  `const m = Math.max(...[a, b]);`,
  `const m = Math.max(...[a, ...[b, c]]);`,
  `function f() { return Math.max(...arguments); }`,
  `function f(...args) { return Math.max(...args); }`,
  `const f = (...args) => xs.push(...args);`,
  `const small = [1, 2, 3];
const m = Math.max(...small);`,
  `const small = [1, 2, 3];
xs.push(...small);`,
  `for (let i = 0; i < xs.length; i += 8192) out.push(...xs.slice(i, i + 8192));`,
  `for (let i = 0; i < xs.length; i += 8192) s += String.fromCharCode(...xs.subarray(i, i + 8192));`,
  `const m = Math.max(...xs.slice(0, 100));`,
  `xs.push(...'abc');`,
  // Calls that are not known variadic built-ins.
  `f(...args);`,
  `obj.fn(...args);`,
  `new Foo(...args);`,
  `const m = Math.floor(...xs);`,
  `const m = Math.max(a, b);`,
  `xs.push(a, b);`,
  // A local `Math` or `String` is not the global.
  `const Math = { max() {} };
const m = Math.max(...xs);`,
  `function f(String) { return String.fromCharCode(...codes); }`,
  // `.apply` with a `this` argument that a rewrite could not drop.
  `const m = Math.max.apply(getThis(), xs);`,
  `const m = Math.max.apply(null, ...lists);`,
];

const jsInvalid: Invalid[] = [
  {
    // A list known to be an array: an index loop that reads the length once.
    code: `const xs = [];
const ys = Array.from(src);
xs.push(...ys);`,
    output: `const xs = [];
const ys = Array.from(src);
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        data: { call: 'xs.push(...)', list: 'ys' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    code: `xs.push(...[...a, ...b]);`,
    output: `for (const item of [...a, ...b]) xs.push(item);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 25,
      },
    ],
  },
  {
    code: `xs.push(...Array.from(src));`,
    output: `for (const item of Array.from(src)) xs.push(item);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 28,
      },
    ],
  },
  {
    code: `const ys = [1, 2, 3];
ys.push(v);
xs.push(...ys);`,
    output: `const ys = [1, 2, 3];
ys.push(v);
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    code: `const ys = Array.from(src);
n.push(...ys);`,
    output: `const ys = Array.from(src);
for (let i = 0, count = ys.length; i < count; i++) n.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 14,
      },
    ],
  },
  {
    code: `const ys = Array.from(src);
i.push(...ys);`,
    output: `const ys = Array.from(src);
for (let j = 0, n = ys.length; j < n; j++) i.push(ys[j]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 14,
      },
    ],
  },
  {
    code: `const ys = Array.from(src);
xs.push(...ys);
xs.push(...ys);`,
    output: `const ys = Array.from(src);
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 15,
      },
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    code: `const ys = Array.from(src);
if (ok) xs.push(...ys);`,
    output: `const ys = Array.from(src);
if (ok) for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 23,
      },
    ],
  },
  {
    // Comments are kept.
    code: `const ys = Array.from(src);
xs.push(...ys); // add them`,
    output: `const ys = Array.from(src);
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]); // add them`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 15,
      },
    ],
  },
  {
    code: `const ys = Array.from(src);
xs.push(/* all */ ...ys);`,
    output: `const ys = Array.from(src);
/* all */
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 25,
      },
    ],
  },
  {
    // A list of unknown kind: a for...of loop, as a suggestion.
    code: `xs.push(...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 15,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of ys) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `this.items.push(...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 23,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of ys) this.items.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `state.rows.push(...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 23,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of ys) state.rows.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `xs.push(...ys.map((y) => y * 2));`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        data: { call: 'xs.push(...)', list: 'ys.map((y) => y * 2)' },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of ys.map((y) => y * 2)) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `xs.push(...(a || b));`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of (a || b)) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `xs.push(...ys.slice(1));`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of ys.slice(1)) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `xs.push(...new Set(ys));`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of (new Set(ys))) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `if (c) xs.push(...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 8,
        endLine: 1,
        endColumn: 22,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `if (c) for (const item of ys) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `function add(xs, ys) {
  xs.push(...ys);
}`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 17,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `function add(xs, ys) {
  for (const item of ys) xs.push(item);
}`,
          },
        ],
      },
    ],
  },
  {
    // `push.apply` pushes onto its first argument.
    code: `Array.prototype.push.apply(xs, ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        data: { call: 'Array.prototype.push.apply', list: 'ys' },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of ys) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `xs.push.apply(xs, ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 22,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of ys) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = Array.from(src);
Array.prototype.push.apply(xs, ys);`,
    output: `const ys = Array.from(src);
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 35,
      },
    ],
  },
  {
    // Push that cannot become a loop: report only.
    code: `getXs().push(...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `const n = xs.push(...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    code: `if (xs.push(...ys) > 10) flush();`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 19,
        suggestions: [],
      },
    ],
  },
  {
    code: `xs.push(a, ...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = Array.from(src);
xs.push(...ys, 1);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    code: `xs.push(...ys, ...zs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    // Math.max/Math.min: a loop that keeps the result for empty lists, NaN and -0; `const` becomes `let`.
    code: `const m = Math.max(...xs);`,
    output: `let m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        data: { call: 'Math.max(...)', list: 'xs' },
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 26,
      },
    ],
  },
  {
    code: `let m = Math.min(...xs);`,
    output: `let m = Infinity;
for (const value of xs) {
  const n = +value;
  if (n < m || n !== n || (n === 0 && m === 0 && 1 / m > 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 24,
      },
    ],
  },
  {
    code: `var m = Math.max(...xs);`,
    output: `var m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 24,
      },
    ],
  },
  {
    code: `const value = Math.max(...xs);`,
    output: `let value = -Infinity;
for (const item of xs) {
  const n = +item;
  if (n > value || n !== n || (n === 0 && value === 0 && 1 / value < 0)) value = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 15,
        endLine: 1,
        endColumn: 30,
      },
    ],
  },
  {
    code: `const m = Math.max(...items.map((x) => x.v));`,
    output: `let m = -Infinity;
for (const value of items.map((x) => x.v)) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 45,
      },
    ],
  },
  {
    code: `const m = Math.max(...(xs, ys));`,
    output: `let m = -Infinity;
for (const value of (xs, ys)) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 32,
      },
    ],
  },
  {
    code: `const m = Math.max(...xs.slice(i, i + 100000));`,
    output: `let m = -Infinity;
for (const value of xs.slice(i, i + 100000)) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 47,
      },
    ],
  },
  {
    // A return statement: the result gets a fresh name.
    code: `function f(xs) {
  return Math.max(...xs);
}`,
    output: `function f(xs) {
  let max = -Infinity;
  for (const value of xs) {
    const n = +value;
    if (n > max || n !== n || (n === 0 && max === 0 && 1 / max < 0)) max = n;
  }
  return max;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 25,
      },
    ],
  },
  {
    code: `function f() {
  if (c) return Math.min(...xs);
}`,
    output: `function f() {
  if (c) {
    let min = Infinity;
    for (const value of xs) {
      const n = +value;
      if (n < min || n !== n || (n === 0 && min === 0 && 1 / min > 0)) min = n;
    }
    return min;
  }
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 17,
        endLine: 2,
        endColumn: 32,
      },
    ],
  },
  {
    code: `function f() {
  const max = 1;
  return Math.max(...xs);
}`,
    output: `function f() {
  const max = 1;
  let maxValue = -Infinity;
  for (const value of xs) {
    const n = +value;
    if (n > maxValue || n !== n || (n === 0 && maxValue === 0 && 1 / maxValue < 0)) maxValue = n;
  }
  return maxValue;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 25,
      },
    ],
  },
  {
    // An assignment statement.
    code: `m = Math.max(...xs);`,
    output: `let max = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > max || n !== n || (n === 0 && max === 0 && 1 / max < 0)) max = n;
}
m = max;`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 20,
      },
    ],
  },
  {
    code: `obj.m = Math.min(...xs);`,
    output: `let min = Infinity;
for (const value of xs) {
  const n = +value;
  if (n < min || n !== n || (n === 0 && min === 0 && 1 / min > 0)) min = n;
}
obj.m = min;`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 24,
      },
    ],
  },
  {
    code: `if (c) m = Math.max(...xs);`,
    output: `if (c) {
  let max = -Infinity;
  for (const value of xs) {
    const n = +value;
    if (n > max || n !== n || (n === 0 && max === 0 && 1 / max < 0)) max = n;
  }
  m = max;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 27,
      },
    ],
  },
  {
    code: `switch (k) {
  case 1:
    m = Math.max(...xs);
}`,
    output: `switch (k) {
  case 1:
    {
      let max = -Infinity;
      for (const value of xs) {
        const n = +value;
        if (n > max || n !== n || (n === 0 && max === 0 && 1 / max < 0)) max = n;
      }
      m = max;
    }
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 24,
      },
    ],
  },
  {
    // One leading plain argument starts the fold (coerced once, like Math does).
    code: `const m = Math.max(0, ...xs);`,
    output: `let m = 0;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 29,
      },
    ],
  },
  {
    code: `const m = Math.max(limit, ...xs);`,
    output: `let m = +limit;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 33,
      },
    ],
  },
  {
    code: `const m = Math.min(a + b, ...xs);`,
    output: `let m = +(a + b);
for (const value of xs) {
  const n = +value;
  if (n < m || n !== n || (n === 0 && m === 0 && 1 / m > 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 33,
      },
    ],
  },
  {
    code: `const m = Math.max(this.floor, ...xs);`,
    output: `let m = +this.floor;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 38,
      },
    ],
  },
  {
    // Comments are kept.
    code: `const m = Math.max(...xs); // biggest`,
    output: `let m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
} // biggest`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 26,
      },
    ],
  },
  {
    code: `const m = Math.max(/* all */ ...xs);`,
    output: `/* all */
let m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 36,
      },
    ],
  },
  {
    // `.apply` also takes array-likes: suggestion.
    code: `const m = Math.max.apply(null, xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        data: { call: 'Math.max.apply', list: 'xs' },
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'minMaxLoop',
            output: `let m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = Math.min.apply(Math, xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'minMaxLoop',
            output: `let m = Infinity;
for (const value of xs) {
  const n = +value;
  if (n < m || n !== n || (n === 0 && m === 0 && 1 / m > 0)) m = n;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = Math.max.apply(undefined, xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'minMaxLoop',
            output: `let m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const xs = Array.from(src);
const m = Math.max.apply(null, xs);`,
    output: `const xs = Array.from(src);
let m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 35,
      },
    ],
  },
  {
    // Report only: the call is part of a larger expression, or shares its statement.
    code: `const m = 1 + Math.max(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 15,
        endLine: 1,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    code: `f(Math.max(...xs));`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 3,
        endLine: 1,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = Math.max(...xs), k = 1;`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 26,
        suggestions: [],
      },
    ],
  },
  {
    code: `export const m = Math.max(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    code: `for (const m = Math.max(...xs); ;) {}`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = Math.max(...xs, 0);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = Math.max(a, b, ...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = Math.max(...xs, ...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    code: `const xs = Math.max(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 27,
        suggestions: [],
      },
    ],
  },
  {
    code: `const [m] = [Math.max(...xs)];`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 14,
        endLine: 1,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    code: `const { m = Math.max(...xs) } = o;`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
  {
    code: `if (c) var m = Math.max(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    // Chunks of 8192; only a suggestion while the list is not known to be an array.
    code: `const s = String.fromCharCode(...codes);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        data: { call: 'String.fromCharCode(...)', list: 'codes' },
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'chunkedLoop',
            output: `let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
          },
        ],
      },
    ],
  },
  {
    code: `let s = String.fromCodePoint(...codes);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'chunkedLoop',
            output: `let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCodePoint(...codes.slice(i, i + 8192));`,
          },
        ],
      },
    ],
  },
  {
    code: `s = String.fromCharCode(...codes);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'chunkedLoop',
            output: `let text = '';
for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
s = text;`,
          },
        ],
      },
    ],
  },
  {
    code: `function f(codes) {
  return String.fromCharCode(...codes);
}`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'chunkedLoop',
            output: `function f(codes) {
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = String.fromCharCode(...getCodes());`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 45,
        suggestions: [
          {
            messageId: 'chunkedLoop',
            output: `const codes = getCodes();
let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = String.fromCharCode.apply(null, codes);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 49,
        suggestions: [
          {
            messageId: 'chunkedLoop',
            output: `let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = String.fromCharCode(...(a, b));`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'chunkedLoop',
            output: `const codes = (a, b);
let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
          },
        ],
      },
    ],
  },
  {
    // Known arrays and typed arrays are fixed; a non-identifier source is bound to a fresh const first.
    code: `const codes = Array.from(src);
const s = String.fromCharCode(...codes);`,
    output: `const codes = Array.from(src);
let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 40,
      },
    ],
  },
  {
    code: `const s = String.fromCharCode(...new Uint8Array(buf));`,
    output: `const codes = new Uint8Array(buf);
let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 54,
      },
    ],
  },
  {
    code: `const s = String.fromCodePoint(...Array.from(text, (c) => c.codePointAt(0)));`,
    output: `const codes = Array.from(text, (c) => c.codePointAt(0));
let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCodePoint(...codes.slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 77,
      },
    ],
  },
  {
    code: `const codes = 1;
const s = String.fromCharCode(...new Uint8Array(buf));`,
    output: `const codes = 1;
const units = new Uint8Array(buf);
let s = '';
for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 54,
      },
    ],
  },
  {
    code: `function f(buf) {
  const text = decode(buf);
  return String.fromCharCode(...new Uint16Array(buf));
}`,
    output: `function f(buf) {
  const text = decode(buf);
  const codes = new Uint16Array(buf);
  let textValue = '';
  for (let i = 0; i < codes.length; i += 8192) textValue += String.fromCharCode(...codes.slice(i, i + 8192));
  return textValue;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 54,
      },
    ],
  },
  {
    code: `const codes = Array.from(src);
const s = String.fromCharCode.apply(null, codes);`,
    output: `const codes = Array.from(src);
let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 49,
      },
    ],
  },
  {
    code: `const s = 'x' + String.fromCharCode(...codes);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = String.fromCharCode(i, ...codes);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
  {
    code: `const codes = Array.from(src);
const s = String.fromCharCode(...codes.map((c) => c + codes.length));`,
    output: `const codes = Array.from(src);
const units = codes.map((c) => c + codes.length);
let s = '';
for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 69,
      },
    ],
  },
  {
    code: `const s = String.fromCharCode(...s2);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'chunkedLoop',
            output: `let s = '';
for (let i = 0; i < s2.length; i += 8192) s += String.fromCharCode(...s2.slice(i, i + 8192));`,
          },
        ],
      },
    ],
  },
  {
    // No loop equivalent that keeps the result and stays linear: report only.
    code: `xs.unshift(...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = new Array(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        data: { call: 'new Array(...)', list: 'xs' },
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 27,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.of(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 26,
        suggestions: [],
      },
    ],
  },
  {
    code: `arr.splice(0, 0, ...ys);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        data: { call: 'splice(...)', list: 'ys' },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  {
    code: `a = b.concat(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = Math.hypot(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = String.raw(...xs);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
];

jsTester.run('no-large-spread-arguments (espree)', rule, { valid: jsValid, invalid: jsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript without type information
// ---------------------------------------------------------------------------------------------------------------

const tsValid: Valid[] = [
  // A tuple annotation bounds the list, even without type information.
  `declare const pair: [number, number];
const m = Math.max(...pair);`,
  `function f(...args: number[]) { return Math.max(...args); }`,
];

const tsInvalid: Invalid[] = [
  {
    // Without types an index read may be `T | undefined`: the loop writes `!`.
    code: `const ys = Array.from(src);
xs.push(...ys);`,
    output: `const ys = Array.from(src);
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]!);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 15,
      },
    ],
  },
  {
    code: `const ys: number[] = Array.from(src);
xs.push(...(ys as number[]));`,
    output: `const ys: number[] = Array.from(src);
for (let i = 0, n = (ys as number[]).length; i < n; i++) xs.push((ys as number[])[i]!);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 29,
      },
    ],
  },
  {
    code: `xs.push(...[...a, ...b]);`,
    output: `for (const item of [...a, ...b]) xs.push(item);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 25,
      },
    ],
  },
  {
    code: `xs.push(...ys!);`,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `for (const item of (ys!)) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `const m: number = Math.max(...xs);`,
    output: `let m: number = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 34,
      },
    ],
  },
  {
    code: `const m = Math.max(...(xs as number[]));`,
    output: `let m = -Infinity;
for (const value of (xs as number[])) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 40,
      },
    ],
  },
  {
    code: `function f(xs: number[]): number {
  return Math.min(...xs);
}`,
    output: `function f(xs: number[]): number {
  let min = Infinity;
  for (const value of xs) {
    const n = +value;
    if (n < min || n !== n || (n === 0 && min === 0 && 1 / min > 0)) min = n;
  }
  return min;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 25,
      },
    ],
  },
  {
    code: `const s = String.fromCharCode(...(new Uint8Array(buf) as Uint8Array));`,
    output: `const codes = new Uint8Array(buf) as Uint8Array;
let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 70,
      },
    ],
  },
];

tsTester.run('no-large-spread-arguments (typescript, untyped)', rule, { valid: tsValid, invalid: tsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript with type information (`typeAware`)
// ---------------------------------------------------------------------------------------------------------------

const typedValid: Valid[] = [
  // Tuples are small; receivers that are not arrays have their own push.
  {
    code: `declare const pair: [number, number];
const m = Math.max(...pair);`,
    options: typeAware,
  },
  {
    code: `declare const stream: { push(...chunks: string[]): void };
declare const ys: string[];
stream.push(...ys);`,
    options: typeAware,
  },
];

const typedInvalid: Invalid[] = [
  {
    // A list typed as an array is fixed; without noUncheckedIndexedAccess there is no `!`.
    code: `declare const ys: number[];
declare const xs: number[];
xs.push(...ys);`,
    options: typeAware,
    output: `declare const ys: number[];
declare const xs: number[];
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    code: `declare const ys: Set<number>;
declare const xs: number[];
xs.push(...ys);`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          {
            messageId: 'pushLoop',
            output: `declare const ys: Set<number>;
declare const xs: number[];
for (const item of ys) xs.push(item);`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const ys: readonly number[];
declare const xs: number[];
xs.push(...ys);`,
    options: typeAware,
    output: `declare const ys: readonly number[];
declare const xs: number[];
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    code: `declare const codes: number[];
const s = String.fromCharCode(...codes);`,
    options: typeAware,
    output: `declare const codes: number[];
let s = '';
for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 40,
      },
    ],
  },
  {
    code: `declare const codes: Uint8Array;
const s = String.fromCharCode.apply(null, codes as unknown as number[]);`,
    options: typeAware,
    output: `declare const codes: Uint8Array;
let s = '';
for (let i = 0; i < (codes as unknown as number[]).length; i += 8192) s += String.fromCharCode(...(codes as unknown as number[]).slice(i, i + 8192));`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 72,
      },
    ],
  },
  {
    code: `declare const xs: number[];
const m = Math.max.apply(null, xs);`,
    options: typeAware,
    output: `declare const xs: number[];
let m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 35,
      },
    ],
  },
];

typedTester.run('no-large-spread-arguments (typescript, typed)', rule, { valid: typedValid, invalid: typedInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript with `noUncheckedIndexedAccess`
// ---------------------------------------------------------------------------------------------------------------

const uncheckedValid: Valid[] = [
];

const uncheckedInvalid: Invalid[] = [
  {
    code: `declare const ys: number[];
declare const xs: number[];
xs.push(...ys);`,
    options: typeAware,
    output: `declare const ys: number[];
declare const xs: number[];
for (let i = 0, n = ys.length; i < n; i++) xs.push(ys[i]!);`,
    errors: [
      {
        messageId: 'largeSpreadArguments',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
];

uncheckedTester.run('no-large-spread-arguments (typescript, typed, noUncheckedIndexedAccess)', rule, { valid: uncheckedValid, invalid: uncheckedInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Regressions: problems found by review, each pinned to its fixed behaviour
// ---------------------------------------------------------------------------------------------------------------

jsTester.run('no-large-spread-arguments (regressions)', rule, {
  valid: [`const s = new Set(xs);`, `const m = new Map([...a, ...b]);`, `class Set {} const s = new Set(...xs);`],
  invalid: [
    {
      // `new Set` takes one iterable: the spread is a bug and a crash; reported, never rewritten.
      code: `const s = new Set(...lists);`,
      output: null,
      errors: [{ messageId: 'largeSpreadArguments', data: { call: 'new Set(...)', list: 'lists' }, suggestions: [] }],
    },
    {
      // Two sites fixed in one pass declare distinct names.
      code: `let a, b;
a = Math.max(...xs);
b = Math.max(...ys);`,
      output: `let a, b;
let max = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > max || n !== n || (n === 0 && max === 0 && 1 / max < 0)) max = n;
}
a = max;
let max1 = -Infinity;
for (const value of ys) {
  const n = +value;
  if (n > max1 || n !== n || (n === 0 && max1 === 0 && 1 / max1 < 0)) max1 = n;
}
b = max1;`,
      errors: [{ messageId: 'largeSpreadArguments', line: 2 }, { messageId: 'largeSpreadArguments', line: 3 }],
    },
    {
      code: `const s1 = String.fromCharCode(...new Uint8Array(p));
const s2 = String.fromCharCode(...new Uint8Array(q));`,
      output: `const codes = new Uint8Array(p);
let s1 = '';
for (let i = 0; i < codes.length; i += 8192) s1 += String.fromCharCode(...codes.slice(i, i + 8192));
const codes1 = new Uint8Array(q);
let s2 = '';
for (let i = 0; i < codes1.length; i += 8192) s2 += String.fromCharCode(...codes1.slice(i, i + 8192));`,
      errors: [{ messageId: 'largeSpreadArguments', line: 1 }, { messageId: 'largeSpreadArguments', line: 2 }],
    },
    {
      // A one-line function body gets its statements on lines of their own.
      code: `function f(codes) { return String.fromCharCode(...codes); }`,
      output: null,
      errors: [
        {
          messageId: 'largeSpreadArguments',
          suggestions: [
            {
              messageId: 'chunkedLoop',
              output: `function f(codes) {
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}`,
            },
          ],
        },
      ],
    },
    {
      // \`.call\` with a spread list puts every element on the stack too.
      code: `const m = Math.max.call(null, ...xs);`,
      output: `let m = -Infinity;
for (const value of xs) {
  const n = +value;
  if (n > m || n !== n || (n === 0 && m === 0 && 1 / m < 0)) m = n;
}`,
      errors: [{ messageId: 'largeSpreadArguments', data: { call: 'Math.max(...)', list: 'xs' } }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Every expected output parses (so no case above pins output that is not a program)
// ---------------------------------------------------------------------------------------------------------------

describeOutputsParse('no-large-spread-arguments', jsInvalid, [...tsInvalid, ...typedInvalid, ...uncheckedInvalid], { js: 40, ts: 10 });
