import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Strips TS-only wrappers and parentheses-free chain nodes that do not change the runtime value. */
export function skipTsWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

/** The node whose parent decides how a value is used: climbs out of TS-only wrappers. */
export function outerValueNode(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    current = current.parent;
  }
  return current;
}

/** The static name of a non-computed (or string-literal computed) member property. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return undefined;
}

/** True when `node` is an identifier that resolves to the global of that name (not shadowed by a local). */
export function isGlobalName(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, names: ReadonlySet<string> | string): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  if (typeof names === 'string' ? node.name !== names : !names.has(node.name)) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  return !variable || variable.defs.length === 0;
}

/** `Object.method(...)`-style calls on a global object: returns the method name. */
export function globalStaticCall(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, object: string): string | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !isGlobalName(sourceCode, callee.object, object)) return undefined;
  return memberName(callee);
}

/** The innermost function (or the program) that contains `node`. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current = node.parent;
  while (current) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.Program
    ) {
      return current;
    }
    current = current.parent;
  }
  return node;
}

/** `inner` lies within `outer` (by range). */
export function contains(outer: TSESTree.Node | readonly [number, number], inner: TSESTree.Node): boolean {
  const range = 'range' in outer ? outer.range : outer;
  return range[0] <= inner.range[0] && inner.range[1] <= range[1];
}

export const LOOP_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/** Nodes whose children are a list of statements (a declaration can go before or after one of them). */
export const STATEMENT_LIST_PARENTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Program, AST_NODE_TYPES.BlockStatement, AST_NODE_TYPES.SwitchCase, AST_NODE_TYPES.StaticBlock, AST_NODE_TYPES.TSModuleBlock,
]);

/** The statement list `parent` holds (a `case` clause's consequent, a block's body), or undefined. */
export function statementList(parent: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  if (parent.type === AST_NODE_TYPES.SwitchCase) return parent.consequent;
  if (STATEMENT_LIST_PARENTS.has(parent.type) && 'body' in parent && Array.isArray(parent.body)) return parent.body as TSESTree.Node[];
  return undefined;
}

/** The innermost function, class static block or program around `node`: the frame its locals live in. */
export function frameOf(node: TSESTree.Node): TSESTree.Node {
  let current = node.parent;
  while (current && !FRAME_TYPES.has(current.type)) current = current.parent;
  return current ?? node;
}

const FRAME_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.FunctionDeclaration, AST_NODE_TYPES.FunctionExpression, AST_NODE_TYPES.ArrowFunctionExpression, AST_NODE_TYPES.StaticBlock, AST_NODE_TYPES.Program,
]);

/** The 1-based line of a node, for messages. */
export function lineOf(node: TSESTree.Node): number {
  return node.loc.start.line;
}

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

const FUNCTION_TYPES: ReadonlySet<string> = new Set([AST_NODE_TYPES.FunctionDeclaration, AST_NODE_TYPES.FunctionExpression, AST_NODE_TYPES.ArrowFunctionExpression]);

/**
 * Whether any node in the trees (the roots included) matches `test`. Nested functions are not entered unless
 * `intoFunctions` is set: their bodies run at other times.
 */
export function someNode(roots: readonly TSESTree.Node[], visitorKeys: VisitorKeys, test: (node: TSESTree.Node) => boolean, intoFunctions = false): boolean {
  const visit = (node: TSESTree.Node): boolean => {
    if (test(node)) return true;
    if (!intoFunctions && FUNCTION_TYPES.has(node.type)) return false;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item === 'object' && 'type' in item && visit(item as TSESTree.Node)) return true;
    }
    return false;
  };
  return roots.some(visit);
}

const EFFECT_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.NewExpression, AST_NODE_TYPES.AssignmentExpression, AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.AwaitExpression, AST_NODE_TYPES.YieldExpression, AST_NODE_TYPES.TaggedTemplateExpression,
]);

/** Calls, assignments, updates, `delete`, `new`, `await`, `yield` or tagged templates anywhere in `node`. */
export function hasEffects(node: TSESTree.Node, visitorKeys: VisitorKeys): boolean {
  return someNode([node], visitorKeys, (n) => EFFECT_TYPES.has(n.type) || (n.type === AST_NODE_TYPES.UnaryExpression && n.operator === 'delete'), true);
}

/** Inside a loop of the function it belongs to. */
export function insideLoop(node: TSESTree.Node): boolean {
  const fn = enclosingFunction(node);
  for (let current = node.parent; current && current !== fn; current = current.parent) if (LOOP_TYPES.has(current.type)) return true;
  return false;
}

/** Inside the `try` block of a statement of the function it belongs to (where a `catch` or `finally` can observe a half-done change). */
export function insideTry(node: TSESTree.Node): boolean {
  const fn = enclosingFunction(node);
  for (let current: TSESTree.Node | undefined = node; current?.parent && current.parent !== fn; current = current.parent) {
    if (current.parent.type === AST_NODE_TYPES.TryStatement && current.parent.block === current) return true;
  }
  return false;
}
