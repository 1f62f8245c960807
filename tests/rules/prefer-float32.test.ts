// prefer-float32 under three parsers: espree (plain JS), @typescript-eslint/parser without types, and with the
// checker. The rule is opt-in by name (`names`), by a comment marker (`marker`, default `@float32`) or per file
// (`all`), and only ever suggests: every invalid case pins `output: null` and the exact suggested text; the last
// test re-parses every expected output.

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/prefer-float32.ts';
import { describeOutputsParse, jsTester, tsTester, typedTester } from './testers.ts';

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = ValidTestCase<Options> | string;

const positions: Options = [{ names: ['^positions$'] }];
const all: Options = [{ all: true }];
const f32Marker: Options = [{ marker: 'f32' }];

// The report's `saving`: a Float64Array halves; a `number[]` buffer also leaves the GC heap.
const FROM_FLOAT64 = 'takes 4 bytes per element instead of 8';
const FROM_ARRAY = 'takes 4 bytes per element instead of 8, off the GC heap';
const report = (name: string, saving: string): Record<string, string> => ({ name, kind: 'Float32Array', saving, article: 'a' });
// The one caveat every suggestion carries.
const PRECISION_TEXT = '32-bit floats keep about 7 significant digits, a relative error up to 6e-8, and round integers above 2^24';
const PRECISION = { caveat: ` (${PRECISION_TEXT})` };
/** A `number[]` candidate's caveat: the precision, and the reason prefer-typed-array had not to autofix. */
const alsoCaveat = (reason: string): { caveat: string } => ({ caveat: ` (${PRECISION_TEXT}; also, ${reason})` });

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript (espree)
// ---------------------------------------------------------------------------------------------------------------

const jsValid: Valid[] = [
  // Nothing says 32 bits are enough: no name option, no marker, not `all`.
  `const positions = new Float64Array(src.length);`,
  `const positions = Float64Array.from(src);`,
  `const positions = new Array(n).fill(0.5);
const y = positions[0];`,
  `// float32 would do here, but that is not the marker
const positions = new Float64Array(src.length);`,
  // A name that does not match.
  { code: `const other = new Float64Array(src.length);`, options: positions },
  { code: `const positionsBackup = new Float64Array(src.length);`, options: positions },
  { code: `const pos = new Float64Array(src.length);`, options: positions },
  // The marker must be in a comment before the declaration, not after it or before an earlier statement.
  `const a = new Float64Array(src.length); // @float32`,
  `// @float32
const b = 1;
const a = new Float64Array(src.length);`,
  // A custom marker replaces the default one; an empty marker matches nothing.
  {
    code: `// @float32
const a = new Float64Array(src.length);`,
    options: f32Marker,
  },
  {
    code: `// anything
const a = new Float64Array(src.length);`,
    options: [{ marker: '' }],
  },
  // Already 32-bit, or another kind.
  { code: `const positions = new Float32Array(src.length);`, options: all },
  { code: `const positions = Float32Array.from(src);`, options: all },
  { code: `const counts = new Int32Array(n);`, options: all },
  { code: `const bytes = new Uint8Array(n);`, options: all },
  // Not a buffer, or not a declaration of one.
  { code: `const positions = [1.5, 2.5, 3.5];`, options: all },
  { code: `const positions = compute(n);`, options: all },
  { code: `const positions = Float64Array.from(src).map((x) => x * 2);`, options: all },
  { code: `const { a } = { a: new Float64Array(src.length) };`, options: all },
  {
    code: `let a;
a = new Float64Array(src.length);`,
    options: all,
  },
  { code: `const positions = new Array(n).fill(0.5);
positions.push(1);`, options: all },
  // `Float64Array` is not the global.
  { code: `function f(Float64Array) { const positions = new Float64Array(src.length); }`, options: all },
  // `number[]` candidates that prefer-typed-array would make integer kinds.
  { code: `const a = new Array(n).fill(0);
const y = a[0];`, options: all },
  {
    code: `function f(src) {
  const a = [];
  for (let i = 0; i < src.length; i++) a.push(src[i] | 0);
  return a[0];
}`,
    options: all,
  },
  // `number[]` candidates that prefer-typed-array reports without a rewrite, or not at all.
  {
    code: `function f(src) {
  const a = [];
  for (let i = 0; i < src.length; i++) {
    if (src[i] < 0) continue;
    a.push(src[i] * 0.1);
  }
  return a[0];
}`,
    options: all,
  },
  { code: `export const a = new Array(n).fill(0.5);`, options: all },
  { code: `const a = new Array(3).fill(0.5);
const y = a[0];`, options: all },
  { code: `const a = new Array(20).fill(0.5);
const y = a[0];`, options: [{ all: true, minLength: 32 }] },
  // A Float64Array of a literal size below minLength is a shape too.
  { code: `const positions = new Float64Array(3);`, options: all },
  { code: `const positions = new Float64Array(20);`, options: [{ all: true, minLength: 32 }] },
  // Views: `new Float64Array(buffer, offset, length)` reinterprets someone else's bytes, and so may
  // `new Float64Array(x)` of an argument that is not a number by its syntax (an ArrayBuffer, say).
  { code: `const positions = new Float64Array(buffer, 0, 4);`, options: all },
  { code: `const positions = new Float64Array(buffer, 0);`, options: all },
  { code: `const positions = new Float64Array(buffer);`, options: all },
  { code: `const positions = new Float64Array(n);`, options: all },
  { code: `const positions = new Float64Array(n).fill(0.5);`, options: all },
  { code: `const positions = new Float64Array(...args);`, options: all },
  { code: `const positions = new Float64Array();`, options: all },
];

