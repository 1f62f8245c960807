// no-accumulating-spread under three parsers: espree (plain JS), @typescript-eslint/parser without types, and with
// the checker (`typeAware`). Each invalid case pins the fix kind (autofix, suggestion, report only) and the exact
// rewritten text; the last test re-parses every expected output.

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/no-accumulating-spread.ts';
import { describeOutputsParse, jsTester, tsTester, typedTester } from './testers.ts';

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = ValidTestCase<Options> | string;

const typeAware: Options = [{ typeAware: true }];

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript (espree)
// ---------------------------------------------------------------------------------------------------------------

const jsValid: Valid[] = [
  // Spreading something other than the accumulator.
  `const all = rows.reduce((acc, row) => [...other, row], []);`,
  `const all = rows.reduce((acc, row) => ({ ...defaults, [row.id]: row }), {});`,
  `const all = rows.reduce((acc, row) => { acc.push(row); return acc; }, []);`,
  // Unusual arities: a rest parameter, or more parameters than reduce passes.
  `const all = rows.reduce((...args) => [...args[0], args[1]], []);`,
  `const all = rows.reduce((acc, ...rest) => [...acc, rest[0]], []);`,
  `const all = rows.reduce((acc, row, i, arr, extra) => [...acc, row], []);`,
  `const all = rows.reduce(([first, ...others], row) => [first, ...others, row], []);`,
  // A callback that is not inline, or a generator.
  `const all = rows.reduce(combine, []);`,
  `const all = rows.reduce(function* (acc, row) { return [...acc, row]; }, []);`,
  // Not a reduce.
  `const all = rows.map((row) => [...row, 1]);`,
  `const all = rows.filter((row) => ({ ...row }).ok);`,
  `const all = rows.reduce((acc, row) => acc?.concat(row), []);`,
  `const all = rows.reduce(async (acc, row) => [...(await acc), row], []);`,
  // A single rebind outside a loop is one copy, not an accumulation.
  `let o = {};
o = { ...o, k: 1 };`,
  `function f(o) {
  o = { ...o, k: 1 };
  return o;
}`,
  // Arrays rebuilt in a loop are prefer-in-place's.
  `let xs = [];
for (const r of rows) xs = [...xs, r];`,
  `let xs = [];
for (const r of rows) xs = xs.concat(r);`,
  // The loop spreads something else, or rebinds a member.
  `let o = {};
for (const r of rows) o = { ...r, k: 1 };`,
  `let o = {};
for (const r of rows) o = { k: 1, ...o };`,
  `for (const r of rows) this.o = { ...this.o, k: r };`,
  `let o = {};
for (const r of rows) o ||= { ...o, k: r };`,
  `let o = {};
for (const r of rows) o = Object.assign({ a: 1 }, o, r);`,
  `let o = {};
for (const r of rows) items.forEach(() => { o = { ...o, k: r }; });`,
  `function f(Object) {
  return rows.reduce((acc, x) => Object.assign({}, acc, x), {});
}`,
];

