import { inPlacePattern } from '../analysis/in-place.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { minLengthOption, patternListeners, typeAwareOption } from '../utils/pattern-rule.ts';

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
          minLength: minLengthOption('Array literals with fewer elements than this (and never grown) are too small to report.'),
          typeAware: typeAwareOption('report only arrays and typed arrays, and respect `readonly` and `noUncheckedIndexedAccess`.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minLength: 16, typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    const analysisOptions = { minLength: options.minLength ?? 16 };
    return patternListeners(context, inPlacePattern, env, analysisOptions);
  },
});
