// prefer-streaming-read under espree (plain JS, ES modules and CommonJS) and @typescript-eslint/parser without types.
// Every invalid case pins the report's position and whether a suggestion is offered (only for a `for...of` loop in
// async code) with its exact output, imports included. The last tests re-parse every output and run the original and
// the suggested code on temporary files, to pin exactly where their lines differ.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';

import rule, { type MessageId, type Options } from '../../rules/prefer-streaming-read.ts';
import { describeOutputsParse, espree, jsTester, tsTester, typedTester } from './testers.ts';

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = ValidTestCase<Options> | string;

const cjs = { languageOptions: { parser: espree, sourceType: 'commonjs' as const } };
const stream = (input: string, readline = 'createInterface'): string => `${readline}({ input: ${input}, crlfDelay: Infinity })`;

// ---------------------------------------------------------------------------------------------------------------
// Plain JavaScript (espree)
// ---------------------------------------------------------------------------------------------------------------

const jsValid: Valid[] = [
  // Configuration files: reading those whole is the normal case.
  `import { readFileSync } from 'node:fs';
const config = JSON.parse(readFileSync(configPath));`,
  `import { readFileSync } from 'node:fs';
for (const line of readFileSync('settings.json', 'utf8').split('\\n')) use(line);`,
  `import { readFileSync } from 'node:fs';
for (const line of readFileSync(join(dir, '.npmrc'), 'utf8').split('\\n')) use(line);`,
  `import { readFileSync } from 'node:fs';
for (const line of readFileSync('package.json', 'utf8').split('\\n')) use(line);`,
  // The lines are kept, returned, sorted, read at random or counted.
  `import { readFileSync } from 'node:fs';
function load(p) { return readFileSync(p, 'utf8').split('\\n'); }`,
  `import { readFileSync } from 'node:fs';
function load(p) { const lines = readFileSync(p, 'utf8').split('\\n'); return lines; }`,
  `import { readFileSync } from 'node:fs';
const lines = readFileSync(p, 'utf8').split('\\n');
lines.sort();
for (const line of lines) use(line);`,
  `import { readFileSync } from 'node:fs';
const lines = readFileSync(p, 'utf8').split('\\n');
use(lines[5]);`,
  `import { readFileSync } from 'node:fs';
const lines = readFileSync(p, 'utf8').split('\\n');
for (let i = 0; i < lines.length; i++) use(lines[i], lines[i + 1]);`,
  `import { readFileSync } from 'node:fs';
const lines = readFileSync(p, 'utf8').split('\\n');
for (let i = 0; i < lines.length; i++) use(lines[i]);
console.log(lines.length);`,
  `import { readFileSync } from 'node:fs';
const lines = readFileSync(p, 'utf8').split('\\n');
for (let i = 0; i < lines.length; i++) { use(lines[i]); i++; }`,
  `import { readFileSync } from 'node:fs';
const count = readFileSync(p, 'utf8').split('\\n').length;`,
  `import { readFileSync } from 'node:fs';
export const lines = readFileSync(p, 'utf8').split('\\n');
for (const line of lines) use(line);`,
  // Iterated more than once: in a loop, or in a callback that may run many times.
  `import { readFileSync } from 'node:fs';
const lines = readFileSync(p, 'utf8').split('\\n');
while (more()) for (const line of lines) use(line);`,
  `import { readFileSync } from 'node:fs';
const lines = readFileSync(p, 'utf8').split('\\n');
onEvent(() => lines.forEach(use));`,
  `import { readFileSync } from 'node:fs';
async function f(p) {
  const lines = readFileSync(p, 'utf8').split('\\n');
  const run = () => {
    for (const line of lines) use(line);
  };
}`,
  // Splits on something other than a line break, or no split.
  `import { readFileSync } from 'node:fs';
for (const field of readFileSync(p, 'utf8').split(',')) use(field);`,
  `import { readFileSync } from 'node:fs';
for (const part of readFileSync(p, 'utf8').split(/\\s+/)) use(part);`,
  `import { readFileSync } from 'node:fs';
for (const line of readFileSync(p, 'utf8').split(sep)) use(line);`,
  `import { readFileSync } from 'node:fs';
const text = readFileSync(p, 'utf8');`,
  `import { readFile } from 'node:fs/promises';
const text = await readFile(p, 'utf8');`,
  // Not a read of \`fs\`: a local function, another module, the callback \`readFile\`, a Buffer without \`toString\`.
  `function readFileSync(p) { return ''; }
for (const line of readFileSync(p, 'utf8').split('\\n')) use(line);`,
  `import { readFileSync } from 'node:fs';
function f(readFileSync) { for (const line of readFileSync(p, 'utf8').split('\\n')) use(line); }`,
  `import { readFileSync } from './my-fs.js';
for (const line of readFileSync(p, 'utf8').split('\\n')) use(line);`,
  `for (const line of readFileSync(p, 'utf8').split('\\n')) use(line);`,
  `import { readFile } from 'node:fs';
readFile(p, 'utf8', (err, text) => text.split('\\n').forEach(use));`,
  `import { readFileSync } from 'node:fs';
for (const line of readFileSync(p).split('\\n')) use(line);`,
  { code: `const readFileSync = () => '';
for (const line of readFileSync(p, 'utf8').split('\\n')) use(line);`, ...cjs },
];

