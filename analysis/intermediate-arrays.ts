import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';

import { describeAnnotation, describeExpression, describeType } from './array-evidence.ts';
import { globalStaticCall, hasEffects, isGlobalName, memberName, skipTsWrappers, someNode } from './ast.ts';
import { usesArguments } from './binding.ts';
import { isPureCallback, isReadOnlyParam } from './callback.ts';
import { argumentText, excerpt, freshName, memberObjectText, shorten, textOf } from './text.ts';
import type { AnalysisEnv, Finding, Rewrite, SitePattern } from './types.ts';

export interface IntermediateArraysOptions {
  minLength: number;
  /** Also suggest iterator helpers (`xs.values().map(f).filter(p).toArray()`): Node 22+, modern browsers. */
  iteratorHelpers: boolean;
}

/** Methods that walk an array and return a new one of (up to) the same length. */
const PRODUCERS: ReadonlySet<string> = new Set(['map', 'filter']);
/** Methods that walk the array they are called on. */
const CONSUMERS: ReadonlySet<string> = new Set(['map', 'filter', 'reduce', 'forEach', 'some', 'every', 'find', 'findIndex']);
/** Chains ending in one of these are lazy wrappers (lodash, Immutable.js, Lazy.js), not arrays. */
const LAZY_TERMINALS: ReadonlySet<string> = new Set(['value', 'toArray', 'toJS', 'run', 'commit']);

/**
 * A chain that materialises an array only to walk it once more: `xs.map(f).filter(p)`, `xs.filter(p).map(f)`,
 * `xs.map(f).reduce(g, s)`, `[...x].forEach(g)`, `Array.from(x).map(f)`, `xs.slice().forEach(g)`. Fixed where an
 * exact equivalent exists (`Array.from(x, f)`), else a suggestion to fuse the walk into one pass.
 */
export const intermediateArraysPattern: SitePattern<IntermediateArraysOptions> = {
  nodeTypes: [AST_NODE_TYPES.CallExpression],
  analyze(node, env, options) {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression || node.optional) return undefined;
    const outer = memberName(node.callee);
    if (!outer || !CONSUMERS.has(outer)) return undefined;
    const inner = skipTsWrappers(node.callee.object);
    if (isLazyChain(node)) return undefined;
    if (inner.type === AST_NODE_TYPES.ArrayExpression) return analyzeSpreadCopy(node, outer, inner, env, options);
    if (inner.type !== AST_NODE_TYPES.CallExpression || inner.optional) return undefined;
    const staticName = globalStaticCall(env.sourceCode, inner, 'Array');
    if (staticName === 'from') return analyzeArrayFrom(node, outer, inner, env);
    // `Object.keys(o).map((k) => o[k])` is not reported: on Node 20 `Object.values(o)` measured slower and with a
    // higher peak (bench/intermediate-arrays.js), so there is no saving to offer.
    if (inner.callee.type !== AST_NODE_TYPES.MemberExpression || inner.callee.optional) return undefined;
    const first = memberName(inner.callee);
    if (first === 'slice' && inner.arguments.length === 0 && outer === 'forEach') return analyzeSliceForEach(node, inner, env, options);
    if (!first || !PRODUCERS.has(first) || !['filter', 'map', 'reduce', 'forEach'].includes(outer)) return undefined;
    if (first === outer && outer === 'map') return undefined;
    return analyzeChain(node, inner, first, outer, env, options);
  },
};

function isLazyChain(node: TSESTree.Node): boolean {
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current && current.parent.parent?.type === AST_NODE_TYPES.CallExpression) {
    if (LAZY_TERMINALS.has(memberName(current.parent) ?? '')) return true;
    current = current.parent.parent;
  }
  return false;
}

function isSmallReceiver(node: TSESTree.Node, env: AnalysisEnv, options: IntermediateArraysOptions): boolean {
  const inner = skipTsWrappers(node);
  if (inner.type !== AST_NODE_TYPES.ArrayExpression) return false;
  return describeExpression(inner, env, options.minLength, () => ({ kind: 'unknown', fresh: false, holey: true, small: false })).small;
}

