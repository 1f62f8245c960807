import { streamingReadPattern } from '../analysis/streaming-read.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { patternListeners } from '../utils/pattern-rule.ts';

export type Options = [];
export type MessageId = 'iterateReadline' | 'streamingRead';

export default createRule<Options, MessageId>({
  name: 'prefer-streaming-read',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require reading a file line by line instead of splitting the whole file into lines to iterate them',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      streamingRead: '`{{ read }}` is split into lines only to iterate them, so the whole file and every line are in memory together.',
      iterateReadline:
        "Iterate the lines with `for await` over `readline` (differences: no trailing '' after a final newline or for an empty file, '\\r\\n' and a lone '\\r' also end a line and no '\\r' is kept, and other code can run between lines).",
    },
    schema: [],
  },
  create(context) {
    // Syntactic only: which reads come from `fs` is settled by imports and requires, not by types.
    return patternListeners(context, streamingReadPattern, ruleEnv(context, false), {});
  },
});
