import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { contains, enclosingFunction, LOOP_TYPES, someNode, statementList } from './ast.ts';
import { findVariable } from './binding.ts';
import { indentAt, indentUnit, lineEndingAt, textOf } from './text.ts';
import type { AnalysisEnv, Rewrite } from './types.ts';

/** Declarations that later code may name as types: moved into a function, they would be out of its reach. */
const TYPE_DECLARATIONS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSTypeAliasDeclaration, AST_NODE_TYPES.TSInterfaceDeclaration, AST_NODE_TYPES.TSEnumDeclaration, AST_NODE_TYPES.TSModuleDeclaration,
  AST_NODE_TYPES.ExportNamedDeclaration, AST_NODE_TYPES.ExportDefaultDeclaration, AST_NODE_TYPES.ImportDeclaration, AST_NODE_TYPES.TSImportEqualsDeclaration,
]);

/** What the extraction needs from the analysis that asks for it. */
export interface PhaseQuestions {
  /** The binding's initialiser (or value) is large: a new closure must not capture it. */
  isLarge: (init: TSESTree.Node) => boolean;
  /** A closure in these statements may outlive them (it would keep the new function's scope alive). */
  hasEscapingClosure: (statements: readonly TSESTree.Node[]) => boolean;
  /** The released binding is read inside a closure (so it would live in the new function's scope object). */
  captured: boolean;
  /** The released binding's name: it must not come back out as a result. */
  name: string;
}

/**
 * Moves the statements from `first` (the declaration of a large intermediate) to `last` (the statement of its last
 * use), siblings in one statement list, into an arrow function called at once: when it returns, its frame and
 * everything only it held are gone. The bindings those statements declare and later code reads come back as its
 * result (`const { a, b } = (() => { ...; return { a, b }; })();`). An arrow keeps `this`, `arguments`, `super` and
 * `new.target`. Returns why not, when moving would change what the statements do.
 */
