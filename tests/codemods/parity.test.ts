// One analysis, two front ends: `eslint --fix` with a codemod's rules and the codemod itself must produce
// byte-identical files, report the same sites, and agree on suggestions (the codemod's --unsafe).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { inPlacePattern } from '../../analysis/in-place.ts';
import { applyEdits } from '../../analysis/edits.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import { accumulatingSpreadPattern } from '../../analysis/accumulating-spread.ts';
import { combinePatterns } from '../../analysis/combine.ts';
import { intermediateArraysPattern } from '../../analysis/intermediate-arrays.ts';
import { spreadArgumentsPattern } from '../../analysis/spread-arguments.ts';
import type { CodemodSpec } from '../../codemods/engine.ts';
import noAccumulatingSpread from '../../rules/no-accumulating-spread.ts';
import noIntermediateArrays from '../../rules/no-intermediate-arrays.ts';
import noLargeSpreadArguments from '../../rules/no-large-spread-arguments.ts';
import preferInPlace from '../../rules/prefer-in-place.ts';
import preferTypedArray from '../../rules/prefer-typed-array.ts';
import { typedArrayPattern } from '../../analysis/typed-array.ts';
import { retainedIntermediatePattern } from '../../analysis/retained-intermediate.ts';
import noRetainedIntermediate from '../../rules/no-retained-intermediate.ts';
import { allocationInLoopPattern } from '../../analysis/allocation-in-loop.ts';
import noAllocationInLoop from '../../rules/no-allocation-in-loop.ts';
import { retainedViewPattern } from '../../analysis/retained-view.ts';
import noRetainedView from '../../rules/no-retained-view.ts';
import { transferPattern } from '../../analysis/transfer.ts';
import preferTransfer from '../../rules/prefer-transfer.ts';

interface Suite {
  codemod: string;
  rules: Record<string, unknown>;
  spec: CodemodSpec<never>;
  snippets: [string, string][];
  /** The rule offers its rewrites as suggestions only: compare the codemod's --unsafe with every first suggestion applied. */
  suggestionsOnly?: boolean;
}

