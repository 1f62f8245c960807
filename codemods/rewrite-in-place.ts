import { inPlacePattern } from '../analysis/in-place.ts';
import { createTransform } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rule does. */
export const parser = 'tsx';

/**
 * Rewrites copy-and-rebind (`xs = xs.map(f)`, `xs = xs.filter(p)`, `xs = [...xs, v]`, ...) in place, through the
 * same analysis as `memory/prefer-in-place`: what the rule autofixes is rewritten, what it only suggests is rewritten
 * with `--unsafe`, and every other site is reported with the reason.
 */
export default createTransform(
  { codemod: 'rewrite-in-place', rule: 'prefer-in-place', pattern: inPlacePattern, options: { minLength: 16 } },
  (options) => ({ minLength: Number(options['minLength'] ?? 16) }),
);
