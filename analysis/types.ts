import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

/** Type information for the typed mode: present only when a rule's `typeAware` option (or the codemod's `--project`) asks. */
export interface TypeInfo {
  checker: ts.TypeChecker;
  program: ts.Program;
  toTsNode: (node: TSESTree.Node) => ts.Node;
  noUncheckedIndexedAccess: boolean;
}

/** What every analysis reads: the same object whether a rule or a codemod is asking. */
export interface AnalysisEnv {
  sourceCode: Readonly<TSESLint.SourceCode>;
  /** The file is TypeScript (its syntax may carry type annotations; fixes may need `!`). */
  typescript: boolean;
  typeInfo: TypeInfo | undefined;
}

/** A text replacement on the original source. */
export interface Edit {
  range: readonly [number, number];
  text: string;
}

/** One rewrite of a site: the edits plus the words that describe it. */
export interface Rewrite {
  messageId: string;
  data: Record<string, string>;
  edits: readonly Edit[];
}

/**
 * How a finding may be changed: `fix` (autofix: provably keeps behaviour), `suggest` (a plausible rewrite that
 * could change behaviour, offered as an editor suggestion and applied by codemods only with `--unsafe`) or `none`.
 */
export type FixKind = 'fix' | 'none' | 'suggest';

/** A reported site, as both the rule and the codemod see it. */
export interface Finding {
  node: TSESTree.Node;
  messageId: string;
  data: Record<string, string>;
  kind: FixKind;
  /** Why the site is not autofixed (absent when `kind === 'fix'`). */
  reason: string | undefined;
  /** For `fix`: exactly one rewrite; for `suggest`: one or more; for `none`: empty. */
  rewrites: readonly Rewrite[];
  /** The rule whose analysis found the site, when a codemod runs several (set by `combinePatterns`). */
  rule?: string;
}

/** A detector shared by a rule and a codemod: the node types it listens to and what it decides for one node. */
export interface SitePattern<Options> {
  nodeTypes: readonly TSESTree.AST_NODE_TYPES[];
  analyze: (node: TSESTree.Node, env: AnalysisEnv, options: Options) => Finding | undefined;
}
