import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, isGlobalName, lineOf, LOOP_TYPES, memberName, outerValueNode } from './ast.ts';
import { type ArrayKind, describeAnnotation, describeExpression, mergeFacts, type ValueFacts } from './array-evidence.ts';
import { isPureCallback } from './callback.ts';
import type { AnalysisEnv } from './types.ts';
import { excerpt } from './text.ts';

type Variable = TSESLint.Scope.Variable;

/** What a rewrite needs to know about the variable it would mutate. */
export interface BindingFacts {
  variable: Variable | undefined;
  declaration: 'const' | 'global' | 'import' | 'let' | 'other' | 'parameter' | 'var';
  kind: ArrayKind;
  readonly: boolean;
  tuple: boolean;
  small: boolean;
  /** The first reason the array may have holes, if it may. */
  holes: string | undefined;
  /**
   * The first reason another reference may hold the same array when `site` runs (parameter, alias, escape,
   * capture), or undefined when the binding is provably fresh and unaliased there.
   */
  shared: string | undefined;
}

/** Array methods whose callback receives the array itself as its last argument, and that argument's index. */
const CALLBACK_ARRAY_PARAM: ReadonlyMap<string, number> = new Map([
  ['map', 2], ['filter', 2], ['forEach', 2], ['some', 2], ['every', 2], ['find', 2], ['findIndex', 2],
  ['findLast', 2], ['findLastIndex', 2], ['flatMap', 2], ['reduce', 3], ['reduceRight', 3],
]);

/** Array methods that return their receiver. */
const RETURNS_RECEIVER: ReadonlySet<string> = new Set(['sort', 'reverse', 'fill', 'copyWithin', 'valueOf']);
const ITERATOR_METHODS: ReadonlySet<string> = new Set(['values', 'keys', 'entries']);

/** Calls that read an argument without keeping it. */
const NON_RETAINING_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Array', new Set(['isArray'])],
  ['JSON', new Set(['stringify'])],
  ['console', new Set(['log', 'info', 'warn', 'error', 'debug', 'table', 'dir'])],
]);

/**
 * Analyses the variable `id` refers to, as seen from the statement `site` (which `excluded` — the site's own
 * references — belongs to): what it holds, whether it may be holey, and whether anything else may hold its array.
 * Uses the scope manager's reference lists only: no subtree walks.
 */
