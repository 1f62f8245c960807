import { retainedViewPattern } from '../analysis/retained-view.ts';
import { createTransform } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rule does. */
export const parser = 'tsx';

/**
 * Copies kept views across a codebase, through the same analysis as `memory/no-retained-view`: a small slice of a
 * large string or view of a large buffer that is stored, returned or captured is replaced by a copy measured to
 * release the parent (`(' ' + s.slice(a, b)).slice(1)`, `Uint8Array.prototype.slice.call(buf, a, b)`). String
 * pieces of a known small length are rewritten; byte copies and pieces of unknown length need `--unsafe`; a field of
 * `split` that may be missing is only reported.
 */
export default createTransform(
  { codemod: 'copy-retained-views', rule: 'no-retained-view', pattern: retainedViewPattern, options: { sources: [] } },
  (options) => ({ sources: names(String(options['sources'] ?? '')) }),
);

/** `--sources loadDataset, db.query` as a list of callee names. */
function names(list: string): string[] {
  const found: string[] = [];
  for (const name of list.split(',')) if (name.trim()) found.push(name.trim());
  return found;
}