const jsInvalid: Invalid[] = [
  {
    // Review regression: a descriptor in a variable (`fd`) cannot go to createReadStream: report only.
    code: `import { readFileSync } from 'node:fs';
async function count(fd) {
  for (const line of readFileSync(fd, 'utf8').split('\\n')) use(line);
}`,
    errors: [{ messageId: 'streamingRead', data: { read: "readFileSync(fd, 'utf8')" }, line: 3, column: 22, endLine: 3, endColumn: 58, suggestions: [] }],
  },
  {
    // Review regression: the new require goes after the `#!` line, which must stay first.
    code: `#!/usr/bin/env node
async function main(p) {
  const fs = require('fs');
  for (const l of fs.readFileSync(p, 'utf8').split('\\n')) use(l);
}`,
    errors: [
      {
        messageId: 'streamingRead',
        data: { read: "fs.readFileSync(p, 'utf8')" },
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 57,
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `#!/usr/bin/env node
const { createReadStream } = require('node:fs');
const { createInterface } = require('node:readline');
async function main(p) {
  const fs = require('fs');
  for await (const l of ${stream("createReadStream(p, 'utf8')")}) use(l);
}`,
          },
        ],
      },
    ],
    ...cjs,
  },
  {
    // The for...of form in an async function: a suggestion, imports merged into the existing `node:fs` import.
    code: `import { readFileSync } from 'node:fs';
async function count(p) {
  for (const line of readFileSync(p, 'utf8').split('\\n')) use(line);
}`,
    errors: [
      {
        messageId: 'streamingRead',
        data: { read: "readFileSync(p, 'utf8')" },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 57,
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import { readFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
async function count(p) {
  for await (const line of ${stream("createReadStream(p, 'utf8')")}) use(line);
}`,
          },
        ],
      },
    ],
  },
  {
    // ES module top level, the awaited promise form.
    code: `import { readFile } from 'node:fs/promises';
for (const line of (await readFile(p, 'utf8')).split(/\\r?\\n/)) use(line);`,
    errors: [
      {
        messageId: 'streamingRead',
        data: { read: "await readFile(p, 'utf8')" },
        line: 2,
        column: 20,
        endLine: 2,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
for await (const line of ${stream("createReadStream(p, 'utf8')")}) use(line);`,
          },
        ],
      },
    ],
  },
  {
    // Through a binding read once by the loop that follows it; `fs.promises`, a namespace import reused.
    code: `import * as fs from "fs";
import { stat } from "node:readline";
async function f(p) {
  const lines = (await fs.promises.readFile(p, { encoding: 'latin1' })).split('\\r\\n');
  for (const line of lines) use(line);
}`,
    errors: [
      {
        messageId: 'streamingRead',
        line: 4,
        column: 17,
        endLine: 4,
        endColumn: 86,
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import * as fs from "fs";
import { stat, createInterface } from "node:readline";
async function f(p) {
  for await (const line of ${stream("fs.createReadStream(p, 'latin1')")}) use(line);
}`,
          },
        ],
      },
    ],
  },
  {
    // A default import, `toString()`, a comment between the declaration and the loop kept, names already taken.
    code: `import fs from 'fs';
import readline from 'readline';
const createReadStream = null;
async function f(p) {
  const lines = fs.readFileSync(p).toString().split('\\n');
  // each line
  for (const line of lines) use(line);
}`,
    errors: [
      {
        messageId: 'streamingRead',
        data: { read: 'fs.readFileSync(p)' },
        line: 5,
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import fs from 'fs';
import readline from 'readline';
const createReadStream = null;
async function f(p) {
  // each line
  for await (const line of ${stream("fs.createReadStream(p, 'utf8')", 'readline.createInterface')}) use(line);
}`,
          },
        ],
      },
    ],
  },
  {
    // Shadowed names get fresh ones; an existing `createInterface` import is reused.
    code: `import { readFileSync } from 'fs';
import { createInterface } from 'node:readline';
async function f(p, createReadStream) {
  for (const line of readFileSync(p, 'utf-8').split('\\n')) use(line);
}`,
    errors: [
      {
        messageId: 'streamingRead',
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import { readFileSync, createReadStream as createReadStream1 } from 'fs';
import { createInterface } from 'node:readline';
async function f(p, createReadStream) {
  for await (const line of ${stream("createReadStream1(p, 'utf-8')")}) use(line);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { readFileSync } from 'node:fs';
const f = async (p) => {
  for (const createInterface of readFileSync(p, 'utf8').split('\\n')) use(createInterface);
};`,
    errors: [
      {
        messageId: 'streamingRead',
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import { readFileSync, createReadStream } from 'node:fs';
import { createInterface as createInterface1 } from 'node:readline';
const f = async (p) => {
  for await (const createInterface of ${stream("createReadStream(p, 'utf8')", 'createInterface1')}) use(createInterface);
};`,
          },
        ],
      },
    ],
  },
  {
    // CommonJS: requires, merged into an existing destructuring.
    code: `const { readFileSync } = require('fs');
async function f(p) {
  const lines = readFileSync(p, 'utf8').split('\\n');
  for (const line of lines) use(line);
}`,
    ...cjs,
    errors: [
      {
        messageId: 'streamingRead',
        line: 3,
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `const { readFileSync, createReadStream } = require('fs');
const { createInterface } = require('node:readline');
async function f(p) {
  for await (const line of ${stream("createReadStream(p, 'utf8')")}) use(line);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `'use strict';
const fs = require('node:fs');
module.exports = async function (p) {
  for (const line of (await fs.promises.readFile(p, 'utf8')).split('\\n')) use(line);
};`,
    ...cjs,
    errors: [
      {
        messageId: 'streamingRead',
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `'use strict';
const fs = require('node:fs');
const { createInterface } = require('node:readline');
module.exports = async function (p) {
  for await (const line of ${stream("fs.createReadStream(p, 'utf8')")}) use(line);
};`,
          },
        ],
      },
    ],
  },
  {
    // With no require statement to follow, the new ones go after the directives.
    code: `'use strict';
exports.f = async (p) => {
  for (const line of require('fs').readFileSync(p, 'utf8').split('\\n')) use(line);
};`,
    ...cjs,
    errors: [
      {
        messageId: 'streamingRead',
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `'use strict';
const { createReadStream } = require('node:fs');
const { createInterface } = require('node:readline');
exports.f = async (p) => {
  for await (const line of ${stream("createReadStream(p, 'utf8')")}) use(line);
};`,
          },
        ],
      },
    ],
  },
  {
    // Already `for await` (over an array): only the source changes.
    code: `import { readFileSync, createReadStream } from 'node:fs';
import * as readline from 'node:readline';
async function f(p) {
  for await (const line of readFileSync(p, 'utf8').split('\\n')) await use(line);
}`,
    errors: [
      {
        messageId: 'streamingRead',
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import { readFileSync, createReadStream } from 'node:fs';
import * as readline from 'node:readline';
async function f(p) {
  for await (const line of ${stream("createReadStream(p, 'utf8')", 'readline.createInterface')}) await use(line);
}`,
          },
        ],
      },
    ],
  },
  // Report only: synchronous code (`for await` would not parse), other forms of iteration, an unknown encoding, a
  // file descriptor, code between the declaration and the loop, CommonJS top level.
  {
    code: `import { readFileSync } from 'node:fs';
function f(p) {
  for (const line of readFileSync(p, 'utf8').split('\\n')) use(line);
}`,
    errors: [{ messageId: 'streamingRead', line: 3, column: 22, endLine: 3, endColumn: 57, suggestions: [] }],
  },
  {
    code: `import { readFileSync } from 'node:fs';
readFileSync(p, 'utf8').split('\\n').forEach((line) => use(line));`,
    errors: [{ messageId: 'streamingRead', line: 2, column: 1, endLine: 2, endColumn: 36, suggestions: [] }],
  },
  {
    code: `import { readFileSync } from 'node:fs';
const rows = readFileSync(p, 'utf8').split(/\\n/).map(parse);`,
    errors: [{ messageId: 'streamingRead', line: 2, column: 14, endLine: 2, endColumn: 49, suggestions: [] }],
  },
  {
    code: `import { readFileSync } from 'node:fs';
async function f(p) {
  const lines = readFileSync(p, 'utf8').split('\\n');
  lines.forEach(use);
}`,
    errors: [{ messageId: 'streamingRead', line: 3, suggestions: [] }],
  },
  {
    code: `import { readFileSync } from 'node:fs';
async function f(p) {
  const lines = readFileSync(p, 'utf8').split('\\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    use(line);
  }
}`,
    errors: [{ messageId: 'streamingRead', line: 3, suggestions: [] }],
  },
  {
    code: `import { readFileSync } from 'node:fs';
async function f(p) {
  const lines = readFileSync(p, 'utf8').split('\\n');
  prepare();
  for (const line of lines) use(line);
}`,
    errors: [{ messageId: 'streamingRead', line: 3, suggestions: [] }],
  },
  {
    code: `import { readFileSync } from 'node:fs';
async function f(p, encoding) {
  for (const line of readFileSync(p, encoding).split('\\n')) use(line);
}`,
    errors: [{ messageId: 'streamingRead', suggestions: [] }],
  },
  {
    code: `import { readFileSync } from 'node:fs';
async function f() {
  for (const line of readFileSync(0, 'utf8').split('\\n')) use(line);
}`,
    errors: [{ messageId: 'streamingRead', suggestions: [] }],
  },
  {
    code: `const fs = require('fs');
for (const line of fs.readFileSync(p, 'utf8').split('\\n')) use(line);`,
    ...cjs,
    errors: [{ messageId: 'streamingRead', suggestions: [] }],
  },
];

