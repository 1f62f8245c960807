import { transferPattern } from '../analysis/transfer.ts';
import { createTransform } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rules do. */
export const parser = 'tsx';

/**
 * Adds transfer lists to `postMessage(x)` and `new Worker(file, { workerData: x })` that send typed arrays, Buffers
 * or ArrayBuffers, through the same analysis as `memory/prefer-transfer`: fresh local buffers that nothing reads
 * afterwards are rewritten, the rule's suggestions (parameters, buffers used after the call) only with `--unsafe`,
 * and every other site (views, pooled Buffers, buffers made in the call) is reported with its reason.
 */
export default createTransform({ codemod: 'transfer-buffers', rule: 'prefer-transfer', pattern: transferPattern, options: {} }, () => ({}));