const jsInvalid: Invalid[] = [
  {
    // Expression body: becomes a block that pushes and returns the accumulator.
    code: `const ids = rows.reduce((acc, row) => [...acc, row.id], []);`,
    output: `const ids = rows.reduce((acc, row) => {
  acc.push(row.id);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        data: { expression: '[...acc, ...]', method: 'reduce' },
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 55,
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => [...acc, row.id, row.name], []);`,
    output: `const ids = rows.reduce((acc, row) => {
  acc.push(row.id, row.name);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 65,
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => {
  const id = row.id;
  return [...acc, id];
}, []);`,
    output: `const ids = rows.reduce((acc, row) => {
  const id = row.id;
  acc.push(id);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 22,
      },
    ],
  },
  {
    // Conditional returns become `if`s.
    code: `const m = rows.reduce((acc, x) => x > 0 ? [...acc, x] : acc, []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (x > 0) acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 43,
        endLine: 1,
        endColumn: 54,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => x > 0 ? acc : [...acc, x], []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (!(x > 0)) acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 49,
        endLine: 1,
        endColumn: 60,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => x > 0 ? [...acc, x] : [...acc, -x, 0], []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (x > 0) acc.push(x);
  else acc.push(-x, 0);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 43,
        endLine: 1,
        endColumn: 54,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => acc.includes(x) ? acc : [...acc, x], []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (!(acc.includes(x))) acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 59,
        endLine: 1,
        endColumn: 70,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => (acc.length > 10 ? acc : [...acc, x]), []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (!(acc.length > 10)) acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 60,
        endLine: 1,
        endColumn: 71,
      },
    ],
  },
  {
    // `return acc` paths stay; appended spreads become for...of loops, never push(...xs).
    code: `const m = rows.reduce((acc, row) => {
  if (row.skip) return acc;
  return [...acc, row.a, ...row.children];
}, []);`,
    output: `const m = rows.reduce((acc, row) => {
  if (row.skip) return acc;
  acc.push(row.a);
  for (const item of row.children) acc.push(item);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 42,
      },
    ],
  },
  {
    code: `const all = groups.reduce((acc, g) => [...acc, ...g], []);`,
    output: `const all = groups.reduce((acc, g) => {
  for (const item of g) acc.push(item);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 53,
      },
    ],
  },
  {
    code: `const all = groups.reduce((acc, g) => [...acc, ...g.items, g.id, ...g.more], []);`,
    output: `const all = groups.reduce((acc, g) => {
  for (const item of g.items) acc.push(item);
  acc.push(g.id);
  for (const item of g.more) acc.push(item);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 76,
      },
    ],
  },
  {
    // The loop variable avoids names the callback uses.
    code: `const m = rows.reduce((acc, item) => [...acc, ...item.children], []);`,
    output: `const m = rows.reduce((acc, item) => {
  for (const value of item.children) acc.push(value);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 38,
        endLine: 1,
        endColumn: 64,
      },
    ],
  },
  {
    // A `return` where one statement is expected gets a block of its own.
    code: `const m = rows.reduce((acc, x) => {
  if (x.a) return [...acc, x.a];
  if (x.b) {
    return [...acc, x.b];
  }
  return acc;
}, []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (x.a) {
    acc.push(x.a);
    return acc;
  }
  if (x.b) {
    acc.push(x.b);
    return acc;
  }
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 32,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => {
  for (const y of x.ys) {
    if (y) return [...acc, y];
  }
  return acc;
}, []);`,
    output: `const m = rows.reduce((acc, x) => {
  for (const y of x.ys) {
    if (y) {
      acc.push(y);
      return acc;
    }
  }
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
      },
    ],
  },
  {
    code: `const m = rows.reduce(function (acc, x) {
  return [...acc, x];
}, []);`,
    output: `const m = rows.reduce(function (acc, x) {
  acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 21,
      },
    ],
  },
  {
    code: `const m = rows.reduceRight((acc, x) => [...acc, x], []);`,
    output: `const m = rows.reduceRight((acc, x) => {
  acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        data: { expression: '[...acc, ...]', method: 'reduceRight' },
        line: 1,
        column: 40,
        endLine: 1,
        endColumn: 51,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => [...acc, (a, b)], []);`,
    output: `const m = rows.reduce((acc, x) => {
  acc.push((a, b));
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 51,
      },
    ],
  },
  {
    // A fresh non-empty literal seed is fine.
    code: `const m = rows.reduce((acc, x) => [...acc, x], [1, 2]);`,
    output: `const m = rows.reduce((acc, x) => {
  acc.push(x);
  return acc;
}, [1, 2]);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
      },
    ],
  },
  {
    // Plain reads of the accumulator keep nothing.
    code: `const m = rows.reduce((acc, x) => acc.length ? [...acc, x] : acc, []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (acc.length) acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 48,
        endLine: 1,
        endColumn: 59,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => (x in acc ? acc : [...acc, x]), []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (!(x in acc)) acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 53,
        endLine: 1,
        endColumn: 64,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => (acc[0] === x ? acc : [...acc, x]), []);`,
    output: `const m = rows.reduce((acc, x) => {
  if (!(acc[0] === x)) acc.push(x);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 57,
        endLine: 1,
        endColumn: 68,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => acc.concat([x, 1]), []);`,
    output: `const m = rows.reduce((acc, x) => {
  acc.push(x, 1);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        data: { expression: 'acc.concat(...)', method: 'reduce' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 53,
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => acc.concat(x * 2, -x, \`\${x}\`), []);`,
    output: `const m = rows.reduce((acc, x) => {
  acc.push(x * 2);
  acc.push(-x);
  acc.push(\`\${x}\`);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 64,
      },
    ],
  },
  {
    // An argument of unknown kind: concat flattens arrays one level and keeps holes, so only a suggestion.
    code: `const m = rows.reduce((acc, x) => acc.concat(x), []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 48,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `const m = rows.reduce((acc, x) => {
  if (Array.isArray(x)) for (const item of x) acc.push(item);
  else acc.push(x);
  return acc;
}, []);`,
          },
        ],
      },
    ],
  },
  {
    // A fresh literal is spread element by element, as `[...acc, x, ...x.more]` is: the same exact rewrite.
    code: `const m = rows.reduce((acc, x) => acc.concat([x, ...x.more]), []);`,
    output: `const m = rows.reduce((acc, x) => {
  acc.push(x);
  for (const item of x.more) acc.push(item);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 61,
      },
    ],
  },
  {
    // Static keys are fixed.
    code: `const byId = rows.reduce((acc, row) => ({ ...acc, name: row.name, 'a-b': 1, 3: row }), {});`,
    output: `const byId = rows.reduce((acc, row) => {
  acc.name = row.name;
  acc['a-b'] = 1;
  acc[3] = row;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        data: { expression: '{ ...acc, ... }', method: 'reduce' },
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 85,
      },
    ],
  },
  {
    code: `const byId = rows.reduce((acc, row) => ({ ...acc, [\`k\${row.id}\`]: row }), {});`,
    output: `const byId = rows.reduce((acc, row) => {
  acc[\`k\${row.id}\`] = row;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 72,
      },
    ],
  },
  {
    code: `const byId = rows.reduce((acc, row) => ({ ...acc, ['id']: row }), {});`,
    output: `const byId = rows.reduce((acc, row) => {
  acc['id'] = row;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 64,
      },
    ],
  },
  {
    code: `const byId = rows.reduce((acc, row) => ({ ...acc, [row.length]: row }), {});`,
    output: `const byId = rows.reduce((acc, row) => {
  acc[row.length] = row;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 70,
      },
    ],
  },
  {
    code: `const byId = rows.reduce((acc, row) => ({ ...acc, [-row]: row }), {});`,
    output: `const byId = rows.reduce((acc, row) => {
  acc[-row] = row;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 64,
      },
    ],
  },
  {
    // The index parameter is a number: it cannot be "__proto__".
    code: `const byIndex = rows.reduce((acc, row, i) => ({ ...acc, [i]: row }), {});`,
    output: `const byIndex = rows.reduce((acc, row, i) => {
  acc[i] = row;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 47,
        endLine: 1,
        endColumn: 67,
      },
    ],
  },
  {
    code: `const byIndex = rows.reduce((acc, row, i) => ({ ...acc, [i]: row, name: row.name }), {});`,
    output: `const byIndex = rows.reduce((acc, row, i) => {
  acc[i] = row;
  acc.name = row.name;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 47,
        endLine: 1,
        endColumn: 83,
      },
    ],
  },
  {
    // A dynamic key may be "__proto__", which an assignment would turn into a prototype change: suggestion only.
    code: `const byId = rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `const byId = rows.reduce((acc, row) => {
  acc[row.id] = row;
  return acc;
}, {});`,
          },
        ],
      },
    ],
  },
  {
    code: `const counts = words.reduce((acc, w) => ({ ...acc, [w]: (acc[w] || 0) + 1 }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 42,
        endLine: 1,
        endColumn: 76,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `const counts = words.reduce((acc, w) => {
  acc[w] = (acc[w] || 0) + 1;
  return acc;
}, {});`,
          },
        ],
      },
    ],
  },
  {
    code: `const byId = rows.reduce((acc, row, i) => {
  i = i + 1;
  return { ...acc, [i]: row };
}, {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 30,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `const byId = rows.reduce((acc, row, i) => {
  i = i + 1;
  acc[i] = row;
  return acc;
}, {});`,
          },
        ],
      },
    ],
  },
  {
    code: `const merged = rows.reduce((acc, row) => ({ ...acc, ...row }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 43,
        endLine: 1,
        endColumn: 61,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `const merged = rows.reduce((acc, row) => {
  Object.assign(acc, row);
  return acc;
}, {});`,
          },
        ],
      },
    ],
  },
  {
    code: `const merged = rows.reduce((acc, row) => ({ ...acc, ...row.a, b: 1 }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 43,
        endLine: 1,
        endColumn: 69,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `const merged = rows.reduce((acc, row) => {
  Object.assign(acc, row.a);
  acc.b = 1;
  return acc;
}, {});`,
          },
        ],
      },
    ],
  },
  {
    // Object.assign loses its empty target; a source may carry an own "__proto__" key, so only a suggestion.
    code: `const m = rows.reduce((acc, x) => Object.assign({}, acc, { [x.k]: x }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        data: { expression: 'Object.assign({}, acc, ...)', method: 'reduce' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 71,
        suggestions: [{ messageId: 'mutateAccumulator', output: `const m = rows.reduce((acc, x) => Object.assign(acc, { [x.k]: x }), {});` }],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => Object.assign({}, acc, x.props, { a: 1 }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 76,
        suggestions: [{ messageId: 'mutateAccumulator', output: `const m = rows.reduce((acc, x) => Object.assign(acc, x.props, { a: 1 }), {});` }],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => x ? Object.assign({}, acc, x) : acc, {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 64,
        suggestions: [{ messageId: 'mutateAccumulator', output: `const m = rows.reduce((acc, x) => x ? Object.assign(acc, x) : acc, {});` }],
      },
    ],
  },
  {
    // A seed that is not a fresh literal: the suggestion copies it once.
    code: `function f(rows, seed) {
  return rows.reduce((acc, row) => {
    if (row.skip) return acc;
    // keep it
    return [...acc, row.a, ...row.children];
  }, seed);
}`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 5,
        column: 12,
        endLine: 5,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `function f(rows, seed) {
  return rows.reduce((acc, row) => {
    if (row.skip) return acc;
    // keep it
    acc.push(row.a);
    for (const item of row.children) acc.push(item);
    return acc;
  }, [...seed]);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => [...acc, x], seed);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const m = rows.reduce((acc, x) => {
  acc.push(x);
  return acc;
}, [...seed]);`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ ...acc, name: x }), base);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const m = rows.reduce((acc, x) => {
  acc.name = x;
  return acc;
}, { ...base });`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ ...acc, [x.k]: x }), base);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 56,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const m = rows.reduce((acc, x) => {
  acc[x.k] = x;
  return acc;
}, { ...base });`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => [...acc, x], (a, b));`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const m = rows.reduce((acc, x) => {
  acc.push(x);
  return acc;
}, ([...(a, b)]));`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => [...acc, x], [, 1]);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const m = rows.reduce((acc, x) => {
  acc.push(x);
  return acc;
}, [...[, 1]]);`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ ...acc, k: x }), { __proto__: proto });`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const m = rows.reduce((acc, x) => {
  acc.k = x;
  return acc;
}, { ...{ __proto__: proto } });`,
          },
        ],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ ...acc, k: x }), { get a() { return 1; } });`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const m = rows.reduce((acc, x) => {
  acc.k = x;
  return acc;
}, { ...{ get a() { return 1; } } });`,
          },
        ],
      },
    ],
  },
  {
    // Comments are kept.
    code: `const ids = rows.reduce((acc, row) => /* add */ [...acc, /* id */ row.id], []);`,
    output: `const ids = rows.reduce((acc, row) => {
  /* id */
  /* add */
  acc.push(row.id);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 49,
        endLine: 1,
        endColumn: 74,
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => {
  // skip empty rows
  if (!row) return acc;
  return [...acc, row.id]; // append
}, []);`,
    output: `const ids = rows.reduce((acc, row) => {
  // skip empty rows
  if (!row) return acc;
  acc.push(row.id);
  return acc; // append
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 26,
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => ({
  ...acc,
  // the name
  name: row.name,
}), {});`,
    output: `const ids = rows.reduce((acc, row) => {
  // the name
  acc.name = row.name;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 40,
        endLine: 5,
        endColumn: 2,
      },
    ],
  },
  {
    // No seed: the accumulator starts as the first element.
    code: `const m = arrays.reduce((a, b) => [...a, ...b]);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        data: { expression: '[...a, ...]', method: 'reduce' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 47,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => [...acc, x], [], extra);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => [...acc, x], ...rest);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  {
    // The accumulator escapes, is captured, or is reassigned.
    code: `const m = rows.reduce((acc, x) => { seen.push(acc); return [...acc, x]; }, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 60,
        endLine: 1,
        endColumn: 71,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => { fns.push(() => acc); return [...acc, x]; }, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 65,
        endLine: 1,
        endColumn: 76,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => { const copy = acc; return [...acc, x]; }, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 62,
        endLine: 1,
        endColumn: 73,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => { acc = acc.slice(1); return [...acc, x]; }, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 64,
        endLine: 1,
        endColumn: 75,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => { acc.length = 0; return [...acc, x]; }, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 60,
        endLine: 1,
        endColumn: 71,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => { acc.sort(); return [...acc, x]; }, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 56,
        endLine: 1,
        endColumn: 67,
        suggestions: [],
      },
    ],
  },
  {
    // The accumulator is not the leading spread.
    code: `const m = rows.reduce((acc, x) => [x, ...acc], []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ k: x, ...acc }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 52,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => Object.assign({}, x, acc), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 60,
        suggestions: [],
      },
    ],
  },
  {
    // Array and object forms mixed.
    code: `const m = rows.reduce((acc, x) => x ? [...acc, x] : { ...acc, x }, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 50,
        suggestions: [],
      },
    ],
  },
  {
    // Another return value.
    code: `const m = rows.reduce((acc, x) => x ? [...acc, x] : null, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 50,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => x ? [...acc, x] : [...other], []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 50,
        suggestions: [],
      },
    ],
  },
  {
    // Async: the accumulator is a promise.
    code: `const m = rows.reduce(async (acc, x) => [...acc, x], []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 52,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce(async (acc, x) => ({ ...acc, [x]: 1 }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 42,
        endLine: 1,
        endColumn: 60,
        suggestions: [],
      },
    ],
  },
  {
    // Paths that return nothing.
    code: `const m = rows.reduce((acc, x) => {
  if (x.a) return [...acc, x.a];
}, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => {
  if (x.a) return;
  return [...acc, x.a];
}, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce(function (acc, x) { return [...acc, arguments[1]]; }, []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 50,
        endLine: 1,
        endColumn: 72,
        suggestions: [],
      },
    ],
  },
  {
    // Forms that cannot become mutations.
    code: `const m = rows.reduce((acc, x) => [...acc, ...acc], []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => [...acc, , x], []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 48,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ ...acc, a: acc.a + x, b: 1 }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 66,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ ...acc, get v() { return x; } }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 69,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ ...acc, __proto__: x }), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 60,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => acc.concat(...x), []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => acc.concat([, x]), []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 52,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => acc.concat(acc), []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 50,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => Object.assign({}, acc, ...x), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 63,
        suggestions: [],
      },
    ],
  },
  {
    // A seed of the other kind.
    code: `const m = rows.reduce((acc, x) => [...acc, x], {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  {
    code: `const m = rows.reduce((acc, x) => ({ ...acc, x }), []);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 49,
        suggestions: [],
      },
    ],
  },
  {
    // Loops: fixed when the object is a fresh local.
    code: `let acc = {};
for (const row of rows) acc = { ...acc, total: row.value };
console.log(acc);`,
    output: `let acc = {};
for (const row of rows) acc.total = row.value;
console.log(acc);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        data: { expression: 'acc = { ...acc, ... }', method: 'loop' },
        line: 2,
        column: 25,
        endLine: 2,
        endColumn: 59,
      },
    ],
  },
  {
    code: `let acc = {};
for (const row of rows) {
  acc = Object.assign({}, acc, row);
}`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        data: { expression: 'acc = Object.assign({}, acc, ...)', method: 'loop' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 36,
        suggestions: [{ messageId: 'mutateAccumulator', output: `let acc = {};
for (const row of rows) {
  Object.assign(acc, row);
}` }],
      },
    ],
  },
  {
    code: `let o = {};
for (const r of rows) if (r) o = { ...o, k: r };`,
    output: `let o = {};
for (const r of rows) if (r) o.k = r;`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 30,
        endLine: 2,
        endColumn: 48,
      },
    ],
  },
  {
    code: `let o = {};
while (more()) {
  o = { ...o, a: 1, 'b-c': 2 };
}`,
    output: `let o = {};
while (more()) {
  o.a = 1;
  o['b-c'] = 2;
}`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 31,
      },
    ],
  },
  {
    code: `let o = {};
for (let i = 0; i < n; i++) {
  o = { ...o, last: i };
}
use(o);`,
    output: `let o = {};
for (let i = 0; i < n; i++) {
  o.last = i;
}
use(o);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 24,
      },
    ],
  },
  {
    code: `let o = {};
for (const r of rows) {
  o = { ...o, a: r };
  o = { ...o, b: r };
}`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let o = {};
for (const r of rows) {
  o.a = r;
  o = { ...o, b: r };
}`,
          },
        ],
      },
      {
        messageId: 'accumulatingSpread',
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let o = {};
for (const r of rows) {
  o = { ...o, a: r };
  o.b = r;
}`,
          },
        ],
      },
    ],
  },
  {
    // A dynamic key: suggestion.
    code: `let acc = {};
for (const row of rows) acc = { ...acc, [row.id]: row.value };`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 25,
        endLine: 2,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let acc = {};
for (const row of rows) acc[row.id] = row.value;`,
          },
        ],
      },
    ],
  },
  {
    code: `let o = {};
for (let i = 0; i < n; i++) o = { ...o, [i]: i };`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 29,
        endLine: 2,
        endColumn: 49,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let o = {};
for (let i = 0; i < n; i++) o[i] = i;`,
          },
        ],
      },
    ],
  },
  {
    code: `let o = {};
while (more()) o = { ...o, ...next() };`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 16,
        endLine: 2,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let o = {};
while (more()) Object.assign(o, next());`,
          },
        ],
      },
    ],
  },
  {
    code: `let acc = {};
for (const row of rows) {
  // add it
  acc = { ...acc, [row.id]: row, /* size */ n: row.n };
}`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let acc = {};
for (const row of rows) {
  // add it
  /* size */
  acc[row.id] = row;
  acc.n = row.n;
}`,
          },
        ],
      },
    ],
  },
  {
    // The object escapes: suggestion.
    code: `let acc = {};
for (const row of rows) {
  acc = { ...acc, total: row.value };
  list.push(acc);
}`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let acc = {};
for (const row of rows) {
  acc.total = row.value;
  list.push(acc);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function f(o) {
  for (const r of rows) o = { ...o, k: r };
  return o;
}`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 25,
        endLine: 2,
        endColumn: 43,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `function f(o) {
  for (const r of rows) o.k = r;
  return o;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `let o = init();
for (const r of rows) o = { ...o, k: r };`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 23,
        endLine: 2,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let o = init();
for (const r of rows) o.k = r;`,
          },
        ],
      },
    ],
  },
  {
    code: `let o = {};
const keep = () => o;
for (const r of rows) o = { ...o, k: r };`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let o = {};
const keep = () => o;
for (const r of rows) o.k = r;`,
          },
        ],
      },
    ],
  },
  {
    // Report only.
    code: `let o = {};
for (const r of rows) x = o = { ...o, k: r };`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 27,
        endLine: 2,
        endColumn: 45,
        suggestions: [],
      },
    ],
  },
  {
    code: `let o = {};
for (const r of rows) o = { ...o, a: o.a + r, b: 1 };`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 23,
        endLine: 2,
        endColumn: 53,
        suggestions: [],
      },
    ],
  },
];

