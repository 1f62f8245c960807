import { intermediateArraysPattern } from '../analysis/intermediate-arrays.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { minLengthOption, patternListeners, typeAwareOption } from '../utils/pattern-rule.ts';

export type Options = [{ iteratorHelpers?: boolean; minLength?: number; typeAware?: boolean }];
export type MessageId = 'fuseIntoOnePass' | 'intermediateArray' | 'iterateDirectly' | 'mapWhileCopying' | 'useIteratorHelpers';

export default createRule<Options, MessageId>({
  name: 'no-intermediate-arrays',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow array chains that build an intermediate array only to walk it again',
      recommended: false,
      typeAware: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      intermediateArray: '`{{ chain }}` builds a whole intermediate array only to walk it again.',
      mapWhileCopying: 'Map while copying, with `Array.from(source, callback)`{{ caveat }}.',
      iterateDirectly: 'Iterate the source directly{{ caveat }}.',
      fuseIntoOnePass: 'Fuse both walks into one `reduce` pass{{ caveat }}.',
      useIteratorHelpers: 'Use iterator helpers, which build no intermediate array{{ caveat }}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          iteratorHelpers: {
            type: 'boolean',
            description: 'Also suggest iterator helpers (`xs.values().map(f).filter(p).toArray()`). Only for targets that have them: Node 22+, current browsers.',
          },
          minLength: minLengthOption('Array literals with fewer elements than this are too small to report.'),
          typeAware: typeAwareOption('report only chains on arrays (not lazy wrappers or typed arrays of unknown kind).'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ iteratorHelpers: false, minLength: 16, typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    const analysisOptions = { minLength: options.minLength ?? 16, iteratorHelpers: options.iteratorHelpers ?? false };
    return patternListeners(context, intermediateArraysPattern, env, analysisOptions);
  },
});
