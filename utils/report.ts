import type { TSESLint } from '@typescript-eslint/utils';

import type { Finding, Rewrite } from '../analysis/types.ts';

/**
 * Reports a finding the way its computed fix kind says: an autofix, editor suggestions, or a bare report.
 * Every rule goes through here, so "fixed, suggested or reported only" is decided in the analysis and nowhere else.
 */
export function reportFinding<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>,
  finding: Finding,
  /** Offer even provably safe rewrites as suggestions (a rule whose fixes restructure code a reviewer should see). */
  suggestOnly = false,
): void {
  const toFix = (rewrite: Rewrite): TSESLint.ReportFixFunction => (fixer) =>
    rewrite.edits.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text));
  context.report({
    node: finding.node,
    messageId: finding.messageId as MessageIds,
    data: finding.data,
    fix: finding.kind === 'fix' && !suggestOnly ? toFix(finding.rewrites[0]!) : null,
    suggest:
      finding.kind === 'suggest' || (finding.kind === 'fix' && suggestOnly)
        ? finding.rewrites.map((rewrite) => ({ messageId: rewrite.messageId as MessageIds, data: rewrite.data, fix: toFix(rewrite) }))
        : null,
  });
}