const jsInvalid: Invalid[] = [
  // ---- Float64Array buffers, by name ----
  {
    code: `const positions = new Float64Array(src.length);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_FLOAT64),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 47,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = new Float32Array(src.length);` }],
      },
    ],
  },
  {
    code: `const positions = Float64Array.from(src);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_FLOAT64),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 41,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = Float32Array.from(src);` }],
      },
    ],
  },
  {
    code: `const positions = Float64Array.from({ length: n }, (_, i) => i * 0.5);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 70,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = Float32Array.from({ length: n }, (_, i) => i * 0.5);` }],
      },
    ],
  },
  {
    code: `const positions = Float64Array.of(...samples);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 46,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = Float32Array.of(...samples);` }],
      },
    ],
  },
  {
    // `names` are regular expressions: alternatives, prefixes, suffixes.
    code: `const vertices = new Float64Array(n * 3);
const posX = new Float64Array(src.length);
const boneWeights = new Float64Array(n * 4);
const other = new Float64Array(src.length);`,
    options: [{ names: ['^(vertices|normals)$', '^pos', 'Weights$'] }],
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('vertices', FROM_FLOAT64),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const vertices = new Float32Array(n * 3);
const posX = new Float64Array(src.length);
const boneWeights = new Float64Array(n * 4);
const other = new Float64Array(src.length);`,
          },
        ],
      },
      {
        messageId: 'preferFloat32',
        data: report('posX', FROM_FLOAT64),
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const vertices = new Float64Array(n * 3);
const posX = new Float32Array(src.length);
const boneWeights = new Float64Array(n * 4);
const other = new Float64Array(src.length);`,
          },
        ],
      },
      {
        messageId: 'preferFloat32',
        data: report('boneWeights', FROM_FLOAT64),
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const vertices = new Float64Array(n * 3);
const posX = new Float64Array(src.length);
const boneWeights = new Float32Array(n * 4);
const other = new Float64Array(src.length);`,
          },
        ],
      },
    ],
  },

  // ---- Float64Array buffers, by marker ----
  {
    code: `// @float32
const other = new Float64Array(src.length);`,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('other', FROM_FLOAT64),
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 43,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `// @float32
const other = new Float32Array(src.length);`,
          },
        ],
      },
    ],
  },
  {
    code: `/* @float32 */ const other = new Float64Array(src.length);`,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 22,
        endLine: 1,
        endColumn: 58,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `/* @float32 */ const other = new Float32Array(src.length);` }],
      },
    ],
  },
  {
    code: `/**
 * Vertex data for the GPU.
 * @float32
 */
const other = Float64Array.from(src);`,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 5,
        column: 7,
        endLine: 5,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `/**
 * Vertex data for the GPU.
 * @float32
 */
const other = Float32Array.from(src);`,
          },
        ],
      },
    ],
  },
  {
    // On an exported declaration the comment precedes the `export`.
    code: `// @float32: vertex data
export const other = new Float64Array(src.length);`,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 50,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `// @float32: vertex data
export const other = new Float32Array(src.length);`,
          },
        ],
      },
    ],
  },
  {
    // A marker on a declaration covers each of its declarators.
    code: `// @float32
const a = new Float64Array(src.length), b = new Float64Array(dst.length);`,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('a', FROM_FLOAT64),
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `// @float32
const a = new Float32Array(src.length), b = new Float64Array(dst.length);`,
          },
        ],
      },
      {
        messageId: 'preferFloat32',
        data: report('b', FROM_FLOAT64),
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 73,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `// @float32
const a = new Float64Array(src.length), b = new Float32Array(dst.length);`,
          },
        ],
      },
    ],
  },
  {
    // A custom marker, anywhere in the comment.
    code: `// f32
const a = new Float64Array(src.length);
// unrelated
const b = new Float64Array(src.length);`,
    options: f32Marker,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('a', FROM_FLOAT64),
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `// f32
const a = new Float32Array(src.length);
// unrelated
const b = new Float64Array(src.length);`,
          },
        ],
      },
    ],
  },
  {
    code: `/**
 * Vertex positions. f32 is enough.
 */
const a = new Float64Array(src.length);`,
    options: f32Marker,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `/**
 * Vertex positions. f32 is enough.
 */
const a = new Float32Array(src.length);`,
          },
        ],
      },
    ],
  },

  // ---- Float64Array buffers, for the whole file ----
  {
    code: `const a = new Float64Array(src.length), b = 1;`,
    options: all,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('a', FROM_FLOAT64),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 39,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const a = new Float32Array(src.length), b = 1;` }],
      },
    ],
  },
  {
    code: `export const a = new Float64Array(src.length);`,
    options: all,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 14,
        endLine: 1,
        endColumn: 46,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `export const a = new Float32Array(src.length);` }],
      },
    ],
  },

  // ---- What counts as a new Float64Array buffer: a numeric size, a list to copy, a `.fill(v)` on either ----
  {
    code: `const positions = new Float64Array(src.length).fill(0.5);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_FLOAT64),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 57,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = new Float32Array(src.length).fill(0.5);` }],
      },
    ],
  },
  {
    code: `const positions = new Float64Array(n * 3).fill(0.5);
const normals = Float64Array.from(src).fill(0);`,
    options: all,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_FLOAT64),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const positions = new Float32Array(n * 3).fill(0.5);
