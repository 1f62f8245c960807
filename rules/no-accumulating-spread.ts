import { accumulatingSpreadPattern } from '../analysis/accumulating-spread.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { patternListeners, typeAwareOption } from '../utils/pattern-rule.ts';

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
          typeAware: typeAwareOption('skip `reduce` on values that are not arrays, and autofix computed keys whose type cannot be `"__proto__"`.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    return patternListeners(context, accumulatingSpreadPattern, env, {});
  },
});
