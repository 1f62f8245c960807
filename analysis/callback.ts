import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, isGlobalName, memberName, outerValueNode } from './ast.ts';
import { usesArguments } from './binding.ts';
import type { AnalysisEnv } from './types.ts';

/** Global functions that use only their first argument and keep nothing: `filter(Boolean)`, `map(Number)`. */
const PURE_GLOBALS: ReadonlySet<string> = new Set(['Boolean', 'Number', 'String', 'parseFloat', 'isFinite', 'isNaN']);
const PURE_STATICS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Number', new Set(['isFinite', 'isNaN', 'isInteger', 'isSafeInteger', 'parseFloat'])],
  ['Math', new Set(['abs', 'sign', 'sqrt', 'cbrt', 'floor', 'ceil', 'round', 'trunc', 'fround', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p'])],
]);

/** A callback that is one of those built-ins (not shadowed), so it neither reads nor keeps the array. */
export function isPureCallback(node: TSESTree.Node | undefined, env: AnalysisEnv): boolean {
  if (!node) return false;
  if (node.type === AST_NODE_TYPES.Identifier) return isGlobalName(env.sourceCode, node, PURE_GLOBALS);
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.Identifier) return false;
  const allowed = PURE_STATICS.get(node.object.name);
  const name = memberName(node);
  return !!allowed && !!name && allowed.has(name) && isGlobalName(env.sourceCode, node.object, node.object.name);
}

export type InlineFunction = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/** What matters about a callback for rewriting the call it is passed to into a loop over the array itself. */
export interface CallbackFacts {
  fn: InlineFunction | undefined;
  /** Why running the callback against the array as it is rewritten could give other results; undefined if it cannot. */
  readsArray: string | undefined;
}

/**
 * Does the callback read the array it is called for? Through its array parameter (at `arrayParam`), `arguments`,
 * or the array's own name (except `.length`, which the in-place rewrites never change while they run).
 */
export function analyzeCallback(callback: TSESTree.Node, arrayParam: number, array: TSESLint.Scope.Variable | undefined, env: AnalysisEnv): CallbackFacts {
  if (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback.type !== AST_NODE_TYPES.FunctionExpression) {
    return { fn: undefined, readsArray: undefined };
  }
  const fn = callback;
  const scope = env.sourceCode.scopeManager?.acquire(fn);
  if (fn.params.some((param) => param.type === AST_NODE_TYPES.RestElement)) {
    return { fn, readsArray: 'the callback takes a rest parameter, which receives the array' };
  }
  const arrayParamNode = fn.params[arrayParam];
  if (arrayParamNode && !(arrayParamNode.type === AST_NODE_TYPES.Identifier && (scope?.set.get(arrayParamNode.name)?.references.length ?? 1) === 0)) {
    return { fn, readsArray: 'the callback reads the array through its parameter, and would see elements already rewritten' };
  }
  if (fn.type === AST_NODE_TYPES.FunctionExpression && usesArguments(env, fn)) {
    return { fn, readsArray: 'the callback reads `arguments`, which holds the array' };
  }
  for (const reference of array?.references ?? []) {
    const id = reference.identifier as TSESTree.Node;
    if (!contains(fn, id)) continue;
    const node = outerValueNode(id);
    const parent = node.parent;
    const readsLength = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node && memberName(parent) === 'length' && !(parent.parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent);
    if (!readsLength) return { fn, readsArray: `the callback reads \`${array!.name}\`, and would see elements already rewritten` };
  }
  return { fn, readsArray: undefined };
}

/** A function parameter that the callback never assigns to. */
export function isReadOnlyParam(env: AnalysisEnv, fn: InlineFunction, param: TSESTree.Node | undefined): param is TSESTree.Identifier {
  if (param?.type !== AST_NODE_TYPES.Identifier || param.optional) return false;
  const variable = env.sourceCode.scopeManager?.acquire(fn)?.set.get(param.name);
  return !!variable && variable.references.every((reference) => !reference.isWrite());
}

/** The parameter is never read (so the loop need not bind it). */
export function isUnusedParam(env: AnalysisEnv, fn: InlineFunction, param: TSESTree.Node | undefined): boolean {
  if (param?.type !== AST_NODE_TYPES.Identifier) return param === undefined;
  const variable = env.sourceCode.scopeManager?.acquire(fn)?.set.get(param.name);
  return !!variable && variable.references.length === 0;
}

/**
 * Why the callback's body cannot be pasted into a loop body (undefined when it can): only plain arrows with simple
 * parameters, an expression body or a block whose only `return` is its last statement, and no `var` (which would
 * hoist into the enclosing function).
 */
export function whyNotInlinable(env: AnalysisEnv, fn: InlineFunction, reserved: readonly string[]): string | undefined {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) return 'the callback is a `function` expression';
  if (fn.async) return 'the callback is async';
  if (fn.typeParameters) return 'the callback is generic';
  for (const param of fn.params) {
    if (param.type === AST_NODE_TYPES.AssignmentPattern || param.type === AST_NODE_TYPES.TSParameterProperty) return 'a callback parameter has a default value';
    if ('optional' in param && param.optional) return 'a callback parameter is optional';
  }
  const scope = env.sourceCode.scopeManager?.acquire(fn);
  for (const name of reserved) {
    if (scope?.set.has(name)) return `the callback declares \`${name}\``;
  }
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const last = fn.body.body.at(-1);
  if (last?.type !== AST_NODE_TYPES.ReturnStatement || !last.argument) return 'the callback does not end with `return <value>`';
  let problem: string | undefined;
  const visit = (node: TSESTree.Node): void => {
    if (problem) return;
    if (node.type === AST_NODE_TYPES.ReturnStatement && node !== last) problem = 'the callback returns from more than one place';
    if (node.type === AST_NODE_TYPES.VariableDeclaration && node.kind === 'var') problem = 'the callback declares a `var`';
    if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.parent === fn.body) problem = 'the callback declares a function';
    // A label inside could clash with a label around the site once pasted there.
    if (node.type === AST_NODE_TYPES.LabeledStatement) problem = 'the callback has a labelled statement';
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return;
    }
    for (const key of env.sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      } else if (child && typeof child === 'object' && 'type' in child) visit(child as TSESTree.Node);
    }
  };
  // Walks only the callback that is about to be inlined, and only when a fix is being built.
  for (const statement of fn.body.body) visit(statement);
  return problem;
}