jsTester.run('no-accumulating-spread (espree)', rule, { valid: jsValid, invalid: jsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript without type information
// ---------------------------------------------------------------------------------------------------------------

const tsValid: Valid[] = [
  `let xs: number[] = [];
for (const r of rows) xs = [...xs, r];`,
  `const m = rows.reduce(async (acc: Promise<number[]>, x) => [...(await acc), x], Promise.resolve([]));`,
];

const tsInvalid: Invalid[] = [
  {
    code: `const ids = rows.reduce((acc: number[], row) => [...acc, ...row.ids], []);`,
    output: `const ids = rows.reduce((acc: number[], row) => {
  for (const item of row.ids) acc.push(item);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 49,
        endLine: 1,
        endColumn: 69,
      },
    ],
  },
  {
    // Annotations and type arguments are kept.
    code: `const ids = rows.reduce((acc: number[], row) => [...acc, row.id], []);`,
    output: `const ids = rows.reduce((acc: number[], row) => {
  acc.push(row.id);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 49,
        endLine: 1,
        endColumn: 65,
      },
    ],
  },
  {
    code: `const ids = rows.reduce<number[]>((acc, row) => [...acc, row.id], []);`,
    output: `const ids = rows.reduce<number[]>((acc, row) => {
  acc.push(row.id);
  return acc;
}, []);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 49,
        endLine: 1,
        endColumn: 65,
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => [...acc!, row.id] as number[], [] as number[]);`,
    output: `const ids = rows.reduce((acc, row) => {
  acc.push(row.id);
  return acc;
}, [] as number[]);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 56,
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => [...(acc as number[]), row.id], [] as number[]);`,
    output: `const ids = rows.reduce((acc, row) => {
  acc.push(row.id);
  return acc;
}, [] as number[]);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 69,
      },
    ],
  },
  {
    code: `const byId = rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), {} as Record<string, Row>);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `const byId = rows.reduce((acc, row) => {
  acc[row.id] = row;
  return acc;
}, {} as Record<string, Row>);`,
          },
        ],
      },
    ],
  },
  {
    code: `const byId = rows.reduce((acc: Record<string, Row>, row) => ({ ...acc, name: row }), {});`,
    output: `const byId = rows.reduce((acc: Record<string, Row>, row) => {
  acc.name = row;
  return acc;
}, {});`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 62,
        endLine: 1,
        endColumn: 83,
      },
    ],
  },
  {
    code: `const byId = rows.reduce((acc: Record<string, Row>, row) => Object.assign({}, acc, row), {});`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 61,
        endLine: 1,
        endColumn: 88,
        suggestions: [{ messageId: 'mutateAccumulator', output: `const byId = rows.reduce((acc: Record<string, Row>, row) => Object.assign(acc, row), {});` }],
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => {
  // skip empty rows
  if (!row) return acc;
  return [...acc, row.id]; // append
}, [] as number[]);`,
    output: `const ids = rows.reduce((acc, row) => {
  // skip empty rows
  if (!row) return acc;
  acc.push(row.id);
  return acc; // append
}, [] as number[]);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 26,
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => [...acc, row.id], seed as number[]);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const ids = rows.reduce((acc, row) => {
  acc.push(row.id);
  return acc;
}, [...seed as number[]]);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ids = rows.reduce((acc, row) => [...acc, row.id], <number[]>seed);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'copySeedOnce',
            output: `const ids = rows.reduce((acc, row) => {
  acc.push(row.id);
  return acc;
}, [...<number[]>seed]);`,
          },
        ],
      },
    ],
  },
  {
    code: `let acc: Record<string, number> = {};
for (const row of rows) acc = { ...acc, total: row.value };`,
    output: `let acc: Record<string, number> = {};
for (const row of rows) acc.total = row.value;`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 25,
        endLine: 2,
        endColumn: 59,
      },
    ],
  },
  {
    code: `let acc: Record<string, number> = {};
for (const row of rows) acc = { ...acc, [row.id]: row.value };`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 25,
        endLine: 2,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `let acc: Record<string, number> = {};
for (const row of rows) acc[row.id] = row.value;`,
          },
        ],
      },
    ],
  },
];

