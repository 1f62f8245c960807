// The rule testers every rule suite uses, and the check that every fixed or suggested output of a suite parses.
import { createRequire } from 'node:module';
import { join } from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { type InvalidTestCase, RuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';

// espree is ESLint's own default parser; resolve it through eslint so the copy is the one ESLint itself uses.
const requireFromEslint = createRequire(createRequire(import.meta.url).resolve('eslint'));
export const espree = requireFromEslint('espree') as TSESLint.FlatConfig.Parser & {
  parse: (code: string, options: { ecmaVersion: 'latest'; sourceType: 'module' }) => unknown;
};

export const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** Plain JavaScript, as ESLint parses it by default. */
export const jsTester = new RuleTester({
  languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' },
  defaultFilenames: { ts: 'file.js', tsx: 'file.jsx' },
});
/** TypeScript syntax without type information. */
export const tsTester = new RuleTester();
/** With the checker: tests/fixtures/tsconfig.json is `strict` without `noUncheckedIndexedAccess`. */
export const typedTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtures } },
  defaultFilenames: { ts: join(fixtures, 'file.ts'), tsx: join(fixtures, 'react.tsx') },
});
/**
 * With the checker and `noUncheckedIndexedAccess` (tsconfig.unchecked.json). `project`, not the project service:
 * the service always takes the nearest tsconfig.json for file.ts.
 */
export const uncheckedTester = new RuleTester({
  languageOptions: { parserOptions: { project: './tsconfig.unchecked.json', tsconfigRootDir: fixtures } },
});

type AnyInvalid = InvalidTestCase<string, readonly unknown[]>;

function outputsOf(cases: readonly AnyInvalid[]): string[] {
  const outputs: string[] = [];
  for (const test of cases) {
    if (typeof test.output === 'string') outputs.push(test.output);
    else if (Array.isArray(test.output)) for (const output of test.output as string[]) outputs.push(output);
    for (const error of test.errors) for (const suggestion of error.suggestions ?? []) outputs.push(suggestion.output);
  }
  return outputs;
}

/** Every expected output of a suite parses (so no case pins output that is not a program), and there are enough. */
export function describeOutputsParse(rule: string, js: readonly AnyInvalid[], ts: readonly AnyInvalid[], least: { js: number; ts: number }): void {
  describe(`${rule} fixed and suggested outputs`, () => {
    const jsOutputs = outputsOf(js);
    const tsOutputs = outputsOf(ts);

    it('collects every output', () => {
      expect(jsOutputs.length).toBeGreaterThan(least.js);
      expect(tsOutputs.length).toBeGreaterThan(least.ts);
    });

    it.each(jsOutputs.map((code) => [code]))('parses as JavaScript: %s', (code) => {
      expect(() => espree.parse(code, { ecmaVersion: 'latest', sourceType: 'module' })).not.toThrow();
    });

    it.each(tsOutputs.map((code) => [code]))('parses as TypeScript: %s', (code) => {
      expect(() => tsParser.parse(code, { ecmaVersion: 'latest', sourceType: 'module', filePath: 'file.ts' })).not.toThrow();
    });
  });
}