const suites: Suite[] = [
  {
    codemod: 'rewrite-in-place',
    rules: { 'prefer-in-place': preferInPlace },
    spec: { codemod: 'rewrite-in-place', rule: 'prefer-in-place', pattern: inPlacePattern as never, options: { minLength: 16 } as never },
    snippets: [
      ['loop.js', 'let acc = [];\nfor (const x of xs) acc = [...acc, x * 2];\n'],
      ['two-filters.js', 'let a = Array.from(s);\na = a.filter((x) => x > 0);\na = a.filter((x) => x < 9);\n'],
      ['switch.js', 'let a = Array.from(s);\nswitch (k) {\n  case 1: a = a.filter((x) => x);\n  case 2: a = a.filter((x) => !x);\n}\n'],
      ['typed.ts', 'export function f(n: number) {\n  let t = new Float64Array(n);\n  t = t.map((v, i) => v + i);\n  t = t.filter((v) => v > 1);\n  return t;\n}\n'],
      ['alias.js', 'let a = Array.from(s);\nconst b = a;\na = a.map((x) => x + 1);\n'],
      ['holes.js', 'let a = new Array(n);\na = a.map((x) => x + 1);\n'],
      ['with.js', 'let a = Array.from(s);\na = a.with(-1, 0);\n'],
    ],
  },
  {
    codemod: 'fix-spread-patterns',
    rules: { 'no-accumulating-spread': noAccumulatingSpread, 'no-large-spread-arguments': noLargeSpreadArguments },
    spec: {
      codemod: 'fix-spread-patterns',
      rule: 'no-accumulating-spread,no-large-spread-arguments',
      pattern: combinePatterns({ 'no-accumulating-spread': accumulatingSpreadPattern, 'no-large-spread-arguments': spreadArgumentsPattern as never }) as never,
      options: { 'no-accumulating-spread': {}, 'no-large-spread-arguments': { minLength: 16 } } as never,
    },
    snippets: [
      // Both rules fix inside one another: the accumulator's loop and the spread pushed into it.
      ['nested.js', 'const all = parts.reduce((acc, p) => [...acc, Math.max(...p)], []);\nconst out = [];\nfor (const p of parts) out.push(...Array.from(p));\n'],
      ['conditional.js', 'const m = xs.reduce((acc, x) => (x ? [...acc, x] : acc), []);\n'],
      ['object-loop.js', 'let o = {};\nfor (const [k, v] of entries) o = { ...o, [k + 1]: v };\n'],
      ['if-return.js', 'function f(xs) {\n  if (xs.length) return Math.min(...xs);\n  return 0;\n}\n'],
      ['codes.ts', 'export function decode(codes: number[]): string {\n  return String.fromCodePoint(...codes);\n}\n'],
      ['shared.js', 'const r = rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), base);\n'],
    ],
  },
  {
    codemod: 'fuse-array-chains',
    rules: { 'no-intermediate-arrays': noIntermediateArrays },
    spec: { codemod: 'fuse-array-chains', rule: 'no-intermediate-arrays', pattern: intermediateArraysPattern as never, options: { minLength: 16, iteratorHelpers: false } as never },
    snippets: [
      ['from.js', 'const a = Array.from(new Set(xs)).map((x) => x + 1);\nconst b = [...xs].map(Number);\n'],
      ['from.ts', 'export const f = (s: Set<number>) => Array.from(s).map((k) => k * 2);\n'],
      ['chain.js', 'const r = xs.filter((x) => x > 0).map((x, i) => x * i);\n'],
      ['slice.js', 'xs.slice().forEach((x) => g(x));\n'],
    ],
  },
  {
    codemod: 'use-typed-arrays',
    rules: { 'prefer-typed-array': preferTypedArray },
    spec: { codemod: 'use-typed-arrays', rule: 'prefer-typed-array', pattern: typedArrayPattern as never, options: { minLength: 16 } as never },
    snippets: [
      // The push loop's fix is several edits (the declaration and the push), merged into one replacement.
      ['push.js', 'function f(xs) {\n  const out = [];\n  for (let i = 0; i < xs.length; i++) out.push(xs[i] * 2);\n  return out.reduce((a, b) => a + b, 0);\n}\n'],
      // A buffer declared inside another's fill loop: the outer fix covers the inner one, which a second pass fixes.
      ['nested.js', 'function f(rows) {\n  const sums = [];\n  for (let i = 0; i < rows.length; i++) {\n    const row = new Array(32).fill(0);\n    for (let j = 0; j < row.length; j++) row[j] = rows[i] * j;\n    let s = 0;\n    for (const x of row) s += x;\n    sums.push(s * 1);\n  }\n  return Math.max(...[...sums]);\n}\n'],
      ['bytes.js', 'export function mode(bytes) {\n  const counts = new Array(256).fill(0);\n  for (const b of bytes) counts[b & 0xff]++;\n  return counts.indexOf(Math.max(...[...counts]));\n}\n'],
      ['annotated.ts', 'export function f(n: number): number {\n  const xs: Array<number> = new Array(n).fill(0);\n  for (let i = 0; i < n; i++) xs[i] = i | 0;\n  return xs[0]! + xs.length;\n}\n'],
      // Lone suggestions: the first suggestion is the codemod's --unsafe output.
      ['escape.js', 'export function f(n) {\n  const w = Array.from({ length: n }, (_, i) => i / n);\n  return w;\n}\n'],
      ['fraction.js', 'export function f(n) {\n  const xs = [];\n  for (let i = 0; i < n; i++) xs.push(i * 0.5);\n  return xs.at(-1);\n}\n'],
      ['unstable.js', 'export function f(xs) {\n  const out = [];\n  for (let i = 0; i < xs.length / 2; i++) out.push(xs[i] * 2);\n  return out.length;\n}\n'],
    ],
  },
  {
    codemod: 'release-intermediates',
    rules: { 'no-retained-intermediate': noRetainedIntermediate },
    spec: { codemod: 'release-intermediates', rule: 'no-retained-intermediate', pattern: retainedIntermediatePattern as never, options: { sources: [] } as never },
    suggestionsOnly: true,
    snippets: [
      ['await.js', "export async function f(p) {\n  const raw = await readFile(p, 'utf8');\n  const rows = JSON.parse(raw);\n  console.log(raw.length);\n  await save(rows);\n}\n"],
      ['chain.js', "export function f(p) {\n  const raw = readFileSync(p, 'utf8');\n  const lines = raw.split('\\n');\n  const rows = lines.map((l) => l.split(','));\n  return work(rows);\n}\n"],
      ['known.ts', "export function f(p: string): number {\n  const text = readFileSync(p, 'utf8');\n  const n = text.length + text.indexOf('x');\n  for (let i = 0; i < n; i++) work(i);\n  return n;\n}\n"],
      ['top.cjs', "const raw = require('fs').readFileSync(process.argv[2], 'utf8')\nconst data = JSON.parse(raw)\nconsole.log(raw.length)\n;[data].forEach(run)\n"],
    ],
  },
  {
    codemod: 'hoist-allocations',
    rules: { 'no-allocation-in-loop': noAllocationInLoop },
    spec: { codemod: 'hoist-allocations', rule: 'no-allocation-in-loop', pattern: allocationInLoopPattern as never, options: { minBytes: 65_536 } as never },
    snippets: [
      ['two.js', 'export function f(rows) {\n  for (const r of rows) {\n    const a = new Float64Array(1 << 17);\n    const b = new Float64Array(1 << 17);\n    a[0] = r;\n    b[0] = a[0];\n  }\n}\n'],
      // Invariant in the inner loop only: hoisted one level, and a second pass finds nothing more.
      ['nested.js', 'export function f(rows, m) {\n  for (const r of rows) {\n    for (let i = 0; i < m; i++) {\n      const t = Buffer.alloc(r.size);\n      t[0] = i;\n    }\n  }\n}\n'],
      ['typed.ts', 'export function f(rows: number[]): number {\n  let s = 0;\n  for (const r of rows) {\n    const t: Float64Array = new Float64Array(1 << 14);\n    t[0] = r;\n    s += t[0];\n  }\n  return s;\n}\n'],
    ],
  },
  {
    codemod: 'copy-retained-views',
    rules: { 'no-retained-view': noRetainedView },
    spec: { codemod: 'copy-retained-views', rule: 'no-retained-view', pattern: retainedViewPattern as never, options: { sources: [] } as never },
    snippets: [
      ['field.js', "export class A {\n  constructor(p) {\n    const raw = readFileSync(p, 'utf8');\n    this.id = raw.slice(0, 16);\n    this.b = readFileSync(p).subarray(0, 16);\n  }\n}\n"],
      ['lines.ts', "const ids: string[] = [];\nexport function f(p: string): void {\n  for (const line of readFileSync(p, 'utf8').split('\\n')) ids.push(line.slice(0, 20).trim());\n}\n"],
      ['closure.js', "export function f(p) {\n  const tag = readFileSync(p).subarray(0, 16);\n  return () => tag.toString('hex');\n}\n"],
      ['unknown.js', "export async function f(res) {\n  return (await res.text()).match(/id-\\d+/)[0];\n}\n"],
    ],
  },
  {
    codemod: 'transfer-buffers',
    rules: { 'prefer-transfer': preferTransfer },
    spec: { codemod: 'transfer-buffers', rule: 'prefer-transfer', pattern: transferPattern as never, options: {} as never },
    snippets: [
      ['fresh.js', "import { Worker } from 'node:worker_threads';\nexport function run(rows) {\n  const w = new Worker('./w.js');\n  const data = new Float64Array(rows.length);\n  w.postMessage(data);\n  return w;\n}\n"],
      ['parent.cjs', "const { parentPort } = require('worker_threads');\nfunction reply(n) {\n  const counts = new Uint32Array(n * 4);\n  const header = new ArrayBuffer(16);\n  parentPort.postMessage({ counts, header });\n}\nreply(4)\n"],
      ['worker-data.js', "import { Worker } from 'node:worker_threads';\nexport function start() {\n  const table = new Int32Array(64).fill(-1);\n  return new Worker('./w.js', {\n    workerData: table,\n  });\n}\n"],
      ['twice.js', "import { parentPort } from 'node:worker_threads';\nexport function f() {\n  const data = new Float64Array(8);\n  parentPort.postMessage(data);\n  parentPort.postMessage(data);\n}\n"],
      ['param.ts', "import { parentPort } from 'node:worker_threads';\nexport function send(data: Float64Array): void {\n  parentPort!.postMessage(data);\n}\n"],
      ['channel.js', "import { MessageChannel } from 'node:worker_threads';\nexport function f() {\n  const { port1 } = new MessageChannel();\n  const frame = new Uint8Array(4096);\n  for (let i = 0; i < 3; i++) port1.postMessage(frame);\n  return port1;\n}\n"],
      ['pooled.js', "import { parentPort } from 'node:worker_threads';\nexport function f(s) {\n  parentPort.postMessage(Buffer.from(s));\n  const all = new Float64Array(1024);\n  parentPort.postMessage(all.subarray(0, 2));\n}\n"],
    ],
  },
];

