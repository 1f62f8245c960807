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

describe.each([
  ['ESLint 9', Linter9],
  ['ESLint 10', Linter10],
] as const)('%s', (_name, Linter) => {
  it('runs the recommended config with espree and fixes', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [{ files: ['**/*.js'], ...plugin.configs.recommended }];
    const messages = linter.verify(code, config as never, 'example.js');
    expect(messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      ['memory/prefer-in-place', 3, '`xs = xs.map(...)` keeps two copies of `xs` alive at once.'],
    ]);
    expect(linter.verifyAndFix(code, config as never, 'example.js').output).toBe(fixed);
  });

  it('runs with the typescript-eslint parser', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, ...plugin.configs.recommended }];
    expect(linter.verifyAndFix(code, config as never, 'example.ts').output).toBe(fixed.replace('const x = xs[i];', 'const x = xs[i]!;'));
  });
});