const normals = Float64Array.from(src).fill(0);`,
          },
        ],
      },
      {
        messageId: 'preferFloat32',
        data: report('normals', FROM_FLOAT64),
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const positions = new Float64Array(n * 3).fill(0.5);
const normals = Float32Array.from(src).fill(0);`,
          },
        ],
      },
    ],
  },
  {
    // A size that is a number by its syntax (`+n` is a number or throws).
    code: `const positions = new Float64Array(+n);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 39,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = new Float32Array(+n);` }],
      },
    ],
  },
  {
    // A copy of an array literal is a new buffer (with minLength 0, whatever its length).
    code: `const positions = new Float64Array([0.5, 1.5, 2.5]);`,
    options: [{ names: ['^positions$'], minLength: 0 }],
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 52,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = new Float32Array([0.5, 1.5, 2.5]);` }],
      },
    ],
  },
  {
    // A literal size of minLength (16) or more is a buffer; minLength 0 lets any through.
    code: `const positions = new Float64Array(16);`,
    options: all,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 39,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = new Float32Array(16);` }],
      },
    ],
  },
  {
    code: `const positions = new Float64Array(3);`,
    options: [{ all: true, minLength: 0 }],
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 38,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = new Float32Array(3);` }],
      },
    ],
  },

  // ---- number[] buffers that prefer-typed-array would convert: Float32Array instead of Float64Array ----
  {
    code: `const positions = new Array(rows.length).fill(0.5);
const y = positions[0];`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_ARRAY),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 51,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const positions = new Float32Array(rows.length).fill(0.5);
const y = positions[0];`,
          },
        ],
      },
    ],
  },
  {
    // A zero fill stays dropped, as in prefer-typed-array.
    code: `function f(src, w) {
  const a = new Array(src.length).fill(0);
  for (let i = 0; i < a.length; i++) a[i] += w * i;
  return a[0];
}`,
    options: all,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('a', FROM_ARRAY),
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `function f(src, w) {
  const a = new Float32Array(src.length);
  for (let i = 0; i < a.length; i++) a[i] += w * i;
  return a[0];
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const a = Array.from({ length: n }, (_, i) => i / 3);
const y = a[0];`,
    options: all,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const a = Float32Array.from({ length: n }, (_, i) => i / 3);
const y = a[0];`,
          },
        ],
      },
    ],
  },
  {
    // A push-built buffer, marked inside a function.
    code: `function f(src) {
  // @float32
  const xs = [];
  for (let i = 0; i < src.length; i++) xs.push(src[i] * 0.5);
  return xs[0];
}`,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('xs', FROM_ARRAY),
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `function f(src) {
  // @float32
  const xs = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) xs[i] = src[i] * 0.5;
  return xs[0];
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function f(src) {
  // f32
  const xs = new Array(src.length);
  for (let i = 0; i < xs.length; i++) xs[i] = Math.sin(i);
  return xs[0];
}`,
    options: f32Marker,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `function f(src) {
  // f32
  const xs = new Float32Array(src.length);
  for (let i = 0; i < xs.length; i++) xs[i] = Math.sin(i);
  return xs[0];
}`,
          },
        ],
      },
    ],
  },
  {
    // minLength applies to `number[]` candidates as in prefer-typed-array.
    code: `const a = new Array(3).fill(0.5);
const y = a[0];`,
    options: [{ all: true, minLength: 0 }],
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const a = new Float32Array(3).fill(0.5);
const y = a[0];`,
          },
        ],
      },
    ],
  },
  {
    // A spread into a `Math` function reads the elements the same way: no other reason.
    code: `const positions = new Array(rows.length).fill(0.5);
const top = Math.max(...positions);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 51,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `const positions = new Float32Array(rows.length).fill(0.5);
const top = Math.max(...positions);`,
          },
        ],
      },
    ],
  },

  // ---- number[] buffers with a reason of their own not to autofix: it is named after the precision ----
  {
    code: `const positions = new Array(n).fill(0.5);
const y = positions[0];`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_ARRAY),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: alsoCaveat('the size `n` must be a whole number'),
            output: `const positions = new Float32Array(n).fill(0.5);
const y = positions[0];`,
          },
        ],
      },
    ],
  },
  {
    code: `function f(src) {
  const positions = new Array(src.length).fill(0.5);
  positions.sort();
  return positions;
}`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: alsoCaveat('`sort()` without a comparator orders numbers numerically on a typed array, as strings on an Array'),
            output: `function f(src) {
  const positions = new Float32Array(src.length).fill(0.5);
  positions.sort();
  return positions;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function f(src) {
  const positions = new Array(src.length).fill(0.5);
  return positions;
}`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: alsoCaveat('`positions` is used as a value (line 3), so code elsewhere may need an Array'),
            output: `function f(src) {
  const positions = new Float32Array(src.length).fill(0.5);
  return positions;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function f(n) {
  const positions = [];
  for (let i = 0; i < n; i++) positions.push(i * 0.5);
  return positions[0];
}`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 23,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: alsoCaveat('the loop bound `n` must be a whole number, or the typed array is one element short'),
            output: `function f(n) {
  const positions = new Float32Array(n);
  for (let i = 0; i < n; i++) positions[i] = i * 0.5;
  return positions[0];
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function f() {
  const positions = new Array(64);
  positions[0] = 0.5;
  return positions[1];
}`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: alsoCaveat('elements never written read 0 instead of undefined'),
            output: `function f() {
  const positions = new Float32Array(64);
  positions[0] = 0.5;
  return positions[1];
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const positions = new Array(64).fill(0.5);
positions[70] = 1.5;`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: alsoCaveat('a write past the end grows an Array, but a typed array ignores it'),
            output: `const positions = new Float32Array(64).fill(0.5);
positions[70] = 1.5;`,
          },
        ],
      },
    ],
  },
];

jsTester.run('prefer-float32 (javascript)', rule, { valid: jsValid, invalid: jsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript without type information
// ---------------------------------------------------------------------------------------------------------------

const tsValid: Valid[] = [
  { code: `const positions: Float32Array = new Float32Array(src.length);`, options: all },
  { code: `const positions: Float64Array = new Float64Array(src.length);`, options: [{ names: ['^normals$'] }] },
  {
    code: `function f(n: number) {
  const positions: string[] = new Array(n).fill(0.5);
  return positions[0];
}`,
    options: positions,
  },
  // A non-number type argument says what the array holds, without types too.
  {
    code: `function f(n: number) {
  const positions = new Array<string>(n);
  return positions[0];
}`,
    options: all,
  },
  // A view over a buffer, by its type or its arguments.
  {
    code: `function f(buffer: ArrayBuffer) {
  const positions = new Float64Array(buffer);
  return positions;
}`,
    options: all,
  },
];

const tsInvalid: Invalid[] = [
  {
    // The `Float64Array` annotation is rewritten with the constructor.
    code: `const positions: Float64Array = new Float64Array(src.length);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_FLOAT64),
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 61,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions: Float32Array = new Float32Array(src.length);` }],
      },
    ],
  },
  {
    code: `const positions: Float64Array<ArrayBuffer> = new Float64Array(src.length);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 74,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions: Float32Array<ArrayBuffer> = new Float32Array(src.length);` }],
      },
    ],
  },
  {
    // So are `as Float64Array` and `<Float64Array>` around the initializer.
    code: `const positions = new Float64Array(src.length) as Float64Array;`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 63,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions = new Float32Array(src.length) as Float32Array;` }],
      },
    ],
  },
  {
    code: `const positions: Float64Array = <Float64Array>new Float64Array(src.length).fill(0.5);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 85,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions: Float32Array = <Float32Array>new Float32Array(src.length).fill(0.5);` }],
      },
    ],
  },
  {
    // A `number`-annotated size is numeric: not a view.
    code: `function f(n: number) {
  const positions = new Float64Array(n);
  return positions;
}`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `function f(n: number) {
  const positions = new Float32Array(n);
  return positions;
}`,
          },
        ],
      },
    ],
  },
  {
    // Another annotation that a Float32Array satisfies stays.
    code: `const positions: ArrayLike<number> = new Float64Array(src.length);`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 66,
        suggestions: [{ messageId: 'useFloat32', data: PRECISION, output: `const positions: ArrayLike<number> = new Float32Array(src.length);` }],
      },
    ],
  },
  {
    // A `number[]` candidate: the annotation becomes `Float32Array`.
    code: `function f(src: number[]) {
  const positions: number[] = new Array(src.length).fill(0.5);
  return positions[0];
}`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_ARRAY),
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `function f(src: number[]) {
  const positions: Float32Array = new Float32Array(src.length).fill(0.5);
  return positions[0];
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function f(n: number) {
  // @float32
  const positions: Array<number> = Array.from({ length: n }, (_, i) => i / 3);
  return positions[0];
}`,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 78,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `function f(n: number) {
  // @float32
  const positions: Float32Array = Float32Array.from({ length: n }, (_, i) => i / 3);
  return positions[0];
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function f(src: number[]) {
  const positions: number[] = [];
  for (let i = 0; i < src.length; i++) positions.push(src[i]!);
  return positions[0];
}`,
    options: positions,
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `function f(src: number[]) {
  const positions: Float32Array = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) positions[i] = src[i]!;
  return positions[0];
}`,
          },
        ],
      },
    ],
  },
];

