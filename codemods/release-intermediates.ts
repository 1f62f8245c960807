import { retainedIntermediatePattern } from '../analysis/retained-intermediate.ts';
import { createTransform } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rule does. */
export const parser = 'tsx';

/**
 * Scoped releases across a codebase, through the same analysis as `memory/no-retained-intermediate`: a large
 * intermediate that stays reachable after its last use is read where it is used (used once, in the next statement)
 * or set to `undefined` after its last use, with `| undefined` added to its TypeScript type where needed. Sites whose
 * release rests on a callback running at once (`map`, `filter`, ...) need `--unsafe`; sites it cannot prove safe
 * (`eval`, exported bindings, a type it cannot write without `--project`) are reported with the reason.
 */
export default createTransform(
  { codemod: 'release-intermediates', rule: 'no-retained-intermediate', pattern: retainedIntermediatePattern, options: { sources: [] } },
  (options) => ({ sources: names(String(options['sources'] ?? '')) }),
);

/** `--sources loadDataset, db.query` as a list of callee names. */
function names(list: string): string[] {
  const found: string[] = [];
  for (const name of list.split(',')) if (name.trim()) found.push(name.trim());
  return found;
}