function notArray(node: TSESTree.Node, env: AnalysisEnv): boolean {
  const typed = describeType(node, env);
  return !!typed && (typed.kind === 'not-array' || typed.tuple);
}

function finding(node: TSESTree.Node, chain: string, kind: Finding['kind'], reason: string | undefined, rewrites: Rewrite[]): Finding {
  return { node, messageId: 'intermediateArray', data: { chain }, kind, reason, rewrites };
}

/** Why running the callback while the source is iterated (not after copying it) may differ, if it may. */
function interleavingCaveat(fn: TSESTree.Node, env: AnalysisEnv, source: string, iteration: Iteration | undefined): string | undefined {
  const named = source.length > 40 ? 'the source' : `\`${source}\``;
  // A generator, a custom iterator or an array-like's getters run code of their own while `Array.from` walks them:
  // the callback now runs between those steps (the original iterated to the end first), so a callback that throws
  // stops the iteration early, and one that reads or changes what the iteration touches sees other values.
  if (iteration !== 'plain' && !isInertCallback(fn, env)) return `the callback now runs while ${named} is iterated: if iterating it runs code (a generator, a custom iterator, getters), a callback that throws or shares state with it sees a difference`;
  if (isPureCallback(fn, env)) return undefined;
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return `the callback is not inline, so it may change ${named} while it is iterated`;
  return hasEffects(fn.body, env.sourceCode.visitorKeys) ? `the callback now runs while ${named} is iterated, so it must not change it` : undefined;
}

/** `plain`: iterable, and iterating it runs no code of the program (an array, a string, a typed array, a Set or Map). */
type Iteration = 'iterable' | 'plain';

const PLAIN_ITERABLE_TYPES: ReadonlySet<string> = new Set(['Set', 'Map', 'ReadonlySet', 'ReadonlyMap', 'String', 'ArrayIterator', 'SetIterator', 'MapIterator', 'StringIterator']);

/**
 * What iterating `node` is known to do: `plain` for arrays, strings, typed arrays, Sets and Maps (from the syntax,
 * a `const` bound to one, a type assertion or, with `typeAware`, the checker), `iterable` for other types with a
 * `[Symbol.iterator]`, undefined when it may not be iterable at all (an array-like, a number).
 */
