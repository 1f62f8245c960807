import type { TSESTree } from '@typescript-eslint/utils';

import { spreadArgumentsPattern } from '../analysis/spread-arguments.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { reportFinding } from '../utils/report.ts';

export type Options = [{ minLength?: number; typeAware?: boolean }];
export type MessageId = 'chunkedLoop' | 'largeSpreadArguments' | 'minMaxLoop' | 'pushLoop';

export default createRule<Options, MessageId>({
  name: 'no-large-spread-arguments',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow spreading a list of unbounded size into the arguments of a call',
      recommended: true,
      typeAware: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      largeSpreadArguments: '`{{ call }}` passes every element of `{{ list }}` as an argument, which throws a RangeError once the list has about 125,000 elements.',
      pushLoop: 'Push the elements in a loop{{ caveat }}.',
      minMaxLoop: 'Find the extreme value in a loop that keeps the same result for empty lists, NaN and -0{{ caveat }}.',
      chunkedLoop: 'Convert the codes in chunks of 8192{{ caveat }}.',
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
            description: 'Use the TypeScript checker: skip tuples and receivers that are not arrays, and autofix lists typed as arrays. Needs type information.',
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
    const check = (node: TSESTree.Node): void => {
      const finding = spreadArgumentsPattern.analyze(node, env, analysisOptions);
      if (finding) reportFinding(context, finding);
    };
    return { CallExpression: check, NewExpression: check };
  },
});
