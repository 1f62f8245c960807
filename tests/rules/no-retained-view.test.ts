// no-retained-view under espree (plain JS), @typescript-eslint/parser without types, and with the checker (the rule
// is syntactic: typed linting must decide the same). Every invalid case pins the message (piece, parent, what keeps
// it), the reported range, and the exact fixed or suggested output.
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/no-retained-view.ts';
import { describeOutputsParse, jsTester, tsTester, typedTester } from './testers.ts';

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = ValidTestCase<Options> | string;
type Suggestion = { messageId: MessageId; data: { copy: string }; output: string };

/** `code` with the one occurrence of `from` replaced by `to` (a case that pins a rewrite of a piece). */
function swap(code: string, from: string, to: string): string {
  if (code.split(from).length !== 2) throw new Error(`expected exactly one \`${from}\` in the case`);
  return code.replace(from, () => to);
}

/** The shortened text messages quote (one line, 40 characters). */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function error(at: [number, number, number, number], piece: string, parent: string, where: string, suggestions: Suggestion[] = []): Invalid['errors'][number] {
  const [line, column, endLine, endColumn] = at;
  return { messageId: 'retainedView', data: { piece: short(piece), parent: short(parent), where }, line, column, endLine, endColumn, suggestions };
}

const copyString = (code: string, piece: string): Suggestion => ({ messageId: 'copyString', data: { copy: short(`(' ' + ${piece}).slice(1)`) }, output: swap(code, piece, `(' ' + ${piece}).slice(1)`) });
const copyBytes = (code: string, piece: string, copy: string): Suggestion => ({ messageId: 'copyBytes', data: { copy: short(copy) }, output: swap(code, piece, copy) });
const copyPooled = (code: string, piece: string): Suggestion => ({ messageId: 'copyPooled', data: { copy: short(`Buffer.from(${piece})`) }, output: swap(code, piece, `Buffer.from(${piece})`) });

// ---------------------------------------------------------------------------------------------------------------
// Valid: views used and dropped inside the call, small pieces, parents not known to be large, copies already there
// ---------------------------------------------------------------------------------------------------------------

const valid: Valid[] = [
  // Used and dropped inside the call.
  `import { readFileSync } from 'node:fs';
export function magic(path) {
  const buf = readFileSync(path);
  return buf.subarray(0, 4).readUInt32LE(0);
}`,
  `import { readFileSync } from 'node:fs';
export function count(path) {
  const raw = readFileSync(path, 'utf8');
  const head = raw.slice(0, 100);
  if (head.startsWith('#')) return head.length;
  return 0;
}`,
  // Passed to calls that read it (whether they keep it is not known: no evidence, no report).
  `import { readFileSync } from 'node:fs';
export function digest(path, hash) {
  const buf = readFileSync(path);
  hash.update(buf.subarray(0, 16));
  console.log(buf.toString().slice(0, 40));
}`,
  // Pieces V8 copies (12 chars or fewer).
  `import { readFileSync } from 'node:fs';
export class Doc {
  constructor(path) {
    const raw = readFileSync(path, 'utf8');
    this.kind = raw.slice(0, 8);
    this.code = raw.substr(3, 12);
    this.tail = raw.slice(-12);
  }
}`,
  // Parents not known to be large: a parameter, a configuration file.
  `export class Row {
  constructor(line) {
    this.id = line.slice(0, 20);
  }
}`,
  `import { readFileSync } from 'node:fs';
const settings = [];
settings.push(readFileSync('config.json', 'utf8').slice(0, 40));`,
  // Copies already there.
  `import { readFileSync } from 'node:fs';
export class Doc {
  constructor(path) {
    const raw = readFileSync(path, 'utf8');
    const buf = readFileSync(path);
    this.title = (' ' + raw.slice(0, 20)).slice(1);
    this.a = Uint8Array.prototype.slice.call(buf, 0, 16);
    this.b = Buffer.from(buf.subarray(0, 16));
    this.c = new Uint8Array(buf.subarray(0, 16));
    this.d = buf.buffer.slice(0, 16);
  }
}`,
  // `typedArray.set(view)` copies; a typed array's own `slice` copies; an ArrayBuffer's `slice` copies.
  `import { readFileSync } from 'node:fs';
export async function load(path, res, n) {
  const buf = readFileSync(path);
  const out = new Uint8Array(16);
  out.set(buf.subarray(0, 16));
  this.samples = new Float64Array(n).slice(0, 16);
  const ab = await res.arrayBuffer();
  this.head = ab.slice(0, 16);
  return out;
}`,
  // Views as long as the parent: copying them would double it.
  `import { readFileSync } from 'node:fs';
export class Doc {
  constructor(path) {
    const raw = readFileSync(path, 'utf8');
    this.body = raw.slice(4);
    this.text = raw.trim();
  }
}`,
  // A local array that does not outlive the call; a module-level parent returned from a function (alive anyway).
  `import { readFileSync } from 'node:fs';
export function names(path) {
  const raw = readFileSync(path, 'utf8');
  const parts = [];
  parts.push(raw.slice(0, 20));
  return parts.length;
}`,
  `import { readFileSync } from 'node:fs';
const raw = readFileSync(process.argv[2], 'utf8');
export function head() {
  return raw.slice(0, 20);
}`,
  // Read by a callback that runs before `map` returns.
  `import { readFileSync } from 'node:fs';
export function lengths(path, xs) {
  const head = readFileSync(path, 'utf8').slice(0, 20);
  return xs.map((x) => x + head.length);
}`,
];

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript (espree)
// ---------------------------------------------------------------------------------------------------------------

