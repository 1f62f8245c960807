import { retainedIntermediatePattern } from '../analysis/retained-intermediate.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { patternListeners, sourcesOption, typeAwareOption } from '../utils/pattern-rule.ts';

export type Options = [{ sources?: string[]; typeAware?: boolean }];
export type MessageId = 'extractPhase' | 'inlineIntoUse' | 'releaseAfterLastUse' | 'retainedIntermediate';

export default createRule<Options, MessageId>({
  name: 'no-retained-intermediate',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow keeping a large intermediate value reachable after its last use',
      recommended: true,
      typeAware: true,
    },
    hasSuggestions: true,
    messages: {
      retainedIntermediate: '`{{ name }}` is not used after line {{ line }}, but it stays reachable {{ reason }}.',
      releaseAfterLastUse: 'Set `{{ name }}` to `undefined` after its last use.',
      inlineIntoUse: 'Read the value where `{{ name }}` is used, so that no binding holds it.',
      extractPhase: 'Move the statements up to its last use into a function of their own, whose frame ends with them.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          sources: sourcesOption('file reads, response bodies, `JSON.parse`, buffers and what is derived from them'),
          typeAware: typeAwareOption('write the released binding\'s type (`T | undefined`) where neither an annotation nor the source shows it.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ sources: [], typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    // Releases are offered as suggestions even where they provably keep behaviour: they restructure code (`const`
    // becomes `let`), and whether a value is large enough to matter is the reader's call.
    return patternListeners(context, retainedIntermediatePattern, env, { sources: options.sources ?? [] }, true);
  },
});
