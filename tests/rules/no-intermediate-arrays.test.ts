// no-intermediate-arrays under three parsers: espree (plain JS), @typescript-eslint/parser without types, and with
// the checker (`typeAware`). Each invalid case pins the fix kind (autofix, suggestion, report only) and the exact
// rewritten text; the last test re-parses every expected output.

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/no-intermediate-arrays.ts';
import { describeOutputsParse, jsTester, tsTester, typedTester } from './testers.ts';

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = ValidTestCase<Options> | string;

const typeAware: Options = [{ typeAware: true }];
const iteratorHelpers: Options = [{ iteratorHelpers: true }];
const iteratorHelpersTyped: Options = [{ iteratorHelpers: true, typeAware: true }];

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript (espree)
// ---------------------------------------------------------------------------------------------------------------

const jsValid: Valid[] = [
  // Small literal receivers.
  `const ys = [1, 2, 3].map((x) => x * 2).filter((y) => y > 1);`,
  `const ys = [...[1, 2, 3]].map((x) => x * 2);`,
  `[1, 2].slice().forEach((x) => log(x));`,
  `const s = [a, b, c].filter(Boolean).reduce((t, x) => t + x, 0);`,
  // Lazy wrappers (lodash chains, Immutable.js): no intermediate array.
  `const ys = _(xs).map((x) => x * 2).filter((y) => y > 1).value();`,
  `const ys = _.chain(xs).filter((x) => x).map((x) => x * 2).value();`,
  `const ys = seq.map((x) => x * 2).filter((y) => y > 1).toArray();`,
  `const ys = list.filter((x) => x).map((x) => x * 2).toJS();`,
  // `.map().map()` is left to the user (composing the callbacks is not mechanical).
  `const ys = xs.map((x) => x * 2).map((y) => y + 1);`,
  // Other shapes.
  `const a = Array.from(set, f).map(g);`,
  `const a = [...set, 1].map((x) => x * 2);`,
  `const a = [x, ...set].map((y) => y * 2);`,
  `xs.slice(1).forEach((x) => log(x));`,
  `xs.slice().map((x) => x * 2);`,
  // Object.values(o) measured slower and with a higher peak on Node 20: Object.keys(o).map is not reported.
  `const v = Object.keys(o).map((k) => o[k]);`,
  `const v = Object.keys(o).map((k) => [k, o[k]]);`,
  `const v = Object.keys(this.o).map((k) => this.o[k]);`,
  `const v = Object.keys(o).map((key) => (o[key]));`,
  `const v = Object.keys(o).map((k) => o[k] * 2);`,
  `const v = Object.keys(o).map((k) => p[k]);`,
  `const v = Object.keys(a.b).map((k) => a.b[k]);`,
  `const v = Object.keys(o).map((o) => o[o]);`,
  `const v = Object.keys(o).map((k, i) => o[k]);`,
  `const v = Object.keys(o).map(function (k) { return o[k]; });`,
  `const v = Object.keys(o).forEach((k) => o[k]);`,
  `const v = Object.entries(o).map(([k, v]) => v);`,
  `const ys = xs?.map((x) => x * 2).filter((y) => y > 1);`,
  `const ys = xs.map((x) => x * 2).filter?.((y) => y > 1);`,
  `const ys = xs.filter((x) => x > 0).some((x) => x > 10);`,
  `const ys = xs.flatMap((x) => [x]).filter((y) => y > 1);`,
  `function f(Array) {
  return Array.from(set).map((x) => x * 2);
}`,
];

