import { allocationInLoopPattern } from '../analysis/allocation-in-loop.ts';
import { createTransform } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rule does. */
export const parser = 'tsx';

/**
 * Buffers made on every turn of a loop with a size the loop does not change (`Buffer.alloc(n)`, `new Float64Array(n)`,
 * `new ArrayBuffer(n)`), through the same analysis as `memory/no-allocation-in-loop`: allocated once before the loop
 * and reset where they were made (`buf.fill(0)`), so every turn still starts from a zeroed buffer. Buffers passed to
 * a call that could keep them are rewritten only with `--unsafe`; buffers kept beyond a turn are left alone.
 */
export default createTransform(
  { codemod: 'hoist-allocations', rule: 'no-allocation-in-loop', pattern: allocationInLoopPattern, options: { minBytes: 65_536 } },
  (options) => ({ minBytes: Number(options['minBytes'] ?? 65_536) }),
);
