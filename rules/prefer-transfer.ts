import { transferPattern } from '../analysis/transfer.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { patternListeners, typeAwareOption } from '../utils/pattern-rule.ts';

export type Options = [{ typeAware?: boolean }];
export type MessageId = 'addTransferList' | 'pooledBuffer' | 'structuredClone' | 'viewClone';

export default createRule<Options, MessageId>({
  name: 'prefer-transfer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a transfer list when posting typed arrays, Buffers and ArrayBuffers to a worker',
      recommended: true,
      typeAware: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      structuredClone: '`{{ call }}` copies all of `{{ value }}` into the worker (structured clone): transfer it instead.',
      viewClone: '`{{ call }}` copies the whole buffer under the view `{{ value }}` into the worker (structured clone), and transferring it would detach that buffer: send a copy of the part (`.slice()`) instead.',
      pooledBuffer: '`{{ call }}` copies `{{ value }}` into the worker (structured clone), and as a pooled Buffer it cannot be transferred (Node silently copies its whole 8 KiB pool slab): allocate it with `Buffer.alloc` to transfer it.',
      addTransferList: 'Transfer `{{ list }}`, which leaves the sender\'s copy detached{{ caveat }}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          typeAware: typeAwareOption('tell Worker and MessagePort receivers from `window.postMessage` by type, and recognise typed arrays, Buffers and ArrayBuffers by type.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    return patternListeners(context, transferPattern, env, {});
  },
});