const pushed = `import { readFileSync } from 'node:fs';
const ids = [];
export function load(path) {
  const raw = readFileSync(path, 'utf8');
  ids.push(raw.slice(0, 16));
}`;
const field = `import { readFileSync } from 'node:fs';
export class Doc {
  constructor(path) {
    const raw = readFileSync(path, 'utf8');
    this.title = raw.substring(/* after the tag */ 4, 40);
  }
}`;
const matched = `export async function firstId(res) {
  const text = await res.text();
  return text.match(/id-\\d+/)[0];
}`;
const missingField = `import { readFileSync } from 'node:fs';
export function index(path) {
  const raw = readFileSync(path, 'utf8');
  const byKey = new Map();
  for (const line of raw.split('\\n')) byKey.set(line.split(',')[2], line.length);
  return byKey;
}`;
const records = `import { readFileSync } from 'node:fs';
export function records(path, offsets) {
  const buf = readFileSync(path);
  const out = [];
  for (const at of offsets) out.push(buf.subarray(at, at + 16));
  return out;
}`;
const constructed = `import { readFileSync } from 'node:fs';
export class Header {
  constructor(path) {
    const buf = readFileSync(path);
    this.bytes = new Uint8Array(buf.buffer, buf.byteOffset, 16);
    this.view = new DataView(buf.buffer, 0, 16);
    this.copy = Buffer.from(buf.buffer, 16, 32);
  }
}`;
const capturedRead = `import { readFileSync } from 'node:fs';
export function tagOf(path) {
  const tag = readFileSync(path).subarray(0, 16);
  return () => tag.toString('hex');
}`;
const capturedDataView = `import { readFileSync } from 'node:fs';
export function tagOf(path) {
  const view = new DataView(readFileSync(path).buffer, 4, 16);
  return () => view.byteLength;
}`;
const capturedWritten = `import { readFileSync } from 'node:fs';
export function tagOf(path) {
  const tag = readFileSync(path).subarray(0, 16);
  return () => { tag[0] = 0; return tag; };
}`;
const moduleLevel = `import { readFileSync } from 'node:fs';
const raw = readFileSync(process.argv[2], 'utf8');
export const header = raw.slice(0, 64);`;
const lines = `import { readFileSync } from 'node:fs';
const rows = [];
export function parse(path) {
  for (const line of readFileSync(path, 'utf8').split('\\n')) rows.push({ id: line.slice(0, 20).trim(), n: line.length });
}`;
const windowed = `export function windows(n, at) {
  const samples = new Float64Array(n);
  const win = samples.subarray(at, at + 16);
  this.win = win;
}`;
const longPiece = `import { readFileSync } from 'node:fs';
export function page(path) {
  return readFileSync(path, 'utf8').slice(0, 100000);
}`;
const passedIn = `import { readFileSync } from 'node:fs';
export function keep(path, cache) {
  const buf = readFileSync(path);
  cache.set(path, buf.slice(0, 16));
  const text = buf.toString();
  cache.last = text.substr(10, 30);
}`;
const notCopies = `import { readFileSync } from 'node:fs';
export class Doc {
  constructor(path) {
    const raw = readFileSync(path, 'utf8');
    this.a = '' + raw.slice(0, 16);
    this.b = \`\${raw.slice(16, 32)}\`;
  }
}`;
const bufferSlice = 'Uint8Array.prototype.slice.call(buf, at, at + 16)';