export function analyzeBinding(
  id: TSESTree.Identifier,
  site: TSESTree.Node,
  env: AnalysisEnv,
  minLength: number,
  /** For a write that is itself a copy-and-rebind of this variable: whether it grows the array. */
  selfRebind: (write: TSESTree.Node) => 'grows' | 'keeps' | undefined,
): BindingFacts {
  const variable = findVariable(env.sourceCode, id);
  if (!variable || variable.defs.length === 0) {
    return { variable, declaration: 'global', kind: 'unknown', readonly: false, tuple: false, small: false, holes: 'it is not a local variable', shared: `\`${id.name}\` is not a local variable` };
  }
  const def = variable.defs[0]!;
  const declaration = declarationKind(def);
  const annotation = annotationOf(def);
  const scopeBlock = variable.scope.block as TSESTree.Node;

  const definitions: ValueFacts[] = [];
  let grows = false;
  let shared: string | undefined;
  let holes: string | undefined;
  const share = (reason: string): void => {
    shared ??= reason;
  };

  // A rest parameter is a new array made for this call: nobody else holds it.
  const rest = declaration === 'parameter' && (def.name as TSESTree.Node).parent?.type === AST_NODE_TYPES.RestElement;
  if (declaration === 'parameter' && !rest) share(`\`${id.name}\` is a parameter: rewriting it in place changes the caller's array`);
  else if (!rest && declaration !== 'let' && declaration !== 'var') share(`\`${id.name}\` is not a local variable`);
  if (variable.scope.type === 'global' && env.sourceCode.ast.sourceType !== 'module') share(`\`${id.name}\` is a global variable`);
  if (variable.scope.variableScope !== env.sourceCode.getScope(site).variableScope) {
    share(`\`${id.name}\` is declared outside the function that reassigns it`);
  }
  if (declaration === 'parameter' && !rest) holes = `\`${id.name}\` is a parameter, so it may have holes`;
  if (def.type === 'Variable' && (def.parent.parent?.type === AST_NODE_TYPES.ForOfStatement || def.parent.parent?.type === AST_NODE_TYPES.ForInStatement)) {
    share(`\`${id.name}\` is a loop variable`);
  }
  if (def.type === 'Variable' && def.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) share(`\`${id.name}\` is exported`);

  const resolve = (other: TSESTree.Identifier): ValueFacts => resolveShallow(other, env, minLength);
  for (const reference of variable.references) {
    const refId = reference.identifier as TSESTree.Identifier;
    if (contains(site, refId)) continue;
    if (reference.isWrite()) {
      const written = reference.writeExpr as TSESTree.Node | null | undefined;
      // In `[xs] = [a]` the scope manager's writeExpr is the whole right side, not what `xs` receives.
      const direct = (refId.parent?.type === AST_NODE_TYPES.AssignmentExpression && refId.parent.left === refId && refId.parent.operator === '=') || (refId.parent?.type === AST_NODE_TYPES.VariableDeclarator && refId.parent.id === refId);
      if (!written || !direct) {
        definitions.push({ kind: 'unknown', fresh: false, holey: true, small: false });
        share(`\`${id.name}\` is assigned on line ${lineOf(refId)} from a value that may be shared`);
        holes ??= `\`${id.name}\` is assigned on line ${lineOf(refId)} from a value that may have holes`;
        continue;
      }
      const self = selfRebind(written);
      if (self === 'grows') grows = true;
      if (self) continue;
      const facts = describeExpression(written, env, minLength, resolve);
      definitions.push(facts);
      if (facts.view) share(`\`${excerpt(env.sourceCode, written)}\` on line ${lineOf(written)} may be a view of a buffer that something else holds`);
      else if (!facts.fresh) share(`\`${id.name}\` may share its array with another reference: it is assigned \`${excerpt(env.sourceCode, written)}\` on line ${lineOf(written)}`);
      if (facts.holey) holes ??= `\`${id.name}\` may have holes (\`${excerpt(env.sourceCode, written)}\` on line ${lineOf(written)})`;
      if (reference.from.variableScope !== variable.scope.variableScope) share(`\`${id.name}\` is assigned inside a function on line ${lineOf(refId)}`);
      continue;
    }
    const use = classifyUse(refId, env, site);
    if (use.hole) holes ??= `\`${id.name}\` may get holes from \`${excerpt(env.sourceCode, use.hole)}\` on line ${lineOf(use.hole)}`;
    const captured = reference.from.variableScope !== variable.scope.variableScope;
    if (captured && use.kind !== 'length') {
      share(`\`${id.name}\` is used inside a function on line ${lineOf(refId)}, which may see or keep the array`);
    } else if (use.kind === 'escape' && mayRunBefore(refId, site, scopeBlock)) {
      share(`\`${id.name}\` is ${use.how} on line ${lineOf(refId)}, so another reference may see the change`);
    } else if (use.kind === 'return' && (mayRunBefore(refId, site, scopeBlock) && refId.range[0] < site.range[0] || inFinally(site))) {
      share(`\`${id.name}\` is returned on line ${lineOf(refId)} before this assignment may run again`);
    }
  }
  if (def.type === 'Variable' && !def.node.init && definitions.length === 0) {
    definitions.push({ kind: 'unknown', fresh: false, holey: true, small: false });
  }
  for (const reference of variable.references) {
    if (reference.identifier.parent?.type === AST_NODE_TYPES.ExportSpecifier) share(`\`${id.name}\` is exported`);
  }
  if (rest) definitions.push({ kind: 'array', fresh: true, holey: false, small: false });
  else if (declaration === 'parameter' || declaration === 'global') definitions.push({ kind: 'unknown', fresh: false, holey: true, small: false });

  const merged = mergeFacts(definitions);
  let kind = merged.kind;
  if (annotation && annotation.kind !== 'unknown') kind = annotation.kind;
  if (kind === 'typed-array') holes = undefined;
  else if (merged.holey) holes ??= `\`${id.name}\` may have holes`;
  return {
    variable,
    declaration,
    kind,
    readonly: annotation?.readonly ?? false,
    tuple: annotation?.tuple ?? false,
    small: annotation?.tuple ? true : merged.small && !grows && !growsAnywhere(variable, site),
    holes,
    shared,
  };
}

