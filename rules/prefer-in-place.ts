import type { TSESTree } from '@typescript-eslint/utils';

import { inPlacePattern } from '../analysis/in-place.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { reportFinding } from '../utils/report.ts';

export type Options = [{ minLength?: number; typeAware?: boolean }];
export type MessageId = 'copyRebind' | 'rewriteInPlace';

export default createRule<Options, MessageId>({
  name: 'prefer-in-place',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce updating arrays in place instead of copying them and rebinding the variable',
      recommended: true,
      typeAware: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      copyRebind: '`{{ expression }}` keeps two copies of `{{ name }}` alive at once.',
      rewriteInPlace: 'Rewrite in place with {{ rewrite }}{{ caveat }}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minLength: {
            type: 'integer',
            minimum: 0,
            description: 'Array literals with fewer elements than this (and never grown) are too small to report.',
          },
          typeAware: {
            type: 'boolean',
            description: 'Use the TypeScript checker: report only arrays and typed arrays, and respect `readonly` and `noUncheckedIndexedAccess`. Needs type information.',
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
      AssignmentExpression(node: TSESTree.AssignmentExpression): void {
        const finding = inPlacePattern.analyze(node, env, analysisOptions);
        if (finding) reportFinding(context, finding);
      },
    };
  },
});