tsTester.run('no-accumulating-spread (typescript, untyped)', rule, { valid: tsValid, invalid: tsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript with type information (`typeAware`)
// ---------------------------------------------------------------------------------------------------------------

const typedValid: Valid[] = [
  // Not an array: its reduce is not Array#reduce.
  {
    code: `declare const box: { reduce<T>(fn: (acc: T, x: number) => T, seed: T): T };
const ids = box.reduce((acc, x) => [...acc, x], [] as number[]);`,
    options: typeAware,
  },
  {
    code: `declare const text: { reduce(fn: (acc: number[], x: number) => number[], seed: number[]): number[] };
const ids = text.reduce((acc, x) => [...acc, x], []);`,
    options: typeAware,
  },
];

const typedInvalid: Invalid[] = [
  {
    // A numeric key type cannot be "__proto__": fixed.
    code: `declare const rows: { id: number; name: string }[];
const byId = rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), {} as Record<number, { id: number; name: string }>);`,
    options: typeAware,
    output: `declare const rows: { id: number; name: string }[];
const byId = rows.reduce((acc, row) => {
  acc[row.id] = row;
  return acc;
}, {} as Record<number, { id: number; name: string }>);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 66,
      },
    ],
  },
  {
    code: `declare const rows: { id: 'a' | 'b'; name: string }[];
const byId = rows.reduce((acc, row) => ({ ...acc, [row.id]: row.name }), {} as Record<string, string>);`,
    options: typeAware,
    output: `declare const rows: { id: 'a' | 'b'; name: string }[];
const byId = rows.reduce((acc, row) => {
  acc[row.id] = row.name;
  return acc;
}, {} as Record<string, string>);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 71,
      },
    ],
  },
  {
    code: `declare const rows: { id: symbol }[];
const byId = rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), {} as Record<symbol, { id: symbol }>);`,
    options: typeAware,
    output: `declare const rows: { id: symbol }[];
const byId = rows.reduce((acc, row) => {
  acc[row.id] = row;
  return acc;
}, {} as Record<symbol, { id: symbol }>);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 66,
      },
    ],
  },
  {
    // A string key may be "__proto__": still a suggestion.
    code: `declare const rows: { id: string }[];
const byId = rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), {} as Record<string, { id: string }>);`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `declare const rows: { id: string }[];
const byId = rows.reduce((acc, row) => {
  acc[row.id] = row;
  return acc;
}, {} as Record<string, { id: string }>);`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const rows: { id: '__proto__' | 'a' }[];
const byId = rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), {} as Record<string, { id: string }>);`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `declare const rows: { id: '__proto__' | 'a' }[];
const byId = rows.reduce((acc, row) => {
  acc[row.id] = row;
  return acc;
}, {} as Record<string, { id: string }>);`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const rows: number[];
let acc: Record<number, number> = {};
for (const r of rows) acc = { ...acc, [r]: r * 2 };`,
    options: typeAware,
    output: `declare const rows: number[];
