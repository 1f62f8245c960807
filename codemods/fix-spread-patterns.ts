import { accumulatingSpreadPattern } from '../analysis/accumulating-spread.ts';
import { combinePatterns } from '../analysis/combine.ts';
import { spreadArgumentsPattern } from '../analysis/spread-arguments.ts';
import { createTransform } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rules do. */
export const parser = 'tsx';

/**
 * Rewrites spread accumulators (`xs.reduce((acc, x) => [...acc, x], [])`, `acc = { ...acc, k: v }` in loops) into
 * mutation and large argument spreads (`xs.push(...ys)`, `Math.max(...xs)`, `String.fromCharCode(...codes)`) into
 * loops, through the same analyses as `memory/no-accumulating-spread` and `memory/no-large-spread-arguments`: what
 * the rules autofix is rewritten, what they only suggest is rewritten with `--unsafe`, every other site is reported.
 */
export default createTransform(
  {
    codemod: 'fix-spread-patterns',
    rule: 'no-accumulating-spread,no-large-spread-arguments',
    pattern: combinePatterns({ 'no-accumulating-spread': accumulatingSpreadPattern, 'no-large-spread-arguments': spreadArgumentsPattern as never }),
    options: { 'no-accumulating-spread': {}, 'no-large-spread-arguments': { minLength: 16 } },
  },
  (options) => ({ 'no-accumulating-spread': {}, 'no-large-spread-arguments': { minLength: Number(options['minLength'] ?? 16) } }),
);