/** Facts for an identifier without following it further than its own initialiser (keeps the analysis local). */
function resolveShallow(id: TSESTree.Identifier, env: AnalysisEnv, minLength: number): ValueFacts {
  const variable = findVariable(env.sourceCode, id);
  const def = variable?.defs[0];
  const annotation = def ? annotationOf(def) : undefined;
  // Another name for an existing array: its facts, but never fresh (two names now hold it). Besides its
  // initialiser it may only be rebound to copies of itself that leave no holes (`ys = ys.filter(p)`), and nothing
  // may write through it where holes could appear (`ys[k] = v`, `ys.length = n`, `delete ys[k]`).
  if (
    def?.type === 'Variable' &&
    def.node.init &&
    variable!.defs.length === 1 &&
    variable!.references.every((r) => (r.isWrite() ? r.writeExpr === def.node.init || isPackedSelfCopy(r.identifier as TSESTree.Identifier) : !writesThrough(r.identifier as TSESTree.Identifier)))
  ) {
    const init = describeExpression(def.node.init, env, minLength, () => ({ kind: annotation?.kind ?? 'unknown', fresh: false, holey: true, small: false }));
    return { ...init, kind: annotation?.kind ?? init.kind, fresh: false };
  }
  return { kind: annotation?.kind ?? 'unknown', fresh: false, holey: true, small: false };
}

/** `ys = ys.filter(...)` and the other self-copies whose result has no holes (not `map`/`concat`, which keep them). */
function isPackedSelfCopy(id: TSESTree.Identifier): boolean {
  const assignment = id.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== id || assignment.operator !== '=') return false;
  const right = assignment.right;
  if (right.type !== AST_NODE_TYPES.CallExpression || right.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const receiver = right.callee.object;
  const method = memberName(right.callee);
  return receiver.type === AST_NODE_TYPES.Identifier && receiver.name === id.name && !!method && PACKED_SELF_COPIES.has(method);
}

const PACKED_SELF_COPIES: ReadonlySet<string> = new Set(['filter', 'toSorted', 'toReversed', 'toSpliced', 'with', 'flat', 'flatMap']);

/** A write through the name that may leave holes: `ys[k] = v`, `ys.length = n`, `delete ys[k]`. */
function writesThrough(id: TSESTree.Identifier): boolean {
  const node = outerValueNode(id);
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return false;
  const deleted = parent.parent?.type === AST_NODE_TYPES.UnaryExpression && parent.parent.operator === 'delete';
  return (parent.computed || memberName(parent) === 'length') && (isAssignmentTarget(parent) || deleted);
}

function growsAnywhere(variable: Variable, site: TSESTree.Node): boolean {
  return variable.references.some((reference) => {
    const parent = outerValueNode(reference.identifier as TSESTree.Node).parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outerValueNode(reference.identifier as TSESTree.Node)) return false;
    const name = memberName(parent);
    if (parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) {
      return name === 'push' || name === 'unshift' || name === 'splice';
    }
    return !contains(site, parent) && (parent.computed || name === 'length') && isAssignmentTarget(parent);
  });
}

interface Use {
  kind: 'escape' | 'length' | 'return' | 'safe';
  how?: string;
  /** A write through the reference that may create holes. */
  hole?: TSESTree.Node;
}

