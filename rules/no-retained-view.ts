import { retainedViewPattern } from '../analysis/retained-view.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { patternListeners, sourcesOption } from '../utils/pattern-rule.ts';

export type Options = [{ sources?: string[] }];
export type MessageId = 'copyBytes' | 'copyPooled' | 'copyString' | 'retainedView';

export default createRule<Options, MessageId>({
  name: 'no-retained-view',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow keeping a small view or slice of a large buffer or string, which keeps all of it alive',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      retainedView: '`{{ piece }}` is a view that keeps all of `{{ parent }}` alive, and it is {{ where }}.',
      copyString: 'Copy the piece with `{{ copy }}`, so that it no longer keeps its parent.',
      copyBytes: 'Copy the piece with `{{ copy }}`, so that it no longer keeps its parent.',
      copyPooled: 'Copy the piece with `{{ copy }}` (a piece under 4 KiB then keeps an 8 KiB pool slab instead).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          sources: sourcesOption('file reads, response bodies, buffers and what is derived from them'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ sources: [] }],
  },
  create(context, [options]) {
    // Syntactic: what is large, and what the piece is, comes from the source (see analysis/large-value.ts).
    const env = ruleEnv(context, false);
    return patternListeners(context, retainedViewPattern, env, { sources: options.sources ?? [] });
  },
});
