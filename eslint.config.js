// The project lints itself: its own plugin (built into dist/ by `npm run build`, which `npm test` runs first),
// typescript-eslint, and eslint-plugin-eslint-plugin for the rule files.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

import memory from './dist/index.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'tests/**/__testfixtures__/**', 'tests/fixtures/**', 'examples/data/**', 'examples/analyze-readings.js'] }, // the example's anti-patterns are the point
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,ts}'], ...memory.configs.recommended },
  // What ships (the plugin and the codemods) passes every rule, the opt-in ones too; scripts, benchmarks and tests
  // keep `recommended`: their chains walk short directory listings, which is what no-intermediate-arrays is opt-in for.
  { files: ['index.ts', 'analysis/**/*.ts', 'codemods/**/*.ts', 'configs/**/*.ts', 'rules/**/*.ts', 'utils/**/*.ts'], ...memory.configs.all },
  {
    files: ['rules/*.ts'],
    ignores: ['rules/index.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce) ' }],
      // Suggestions are built in analysis/ and reported through utils/report.ts, which this rule cannot follow.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
);