export function extractPhase(first: TSESTree.Node, last: TSESTree.Node, env: AnalysisEnv, questions: PhaseQuestions): Rewrite | string {
  const parent = first.parent!;
  const list = statementList(parent) ?? [];
  const region = list.slice(list.indexOf(first), list.indexOf(last) + 1);
  if (region.length < 2) return 'its last use is in its own declaration';
  const sourceCode = env.sourceCode;
  const range: [number, number] = [region[0]!.range[0], region.at(-1)!.range[1]];
  // No-semicolon style: the `;` that guards a next line starting with `(` or `[` ends the last statement. It stays
  // outside, where it still guards that line.
  const lastToken = sourceCode.getLastToken(region.at(-1)!);
  const beforeLast = lastToken && sourceCode.getTokenBefore(lastToken);
  if (lastToken?.value === ';' && beforeLast && beforeLast.loc.end.line < lastToken.loc.start.line) range[1] = beforeLast.range[1];
  const fn = enclosingFunction(first);

  let why: string | undefined;
  let awaits = false;
  someNode(region, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) why = 'a `return` among those statements would return from the new function instead';
    else if (node.type === AST_NODE_TYPES.YieldExpression) why = 'a `yield` cannot move into a new function';
    else if (node.type === AST_NODE_TYPES.LabeledStatement) why = 'a label among those statements';
    else if ((node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) && !targetInside(node, range)) why = `a \`${node.type === AST_NODE_TYPES.BreakStatement ? 'break' : 'continue'}\` leaves those statements`;
    else if (node.type === AST_NODE_TYPES.VariableDeclaration && node.kind === 'var') why = 'a `var` among those statements belongs to the whole function';
    else if ((node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.ClassDeclaration) && region.includes(node)) why = 'a function or class declared among those statements';
    else if (TYPE_DECLARATIONS.has(node.type) && region.includes(node)) why = 'a type, an import or an export among those statements';
    else if (node.type === AST_NODE_TYPES.AwaitExpression || (node.type === AST_NODE_TYPES.ForOfStatement && node.await)) awaits = true;
    return why !== undefined;
  });
  if (why) return why;
  if (questions.captured && questions.hasEscapingClosure(region)) return 'a closure among those statements may outlive them';

  // Outer bindings the new function reads become captured: a large one would then live as long as any closure of
  // the scope (for module scope, forever).
  let capturedLarge: string | undefined;
  someNode(region, sourceCode.visitorKeys, (node) => {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(sourceCode, node);
    const def = variable?.defs[0];
    if (!variable || !def || variable.scope.type === 'global' || contains(range, def.name as TSESTree.Node)) return false;
    if (def.type === 'Variable' && def.node.init && def.node.id.type === AST_NODE_TYPES.Identifier && questions.isLarge(def.node.init)) capturedLarge = variable.name;
    return capturedLarge !== undefined;
  }, true);
  if (capturedLarge) return `the new function would capture \`${capturedLarge}\`, which would then stay reachable`;

  const outputs: { name: string; rebound: boolean }[] = [];
  for (const statement of region) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const variable of sourceCode.scopeManager?.getDeclaredVariables(statement) ?? []) {
      const later = variable.references.filter((reference) => !contains(range, reference.identifier as TSESTree.Node));
      if (later.length > 0) outputs.push({ name: variable.name, rebound: later.some((reference) => reference.isWrite()) });
    }
  }

  if (outputs.some((output) => output.name === questions.name)) return `\`${questions.name}\` is read after those statements, so it would come back out of the function`;
  // A closure among the moved statements keeps the inner binding: an outer one written later would part from it.
  if (outputs.some((output) => output.rebound) && someNode(region, sourceCode.visitorKeys, (node) => node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration, true)) {
    return 'a closure among those statements reads a binding that is written again after them';
  }
  const text = sourceCode.text;
  const eol = lineEndingAt(text, range[0]);
  const indent = indentAt(text, range[0]);
  const unit = indentUnit(text, indent);
  const inner = reindent(textOf(sourceCode, range), region, unit, eol, env);
  const semicolon = text[region[0]!.range[1] - 1] === ';' ? ';' : '';
  const result = outputs.length === 1 ? outputs[0]!.name : `{ ${outputs.map((output) => output.name).join(', ')} }`;
  const body = `${inner}${outputs.length > 0 ? `${eol}${indent}${unit}return ${result}${semicolon || ';'}` : ''}`;
  const call = `${awaits ? 'await ' : ''}(${awaits ? 'async ' : ''}() => {${eol}${indent}${unit}${body}${eol}${indent}})()`;
  const kind = outputs.some((output) => output.rebound) ? 'let' : 'const';
  // Without semicolons: a statement that starts with `(` would continue the one before it, and one that ends with
  // `()` would be continued by a next line starting with `(`, `[` or a template.
  const next = sourceCode.getTokenAfter({ range } as TSESTree.Node);
  const end = semicolon || (next && next.range[0] >= range[1] && /^[([`+\-/]/.test(next.value) ? ';' : '');
  const statement = outputs.length === 0 ? `${!semicolon && !awaits ? ';' : ''}${call}${end}` : `${kind} ${result} = ${call}${end}`;
  if (fn.type !== AST_NODE_TYPES.Program && awaits && !(fn as { async?: boolean }).async) return 'an `await` outside an async function';
  return { messageId: 'extractPhase', data: {}, edits: [{ range, text: statement }] };
}

/** A `break`/`continue` whose loop (or `switch`) is inside `range`. */
function targetInside(node: TSESTree.BreakStatement | TSESTree.ContinueStatement, range: readonly [number, number]): boolean {
  if (node.label) return false;
  for (let current: TSESTree.Node | undefined = node.parent; current && contains(range, current); current = current.parent) {
    if (LOOP_TYPES.has(current.type) || (node.type === AST_NODE_TYPES.BreakStatement && current.type === AST_NODE_TYPES.SwitchStatement)) return true;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.ArrowFunctionExpression) return true;
  }
  return false;
}

/** The statements one level deeper; left as they are when a template literal spans lines (indenting would change it). */
function reindent(code: string, region: readonly TSESTree.Node[], unit: string, eol: string, env: AnalysisEnv): string {
  const multiline = someNode(region, env.sourceCode.visitorKeys, (node) => node.type === AST_NODE_TYPES.TemplateLiteral && node.loc.start.line !== node.loc.end.line, true);
  if (multiline) return code;
  return code.split(eol).map((line, index) => (index === 0 || line.trim() === '' ? line : unit + line)).join(eol);
}
