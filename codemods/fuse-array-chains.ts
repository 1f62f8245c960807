import { intermediateArraysPattern } from '../analysis/intermediate-arrays.ts';
import { createTransform } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rule does. */
export const parser = 'tsx';

/**
 * Rewrites array chains that build an intermediate array only to walk it again, through the same analysis as
 * `memory/no-intermediate-arrays`: exact equivalents (`Array.from(x, f)`) are rewritten, the
 * fused one-pass forms (suggestions in the editor) with `--unsafe`, and every other site is reported with its reason.
 */
export default createTransform(
  { codemod: 'fuse-array-chains', rule: 'no-intermediate-arrays', pattern: intermediateArraysPattern, options: { minLength: 16, iteratorHelpers: false } },
  (options) => ({ minLength: Number(options['minLength'] ?? 16), iteratorHelpers: options['iteratorHelpers'] === true || options['iteratorHelpers'] === 'true' }),
);