function iterationOf(node: TSESTree.Node, env: AnalysisEnv, depth = 0): Iteration | undefined {
  const inner = skipTsWrappers(node);
  if ((node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSTypeAssertion) && !env.typeInfo) {
    const annotated = describeAnnotation(node.typeAnnotation);
    const name = node.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference && node.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier ? node.typeAnnotation.typeName.name : '';
    if (annotated?.kind === 'array' || annotated?.kind === 'typed-array' || PLAIN_ITERABLE_TYPES.has(name) || node.typeAnnotation.type === AST_NODE_TYPES.TSStringKeyword) return 'plain';
  }
  if (env.typeInfo) return typeIteration(inner, env);
  if ((inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') || inner.type === AST_NODE_TYPES.TemplateLiteral) return 'plain';
  if (inner.type === AST_NODE_TYPES.NewExpression && isGlobalName(env.sourceCode, inner.callee, PLAIN_COLLECTIONS)) return 'plain';
  if (inner.type === AST_NODE_TYPES.Identifier) {
    // `const s = new Set(xs)`: one step at a time through `const` bindings, never far.
    const variable = ASTUtils.findVariable(env.sourceCode.getScope(inner), inner);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (depth > 3 || def?.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init || def.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    return iterationOf(def.node.init, env, depth + 1);
  }
  const facts = describeExpression(inner, env, 0, () => ({ kind: 'unknown', fresh: false, holey: true, small: false }));
  return facts.kind === 'array' || facts.kind === 'typed-array' ? 'plain' : undefined;
}

const PLAIN_COLLECTIONS: ReadonlySet<string> = new Set(['Set', 'Map']);

/** What the checker says about iterating `node`: every constituent must be iterable (`plain` only if all are). */
function typeIteration(node: TSESTree.Node, env: AnalysisEnv): Iteration | undefined {
  const { checker, toTsNode } = env.typeInfo!;
  let type = checker.getTypeAtLocation(toTsNode(node));
  type = checker.getBaseConstraintOfType(type) ?? type;
  if (tsutils.isTypeFlagSet(type, 1 /* Any */ | 2 /* Unknown */)) return undefined;
  let result: Iteration = 'plain';
  for (const part of tsutils.unionConstituents(type)) {
    if (tsutils.isTypeFlagSet(part, 402653316 /* StringLike */)) continue;
    const name = part.getSymbol()?.getName() ?? '';
    if (checker.isArrayType(part) || checker.isTupleType(part) || TYPED_ARRAY_TYPES.test(name) || name === 'Buffer' || PLAIN_ITERABLE_TYPES.has(name)) continue;
    if (!part.getProperties().some((p) => p.getName().startsWith('__@iterator'))) return undefined;
    result = 'iterable';
  }
  return result;
}

const TYPED_ARRAY_TYPES = /^(?:Big)?(?:Uint|Int|Float)(?:8|16|32|64)(?:Clamped)?Array$/;

/**
 * A callback whose run cannot be told apart from the iteration around it: it reads only its own parameters (plain
 * names, no destructuring), and does nothing that could throw or run code of the program (no member access, call,
 * arithmetic or `==`, which may call a getter or `valueOf`): `(v, i) => [v, i]`, `(v) => v === undefined`, `Boolean`.
 */
function isInertCallback(fn: TSESTree.Node, env: AnalysisEnv): boolean {
  if (fn.type === AST_NODE_TYPES.Identifier) return fn.name === 'Boolean' && isGlobalName(env.sourceCode, fn, 'Boolean');
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression || fn.async) return false;
  const params = new Set<string>();
  for (const param of fn.params) {
    if (param.type === AST_NODE_TYPES.Identifier) params.add(param.name);
    else if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier && param.right.type === AST_NODE_TYPES.Literal) params.add(param.left.name);
    else return false;
  }
  const inert = (node: TSESTree.Node): boolean => {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return params.has(node.name) || ((node.name === 'undefined' || node.name === 'NaN' || node.name === 'Infinity') && isGlobalName(env.sourceCode, node, node.name));
      case AST_NODE_TYPES.Literal:
        return true;
      case AST_NODE_TYPES.TemplateLiteral:
        return node.expressions.length === 0;
      case AST_NODE_TYPES.ArrayExpression:
        return node.elements.every((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && inert(element));
      case AST_NODE_TYPES.ObjectExpression:
        return node.properties.every((p) => p.type === AST_NODE_TYPES.Property && !p.computed && p.kind === 'init' && !p.method && inert(p.value));
      case AST_NODE_TYPES.ConditionalExpression:
        return inert(node.test) && inert(node.consequent) && inert(node.alternate);
      case AST_NODE_TYPES.LogicalExpression:
        return inert(node.left) && inert(node.right);
      case AST_NODE_TYPES.SequenceExpression:
        return node.expressions.every(inert);
      case AST_NODE_TYPES.UnaryExpression:
        return (node.operator === '!' || node.operator === 'typeof' || node.operator === 'void') && inert(node.argument);
      case AST_NODE_TYPES.BinaryExpression:
        return (node.operator === '===' || node.operator === '!==') && inert(node.left) && inert(node.right);
      default:
        return false;
    }
  };
  return fn.body.type !== AST_NODE_TYPES.BlockStatement && inert(fn.body);
}

/** `Array.from(x).map(f)` → `Array.from(x, f)`; `.forEach` and the others on it: report only. */
function analyzeArrayFrom(call: TSESTree.CallExpression, outer: string, from: TSESTree.CallExpression, env: AnalysisEnv): Finding | undefined {
  if (from.arguments.length !== 1 || from.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const source = from.arguments[0]!;
  if (outer !== 'map') return finding(call, `Array.from(...).${outer}(...)`, 'none', `iterate \`${excerpt(env.sourceCode, source)}\` directly instead of copying it first`, []);
  // `Array.from(x)` already takes what `Array.from(x, f)` takes: only the interleaving can differ.
  return mapIntoFrom(call, source, argumentText(env.sourceCode, source), `Array.from(...).map(...)`, env, false);
}

/** `[...x].map(f)` → `Array.from(x, f)`; `[...x].forEach(g)` → a `for...of` loop (suggestion). */
function analyzeSpreadCopy(call: TSESTree.CallExpression, outer: string, array: TSESTree.ArrayExpression, env: AnalysisEnv, options: IntermediateArraysOptions): Finding | undefined {
  const only = array.elements[0];
  if (array.elements.length !== 1 || only?.type !== AST_NODE_TYPES.SpreadElement) return undefined;
  if (isSmallReceiver(only.argument, env, options)) return undefined;
  const source = argumentText(env.sourceCode, only.argument);
  const chain = `[...${shorten(source)}].${outer}(...)`;
  if (outer === 'map') return mapIntoFrom(call, only.argument, source, chain, env, true);
  if (outer === 'forEach') return forEachLoop(call, only.argument, chain, env, 'the copy protected the loop from changes the callback makes to the source');
  return finding(call, chain, 'none', `iterate \`${excerpt(env.sourceCode, only.argument)}\` directly instead of copying it first`, []);
}

function mapIntoFrom(call: TSESTree.CallExpression, sourceNode: TSESTree.Node, source: string, chain: string, env: AnalysisEnv, spread: boolean): Finding {
  const args = call.arguments;
  const callback = args[0];
  if (args.length !== 1 || !callback || callback.type === AST_NODE_TYPES.SpreadElement) return finding(call, chain, 'none', args.length > 1 ? 'a `thisArg` is passed' : 'the callback is not a plain argument', []);
  const rewrite: Rewrite = { messageId: 'mapWhileCopying', data: { caveat: '' }, edits: [{ range: call.range, text: `Array.from(${source}, ${textOf(env.sourceCode, callback)})` }] };
  const local = ASTUtils.findVariable(env.sourceCode.getScope(call), 'Array');
  if (local && local.defs.length > 0) return finding(call, chain, 'none', '`Array` is not the global', []);
  let caveat: string | undefined;
  if (callback.type === AST_NODE_TYPES.ArrowFunctionExpression || callback.type === AST_NODE_TYPES.FunctionExpression) {
    // `Array.from` passes (value, index); `map` also passes the array.
    if (callback.params.length > 2 || callback.params.some((p) => p.type === AST_NODE_TYPES.RestElement)) return finding(call, chain, 'none', 'the callback reads the array `map` passes as its third argument', []);
    if (callback.type === AST_NODE_TYPES.FunctionExpression && usesArguments(env, callback)) return finding(call, chain, 'none', 'the callback reads `arguments`', []);
  } else if (!isPureCallback(callback, env)) {
    caveat = '`Array.from` passes the callback two arguments where `map` passes three';
  }
  const iteration = iterationOf(sourceNode, env);
  // `[...x]` throws a TypeError on what is not iterable; `Array.from` takes array-likes (and other objects, as empty).
  if (spread && !iteration) caveat ??= `\`Array.from\` also accepts array-likes and other non-iterable values, where \`[...${shorten(source)}]\` throws a TypeError`;
  caveat ??= interleavingCaveat(callback, env, source, iteration);
  if (caveat) return finding(call, chain, 'suggest', caveat, [{ ...rewrite, data: { caveat: ` (${caveat})` } }]);
  return finding(call, chain, 'fix', undefined, [rewrite]);
}

/** `xs.slice().forEach(g)`: the copy may be deliberate (the callback changes `xs`), so only a suggestion. */
function analyzeSliceForEach(call: TSESTree.CallExpression, slice: TSESTree.CallExpression, env: AnalysisEnv, options: IntermediateArraysOptions): Finding | undefined {
  const source = (slice.callee as TSESTree.MemberExpression).object;
  if (isSmallReceiver(source, env, options) || notArray(source, env)) return undefined;
  const chain = `${shorten(memberObjectText(env.sourceCode, source))}.slice().forEach(...)`;
  const text = `${memberObjectText(env.sourceCode, source)}.forEach(${call.arguments.map((a) => textOf(env.sourceCode, a)).join(', ')})`;
  const caveat = `the copy protects the loop when the callback changes \`${excerpt(env.sourceCode, source)}\`; drop it only if it does not`;
  return finding(call, chain, 'suggest', caveat, [{ messageId: 'iterateDirectly', data: { caveat: ` (${caveat})` }, edits: [{ range: call.range, text }] }]);
}

/** `[...x].forEach((v) => body)` → `for (const v of x) body` (suggestion: the copy may be deliberate). */
function forEachLoop(call: TSESTree.CallExpression, sourceNode: TSESTree.Node, chain: string, env: AnalysisEnv, caveat: string): Finding {
  const source = argumentText(env.sourceCode, sourceNode);
  const callback = call.arguments[0];
  const statement = call.parent;
  const fn = callback?.type === AST_NODE_TYPES.ArrowFunctionExpression ? callback : undefined;
  const param = fn?.params[0];
  if (!fn || call.arguments.length !== 1 || fn.params.length !== 1 || param?.type !== AST_NODE_TYPES.Identifier || fn.async || statement?.type !== AST_NODE_TYPES.ExpressionStatement) {
    return finding(call, chain, 'none', 'iterate the source directly (`for...of`) instead of copying it first', []);
  }
  if (fn.body.type === AST_NODE_TYPES.BlockStatement && someNode([fn.body], env.sourceCode.visitorKeys, (n) => n.type === AST_NODE_TYPES.ReturnStatement)) return finding(call, chain, 'none', 'the callback returns early, which a loop body cannot do the same way', []);
  // `for (const x of x)` would read the new `x` before it is set.
  if (env.sourceCode.getTokens(sourceNode).some((token) => token.value === param.name)) return finding(call, chain, 'none', `the callback's parameter \`${param.name}\` hides a name the source reads`, []);
  // A `var` in the body would move from the callback's scope to the enclosing function's.
  if (fn.body.type === AST_NODE_TYPES.BlockStatement && someNode([fn.body], env.sourceCode.visitorKeys, (n) => n.type === AST_NODE_TYPES.VariableDeclaration && n.kind === 'var')) {
    return finding(call, chain, 'none', 'the callback declares a `var`, which would move to the enclosing function', []);
  }
  const bodyText = fn.body.type === AST_NODE_TYPES.BlockStatement ? textOf(env.sourceCode, fn.body) : `${textOf(env.sourceCode, fn.body)};`;
  const keyword = isReadOnlyParam(env, fn, param) ? 'const' : 'let';
  const rewrite: Rewrite = { messageId: 'iterateDirectly', data: { caveat: ` (${caveat})` }, edits: [{ range: statement.range, text: `for (${keyword} ${textOf(env.sourceCode, param)} of ${source}) ${bodyText}` }] };
  return finding(call, chain, 'suggest', caveat, [rewrite]);
}

/**
 * `xs.map(f).filter(p)`, `xs.filter(p).map(f)`, `xs.map(f).reduce(g, s)`, `xs.filter(p).reduce(g, s)`: suggested as
 * one `reduce` pass when both callbacks are arrows with expression bodies (their text is pasted into the new body),
 * and as iterator helpers when the option allows.
 */
function analyzeChain(call: TSESTree.CallExpression, inner: TSESTree.CallExpression, first: string, outer: string, env: AnalysisEnv, options: IntermediateArraysOptions): Finding | undefined {
  const receiver = (inner.callee as TSESTree.MemberExpression).object;
  if (isSmallReceiver(receiver, env, options) || notArray(receiver, env)) return undefined;
  const chain = `.${first}(...).${outer}(...)`;
  const rewrites: Rewrite[] = [];
  const fused = fuse(call, inner, first, outer, env);
  if (typeof fused !== 'string') rewrites.push(fused);
  if (options.iteratorHelpers && outer !== 'forEach' && [inner, call].every((c) => c.arguments.length === (c === call && outer === 'reduce' ? 2 : 1))) {
    const callbacks = [inner.arguments[0]!, call.arguments[0]!];
    if (callbacks.every((cb) => cb.type !== AST_NODE_TYPES.SpreadElement && !((cb.type === AST_NODE_TYPES.ArrowFunctionExpression || cb.type === AST_NODE_TYPES.FunctionExpression) && cb.params.length > (cb === call.arguments[0] && outer === 'reduce' ? 3 : 2)))) {
      const edits = [
        { range: receiver.range, text: `${memberObjectText(env.sourceCode, receiver)}.values()` },
        ...(outer === 'reduce' ? [] : [{ range: [call.range[1], call.range[1]] as const, text: '.toArray()' }]),
      ];
      rewrites.push({ messageId: 'useIteratorHelpers', data: { caveat: ' (iterator helpers visit holes, and pass no array to the callbacks)' }, edits });
    }
  }
  const reason = typeof fused === 'string' ? fused : `fusing changes which array the callbacks could see, and gives a plain array where \`${first}\` on a typed array gives a typed array`;
  if (rewrites.length === 0) return finding(call, chain, 'none', reason, []);
  return finding(call, chain, 'suggest', reason, rewrites);
}

/** The fused `reduce`, or why the callbacks cannot be pasted into one. */
function fuse(call: TSESTree.CallExpression, inner: TSESTree.CallExpression, first: string, outer: string, env: AnalysisEnv): Rewrite | string {
  const f = inner.arguments[0];
  const g = call.arguments[0];
  if (inner.arguments.length !== 1 || call.arguments.length !== (outer === 'reduce' ? 2 : 1)) return outer === 'reduce' && call.arguments.length === 1 ? 'the `reduce` has no initial value' : 'a `thisArg` is passed';
  if (!isSimpleArrow(f) || !isSimpleArrow(g)) return 'both callbacks must be arrow functions with an expression body to be fused';
  if (outer === 'forEach') return 'fuse the two walks into one loop';
  const receiver = (inner.callee as TSESTree.MemberExpression).object;
  const text = (node: TSESTree.Node): string => textOf(env.sourceCode, node);
  const params = (fn: TSESTree.ArrowFunctionExpression): string[] => fn.params.map((p) => (p as TSESTree.Identifier).name);
  const [fp, gp] = [params(f), params(g)];
  const value = (fn: TSESTree.ArrowFunctionExpression): string => {
    const body = text(fn.body);
    return fn.body.type === AST_NODE_TYPES.SequenceExpression ? `(${body})` : body;
  };
  // A name the fused body declares must not be one the other callback reads from outside (it would be captured).
  const names = (fn: TSESTree.ArrowFunctionExpression): Set<string> => new Set(env.sourceCode.getTokens(fn.body).map((t) => t.value));
  const fNames = names(f);
  const gNames = names(g);
  const taken = new Set<string>();
  const fresh = (...candidates: string[]): string => freshName(env.sourceCode, call, [f.range, g.range], candidates, taken);
  const [b, j] = outer === 'reduce' ? [gp[1], gp[2]] : [gp[0], gp[1]];
  const acc = outer === 'reduce' ? gp[0]! : fresh('out', 'result');
  if (gp.length > (outer === 'reduce' ? 3 : 2)) return `the \`${outer}\` callback reads the intermediate array`;
  if (first === 'filter' && j !== undefined) {
    if (outer === 'reduce') return 'the `reduce` callback reads its index, which counts only the elements kept';
  }
  if (fp.length > 3) return 'the first callback reads more than it is passed';
  const a = fp[0] ?? fresh('item', 'value');
  const i = fp[1] ?? (j !== undefined && first === 'map' ? fresh('i', 'index') : undefined);
  if (fp[2] !== undefined && i === undefined) return 'the first callback reads the array';
  const outerParams = [a, ...(i === undefined ? [] : [i]), ...(fp[2] === undefined ? [] : [fp[2]])];
  // The second callback's body must not read, from outside, a name the fused function now binds to something else;
  // the first's must not read the accumulator's name.
  if (outerParams.some((n) => gNames.has(n) && n !== b && n !== j) || fNames.has(acc) || outerParams.includes(acc)) return 'the callbacks use the same names for different things';
  if (j !== undefined && j !== i && (outerParams.includes(j) || j === b)) return 'the callbacks use the same names for different things';
  const head = [acc, ...outerParams];
  // `const b = ...` can sit beside the parameters unless it would redeclare one or hide a name the first body reads.
  const clash = (name: string | undefined): boolean => name !== undefined && (outerParams.includes(name) || fNames.has(name));
  const nested = clash(b) || (j !== undefined && j !== i && clash(j));
  const lines: string[] = [];
  const scoped = (statements: string[]): string => (nested ? `{ ${statements.join(' ')} }` : statements.join(' '));
  const indexLine = j !== undefined && j !== i ? [`const ${j} = ${first === 'map' ? i : `${acc}.length`};`] : [];
  if (first === 'map') {
    const mapped = b !== undefined && !nested ? b : fresh('mapped', 'mappedValue');
    lines.push(`const ${mapped} = ${value(f)};`);
    const rest = [...(b !== undefined && nested ? [`const ${b} = ${mapped};`] : []), ...indexLine];
    const use = b ?? mapped;
    lines.push(scoped([...rest, outer === 'reduce' ? `return ${value(g)};` : `if (${value(g)}) ${acc}.push(${use});`]));
  } else if (outer === 'filter') {
    // filter → filter: the second predicate's index would count only what the first kept.
    if (j !== undefined) return 'the second callback reads its index, which counts only the elements the first kept';
    const rest = b !== undefined && b !== a ? [`const ${b} = ${a};`] : [];
    const test = `if (${value(g)}) ${acc}.push(${a});`;
    lines.push(rest.length > 0 ? `if (${value(f)}) { ${rest.join(' ')} ${test} }` : `if ((${value(f)}) && (${value(g)})) ${acc}.push(${a});`);
  } else if (outer === 'reduce') {
    lines.push(`if (!(${value(f)})) return ${acc};`);
    const rest = b !== undefined && b !== a ? [`const ${b} = ${a};`] : [];
    lines.push(rest.length > 0 && nested ? `{ ${rest.join(' ')} return ${value(g)}; }` : [...rest, `return ${value(g)};`].join(' '));
  } else {
    const pushed = [...(b !== undefined && b !== a ? [`const ${b} = ${a};`] : []), ...indexLine, `${acc}.push(${value(g)});`];
    lines.push(pushed.length === 1 ? `if (${value(f)}) ${pushed[0]}` : `if (${value(f)}) { ${pushed.join(' ')} }`);
  }
  if (outer !== 'reduce') lines.push(`return ${acc};`);
  const seed = outer === 'reduce' ? text(call.arguments[1]!) : '[]';
  return { messageId: 'fuseIntoOnePass', data: { caveat: '' }, edits: [{ range: call.range, text: `${memberObjectText(env.sourceCode, receiver)}.reduce((${head.join(', ')}) => { ${lines.join(' ')} }, ${seed})` }] };
}

function isSimpleArrow(node: TSESTree.Node | undefined): node is TSESTree.ArrowFunctionExpression {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression &&
    !node.async &&
    !node.typeParameters &&
    node.body.type !== AST_NODE_TYPES.BlockStatement &&
    node.params.every((p) => p.type === AST_NODE_TYPES.Identifier && !p.optional && !p.typeAnnotation)
  );
}

