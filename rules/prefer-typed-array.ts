import type { TSESTree } from '@typescript-eslint/utils';

import { typedArrayPattern } from '../analysis/typed-array.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { reportFinding } from '../utils/report.ts';

export type Options = [{ minLength?: number; typeAware?: boolean }];
export type MessageId = 'preferTypedArray' | 'useTypedArray';

export default createRule<Options, MessageId>({
  name: 'prefer-typed-array',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce typed arrays for fixed-size numeric buffers',
      recommended: true,
      typeAware: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      preferTypedArray: '`{{ name }}` is a fixed-size buffer of numbers: as {{ article }} `{{ kind }}` it {{ saving }}.',
      useTypedArray: 'Use {{ article }} `{{ kind }}`{{ caveat }}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minLength: {
            type: 'integer',
            minimum: 0,
            description: 'Buffers of a literal size below this are shapes or tuples, not buffers, and are not reported.',
          },
          typeAware: {
            type: 'boolean',
            description: 'Use the TypeScript checker for the element type (`number[]`), where the syntax alone does not show it. Needs type information.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minLength: 16, typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    const analysisOptions = { minLength: options.minLength ?? 16 };
    return {
      VariableDeclarator(node: TSESTree.VariableDeclarator): void {
        const finding = typedArrayPattern.analyze(node, env, analysisOptions);
        if (finding) reportFinding(context, finding);
      },
    };
  },
});