/**
 * What a user gets by taking the first suggestion of every report, pass after pass (ESLint's order: by position,
 * overlapping ones left for the next pass), as `eslint --fix` does with fixes.
 */
function applyFirstSuggestions(linter: Linter, source: string, configs: Linter.Config[], name: string): string {
  let text = source;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = linter.verify(text, configs, name).flatMap((m) => (m.suggestions?.[0] ? [m.suggestions[0].fix] : [])).sort((a, b) => a.range[0] - b.range[0]);
    if (fixes.length === 0) break;
    const applied: typeof fixes = [];
    for (const fix of fixes) if (!applied.some((other) => other.range[1] > fix.range[0])) applied.push(fix);
    text = applyEdits(text, applied.map((fix) => ({ range: fix.range, text: fix.text })));
  }
  return text;
}

function config(suite: Suite, filename: string, parser: 'espree' | 'typescript'): Linter.Config[] {
  return [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      plugins: { memory: { rules: suite.rules as never } },
      rules: Object.fromEntries(Object.keys(suite.rules).map((name) => [`memory/${name}`, 'error'])),
      languageOptions: {
        sourceType: filename.endsWith('.cjs') ? 'commonjs' : 'module',
        ...(parser === 'typescript' ? { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: /x$/.test(filename) } } } : {}),
      },
    },
  ];
}

