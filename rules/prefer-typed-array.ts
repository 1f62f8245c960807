import { typedArrayPattern } from '../analysis/typed-array.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { minLengthOption, patternListeners, typeAwareOption } from '../utils/pattern-rule.ts';

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
          minLength: minLengthOption('Buffers of a literal size below this are shapes or tuples, not buffers, and are not reported.'),
          typeAware: typeAwareOption('take the element type (`number[]`) from it where the syntax alone does not show it, and autofix sizes typed `number`.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minLength: 16, typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    const analysisOptions = { minLength: options.minLength ?? 16 };
    return patternListeners(context, typedArrayPattern, env, analysisOptions);
  },
});