const jsInvalid: Invalid[] = [
  {
    // Array.from(x).map(f) maps while copying.
    code: `const a = Array.from(set).map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        data: { chain: 'Array.from(...).map(...)' },
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, (x) => x * 2);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map((x, i) => x * i);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, (x, i) => x * i);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map(String);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, String);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map((x) => x.id,);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, (x) => x.id);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = Array.from(this.items).map(function (x) { return x * 2; });`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 69,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(this.items, function (x) { return x * 2; });`,
          },
        ],
      },
    ],
  },
  {
    // Not inline: Array.from passes two arguments where map passes three.
    code: `const a = Array.from(set).map(fn);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, fn);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map(obj.method);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, obj.method);`,
          },
        ],
      },
    ],
  },
  {
    // A callback with effects now runs while the source is iterated: suggestion.
    code: `const a = Array.from(set).map((x) => log(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 45,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, (x) => log(x));`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = Array.from(getSet()).map((x) => { seen.add(x); return x; });`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 70,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(getSet(), (x) => { seen.add(x); return x; });`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map((x) => (total += x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 51,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, (x) => (total += x));`,
          },
        ],
      },
    ],
  },
  {
    // Report only: the callback reads the array, `arguments`, or gets a thisArg.
    code: `const a = Array.from(set).map((x, i, arr) => arr[i]);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 53,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map((...args) => args[0]);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 52,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map(function (x) { return arguments.length; });`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 73,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map((x) => x * 2, ctx);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 49,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.from(set).map(...fns);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.from(set).forEach((x) => log(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 49,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.from(set).filter((x) => x);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.from(set).some((x) => x);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 41,
        suggestions: [],
      },
    ],
  },
  {
    // [...x].map(f): fixed when the callback has no effects, a suggestion otherwise.
    code: `const a = [...set].map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        data: { chain: '[...set].map(...)' },
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, (x) => x * 2);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = [...this.set].map((x) => x.id);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(this.set, (x) => x.id);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = [...(a || b)].map((x) => x.id);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(a || b, (x) => x.id);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = [...getSet()].map((x) => x.id);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(getSet(), (x) => x.id);`,
          },
        ],
      },
    ],
  },
  {
    code: `const items = [1, 2, 3];
const a = [...items].map((x) => x * 2);`,
    output: `const items = [1, 2, 3];
const a = Array.from(items, (x) => x * 2);`,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 39,
      },
    ],
  },
  {
    code: `const a = [...set].map((x) => { seen.add(x); return x; });`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, (x) => { seen.add(x); return x; });`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = [...map.keys()].map((k) => k.toUpperCase());`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(map.keys(), (k) => k.toUpperCase());`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = [...set].map(fn);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 27,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, fn);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = [...a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u].map((x) => f(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 74,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u, (x) => f(x));`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = [...set].map((x, i, arr) => arr.length);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 50,
        suggestions: [],
      },
    ],
  },
  {
    code: `function f(Array) {
  return [...set].map((x) => x * 2);
}`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = [...set].filter((x) => x > 2);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 40,
        suggestions: [],
      },
    ],
  },
  {
    // [...x].forEach(g): a for...of loop, as a suggestion (the copy may be deliberate).
    code: `[...set].forEach((x) => console.log(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        data: { chain: '[...set].forEach(...)' },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `for (const x of set) console.log(x);`,
          },
        ],
      },
    ],
  },
  {
    code: `[...set].forEach((x) => { total += x; });`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `for (const x of set) { total += x; }`,
          },
        ],
      },
    ],
  },
  {
    code: `[...map.values()].forEach((v) => {
  v.dispose();
});`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 3,
        endColumn: 3,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `for (const v of map.values()) {
  v.dispose();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `if (c) [...set].forEach((x) => log(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 8,
        endLine: 1,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `if (c) for (const x of set) log(x);`,
          },
        ],
      },
    ],
  },
  {
    // Report only: an early return, a callback that is not an inline one-parameter arrow, or a used value.
    code: `[...set].forEach((x) => { if (!x) return; total += x; });`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 57,
        suggestions: [],
      },
    ],
  },
  {
    code: `[...set].forEach((x, i) => log(x, i));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
  {
    code: `[...set].forEach((x) => log(x), ctx);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
  {
    code: `[...set].forEach(log);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    code: `[...set].forEach(async (x) => log(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
  {
    code: `[...set].forEach(({ a }) => log(a));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  {
    code: `const r = [...set].forEach((x) => log(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 42,
        suggestions: [],
      },
    ],
  },
  {
    // xs.slice().forEach(g): the copy protects the loop if g changes xs, so a suggestion.
    code: `xs.slice().forEach((x) => log(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        data: { chain: 'xs.slice().forEach(...)' },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `xs.forEach((x) => log(x));`,
          },
        ],
      },
    ],
  },
  {
    code: `xs.slice().forEach(fn, ctx);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `xs.forEach(fn, ctx);`,
          },
        ],
      },
    ],
  },
  {
    code: `this.listeners.slice().forEach((l) => l(event));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 48,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `this.listeners.forEach((l) => l(event));`,
          },
        ],
      },
    ],
  },
  {
    // .map().filter(): a fused reduce, as a suggestion.
    code: `const ys = xs.map((x) => x * 2).filter((y) => y > 10);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        data: { chain: '.map(...).filter(...)' },
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { const y = x * 2; if (y > 10) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.map((x, i) => x * i).filter((y, j) => y > j);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 59,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x, i) => { const y = x * i; const j = i; if (y > j) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.map((x) => x * 2).filter((y, j) => y > j);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 56,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x, i) => { const y = x * 2; const j = i; if (y > j) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.map((x, i) => x * i).filter((y, i) => y > i);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 59,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x, i) => { const y = x * i; if (y > i) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.map((x, i, arr) => arr[i]).filter((y) => y);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x, i, arr) => { const y = arr[i]; if (y) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.map((x) => (x, 2)).filter((y) => (y, 1));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { const y = (x, 2); if ((y, 1)) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.map(() => 1).filter((y) => y);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, item) => { const y = 1; if (y) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    // The same name in both callbacks: the second body gets a nested block.
    code: `const ys = xs.map((x) => x * 2).filter((x) => x > 10);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { const mapped = x * 2; { const x = mapped; if (x > 10) out.push(x); } return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    // The accumulator avoids names the callbacks use.
    code: `const ys = xs.map((out) => out * 2).filter((y) => y > 10);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((result, out) => { const y = out * 2; if (y > 10) result.push(y); return result; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const out = 1;
const ys = xs.filter((x) => x > out).map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const out = 1;
const ys = xs.reduce((result, x) => { if (x > out) result.push(x * 2); return result; }, []);`,
          },
        ],
      },
    ],
  },
  {
    // .filter().map().
    code: `const ys = xs.filter((x) => x > 0).map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { if (x > 0) out.push(x * 2); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.filter((x) => x > 0).map((y) => y * 2);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { if (x > 0) { const y = x; out.push(y * 2); } return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.filter((x) => x > 0).map((x, i) => x * i);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 56,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { if (x > 0) { const i = out.length; out.push(x * i); } return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.filter((x, i) => i % 2).map((y, j) => y * j);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 59,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x, i) => { if (i % 2) { const y = x; const j = out.length; out.push(y * j); } return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    // An optional member on the intermediate array (never nullish) does not hide the chain.
    code: `const ys = xs.map((x) => x * 2)?.filter((y) => y > 1);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { const y = x * 2; if (y > 1) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    // .map().reduce() and .filter().reduce().
    code: `const s = xs.map((x) => x * 2).reduce((a, b) => a + b, 0);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const s = xs.reduce((a, x) => { const b = x * 2; return a + b; }, 0);`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = xs.map((x) => x * 2).reduce((a, b, j) => a + b * j, 0);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 65,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const s = xs.reduce((a, x, i) => { const b = x * 2; const j = i; return a + b * j; }, 0);`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = xs.map((x) => x * 2).reduce((a, b) => a + b, 0).toFixed(2);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const s = xs.reduce((a, x) => { const b = x * 2; return a + b; }, 0).toFixed(2);`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = xs.filter((x) => x > 0).reduce((a, b) => a + b, 0);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        data: { chain: '.filter(...).reduce(...)' },
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 61,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const s = xs.reduce((a, x) => { if (!(x > 0)) return a; const b = x; return a + b; }, 0);`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = xs.filter((b) => b > 0).reduce((a, b) => a + b, 0);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 61,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const s = xs.reduce((a, b) => { if (!(b > 0)) return a; return a + b; }, 0);`,
          },
        ],
      },
    ],
  },
  {
    // The second callback reads a name the fused function would bind: no suggestion.
    code: `const ys = xs.map((x) => x * 2).filter((y) => y > x);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 53,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.map((x) => x * 2).filter((y, x) => y > x);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 56,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = xs.map((x) => x * 2).reduce((x, b) => x + b, 0);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 58,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = xs.map((a) => a * 2).reduce((a, b) => a + b, 0);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 58,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = xs.filter((x) => x > 0).reduce((a, b) => a + b + x, 0);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 65,
        suggestions: [],
      },
    ],
  },
  {
    // Report only: callbacks that are not expression-bodied arrows, thisArgs, no seed, reads of the array or index.
    code: `const ys = xs.map(f).filter(g);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.map((x) => { return x * 2; }).filter((y) => y);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 61,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.map(async (x) => x).filter((y) => y);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.map((x) => x * 2).filter((y) => y, ctx);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 54,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = xs.map((x) => x * 2).reduce((a, b) => a + b);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 55,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = xs.filter((x) => x).reduce((a, b, j) => a + j, 0);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 60,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.map((x) => x).filter((y, j, arr) => arr);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 55,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.filter((x) => x).map((y, j, arr) => arr);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 55,
        suggestions: [],
      },
    ],
  },
  {
    code: `xs.map((x) => x * 2).forEach((y) => log(y));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 44,
        suggestions: [],
      },
    ],
  },
  {
    code: `xs.filter((x) => x).forEach((y) => log(y));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
];

