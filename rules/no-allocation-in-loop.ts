import { allocationInLoopPattern } from '../analysis/allocation-in-loop.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { patternListeners } from '../utils/pattern-rule.ts';

export type Options = [{ minBytes?: number }];
export type MessageId = 'allocationInLoop' | 'hoistAllocation';

export default createRule<Options, MessageId>({
  name: 'no-allocation-in-loop',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow allocating the same buffer on every turn of a loop',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      allocationInLoop: '`{{ allocation }}` makes a new buffer on every turn of the loop on line {{ line }}, though its size does not change there.',
      hoistAllocation: 'Allocate `{{ name }}` once before the loop, and reset it where it was made ({{ reset }}).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minBytes: {
            type: 'integer',
            minimum: 0,
            description: 'A buffer of a constant size below this many bytes is not reported (a size that is not a constant always is).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minBytes: 65_536 }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, false);
    return patternListeners(context, allocationInLoopPattern, env, { minBytes: options.minBytes ?? 65_536 });
  },
});
