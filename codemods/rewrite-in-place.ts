import type { API, FileInfo, Options } from 'jscodeshift';

import { inPlacePattern } from '../analysis/in-place.ts';
import { rewriteSource, writeSiteRecords } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rule does. */
export const parser = 'tsx';

/**
 * Rewrites copy-and-rebind (`xs = xs.map(f)`, `xs = xs.filter(p)`, `xs = [...xs, v]`, ...) in place, through the
 * same analysis as `memory/prefer-in-place`: what the rule autofixes is rewritten, what it only suggests is rewritten
 * with `--unsafe`, and every other site is reported with the reason.
 */
export default function transform(file: FileInfo, api: API, options: Options): string | undefined {
  const { output, sites } = rewriteSource(
    file.source,
    file.path,
    { codemod: 'rewrite-in-place', rule: 'prefer-in-place', pattern: inPlacePattern, options: { minLength: Number(options['minLength'] ?? 16) } },
    { unsafe: options['unsafe'] === true || options['unsafe'] === 'true' },
  );
  writeSiteRecords(options['reportFile'] as string | undefined, sites);
  for (const site of sites) {
    if (site.status === 'skipped') api.report?.(`${site.file}:${site.line}:${site.column}: skipped: ${site.reason}`);
  }
  return output;
}
