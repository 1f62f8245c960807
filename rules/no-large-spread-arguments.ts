import { spreadArgumentsPattern } from '../analysis/spread-arguments.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { minLengthOption, patternListeners, typeAwareOption } from '../utils/pattern-rule.ts';

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
          minLength: minLengthOption('Array literals with fewer elements than this (and never grown) are too small to report.'),
          typeAware: typeAwareOption('skip tuples and receivers that are not arrays, and autofix lists typed as arrays.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minLength: 16, typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    const analysisOptions = { minLength: options.minLength ?? 16 };
    return patternListeners(context, spreadArgumentsPattern, env, analysisOptions);
  },
});