/** How one read of the variable uses its value: whether the array can escape to another holder from there. */
function classifyUse(id: TSESTree.Identifier, env: AnalysisEnv, site: TSESTree.Node): Use {
  const node = outerValueNode(id);
  const parent = node.parent;
  if (!parent) return { kind: 'safe' };
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== node) return { kind: 'safe' };
      const name = memberName(parent);
      if (isAssignmentTarget(parent) || parent.parent?.type === AST_NODE_TYPES.UnaryExpression && parent.parent.operator === 'delete') {
        const appends = parent.computed && parent.property.type === AST_NODE_TYPES.MemberExpression && memberName(parent.property) === 'length' && parent.property.object.type === AST_NODE_TYPES.Identifier && parent.property.object.name === id.name;
        const inBounds = parent.computed && isInBoundsIndex(parent.property, id.name, env);
        return { kind: 'safe', hole: (parent.computed && !appends && !inBounds) || name === 'length' ? parent.parent ?? parent : undefined };
      }
      if (name === 'length') return { kind: 'length' };
      if (name === 'buffer') return { kind: 'escape', how: 'shared through its `buffer`' };
      const call = parent.parent;
      const isCall = call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent;
      if (isCall && name !== undefined) {
        const arrayParam = CALLBACK_ARRAY_PARAM.get(name);
        if (arrayParam !== undefined && !callbackIgnoresParam(env, call.arguments[0], arrayParam)) {
          return { kind: 'escape', how: `handed to the \`${name}\` callback` };
        }
        // `sort()` and friends return the array itself: a second name for it, unless the result is dropped.
        if (RETURNS_RECEIVER.has(name) && call.parent?.type !== AST_NODE_TYPES.ExpressionStatement) {
          return { kind: 'escape', how: `returned by \`${name}\`` };
        }
        if (name === 'subarray') return { kind: 'escape', how: 'viewed by `subarray`' };
      }
      // An iterator holds the array and reads it lazily; a loop that finishes it first is harmless.
      if (isCall && (ITERATOR_METHODS.has(name ?? '') || (parent.computed && parent.property.type === AST_NODE_TYPES.MemberExpression && memberName(parent.property) === 'iterator'))) {
        const consumer = call.parent;
        const consumedAtOnce = consumer?.type === AST_NODE_TYPES.SpreadElement || (consumer?.type === AST_NODE_TYPES.ForOfStatement && consumer.right === call && !contains(consumer, site));
        return consumedAtOnce ? { kind: 'safe' } : { kind: 'escape', how: 'iterated lazily' };
      }
      return { kind: 'safe' };
    }
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
      return { kind: parent.right === node ? 'safe' : 'escape', how: 'reassigned by a loop' };
    case AST_NODE_TYPES.SpreadElement:
      return parent.parent?.type === AST_NODE_TYPES.ArrayExpression || parent.parent?.type === AST_NODE_TYPES.CallExpression || parent.parent?.type === AST_NODE_TYPES.NewExpression
        ? { kind: 'safe' }
        : { kind: 'escape', how: 'spread' };
    case AST_NODE_TYPES.TemplateLiteral:
      // A tag function receives the substitution values themselves.
      return parent.parent?.type === AST_NODE_TYPES.TaggedTemplateExpression ? { kind: 'escape', how: 'passed to a template tag' } : { kind: 'safe' };
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.SwitchStatement:
      return { kind: 'safe' };
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node ? { kind: 'safe' } : { kind: 'escape', how: 'used as a value' };
    case AST_NODE_TYPES.LogicalExpression:
      return parent.parent?.type === AST_NODE_TYPES.IfStatement || parent.parent?.type === AST_NODE_TYPES.UnaryExpression ? { kind: 'safe' } : { kind: 'escape', how: 'used as a value' };
    case AST_NODE_TYPES.ReturnStatement:
      return { kind: 'return' };
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return { kind: 'escape', how: 'returned from a function' };
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      if (parent.callee === node) return { kind: 'safe' };
      const callee = parent.callee;
      if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
        const allowed = NON_RETAINING_CALLS.get(callee.object.name);
        const name = memberName(callee);
        if (allowed && name && allowed.has(name) && isGlobalName(env.sourceCode, callee.object, callee.object.name)) return { kind: 'safe' };
      }
      return { kind: 'escape', how: `passed to \`${excerpt(env.sourceCode, callee)}\`` };
    }
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.VariableDeclarator:
      return { kind: 'escape', how: 'assigned to another name' };
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.ArrayExpression:
      return { kind: 'escape', how: 'stored in another object' };
    case AST_NODE_TYPES.YieldExpression:
      return { kind: 'escape', how: 'yielded' };
    default:
      return { kind: 'escape', how: 'used as a value' };
  }
}

/**
 * `xs[i]` where `i` counts a loop `for (let i = 0; i < xs.length; i++)` that nothing else writes: an index below the
 * length, so writing there cannot leave a hole (the in-place rewrites write exactly this loop).
 */