// ESLint's default parser reads plain JS only; every file also goes through typescript-eslint's.
const cases = suites.flatMap((suite) => {
  const fixtures = join(import.meta.dirname, '__testfixtures__', suite.codemod);
  const inputs: [string, string][] = [];
  for (const file of readdirSync(fixtures)) {
    if (file.includes('.input.') && !file.includes('.unsafe.')) inputs.push([file.replace('.input.', '.'), readFileSync(join(fixtures, file), 'utf8')]);
  }
  for (const snippet of suite.snippets) inputs.push(snippet);
  return inputs.flatMap(([name, source]) => [
    ...(/\.[cm]?js$/.test(name) ? [[suite.codemod, name, source, 'espree', suite] as const] : []),
    [suite.codemod, name, source, 'typescript', suite] as const,
  ]);
});

describe.each(cases)('%s: %s (%s)', (_codemod, name, source, parser, suite) => {
  const linter = new Linter({ configType: 'flat' });

  it('eslint --fix and the codemod write the same bytes', () => {
    if (suite.suggestionsOnly) {
      expect(rewriteSource(source, name, suite.spec, { unsafe: true }).output ?? source).toBe(applyFirstSuggestions(linter, source, config(suite, name, parser), name));
      return;
    }
    const fixed = linter.verifyAndFix(source, config(suite, name, parser), name);
    const { output } = rewriteSource(source, name, suite.spec);
    expect(output ?? source).toBe(fixed.output);
  });

  it('report the same sites', () => {
    const messages = linter.verify(source, config(suite, name, parser), name);
    expect(messages.every((m) => Object.keys(suite.rules).includes(m.ruleId?.replace('memory/', '') ?? ''))).toBe(true);
    // The codemod's records carry positions in the original file, for sites of every pass.
    const { sites } = rewriteSource(source, name, suite.spec);
    expect(sites.map((s) => `${s.line}:${s.column}`).sort()).toEqual(messages.map((m) => `${m.line}:${m.column}`).sort());
  });

  it('agree on suggestions: the first suggestion of a lone site is the codemod --unsafe output', () => {
    const messages = linter.verify(source, config(suite, name, parser), name);
    if (messages.length !== 1 || !messages[0]!.suggestions?.length) return;
    const suggestion = messages[0]!.suggestions[0]!;
    const applied = applyEdits(source, [{ range: suggestion.fix.range, text: suggestion.fix.text }]);
    expect(rewriteSource(source, name, suite.spec, { unsafe: true }).output).toBe(applied);
  });
});

