import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { freshName, indentAt, indentUnit, lineEndingAt, textOf } from './text.ts';
import type { AnalysisEnv } from './types.ts';

const STATEMENT_LIST_PARENTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Program, AST_NODE_TYPES.BlockStatement, AST_NODE_TYPES.SwitchCase, AST_NODE_TYPES.StaticBlock, AST_NODE_TYPES.TSModuleBlock,
]);

/**
 * Writes the statements that replace one statement: its indentation and line ending, fresh names that neither
 * collide nor shadow, element reads with `!` where TypeScript needs it, and a block of its own when several
 * statements go where one is expected. Every rewrite that turns an expression into statements goes through here.
 */
export class StatementWriter {
  readonly indent: string;
  readonly unit: string;
  readonly eol: string;
  /** The statement's own indentation; `indent` is one level deeper when the rewrite goes in a block of its own. */
  readonly outerIndent: string;
  readonly taken = new Set<string>();
  /** Ranges of user code that the rewrite moves into new scopes (callback bodies and parameters). */
  readonly moved: (readonly [number, number])[] = [];
  constructor(readonly env: AnalysisEnv, readonly statement: TSESTree.Node, readonly wrapped: boolean) {
    const text = env.sourceCode.text;
    this.outerIndent = indentAt(text, statement.range[0]);
    this.unit = indentUnit(text, this.outerIndent);
    this.indent = wrapped ? this.outerIndent + this.unit : this.outerIndent;
    this.eol = lineEndingAt(text, statement.range[0]);
  }
  /**
   * Several statements need a block of their own where one statement is expected, and in a `case` clause (a bare
   * `let` there is what ESLint's no-case-declarations reports).
   */
  needsBlock(count: number): boolean {
    const parent = this.statement.parent?.type ?? '';
    return count > 1 && (!STATEMENT_LIST_PARENTS.has(parent) || parent === AST_NODE_TYPES.SwitchCase);
  }
  text(node: TSESTree.Node | readonly [number, number]): string {
    return textOf(this.env.sourceCode, node);
  }
  /** A name for a binding scoped inside the rewrite (a loop variable): free here and in the moved code. */
  fresh(...candidates: string[]): string {
    return freshName(this.env.sourceCode, this.statement, this.moved, candidates, this.taken);
  }
  /**
   * A name for a `let`/`const` the rewrite adds beside the statement. `rank` sibling sites that may be fixed in the
   * same pass would see the same free names: the n-th such site starts at suffix n (`w`, `w1`, `w2`).
   */
  declaredWithRank(rank: number, candidates: readonly string[]): string {
    return freshName(this.env.sourceCode, this.statement, this.moved, candidates, this.taken, this.wrapped ? 0 : rank);
  }
  /** `xs[i]`, with `!` where a TS index read may be typed `T | undefined` (always, when types are unknown). */
  element(array: string, index: string): string {
    const bang = this.env.typescript && (this.env.typeInfo ? this.env.typeInfo.noUncheckedIndexedAccess : true);
    return `${array}[${index}]${bang ? '!' : ''}`;
  }
  /** The statements before and after this one in its statement list (all `case` clauses of a switch share one). */
  siblings(): TSESTree.Node[] {
    const parent = this.statement.parent;
    if (parent?.type === AST_NODE_TYPES.SwitchCase) return parent.parent.cases.flatMap((clause) => clause.consequent);
    if (parent && 'body' in parent && Array.isArray(parent.body)) return parent.body as TSESTree.Node[];
    return [];
  }
  /** Joins the rewrite's statements; `wrapped` writers were built one level deeper and add the braces. */
  statements(lines: readonly string[]): string {
    const joined = lines.join(this.eol + this.indent);
    return this.wrapped ? `{${this.eol}${this.indent}${joined}${this.eol}${this.outerIndent}}` : joined;
  }
  /** Comments inside the statement that the rewrite does not carry over, each on its own line before it. */
  lostComments(kept: readonly (readonly [number, number])[]): string {
    const lost = this.env.sourceCode.getCommentsInside(this.statement).filter((comment) => !kept.some(([start, end]) => start <= comment.range[0] && comment.range[1] <= end));
    return lost.map((comment) => this.text(comment.range) + this.eol + this.outerIndent).join('');
  }
}
