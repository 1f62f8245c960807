// One analysis, two front ends: `eslint --fix` with memory/prefer-in-place and the rewrite-in-place codemod must
// produce byte-identical files, report the same sites, and agree on suggestions (the codemod's --unsafe).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { inPlacePattern } from '../../analysis/in-place.ts';
import { applyEdits } from '../../analysis/edits.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import rule from '../../rules/prefer-in-place.ts';

const fixtures = join(import.meta.dirname, '__testfixtures__', 'rewrite-in-place');
const spec = { codemod: 'rewrite-in-place', rule: 'prefer-in-place', pattern: inPlacePattern, options: { minLength: 16 } };

const snippets: [string, string][] = [
  ['loop.js', 'let acc = [];\nfor (const x of xs) acc = [...acc, x * 2];\n'],
  ['two-filters.js', 'let a = Array.from(s);\na = a.filter((x) => x > 0);\na = a.filter((x) => x < 9);\n'],
  ['switch.js', 'let a = Array.from(s);\nswitch (k) {\n  case 1: a = a.filter((x) => x);\n  case 2: a = a.filter((x) => !x);\n}\n'],
  ['typed.ts', 'export function f(n: number) {\n  let t = new Float64Array(n);\n  t = t.map((v, i) => v + i);\n  t = t.filter((v) => v > 1);\n  return t;\n}\n'],
  ['alias.js', 'let a = Array.from(s);\nconst b = a;\na = a.map((x) => x + 1);\n'],
  ['holes.js', 'let a = new Array(n);\na = a.map((x) => x + 1);\n'],
  ['with.js', 'let a = Array.from(s);\na = a.with(-1, 0);\n'],
];
const inputs: [string, string][] = [
  ...readdirSync(fixtures)
    .filter((file) => file.includes('.input.') && !file.includes('.unsafe.'))
    .map((file): [string, string] => [file.replace('.input.', '.'), readFileSync(join(fixtures, file), 'utf8')]),
  ...snippets,
];

function config(filename: string, parser: 'espree' | 'typescript'): Linter.Config[] {
  return [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      plugins: { memory: { rules: { 'prefer-in-place': rule as never } } },
      rules: { 'memory/prefer-in-place': 'error' },
      languageOptions: {
        sourceType: filename.endsWith('.cjs') ? 'commonjs' : 'module',
        ...(parser === 'typescript' ? { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: /x$/.test(filename) } } } : {}),
      },
    },
  ];
}

// ESLint's default parser reads plain JS only; every file also goes through typescript-eslint's.
const cases = inputs.flatMap(([name, source]) => [
  ...(/\.[cm]?js$/.test(name) ? [[name, source, 'espree'] as const] : []),
  [name, source, 'typescript'] as const,
]);

describe.each(cases)('%s (%s)', (name, source, parser) => {
  const linter = new Linter({ configType: 'flat' });

  it('eslint --fix and the codemod write the same bytes', () => {
    const fixed = linter.verifyAndFix(source, config(name, parser), name);
    const { output } = rewriteSource(source, name, spec);
    expect(output ?? source).toBe(fixed.output);
  });

  it('report the same sites', () => {
    const messages = linter.verify(source, config(name, parser), name);
    expect(messages.every((m) => m.ruleId === 'memory/prefer-in-place')).toBe(true);
    // The codemod's records carry positions in the original file, for sites of every pass.
    const { sites } = rewriteSource(source, name, spec);
    expect(sites.map((s) => `${s.line}:${s.column}`).sort()).toEqual(messages.map((m) => `${m.line}:${m.column}`).sort());
  });

  it('agree on suggestions: the first suggestion of a lone site is the codemod --unsafe output', () => {
    const messages = linter.verify(source, config(name, parser), name);
    if (messages.length !== 1 || !messages[0]!.suggestions?.length) return;
    const suggestion = messages[0]!.suggestions[0]!;
    const applied = applyEdits(source, [{ range: suggestion.fix.range, text: suggestion.fix.text }]);
    expect(rewriteSource(source, name, spec, { unsafe: true }).output).toBe(applied);
  });
});