let acc: Record<number, number> = {};
for (const r of rows) acc[r] = r * 2;`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 51,
      },
    ],
  },
  {
    code: `declare const rows: number[];
const ids = rows.reduce((acc, row) => [...acc, row], [] as number[]);`,
    options: typeAware,
    output: `declare const rows: number[];
const ids = rows.reduce((acc, row) => {
  acc.push(row);
  return acc;
}, [] as number[]);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 39,
        endLine: 2,
        endColumn: 52,
      },
    ],
  },
  {
    // Without typeAware the type is not consulted.
    code: `declare const rows: { id: number }[];
const byId = rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), {} as Record<number, { id: number }>);`,
    output: null,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'mutateAccumulator',
            output: `declare const rows: { id: number }[];
const byId = rows.reduce((acc, row) => {
  acc[row.id] = row;
  return acc;
}, {} as Record<number, { id: number }>);`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const rows: ReadonlyArray<number>;
const ids = rows.reduce((acc, row) => [...acc, row], [] as number[]);`,
    options: typeAware,
    output: `declare const rows: ReadonlyArray<number>;
const ids = rows.reduce((acc, row) => {
  acc.push(row);
  return acc;
}, [] as number[]);`,
    errors: [
      {
        messageId: 'accumulatingSpread',
        line: 2,
        column: 39,
        endLine: 2,
        endColumn: 52,
      },
    ],
  },
];

typedTester.run('no-accumulating-spread (typescript, typed)', rule, { valid: typedValid, invalid: typedInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Regressions: problems found by review, each pinned to its fixed behaviour
// ---------------------------------------------------------------------------------------------------------------

jsTester.run('no-accumulating-spread (regressions)', rule, {
  valid: [
    // String#concat on a string (or number) seed is not an array accumulator.
    `const s = parts.reduce((acc, x) => acc.concat(x), '');`,
    `const s = parts.reduce((acc, x) => acc.concat(x), 0);`,
    `const s = parts.reduce((acc, x) => acc.concat(x), prefix);`,
  ],
  invalid: [
    {
      // A string seed spread into an array: reported, but there is nothing to mutate.
      code: `const s = parts.reduce((acc, x) => [...acc, x], '');`,
      output: null,
      errors: [{ messageId: 'accumulatingSpread', line: 1, column: 36, suggestions: [] }],
    },
    {
      // A literal "__proto__" key would set the prototype as an assignment: no rewrite at all.
      code: `const o = rows.reduce((acc, x) => ({ ...acc, ['__proto__']: x }), {});`,
      output: null,
      errors: [{ messageId: 'accumulatingSpread', line: 1, column: 36, suggestions: [] }],
    },
    {
      // A one-line callback body gets its statements on lines of their own.
      code: `const r = rows.reduce(function (acc, x) { return [...acc, x]; }, []);`,
      output: `const r = rows.reduce(function (acc, x) {
  acc.push(x);
  return acc;
}, []);`,
      errors: [{ messageId: 'accumulatingSpread', line: 1, column: 50 }],
    },
  ],
});

tsTester.run('no-accumulating-spread (regressions, typescript)', rule, {
  valid: [`const s = parts.reduce((acc: string, x: string) => acc.concat(x), '');`],
  invalid: [
    {
      // `acc` is typed `{}` by its seed: `acc.name = ...` would not type-check, so only a suggestion.
      code: `const byName = rows.reduce((acc, row) => ({ ...acc, name: row.name }), {});`,
      output: null,
      errors: [
        {
          messageId: 'accumulatingSpread',
          line: 1,
          column: 43,
          suggestions: [
            {
              messageId: 'mutateAccumulator',
              output: `const byName = rows.reduce((acc, row) => {
  acc.name = row.name;
  return acc;
}, {});`,
            },
          ],
        },
      ],
    },
    {
      // The assertion that typed the accumulator would be dropped: only a suggestion.
      code: `const byIndex = rows.reduce((acc, row, i) => ({ ...acc, [i]: row }) as Record<number, Row>, {});`,
      output: null,
      errors: [
        {
          messageId: 'accumulatingSpread',
          line: 1,
          column: 47,
          suggestions: [
            {
              messageId: 'mutateAccumulator',
              output: `const byIndex = rows.reduce((acc, row, i) => {
  acc[i] = row;
  return acc;
}, {});`,
            },
          ],
        },
      ],
    },
    {
      // With a type argument the accumulator has a type of its own: fixed.
      code: `const byIndex = rows.reduce<Record<number, Row>>((acc, row, i) => ({ ...acc, [i]: row }), {});`,
      output: `const byIndex = rows.reduce<Record<number, Row>>((acc, row, i) => {
  acc[i] = row;
  return acc;
}, {});`,
      errors: [{ messageId: 'accumulatingSpread', line: 1, column: 68 }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Every expected output parses (so no case above pins output that is not a program)
// ---------------------------------------------------------------------------------------------------------------

describeOutputsParse('no-accumulating-spread', jsInvalid, [...tsInvalid, ...typedInvalid], { js: 40, ts: 15 });
