// The plugin must keep working on ESLint 9 (peer range ^9 || ^10): the same fix through both majors' Linter.
import tsParser from '@typescript-eslint/parser';
import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint9';

import plugin from '../../index.ts';

const code = [
  'export function double(n) {',
  '  let xs = Array.from({ length: n }, (_, k) => k);',
  '  xs = xs.map((x) => x * 2);',
  '  return xs;',
  '}',
  '',
].join('\n');
const fixed = [
  'export function double(n) {',
  '  let xs = Array.from({ length: n }, (_, k) => k);',
  '  for (let i = 0; i < xs.length; i++) {',
  '    const x = xs[i];',
  '    xs[i] = x * 2;',
  '  }',
  '  return xs;',
  '}',
  '',
].join('\n');

/** The part of Linter both majors share, so one test body drives either. */
interface AnyLinter {
  verify(code: string, config: unknown, filename: string): { ruleId: string | null; line: number; message: string }[];
  verifyAndFix(code: string, config: unknown, filename: string): { output: string };
}
type LinterClass = new (options: { configType: 'flat' }) => AnyLinter;

describe.each([
  ['ESLint 9', Linter9 as unknown as LinterClass],
  ['ESLint 10', Linter10 as unknown as LinterClass],
])('%s', (_name, Linter) => {
  it('runs the recommended config with espree and fixes', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [{ files: ['**/*.js'], ...plugin.configs.recommended }];
    const messages = linter.verify(code, config, 'example.js');
    expect(messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      ['memory/prefer-in-place', 3, '`xs = xs.map(...)` keeps two copies of `xs` alive at once.'],
    ]);
    expect(linter.verifyAndFix(code, config, 'example.js').output).toBe(fixed);
  });

  it('accepts disable-conflicting without the plugins whose rules it turns off, and turns off core prefer-spread', () => {
    const linter = new Linter({ configType: 'flat' });
    const source = 'const m = Math.max.apply(Math, values);\n';
    const on = [{ files: ['**/*.js'], rules: { 'prefer-spread': 'error' } }, { files: ['**/*.js'], ...plugin.configs.recommended }];
    expect(linter.verify(source, on, 'apply.js').map((m) => m.ruleId)).toEqual(['prefer-spread', 'memory/no-large-spread-arguments']);
    const off = [...on, plugin.configs['disable-conflicting']];
    expect(linter.verify(source, off, 'apply.js').map((m) => m.ruleId)).toEqual(['memory/no-large-spread-arguments']);
    expect(plugin.configs['disable-conflicting'].rules).toEqual({ 'prefer-spread': 'off', 'unicorn/prefer-spread': 'off', 'unicorn/no-array-sort-for-min-max': 'off' });
  });

  it('runs with the typescript-eslint parser', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, ...plugin.configs.recommended }];
    expect(linter.verifyAndFix(code, config, 'example.ts').output).toBe(fixed.replace('const x = xs[i];', 'const x = xs[i]!;'));
  });
});