function isInBoundsIndex(index: TSESTree.Node, array: string, env: AnalysisEnv): boolean {
  if (index.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(env.sourceCode, index);
  const def = variable?.defs[0];
  if (!variable || def?.type !== 'Variable' || def.parent.kind !== 'let') return false;
  const loop = def.parent.parent;
  if (loop?.type !== AST_NODE_TYPES.ForStatement || loop.init !== def.parent || !contains(loop.body, index)) return false;
  const init = def.node.init;
  if (init?.type !== AST_NODE_TYPES.Literal || init.value !== 0) return false;
  const test = loop.test;
  const boundsLength = test?.type === AST_NODE_TYPES.BinaryExpression && test.operator === '<' && test.left.type === AST_NODE_TYPES.Identifier && test.left.name === index.name &&
    test.right.type === AST_NODE_TYPES.MemberExpression && memberName(test.right) === 'length' && test.right.object.type === AST_NODE_TYPES.Identifier && test.right.object.name === array;
  const update = loop.update;
  const steps = update?.type === AST_NODE_TYPES.UpdateExpression && update.operator === '++' && update.argument.type === AST_NODE_TYPES.Identifier && update.argument.name === index.name;
  // Only the loop's own update writes the counter.
  const writes = variable.references.filter((reference) => reference.isWrite() && reference.identifier !== def.name);
  if (!boundsLength || !steps || writes.length !== 1 || writes[0]!.identifier.parent !== update) return false;
  // Nothing in the body may shrink the array under the index: only element reads and writes, and `.length` reads.
  const arrayVariable = findVariable(env.sourceCode, (test.right as TSESTree.MemberExpression).object as TSESTree.Identifier);
  return !!arrayVariable && arrayVariable.references.every((reference) => {
    const ref = reference.identifier as TSESTree.Node;
    if (!contains(loop.body, ref)) return true;
    const member = ref.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== ref) return false;
    if (member.computed) return member.parent?.type !== AST_NODE_TYPES.CallExpression || member.parent.callee !== member;
    return memberName(member) === 'length' && !isAssignmentTarget(member);
  });
}

function callbackIgnoresParam(env: AnalysisEnv, callback: TSESTree.Node | undefined, index: number): boolean {
  if (isPureCallback(callback, env)) return true;
  if (!callback || (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback.type !== AST_NODE_TYPES.FunctionExpression)) return false;
  if (callback.params.length > index || callback.params.some((param) => param.type === AST_NODE_TYPES.RestElement)) return false;
  // A non-arrow callback could still reach the array through `arguments`.
  return callback.type === AST_NODE_TYPES.ArrowFunctionExpression || !usesArguments(env, callback);
}


function isAssignmentTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) ||
    (parent?.type === AST_NODE_TYPES.UpdateExpression && parent.argument === node)
  );
}

/**
 * The reference may run before `site` runs (again) on the same binding: it comes earlier, or shares a loop with it
 * inside the binding's own scope (a loop around the declaration makes a new binding every turn).
 */
function mayRunBefore(ref: TSESTree.Node, site: TSESTree.Node, scopeBlock: TSESTree.Node): boolean {
  if (ref.range[0] < site.range[0]) return true;
  // `for (let xs = ...; ...)` keeps one array across turns although each turn copies the binding: count that loop.
  for (let node = site.parent; node; node = node.parent) {
    if (LOOP_TYPES.has(node.type) && contains(node, ref)) return true;
    if (node === scopeBlock) break;
  }
  return false;
}

function inFinally(site: TSESTree.Node): boolean {
  for (let node: TSESTree.Node | undefined = site; node?.parent; node = node.parent) {
    if (node.parent.type === AST_NODE_TYPES.TryStatement && node.parent.finalizer === node) return true;
  }
  return false;
}

function declarationKind(def: TSESLint.Scope.Definition): BindingFacts['declaration'] {
  switch (def.type) {
    case 'Variable':
      return def.parent.kind === 'const' || def.parent.kind === 'let' || def.parent.kind === 'var' ? def.parent.kind : 'other';
    case 'Parameter':
      return 'parameter';
    case 'ImportBinding':
      return 'import';
    default:
      return 'other';
  }
}

function annotationOf(def: TSESLint.Scope.Definition): ReturnType<typeof describeAnnotation> {
  const name = def.name as TSESTree.Identifier;
  return describeAnnotation(name.typeAnnotation?.typeAnnotation);
}

/** The variable an identifier refers to. */
export function findVariable(sourceCode: Readonly<TSESLint.SourceCode>, id: TSESTree.Identifier): Variable | undefined {
  return ASTUtils.findVariable(sourceCode.getScope(id), id) ?? undefined;
}

/** A non-arrow function reads its `arguments` object (which aliases what it was called with). */
export function usesArguments(env: AnalysisEnv, fn: TSESTree.FunctionExpression | TSESTree.FunctionDeclaration): boolean {
  const scope = env.sourceCode.scopeManager?.acquire(fn);
  return (scope?.set.get('arguments')?.references.length ?? 0) > 0;
}

