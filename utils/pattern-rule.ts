import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { AnalysisEnv, SitePattern } from '../analysis/types.ts';
import { reportFinding } from './report.ts';

/** The `minLength` option every rule with a size hint shares: a non-negative integer. */
export function minLengthOption(description: string): { type: 'integer'; minimum: 0; description: string } {
  return { type: 'integer', minimum: 0, description };
}

/** The `sources` option of the rules that judge size by `largeValue`: more calls whose result is large. */
export function sourcesOption(besides: string): { type: 'array'; items: { type: 'string'; minLength: 1 }; uniqueItems: true; description: string } {
  return {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
    description: `More calls whose result is large, as written at the call site (\`loadDataset\`, \`db.query\`), besides ${besides}.`,
  };
}

/** The `typeAware` option: what the checker adds, said the same way in every rule. */
export function typeAwareOption(adds: string): { type: 'boolean'; description: string } {
  return { type: 'boolean', description: `Use the TypeScript checker: ${adds} Needs type information.` };
}

/**
 * The listeners of a rule that is one shared pattern: each node type the pattern looks at is analysed and its
 * finding reported (fix, suggestions or report only, as the analysis decided).
 */
export function patternListeners<Options>(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  pattern: SitePattern<Options>,
  env: AnalysisEnv,
  options: Options,
  suggestOnly = false,
): TSESLint.RuleListener {
  const check = (node: TSESTree.Node): void => {
    const finding = pattern.analyze(node, env, options);
    if (finding) reportFinding(context, finding, suggestOnly);
  };
  const listeners: TSESLint.RuleListener = {};
  for (const type of pattern.nodeTypes) (listeners as Record<string, (node: TSESTree.Node) => void>)[type] = check;
  return listeners;
}