jsTester.run('prefer-streaming-read', rule, { valid: jsValid, invalid: jsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// TypeScript syntax without type information
// ---------------------------------------------------------------------------------------------------------------

const tsValid: Valid[] = [
  `import { readFileSync } from 'node:fs';
function readLocal(readFileSync: (p: string) => string) {
  for (const line of readFileSync(p).split('\\n')) use(line);
}`,
  `import type { readFileSync } from 'node:fs';
declare const read: typeof readFileSync;
for (const line of read(p, 'utf8').split('\\n')) use(line);`,
  `import { readFileSync } from 'node:fs';
const lines: string[] = readFileSync(p, 'utf8').split('\\n');
lines.sort();`,
];

const tsInvalid: Invalid[] = [
  {
    code: `import { readFileSync } from 'node:fs';
export async function f(p: string): Promise<void> {
  const lines: string[] = readFileSync(p, 'utf8').split('\\n');
  for (const line of lines) use(line);
}`,
    errors: [
      {
        messageId: 'streamingRead',
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import { readFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export async function f(p: string): Promise<void> {
  for await (const line of ${stream("createReadStream(p, 'utf8')")}) use(line);
}`,
          },
        ],
      },
    ],
  },
  {
    // A type-only import is not merged into; CRLF line endings are kept.
    code: `import type { Stats } from 'node:fs';\r\nimport { readFile } from 'node:fs/promises';\r\nfor (const line of (await readFile(p as string, 'utf8')).split('\\n')) use(line);`,
    errors: [
      {
        messageId: 'streamingRead',
        suggestions: [
          {
            messageId: 'iterateReadline',
            output: `import type { Stats } from 'node:fs';\r\nimport { readFile } from 'node:fs/promises';\r\nimport { createReadStream } from 'node:fs';\r\nimport { createInterface } from 'node:readline';\r\nfor await (const line of ${stream("createReadStream(p as string, 'utf8')")}) use(line);`,
          },
        ],
      },
    ],
  },
  {
    // Type-invalid but syntactically valid code does not crash.
    code: `import { readFileSync } from 'node:fs';
function f(p: number) {
  readFileSync(p, 'utf8').split('\\n').forEach((line: number) => use(line));
}`,
    errors: [{ messageId: 'streamingRead', line: 3, suggestions: [] }],
  },
];

tsTester.run('prefer-streaming-read (TypeScript)', rule, { valid: tsValid, invalid: tsInvalid });
// The rule reads syntax only: with a program (type information present) it decides exactly the same.
typedTester.run('prefer-streaming-read (TypeScript, typed)', rule, { valid: tsValid, invalid: tsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// Messages, outputs, and what the suggestion changes at run time
// ---------------------------------------------------------------------------------------------------------------

describe('prefer-streaming-read messages', () => {
  it('states the consequence and the differences', () => {
    expect(rule.meta.messages).toEqual({
      streamingRead: '`{{ read }}` is split into lines only to iterate them, so the whole file and every line are in memory together.',
      iterateReadline:
        "Iterate the lines with `for await` over `readline` (differences: no trailing '' after a final newline or for an empty file, '\\r\\n' and a lone '\\r' also end a line and no '\\r' is kept, and other code can run between lines).",
    });
  });
});

describeOutputsParse('prefer-streaming-read', jsInvalid, tsInvalid, { js: 8, ts: 1 });

/** The suggested code for `code`, as ESLint would apply the first suggestion. */
function suggested(code: string): string {
  const linter = new Linter({ configType: 'flat' });
  const [message] = linter.verify(code, [{ plugins: { memory: { rules: { 'prefer-streaming-read': rule as never } } }, rules: { 'memory/prefer-streaming-read': 'error' } }]);
  const fix = message?.suggestions?.[0]?.fix;
  if (!fix) throw new Error(`no suggestion for ${code}`);
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

async function collector(code: string): Promise<(p: string) => Promise<string[]>> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { collect: (p: string) => Promise<string[]> };
  return module.collect;
}

describe('prefer-streaming-read suggestion at run time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prefer-streaming-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const original = (separator: string): string => `import { readFileSync } from 'node:fs';
export async function collect(p) {
  const out = [];
  for (const line of readFileSync(p, 'utf8').split(${separator})) out.push(line);
  return out;
}`;

  it('rewrites to readline', () => {
    expect(suggested(original(`'\\n'`))).toContain('for await (const line of createInterface({ input: createReadStream(p, \'utf8\'), crlfDelay: Infinity }))');
  });

  // [file text, split('\n'), split(/\r?\n/), readline]: the suggestion changes exactly these.
  const table: [string, string, string[], string[], string[]][] = [
    ['LF', 'a\nb\n', ['a', 'b', ''], ['a', 'b', ''], ['a', 'b']],
    ['CRLF', 'a\r\nb\r\n', ['a\r', 'b\r', ''], ['a', 'b', ''], ['a', 'b']],
    ['no final newline', 'a\n\nb', ['a', '', 'b'], ['a', '', 'b'], ['a', '', 'b']],
    ['empty file', '', [''], [''], []],
    ['lone CR', 'a\rb\n', ['a\rb', ''], ['a\rb', ''], ['a', 'b']],
  ];

  it.each(table)('%s', async (name, text, byLf, byCrLf, byReadline) => {
    const path = file(`${name}.txt`, text);
    expect(await (await collector(original(`'\\n'`)))(path)).toEqual(byLf);
    expect(await (await collector(original('/\\r?\\n/')))(path)).toEqual(byCrLf);
    expect(await (await collector(suggested(original(`'\\n'`))))(path)).toEqual(byReadline);
  });

  it('a missing file throws ENOENT from the loop', async () => {
    const collect = await collector(suggested(original(`'\\n'`)));
    await expect(collect(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