const jsInvalid: Invalid[] = [
  {
    code: pushed,
    output: swap(pushed, 'raw.slice(0, 16)', "(' ' + raw.slice(0, 16)).slice(1)"),
    errors: [error([5, 12, 5, 28], 'raw.slice(0, 16)', 'raw', 'pushed into `ids`, declared outside this function')],
  },
  {
    // The comment inside the piece survives the fix.
    code: field,
    output: swap(field, 'raw.substring(/* after the tag */ 4, 40)', "(' ' + raw.substring(/* after the tag */ 4, 40)).slice(1)"),
    errors: [error([5, 18, 5, 58], 'raw.substring(/* after the tag */ 4, 40)', 'raw', 'stored in `this.title`')],
  },
  {
    // Length unknown: a copy of a long match would cost as much again, so only a suggestion.
    code: matched,
    errors: [error([3, 10, 3, 33], 'text.match(/id-\\d+/)[0]', 'text', 'returned from the function that read `text`', [copyString(matched, 'text.match(/id-\\d+/)[0]')])],
  },
  {
    // A field that may be missing: a copy would turn `undefined` into 'undefined', so no rewrite at all.
    code: missingField,
    errors: [error([5, 49, 5, 67], "line.split(',')[2]", 'raw', 'put in `byKey`, declared outside this loop')],
  },
  {
    code: records,
    errors: [
      error([5, 38, 5, 63], 'buf.subarray(at, at + 16)', 'buf', 'pushed into `out`, declared outside this loop', [
        copyBytes(records, 'buf.subarray(at, at + 16)', bufferSlice),
        copyPooled(records, 'buf.subarray(at, at + 16)'),
      ]),
    ],
  },
  {
    code: constructed,
    errors: [
      error([5, 18, 5, 64], 'new Uint8Array(buf.buffer, buf.byteOffset, 16)', 'buf', 'stored in `this.bytes`', [
        copyBytes(constructed, 'new Uint8Array(buf.buffer, buf.byteOffset, 16)', 'Uint8Array.prototype.slice.call(new Uint8Array(buf.buffer, buf.byteOffset, 16))'),
      ]),
      error([6, 17, 6, 48], 'new DataView(buf.buffer, 0, 16)', 'buf', 'stored in `this.view`', [
        copyBytes(constructed, 'new DataView(buf.buffer, 0, 16)', 'new DataView(buf.buffer.slice(0, 16))'),
      ]),
      error([7, 17, 7, 48], 'Buffer.from(buf.buffer, 16, 32)', 'buf', 'stored in `this.copy`', [
        copyBytes(constructed, 'Buffer.from(buf.buffer, 16, 32)', 'Uint8Array.prototype.slice.call(Buffer.from(buf.buffer, 16, 32))'),
        copyPooled(constructed, 'Buffer.from(buf.buffer, 16, 32)'),
      ]),
    ],
  },
  {
    // Only the closure keeps it, which only reads it, and nothing else holds the file's Buffer: fixed.
    code: capturedRead,
    output: swap(capturedRead, 'readFileSync(path).subarray(0, 16)', 'Uint8Array.prototype.slice.call(readFileSync(path), 0, 16)'),
    errors: [error([3, 15, 3, 49], 'readFileSync(path).subarray(0, 16)', 'readFileSync(path)', 'captured by the function on line 4, which outlives this call')],
  },
  {
    // Was a bug (fixed before): a DataView's range is checked where \`slice\` clamps (a file under 20 bytes throws a
    // RangeError in the original, not in the copy). Suggested even when only a reading closure keeps it.
    code: capturedDataView,
    errors: [
      error([3, 16, 3, 62], 'new DataView(readFileSync(path).buffer, 4, 16)', 'readFileSync(path)', 'captured by the function on line 4, which outlives this call', [
        copyBytes(capturedDataView, 'new DataView(readFileSync(path).buffer, 4, 16)', 'new DataView(readFileSync(path).buffer.slice(4, 20))'),
      ]),
    ],
  },
  {
    // The closure writes through it: a copy would change what it returns. Suggested.
    code: capturedWritten,
    errors: [
      error([3, 15, 3, 49], 'readFileSync(path).subarray(0, 16)', 'readFileSync(path)', 'captured by the function on line 4, which outlives this call', [
        copyBytes(capturedWritten, 'readFileSync(path).subarray(0, 16)', 'Uint8Array.prototype.slice.call(readFileSync(path), 0, 16)'),
        copyPooled(capturedWritten, 'readFileSync(path).subarray(0, 16)'),
      ]),
    ],
  },
  {
    code: moduleLevel,
    output: swap(moduleLevel, 'raw.slice(0, 64)', "(' ' + raw.slice(0, 64)).slice(1)"),
    errors: [error([3, 23, 3, 39], 'raw.slice(0, 64)', 'raw', 'held by the module-level binding `header`')],
  },
  {
    // A line of the file, trimmed, in an object pushed into a module-level array: the outermost view is reported.
    code: lines,
    output: swap(lines, 'line.slice(0, 20).trim()', "(' ' + line.slice(0, 20).trim()).slice(1)"),
    errors: [error([4, 78, 4, 102], 'line.slice(0, 20).trim()', "readFileSync(path, 'utf8')", 'pushed into `rows`, declared outside this loop')],
  },
  {
    // Through a local binding; a Float64Array stays a Float64Array.
    code: windowed,
    errors: [
      error([3, 15, 3, 44], 'samples.subarray(at, at + 16)', 'samples', 'stored in `this.win`', [
        copyBytes(windowed, 'samples.subarray(at, at + 16)', 'Float64Array.prototype.slice.call(samples, at, at + 16)'),
      ]),
    ],
  },
  {
    code: longPiece,
    errors: [
      error([3, 10, 3, 53], "readFileSync(path, 'utf8').slice(0, 100000)", "readFileSync(path, 'utf8')", "returned from the function that read `readFileSync(path, 'utf8')`", [
        copyString(longPiece, "readFileSync(path, 'utf8').slice(0, 100000)"),
      ]),
    ],
  },
  {
    // A Buffer's `slice` is a view; a container the caller passed in outlives the call.
    code: passedIn,
    output: swap(passedIn, 'text.substr(10, 30)', "(' ' + text.substr(10, 30)).slice(1)"),
    errors: [
      error([4, 19, 4, 35], 'buf.slice(0, 16)', 'buf', 'put in `cache`, which the caller passed in', [
        copyBytes(passedIn, 'buf.slice(0, 16)', 'Uint8Array.prototype.slice.call(buf, 0, 16)'),
        copyPooled(passedIn, 'buf.slice(0, 16)'),
      ]),
      error([6, 16, 6, 35], 'text.substr(10, 30)', 'text', 'stored in `cache.last`'),
    ],
  },
  {
    // `'' + p` and a template hand back the same sliced string: the piece inside is still kept.
    code: notCopies,
    output: swap(swap(notCopies, "'' + raw.slice(0, 16)", "'' + (' ' + raw.slice(0, 16)).slice(1)"), '{raw.slice(16, 32)}', "{(' ' + raw.slice(16, 32)).slice(1)}"),
    errors: [
      error([5, 19, 5, 35], 'raw.slice(0, 16)', 'raw', 'stored in `this.a`'),
      error([6, 17, 6, 34], 'raw.slice(16, 32)', 'raw', 'stored in `this.b`'),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// TypeScript
// ---------------------------------------------------------------------------------------------------------------

const magic = `import { readFileSync } from 'node:fs';
export class Magic {
  private magic: Buffer;
  header = readFileSync(process.argv[2]!, 'utf8').slice(0, 20);
  constructor(path: string) {
    const buf = readFileSync(path);
    this.magic = buf.subarray(0, 16);
  }
}`;
const seen = `import { readFileSync } from 'node:fs';
const seen = new Set<string>();
export function mark(path: string): void {
  const raw = readFileSync(path, 'utf8');
  seen.add(raw.slice(0, 32) as string);
}`;

const tsValid: Valid[] = [
  ...valid,
  `import { readFileSync } from 'node:fs';
export function magic(path: string): number {
  const buf: Buffer = readFileSync(path);
  return (buf.subarray(0, 4) as Buffer).readUInt32LE(0);
}`,
  // Type-invalid but syntactically valid code does not crash.
  `const x: number = readFileSync(1, 2, 3).subarray('a');
export const y = x.slice(0, 20).trim(1, 2);`,
];

const tsInvalid: Invalid[] = [
  {
    // The field's initialiser is fixed; the Buffer's copy stays typed `Buffer` (`as Buffer`), and is suggested.
    code: magic,
    output: swap(magic, "readFileSync(process.argv[2]!, 'utf8').slice(0, 20)", "(' ' + readFileSync(process.argv[2]!, 'utf8').slice(0, 20)).slice(1)"),
    errors: [
      error([4, 12, 4, 63], "readFileSync(process.argv[2]!, 'utf8').slice(0, 20)", "readFileSync(process.argv[2]!, 'utf8')", 'stored in the field `header`'),
      error([7, 18, 7, 37], 'buf.subarray(0, 16)', 'buf', 'stored in `this.magic`', [
        copyBytes(magic, 'buf.subarray(0, 16)', '(Uint8Array.prototype.slice.call(buf, 0, 16) as Buffer)'),
        copyPooled(magic, 'buf.subarray(0, 16)'),
      ]),
    ],
  },
  {
    code: seen,
    output: swap(seen, 'raw.slice(0, 32)', "(' ' + raw.slice(0, 32)).slice(1)"),
    errors: [error([5, 12, 5, 28], 'raw.slice(0, 32)', 'raw', 'added to `seen`, declared outside this function')],
  },
];

jsTester.run('no-retained-view (espree)', rule, { valid, invalid: jsInvalid });
// A Buffer's unpooled copy is written `as Buffer` in TypeScript (the `magic` case): those JS cases are not repeated.
const sameInTs = jsInvalid.filter((test) => ![records, constructed, capturedRead, capturedWritten, passedIn].includes(test.code));
tsTester.run('no-retained-view (TypeScript, untyped)', rule, { valid: tsValid, invalid: [...sameInTs, ...tsInvalid] });
// The rule reads syntax only: with type information it must decide exactly the same.
typedTester.run('no-retained-view (typed)', rule, { valid: tsValid.slice(-2, -1), invalid: tsInvalid });

describe('no-retained-view options', () => {
  tsTester.run('sources', rule, {
    valid: ['export class A { constructor() { this.id = loadDataset().substring(0, 20); } }'],
    invalid: [
      {
        code: 'export class A { constructor() { this.id = loadDataset().substring(0, 20); } }',
        options: [{ sources: ['loadDataset'] }],
        output: "export class A { constructor() { this.id = (' ' + loadDataset().substring(0, 20)).slice(1); } }",
        errors: [error([1, 44, 1, 74], 'loadDataset().substring(0, 20)', 'loadDataset()', 'stored in `this.id`')],
      },
    ],
  });
});

describeOutputsParse('no-retained-view', jsInvalid, tsInvalid, { js: 10, ts: 2 });