jsTester.run('no-intermediate-arrays (espree)', rule, { valid: jsValid, invalid: jsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript with options (`iteratorHelpers`, `minLength`)
// ---------------------------------------------------------------------------------------------------------------

const jsOptionsValid: Valid[] = [
  {
    code: `const ys = [1].map((x) => x * 2).filter((y) => y > 1);`,
    options: [{"minLength":2}],
  },
];

const jsOptionsInvalid: Invalid[] = [
  {
    // iteratorHelpers: an extra suggestion with Iterator.prototype helpers.
    code: `const ys = xs.map((x) => x * 2).filter((y) => y > 10);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { const y = x * 2; if (y > 10) out.push(y); return out; }, []);`,
          },
          {
            messageId: 'useIteratorHelpers',
            output: `const ys = xs.values().map((x) => x * 2).filter((y) => y > 10).toArray();`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.filter((x) => x > 0).map((x) => x * 2);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { if (x > 0) out.push(x * 2); return out; }, []);`,
          },
          {
            messageId: 'useIteratorHelpers',
            output: `const ys = xs.values().filter((x) => x > 0).map((x) => x * 2).toArray();`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.map(f).filter(g);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'useIteratorHelpers',
            output: `const ys = xs.values().map(f).filter(g).toArray();`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = xs.map(f).reduce(g, 0);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'useIteratorHelpers',
            output: `const s = xs.values().map(f).reduce(g, 0);`,
          },
        ],
      },
    ],
  },
  {
    code: `const s = xs.filter((x) => x > 0).reduce((a, b) => a + b, 0);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 61,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const s = xs.reduce((a, x) => { if (!(x > 0)) return a; const b = x; return a + b; }, 0);`,
          },
          {
            messageId: 'useIteratorHelpers',
            output: `const s = xs.values().filter((x) => x > 0).reduce((a, b) => a + b, 0);`,
          },
        ],
      },
    ],
  },
  {
    code: `xs.map(f).forEach(g);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 21,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = xs.map(f).reduce(g);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.map(f, ctx).filter(g);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 36,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.map((x, i, arr) => x).filter(g);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  {
    code: `const s = xs.map(f).reduce((a, b, i, arr) => a, 0);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = [...set].map((x) => x * 2);`,
    options: iteratorHelpers,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set, (x) => x * 2);`,
          },
        ],
      },
    ],
  },
  {
    // minLength: literals with at least this many elements are reported.
    code: `const ys = [1, 2, 3].map((x) => x * 2).filter((y) => y > 1);`,
    options: [{"minLength":2}],
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 60,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = [1, 2, 3].reduce((out, x) => { const y = x * 2; if (y > 1) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = [...[1, 2, 3]].map((x) => x * 2);`,
    options: [{"minLength":0}],
    output: `const a = Array.from([1, 2, 3], (x) => x * 2);`,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 43,
      },
    ],
  },
];