// With types: eslint --fix with the rules' `typeAware` option and the codemod with --project decide alike.
describe('with type information (typeAware rules, codemod --project)', () => {
  // A project of its own per run, on disk: a tsconfig other suites also use could hand over a program they left.
  const dir = mkdtempSync(join(tmpdir(), 'memory-parity-'));
  const project = join(dir, 'tsconfig.json');
  const file = join(dir, 'file.ts');
  writeFileSync(project, JSON.stringify({ compilerOptions: { strict: true, target: 'ES2023', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023'], noEmit: true, types: [] }, include: ['file.ts'] }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const typed: [string, Record<string, unknown>, CodemodSpec<never>, string][] = [
    [
      'prefer-typed-array',
      { 'prefer-typed-array': preferTypedArray },
      { codemod: 'use-typed-arrays', rule: 'prefer-typed-array', pattern: typedArrayPattern as never, options: { minLength: 16 } as never },
      'export function f(n: number): number {\n  const xs = new Array(n).fill(0);\n  for (let i = 0; i < n; i++) xs[i] = i * 0.5;\n  return xs[0] + xs.length;\n}\n',
    ],
    [
      'prefer-in-place',
      { 'prefer-in-place': preferInPlace },
      { codemod: 'rewrite-in-place', rule: 'prefer-in-place', pattern: inPlacePattern as never, options: { minLength: 16 } as never },
      'export function g(input: readonly number[], s: Set<number>): number[] {\n  let xs = Array.from(s);\n  xs = xs.map((x) => x * 2);\n  let ys = input;\n  ys = ys.filter((y) => y > 0);\n  return [...xs, ...ys];\n}\n',
    ],
  ];
  it.each(typed)('%s: eslint --fix and the codemod write the same bytes', (_name, rules, spec, source) => {
    writeFileSync(file, source);
    // The project lives outside this repository: flat config matches files below `cwd` only.
    const linter = new Linter({ configType: 'flat', cwd: dir });
    const config: Linter.Config[] = [
      {
        files: ['**/*.ts'],
        plugins: { memory: { rules: rules as never } },
        rules: Object.fromEntries(Object.keys(rules).map((name) => [`memory/${name}`, ['error', { typeAware: true }]])),
        languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { project, tsconfigRootDir: dir } },
      },
    ];
    const fixed = linter.verifyAndFix(source, config, file);
    const { output } = rewriteSource(source, file, spec, { project });
    expect(output).toBeDefined();
    expect(output ?? source).toBe(fixed.output);
  });
});
