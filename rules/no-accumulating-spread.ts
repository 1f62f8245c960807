import type { TSESTree } from '@typescript-eslint/utils';

import { accumulatingSpreadPattern } from '../analysis/accumulating-spread.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { reportFinding } from '../utils/report.ts';

export type Options = [{ typeAware?: boolean }];
export type MessageId = 'accumulatingSpread' | 'copySeedOnce' | 'mutateAccumulator';

export default createRule<Options, MessageId>({
  name: 'no-accumulating-spread',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow copying the accumulator on every step of a reduce or loop',
      recommended: true,
      typeAware: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      accumulatingSpread: '`{{ expression }}` copies the accumulator on every step of the {{ method }}, so building the result takes quadratic time and memory.',
      mutateAccumulator: 'Mutate `{{ name }}` instead of copying it{{ caveat }}.',
      copySeedOnce: 'Copy the initial value once and mutate that copy{{ caveat }}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          typeAware: {
            type: 'boolean',
            description: 'Use the TypeScript checker: skip `reduce` on values that are not arrays, and autofix computed keys whose type cannot be `"__proto__"`. Needs type information.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    const check = (node: TSESTree.Node): void => {
      const finding = accumulatingSpreadPattern.analyze(node, env, {});
      if (finding) reportFinding(context, finding);
    };
    return { CallExpression: check, AssignmentExpression: check };
  },
});