jsTester.run('no-intermediate-arrays (espree, options)', rule, { valid: jsOptionsValid, invalid: jsOptionsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript without type information
// ---------------------------------------------------------------------------------------------------------------

const tsValid: Valid[] = [
  `const v = Object.keys(o).map((k) => o[k as keyof typeof o]);`,
];

const tsInvalid: Invalid[] = [
  {
    code: `const ys = xs.map((x: number) => x * 2).filter((y) => y > 1);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 61,
        suggestions: [],
      },
    ],
  },
  {
    code: `const ys = xs.map(<T,>(x: T) => x).filter((y) => y);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 52,
        suggestions: [],
      },
    ],
  },
  {
    code: `const a = Array.from(set as Set<number>).map((x) => x * 2);`,
    output: `const a = Array.from(set as Set<number>, (x) => x * 2);`,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 59,
      },
    ],
  },
  {
    code: `const a = [...(set as Set<number>)].map((x) => x * 2);`,
    output: `const a = Array.from(set as Set<number>, (x) => x * 2);`,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 54,
      },
    ],
  },
  {
    code: `const a = [...set!].map((x) => x * 2);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'mapWhileCopying',
            output: `const a = Array.from(set!, (x) => x * 2);`,
          },
        ],
      },
    ],
  },
  {
    code: `const ys = xs.map((x) => x * 2).filter((y): y is number => y > 1);`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `const ys = xs.reduce((out, x) => { const y = x * 2; if (y > 1) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `xs!.slice().forEach((x) => log(x));`,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `xs!.forEach((x) => log(x));`,
          },
        ],
      },
    ],
  },
];