tsTester.run('prefer-float32 (typescript, untyped)', rule, { valid: tsValid, invalid: tsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript with type information (`typeAware`)
// ---------------------------------------------------------------------------------------------------------------

const typedValid: Valid[] = [
  {
    code: `declare function g(i: number): string;
function f(n: number) {
  const positions = new Array<string>(n);
  for (let i = 0; i < n; i++) positions[i] = g(i);
  return positions[0];
}`,
    options: [{ names: ['^positions$'], typeAware: true }],
  },
  {
    // Without typeAware, `g(i)` is of unknown type and the buffer is not a candidate.
    code: `declare function g(i: number): number;
function f(n: number) {
  const positions = new Array<number>(n).fill(0.5);
  for (let i = 0; i < n; i++) positions[i] = g(i);
  return positions[0];
}`,
    options: positions,
  },
];

const typedInvalid: Invalid[] = [
  {
    code: `declare function g(i: number): number;
function f(n: number) {
  const positions = new Array<number>(n).fill(0.5);
  for (let i = 0; i < n; i++) positions[i] = g(i);
  return positions[0];
}`,
    options: [{ names: ['^positions$'], typeAware: true }],
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        data: report('positions', FROM_ARRAY),
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 51,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `declare function g(i: number): number;
function f(n: number) {
  const positions = new Float32Array(n).fill(0.5);
  for (let i = 0; i < n; i++) positions[i] = g(i);
  return positions[0];
}`,
          },
        ],
      },
    ],
  },
  {
    code: `// @float32
const positions: Float64Array = new Float64Array(16);`,
    options: [{ typeAware: true }],
    output: null,
    errors: [
      {
        messageId: 'preferFloat32',
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'useFloat32',
            data: PRECISION,
            output: `// @float32
const positions: Float32Array = new Float32Array(16);`,
          },
        ],
      },
    ],
  },
];

typedTester.run('prefer-float32 (typescript, typed)', rule, { valid: typedValid, invalid: typedInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Regressions: found in review and fixed
// ---------------------------------------------------------------------------------------------------------------

tsTester.run('prefer-float32 (regressions)', rule, {
  valid: [],
  invalid: [
    {
      // Only the annotation and assertions are renamed: `Float64Array.BYTES_PER_ELEMENT` in the value stays 8.
      code: 'const positions = Float64Array.from({ length: 64 }, (_, i) => i * Float64Array.BYTES_PER_ELEMENT) as Float64Array;',
      options: [{ all: true }],
      output: null,
      errors: [
        {
          messageId: 'preferFloat32',
          suggestions: [
            {
              messageId: 'useFloat32',
              data: PRECISION,
              output: 'const positions = Float32Array.from({ length: 64 }, (_, i) => i * Float64Array.BYTES_PER_ELEMENT) as Float32Array;',
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Every expected output parses (so no case above pins output that is not a program)
// ---------------------------------------------------------------------------------------------------------------

describeOutputsParse('prefer-float32', jsInvalid, [...tsInvalid, ...typedInvalid], { js: 20, ts: 6 });
