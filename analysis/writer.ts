import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { STATEMENT_LIST_PARENTS } from './ast.ts';
import { freshName, indentAt, indentUnit, lineEndingAt, textOf } from './text.ts';
import type { AnalysisEnv, Edit } from './types.ts';


/**
 * Writes the statements that replace one statement: its indentation and line ending, fresh names that neither
 * collide nor shadow, element reads with `!` where TypeScript needs it, and a block of its own when several
 * statements go where one is expected. Every rewrite that turns an expression into statements goes through here.
 */
/** Per statement list (a block, a program, a switch), the names declared anywhere inside it. */
const DECLARED_IN_LIST = new WeakMap<TSESTree.Node, ReadonlySet<string>>();

export class StatementWriter {
  readonly indent: string;
  readonly unit: string;
  readonly eol: string;
  /** The statement's own indentation; `indent` is one level deeper when the rewrite goes in a block of its own. */
  readonly outerIndent: string;
  readonly taken = new Set<string>();
  /** Ranges of user code that the rewrite moves into new scopes (callback bodies and parameters). */
  readonly moved: (readonly [number, number])[] = [];
  /** The statement shares its line with code before it (`function f(xs) { return g(...xs); }`). */
  readonly inline: boolean;
  /** The indentation of the statement's line. */
  readonly lineIndent: string;
  constructor(readonly env: AnalysisEnv, readonly statement: TSESTree.Node, readonly wrapped: boolean) {
    const text = env.sourceCode.text;
    const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
    this.lineIndent = indentAt(text, statement.range[0]);
    this.inline = /\S/.test(text.slice(lineStart, statement.range[0]));
    this.unit = indentUnit(text, this.lineIndent);
    // A statement that shares its line goes on lines of its own, one level deeper than that line (a block of its
    // own opens on that line instead, and closes at its indentation).
    this.outerIndent = this.inline && !wrapped ? this.lineIndent + this.unit : this.lineIndent;
    this.indent = wrapped ? this.outerIndent + this.unit : this.outerIndent;
    this.eol = lineEndingAt(text, statement.range[0]);
  }
  /**
   * The edit that replaces the statement. Several lines that replace a statement sharing its line start on a line
   * of their own (the spaces before them go), and code after them on the same line moves to the next.
   */
  edit(replacement: string): Edit {
    const range = this.statement.range;
    if (!this.inline || this.wrapped || !replacement.includes('\n')) return { range, text: replacement };
    const text = this.env.sourceCode.text;
    let start = range[0];
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    let end = range[1];
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    const lineEnd = text.indexOf('\n', end);
    const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
    const moveRest = after !== '' && after !== '\r' && !/^\/\//.test(after);
    return { range: [start, moveRest ? end : range[1]], text: `${this.eol}${this.outerIndent}${replacement}${moveRest ? this.eol + this.lineIndent : ''}` };
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
    if (!this.wrapped) for (const name of this.declaredInSiblings()) this.taken.add(name);
    return freshName(this.env.sourceCode, this.statement, this.moved, candidates, this.taken, this.wrapped ? 0 : rank);
  }
  /**
   * Names declared anywhere inside this statement list, nested blocks and loop bodies included: another fix of the
   * same pass may move such a declaration up beside this statement (`no-allocation-in-loop` hoists a loop's
   * `const codes = new Float64Array(n)` before the loop), and two declarations of one name in a block do not parse.
   */
  private declaredInSiblings(): ReadonlySet<string> {
    // Once per statement list, not per site: a large file's top-level block would be walked again for every site in it.
    const parent = this.statement.parent;
    const list = parent?.type === AST_NODE_TYPES.SwitchCase ? parent.parent : parent;
    const cached = list && DECLARED_IN_LIST.get(list);
    if (cached) return cached;
    const names = new Set<string>();
    const keys = this.env.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
    const visit = (node: TSESTree.Node): void => {
      if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier) names.add(node.id.name);
      for (const key of keys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) {
          if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
        }
      }
    };
    for (const sibling of this.siblings()) visit(sibling);
    if (list) DECLARED_IN_LIST.set(list, names);
    return names;
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