tsTester.run('no-intermediate-arrays (typescript, untyped)', rule, { valid: tsValid, invalid: tsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript with type information (`typeAware`)
// ---------------------------------------------------------------------------------------------------------------

const typedValid: Valid[] = [
  {
    code: `declare const xs: { map(f: (x: number) => number): { filter(p: (x: number) => boolean): number[] } };
const ys = xs.map((x) => x * 2).filter((y) => y > 1);`,
    options: typeAware,
  },
  {
    code: `declare const xs: readonly [number, number];
const ys = xs.map((x) => x * 2).filter((y) => y > 1);`,
    options: typeAware,
  },
  {
    code: `declare const xs: { slice(): number[] };
xs.slice().forEach((x) => console.log(x));`,
    options: typeAware,
  },
];

const typedInvalid: Invalid[] = [
  {
    // typeAware: a Set's iteration runs no code of the program: fixed.
    code: `function run(s: Set<number>) { return [...s].map((x) => x * 2); }`,
    options: typeAware,
    output: `function run(s: Set<number>) { return Array.from(s, (x) => x * 2); }`,
    errors: [{ messageId: 'intermediateArray', line: 1, column: 39, endLine: 1, endColumn: 63 }],
  },
  {
    code: `function run(s: string | number[]) { return Array.from(s).map((x) => x); }`,
    options: typeAware,
    output: `function run(s: string | number[]) { return Array.from(s, (x) => x); }`,
    errors: [{ messageId: 'intermediateArray' }],
  },
  {
    // A generator is iterable, but iterating it runs code: a suggestion.
    code: `function run(x: Generator<number>) { return [...x].map((v) => v * 2); }`,
    options: typeAware,
    output: null,
    errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'mapWhileCopying', data: { caveat: ' (the callback now runs while `x` is iterated: if iterating it runs code (a generator, a custom iterator, getters), a callback that throws or shares state with it sees a difference)' }, output: `function run(x: Generator<number>) { return Array.from(x, (v) => v * 2); }` }] }],
  },
  {
    // An array-like is not iterable: `[...x]` throws where `Array.from` maps it.
    code: `function run(x: ArrayLike<number>) { return [...x].map((v) => v * 2); }`,
    options: typeAware,
    output: null,
    errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'mapWhileCopying', data: { caveat: ' (`Array.from` also accepts array-likes and other non-iterable values, where `[...x]` throws a TypeError)' }, output: `function run(x: ArrayLike<number>) { return Array.from(x, (v) => v * 2); }` }] }],
  },
  {
    // typeAware: only chains on arrays.
    code: `declare const xs: number[];
const ys = xs.map((x) => x * 2).filter((y) => y > 1);`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `declare const xs: number[];
const ys = xs.reduce((out, x) => { const y = x * 2; if (y > 1) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const xs: Float64Array;
const ys = xs.map((x) => x * 2).filter((y) => y > 1);`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `declare const xs: Float64Array;
const ys = xs.reduce((out, x) => { const y = x * 2; if (y > 1) out.push(y); return out; }, []);`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const xs: number[];
xs.slice().forEach((x) => console.log(x));`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `declare const xs: number[];
xs.forEach((x) => console.log(x));`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const xs: Float64Array;
xs.slice().forEach((x) => console.log(x));`,
    options: typeAware,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'iterateDirectly',
            output: `declare const xs: Float64Array;
xs.forEach((x) => console.log(x));`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const set: Set<number>;
const a = [...set].map((x) => x * 2);`,
    options: typeAware,
    output: `declare const set: Set<number>;
const a = Array.from(set, (x) => x * 2);`,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 37,
      },
    ],
  },
  {
    code: `declare const xs: number[];
const ys = xs.map((x) => x * 2).filter((y) => y > 1);`,
    options: iteratorHelpersTyped,
    output: null,
    errors: [
      {
        messageId: 'intermediateArray',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'fuseIntoOnePass',
            output: `declare const xs: number[];
const ys = xs.reduce((out, x) => { const y = x * 2; if (y > 1) out.push(y); return out; }, []);`,
          },
          {
            messageId: 'useIteratorHelpers',
            output: `declare const xs: number[];
const ys = xs.values().map((x) => x * 2).filter((y) => y > 1).toArray();`,
          },
        ],
      },
    ],
  },
];

typedTester.run('no-intermediate-arrays (typescript, typed)', rule, { valid: typedValid, invalid: typedInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Regressions: problems found by review, each pinned to its fixed behaviour
// ---------------------------------------------------------------------------------------------------------------

jsTester.run('no-intermediate-arrays (regressions)', rule, {
  valid: [],
  invalid: [
    {
      // The receiver keeps its parentheses.
      code: `const r = (a || b).map((x) => x * 2).filter((y) => y > 10);`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'fuseIntoOnePass', output: `const r = (a || b).reduce((out, x) => { const y = x * 2; if (y > 10) out.push(y); return out; }, []);` }] }],
    },
    {
      code: `(a || b).slice().forEach(g);`,
      output: null,
      errors: [{ messageId: 'intermediateArray', data: { chain: '(a || b).slice().forEach(...)' }, suggestions: [{ messageId: 'iterateDirectly', output: `(a || b).forEach(g);` }] }],
    },
    {
      code: `async function f() { return (await load()).filter((p) => p.ok).map((p) => p.id); }`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'fuseIntoOnePass', output: `async function f() { return (await load()).reduce((out, p) => { if (p.ok) out.push(p.id); return out; }, []); }` }] }],
    },
    {
      // A sequence expression stays one argument.
      code: `const r = [...(a, b)].map((x) => x * 2);`,
      output: null,
      errors: [{ messageId: 'intermediateArray', data: { chain: '[...(a, b)].map(...)' } , suggestions: [{ messageId: 'mapWhileCopying', output: `const r = Array.from((a, b), (x) => x * 2);` }] }],
    },
    {
      code: `const r = Array.from((a, b)).map((x) => x * 2);`,
      output: null,
      errors: [{ messageId: 'intermediateArray' , suggestions: [{ messageId: 'mapWhileCopying', output: `const r = Array.from((a, b), (x) => x * 2);` }] }],
    },
    {
      code: `[...(a, b)].forEach((x) => log(x));`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'iterateDirectly', output: `for (const x of (a, b)) log(x);` }] }],
    },
    {
      // `for (const x of x)` would read the new `x` before it is set: no rewrite.
      code: `[...x].forEach((x) => log(x));`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [] }],
    },
    {
      // The body writes its parameter: the loop declares it with `let`.
      code: `[...set].forEach((x) => { x = x + 1; log(x); });`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'iterateDirectly', output: `for (let x of set) { x = x + 1; log(x); }` }] }],
    },
    {
      // A `var` would leave the callback's scope: no rewrite.
      code: `[...set].forEach((x) => { var t = x; log(t); });`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [] }],
    },
  ],
});

jsTester.run('no-intermediate-arrays (what Array.from(x, f) would change)', rule, {
  valid: [],
  invalid: [
    {
      // `[...x]` throws on an array-like, `Array.from(x, f)` maps it: a suggestion that says so.
      code: `function run(x) { return [...x].map((v) => v); }`,
      output: null,
      errors: [
        {
          messageId: 'intermediateArray',
          data: { chain: '[...x].map(...)' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'mapWhileCopying',
              data: { caveat: ' (`Array.from` also accepts array-likes and other non-iterable values, where `[...x]` throws a TypeError)' },
              output: `function run(x) { return Array.from(x, (v) => v); }`,
            },
          ],
        },
      ],
    },
    {
      // A generator runs to its end before `map` in the original; `Array.from(x, f)` stops it where `f` throws.
      code: `function run(x) { return Array.from(x).map((v) => v.k); }`,
      output: null,
      errors: [
        {
          messageId: 'intermediateArray',
          data: { chain: 'Array.from(...).map(...)' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'mapWhileCopying',
              data: { caveat: ' (the callback now runs while `x` is iterated: if iterating it runs code (a generator, a custom iterator, getters), a callback that throws or shares state with it sees a difference)' },
              output: `function run(x) { return Array.from(x, (v) => v.k); }`,
            },
          ],
        },
      ],
    },
    {
      // A callback that reads only its parameters and cannot throw: interleaving it is unobservable.
      code: `function run(x) { return Array.from(x).map((v, i) => [v, i === 0 ? null : v !== undefined]); }`,
      output: `function run(x) { return Array.from(x, (v, i) => [v, i === 0 ? null : v !== undefined]); }`,
      errors: [{ messageId: 'intermediateArray', line: 1, column: 26, endLine: 1, endColumn: 92 }],
    },
    {
      code: `function run(x) { return Array.from(x).map(Boolean); }`,
      output: `function run(x) { return Array.from(x, Boolean); }`,
      errors: [{ messageId: 'intermediateArray', line: 1, column: 26, endLine: 1, endColumn: 52 }],
    },
    {
      // Destructuring throws on a null element: not inert.
      code: `function run(x) { return Array.from(x).map(({ length }) => length); }`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'mapWhileCopying', data: { caveat: ' (the callback now runs while `x` is iterated: if iterating it runs code (a generator, a custom iterator, getters), a callback that throws or shares state with it sees a difference)' }, output: `function run(x) { return Array.from(x, ({ length }) => length); }` }] }],
    },
    {
      // Sources whose iteration runs no code of the program: a Set, a string, an array literal, through a `const`.
      code: `const s = new Set(xs); const a = [...s].map((x) => x * 2);`,
      output: `const s = new Set(xs); const a = Array.from(s, (x) => x * 2);`,
      errors: [{ messageId: 'intermediateArray', data: { chain: '[...s].map(...)' }, line: 1, column: 34, endLine: 1, endColumn: 58 }],
    },
    {
      code: `const a = [...'a😀b'].map((c) => c + '!');`,
      output: `const a = Array.from('a😀b', (c) => c + '!');`,
      errors: [{ messageId: 'intermediateArray' }],
    },
    {
      code: `const a = Array.from(new Map(entries)).map(([k, v]) => k + v);`,
      output: `const a = Array.from(new Map(entries), ([k, v]) => k + v);`,
      errors: [{ messageId: 'intermediateArray' }],
    },
    {
      code: `const ys = line.split(','); const a = Array.from(ys).map((v) => v.length);`,
      output: `const ys = line.split(','); const a = Array.from(ys, (v) => v.length);`,
      errors: [{ messageId: 'intermediateArray' }],
    },
    {
      // A `let` may be reassigned to anything: not followed.
      code: `let s = new Set(xs); const a = [...s].map((x) => x * 2);`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'mapWhileCopying', output: `let s = new Set(xs); const a = Array.from(s, (x) => x * 2);` }] }],
    },
  ],
});

tsTester.run('no-intermediate-arrays (regressions, typescript)', rule, {
  valid: [],
  invalid: [
    {
      code: `const r = (xs as number[]).map((x) => x * 2).reduce((s, y) => s + y, 0);`,
      output: null,
      errors: [{ messageId: 'intermediateArray', suggestions: [{ messageId: 'fuseIntoOnePass', output: `const r = (xs as number[]).reduce((s, x) => { const y = x * 2; return s + y; }, 0);` }] }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Every expected output parses (so no case above pins output that is not a program)
// ---------------------------------------------------------------------------------------------------------------

describeOutputsParse('no-intermediate-arrays', [...jsInvalid, ...jsOptionsInvalid], [...tsInvalid, ...typedInvalid], { js: 30, ts: 8 });
