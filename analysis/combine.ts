import type { TSESTree } from '@typescript-eslint/utils';

import type { SitePattern } from './types.ts';

/**
 * One pattern made of several rules' patterns, for a codemod that applies them together (as `eslint --fix` with
 * those rules on would): each finding names the rule that made it. Options are keyed by rule name.
 */
export function combinePatterns(patterns: Record<string, SitePattern<never>>): SitePattern<Record<string, unknown>> {
  const entries = Object.entries(patterns);
  return {
    nodeTypes: [...new Set(entries.flatMap(([, pattern]) => pattern.nodeTypes))],
    analyze(node: TSESTree.Node, env, options) {
      for (const [rule, pattern] of entries) {
        if (!pattern.nodeTypes.includes(node.type)) continue;
        const finding = pattern.analyze(node, env, options[rule] as never);
        if (finding) return { ...finding, rule };
      }
      return undefined;
    },
  };
}
