import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';

import { contains, enclosingFunction, globalStaticCall, insideTry, isGlobalName, memberName, outerValueNode, skipTsWrappers, someNode } from './ast.ts';
import { findVariable } from './binding.ts';
import { argumentText, textOf } from './text.ts';
import type { AnalysisEnv, Edit, Finding, Rewrite, SitePattern } from './types.ts';

type Variable = TSESLint.Scope.Variable;

export interface TypedArrayOptions {
  /** Literal sizes below this are shapes or tuples, not buffers. */
  minLength: number;
  /** Which declarations may use 32-bit floats (`prefer-float32`'s options), or undefined when none may. */
  float32?: Float32Choice;
  /**
   * The codemod's `--api`: a buffer that leaves its function only by `return` is rewritten with the function's
   * `number[]` return type, which changes what callers receive (exported signatures included).
   */
  api?: boolean;
}

/** Where the user has said 32-bit floats are precise enough. */
export interface Float32Choice {
  /** Regular expressions matched against the variable's name. */
  names: readonly RegExp[];
  /** A comment on the declaration that contains this text. */
  marker: string;
  /** Every candidate in the files the rule is enabled for. */
  all: boolean;
}

/** What a `Float32Array` loses, said wherever one is suggested. */
export const FLOAT32_PRECISION = '32-bit floats keep about 7 significant digits, a relative error up to 6e-8, and round integers above 2^24';

/** The element kinds this analysis can choose, smallest last. */
export type TypedKind = 'Float32Array' | 'Float64Array' | 'Int32Array' | 'Uint8Array';

/** How the buffer is built: each has its own rewrite. */
type Shape =
  | { kind: 'fill'; size: TSESTree.Node; value: TSESTree.Node; call: TSESTree.CallExpression }
  | { kind: 'from'; size: TSESTree.Node; mapFn: TSESTree.Node; call: TSESTree.CallExpression }
  | { kind: 'holey'; size: TSESTree.Node; call: TSESTree.NewExpression | TSESTree.CallExpression }
  | { kind: 'pushed'; size: TSESTree.Node; loop: TSESTree.ForStatement; push: TSESTree.CallExpression };

/** Array methods a typed array has with the same meaning (same results, same errors) for numbers. */
const SAME_METHODS: ReadonlySet<string> = new Set([
  'at', 'copyWithin', 'entries', 'every', 'fill', 'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach', 'includes',
  'indexOf', 'join', 'keys', 'lastIndexOf', 'reduce', 'reduceRight', 'reverse', 'some', 'values', 'toString', 'toLocaleString',
]);
/** Methods that return their receiver. */
const RETURNS_RECEIVER: ReadonlySet<string> = new Set(['fill', 'reverse', 'copyWithin', 'sort']);

/** Methods whose callback receives the array as an argument, and that argument's index. */
const CALLBACK_ARRAY_PARAM: ReadonlyMap<string, number> = new Map([
  ['every', 2], ['find', 2], ['findIndex', 2], ['findLast', 2], ['findLastIndex', 2], ['forEach', 2], ['some', 2], ['reduce', 3], ['reduceRight', 3],
]);

/** An inline callback with fewer parameters than `index + 1` (and no `arguments`) cannot see that argument. */
function ignoresParam(callback: TSESTree.Node, index: number): boolean {
  if (callback.type === AST_NODE_TYPES.ArrowFunctionExpression) return callback.params.length <= index && !callback.params.some((p) => p.type === AST_NODE_TYPES.RestElement);
  return false;
}

/** Methods that exist on typed arrays but return a typed array (or sort differently without a comparator). */
const DIFFERENT_METHODS: ReadonlyMap<string, string> = new Map([
  ['map', '`map` on a typed array returns a typed array and converts what the callback returns to numbers'],
  ['filter', '`filter` on a typed array returns a typed array'],
  ['slice', '`slice` on a typed array returns a typed array'],
  ['subarray', '`subarray` is a view that shares the buffer'],
  ['toReversed', '`toReversed` on a typed array returns a typed array'],
  ['toSorted', '`toSorted` on a typed array returns a typed array'],
  ['with', '`with` on a typed array returns a typed array'],
]);

/**
 * A `number[]` built and used as a fixed-size numeric buffer, which a typed array stores more compactly and safely:
 * `new Array(n).fill(0)`, `Array.from({ length: n }, f)`, `[]` filled by `push` in a counted loop, `new Array(n)`
 * written by index. The array must never change length, never hold a non-number, and never reach code that needs an
 * `Array`. The report is on the declaration; the fix rewrites it (and the fill loop).
 */
export const typedArrayPattern: SitePattern<TypedArrayOptions> = {
  nodeTypes: [AST_NODE_TYPES.VariableDeclarator],
  analyze(node, env, options) {
    if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || !node.init) return undefined;
    const shape = matchShape(node, env);
    if (!shape) return undefined;
    return analyzeBuffer(node, node.id, shape, env, options);
  },
};

function matchShape(declarator: TSESTree.VariableDeclarator, env: AnalysisEnv): Shape | undefined {
  const init = skipTsWrappers(declarator.init!);
  // `new Array(n).fill(v)` / `Array(n).fill(v)`
  if (init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.MemberExpression && memberName(init.callee) === 'fill' && init.arguments.length === 1) {
    const array = skipTsWrappers(init.callee.object);
    const size = arrayOfSize(array, env);
    const value = init.arguments[0]!;
    if (size && value.type !== AST_NODE_TYPES.SpreadElement) return { kind: 'fill', size, value, call: init };
  }
  // `Array.from({ length: n }, f)`
  if (init.type === AST_NODE_TYPES.CallExpression && globalStaticCall(env.sourceCode, init, 'Array') === 'from' && init.arguments.length === 2) {
    const [source, mapFn] = init.arguments;
    const length = source?.type === AST_NODE_TYPES.ObjectExpression && source.properties.length === 1 ? source.properties[0] : undefined;
    if (length?.type === AST_NODE_TYPES.Property && !length.computed && length.key.type === AST_NODE_TYPES.Identifier && length.key.name === 'length' && mapFn && mapFn.type !== AST_NODE_TYPES.SpreadElement) {
      return { kind: 'from', size: length.value, mapFn, call: init };
    }
  }
  // `new Array(n)`, written by index afterwards
  const size = arrayOfSize(init, env);
  if (size && (init.type === AST_NODE_TYPES.NewExpression || init.type === AST_NODE_TYPES.CallExpression)) return { kind: 'holey', size, call: init };
  // `[]` filled by `push` in the counted loop that follows the declaration
  if (init.type === AST_NODE_TYPES.ArrayExpression && init.elements.length === 0) return pushedShape(declarator, env);
  return undefined;
}

/** `new Array(n)` / `Array(n)` with one numeric argument: its size. */
function arrayOfSize(node: TSESTree.Node, env: AnalysisEnv): TSESTree.Node | undefined {
  if ((node.type !== AST_NODE_TYPES.NewExpression && node.type !== AST_NODE_TYPES.CallExpression) || !isGlobalName(env.sourceCode, node.callee, 'Array')) return undefined;
  // `new Array<string>(n)`: the type argument says what it holds.
  const typeArgument = node.typeArguments?.params[0];
  if (typeArgument && typeArgument.type !== AST_NODE_TYPES.TSNumberKeyword) return undefined;
  const [size] = node.arguments;
  if (node.arguments.length !== 1 || !size || size.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return mayBeCount(size, env) ? size : undefined;
}

/**
 * A size the code treats as a count: numeric by its syntax, or a name or property read whose value is not known
 * (a parameter `n`, `rows.length`). Strings, arrays and objects make `new Array(x)` a one-element list instead.
 */
function mayBeCount(node: TSESTree.Node, env: AnalysisEnv): boolean {
  const inner = skipTsWrappers(node);
  if (isNumeric(inner, env)) return true;
  if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (inner.type === AST_NODE_TYPES.Identifier) {
    // `size: string` says it is not a count, types or not.
    const annotation = (findVariable(env.sourceCode, inner)?.defs[0]?.name as TSESTree.Identifier | undefined)?.typeAnnotation?.typeAnnotation;
    if (annotation && annotation.type !== AST_NODE_TYPES.TSNumberKeyword) return false;
  }
  const info = env.typeInfo;
  if (!info) return true;
  const type = info.checker.getTypeAtLocation(info.toTsNode(inner));
  return tsutils.isTypeFlagSet(type, 1 /* Any */) || tsutils.unionConstituents(type).every((part) => tsutils.isTypeFlagSet(part, 296 /* NumberLike */));
}

/**
 * With types, a `number` size: `new Array(n)` and the typed array then differ only where `new Array(n)` throws
 * (a fraction or NaN), which no working program relies on.
 */
function isNumberTyped(node: TSESTree.Node, env: AnalysisEnv): boolean {
  const info = env.typeInfo;
  if (!info) return false;
  const type = info.checker.getTypeAtLocation(info.toTsNode(node));
  return tsutils.unionConstituents(type).every((part) => tsutils.isTypeFlagSet(part, 296 /* NumberLike */));
}

/** A whole, non-negative count by its syntax: an integer literal, a `.length`, or a `const` of one. */
function isWholeCount(node: TSESTree.Node, env: AnalysisEnv): boolean {
  const inner = skipTsWrappers(node);
  if (inner.type === AST_NODE_TYPES.Literal) return typeof inner.value === 'number' && Number.isInteger(inner.value) && inner.value >= 0;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return memberName(inner) === 'length';
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const def = findVariable(env.sourceCode, inner)?.defs[0];
    return def?.type === 'Variable' && def.parent.kind === 'const' && !!def.node.init && skipTsWrappers(def.node.init).type !== AST_NODE_TYPES.Identifier && isWholeCount(def.node.init, env);
  }
  return false;
}

/** `const xs = []; for (let i = 0; i < n; i++) xs.push(v);` with the loop right after the declaration. */
function pushedShape(declarator: TSESTree.VariableDeclarator, env: AnalysisEnv): Shape | undefined {
  const declaration = declarator.parent;
  const list = declaration?.parent && 'body' in declaration.parent && Array.isArray(declaration.parent.body) ? (declaration.parent.body as TSESTree.Node[]) : undefined;
  if (!list || declaration.declarations.length !== 1) return undefined;
  const loop = list[list.indexOf(declaration) + 1];
  if (loop?.type !== AST_NODE_TYPES.ForStatement) return undefined;
  const counter = countedLoop(loop, env);
  if (!counter || counter.inclusive) return undefined;
  const body = loop.body.type === AST_NODE_TYPES.BlockStatement ? loop.body.body : [loop.body];
  const pushes = body.filter((statement): statement is TSESTree.ExpressionStatement => {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = statement.expression.callee;
    return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'push' && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === (declarator.id as TSESTree.Identifier).name;
  });
  if (pushes.length !== 1) return undefined;
  const push = pushes[0]!.expression as TSESTree.CallExpression;
  if (push.arguments.length !== 1 || push.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return { kind: 'pushed', size: counter.bound, loop, push };
}

/** `for (let i = 0; i < n; i++)` whose counter nothing else writes: the counter's name and the bound. */
function countedLoop(loop: TSESTree.ForStatement, env: AnalysisEnv): { counter: string; bound: TSESTree.Node; inclusive: boolean } | undefined {
  const init = loop.init;
  if (init?.type !== AST_NODE_TYPES.VariableDeclaration || init.kind !== 'let' || init.declarations.length !== 1) return undefined;
  const declarator = init.declarations[0]!;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init?.type !== AST_NODE_TYPES.Literal || declarator.init.value !== 0) return undefined;
  const name = declarator.id.name;
  const test = loop.test;
  // `i < bound`, or `i <= N` with a literal N (`for (let p = 0; p <= 100; p++)` over 101 elements).
  if (test?.type !== AST_NODE_TYPES.BinaryExpression || test.left.type !== AST_NODE_TYPES.Identifier || test.left.name !== name) return undefined;
  const inclusive = test.operator === '<=' && test.right.type === AST_NODE_TYPES.Literal && typeof test.right.value === 'number';
  if (test.operator !== '<' && !inclusive) return undefined;
  const update = loop.update;
  const steps = update?.type === AST_NODE_TYPES.UpdateExpression && update.operator === '++' && update.argument.type === AST_NODE_TYPES.Identifier && update.argument.name === name;
  if (!steps) return undefined;
  // Nothing but the update may write the counter (`i++` in the body would skip elements).
  const variable = env.sourceCode.scopeManager?.acquire(loop)?.set.get(name);
  const writes = variable?.references.filter((reference) => reference.isWrite() && reference.identifier !== declarator.id) ?? [];
  if (!variable || writes.length !== 1 || writes[0]!.identifier.parent !== update) return undefined;
  return { counter: name, bound: test.right, inclusive };
}

interface Use {
  /** `return xs` from the function that declares it: with `--api`, the return type changes with the buffer. */
  returned?: TSESTree.ReturnStatement;
  /** The array leaves this code (passed, returned, stored): what the receiver stores in it is unknown. */
  escapes?: boolean;
  /** Why the array cannot become a typed array at all (it is resized, or needs to be an Array): no report. */
  blocker?: string;
  /** Why the rewrite could change behaviour (it escapes, a method returns another kind): a suggestion. */
  caveat?: string;
  /** A value stored into the array. */
  stored?: TSESTree.Node;
}

function analyzeBuffer(declarator: TSESTree.VariableDeclarator, id: TSESTree.Identifier, shape: Shape, env: AnalysisEnv, options: TypedArrayOptions): Finding | undefined {
  const variable = findVariable(env.sourceCode, id);
  if (!variable || variable.defs.length !== 1) return undefined;
  const ownReferences = new Set(variable.references.map((reference) => reference.identifier as TSESTree.Node));
  // The loop's `xs.push` must be this variable's, not a shadowing `xs` declared inside the loop.
  if (shape.kind === 'pushed' && !ownReferences.has((shape.push.callee as TSESTree.MemberExpression).object)) return undefined;
  const declaration = declarator.parent as TSESTree.VariableDeclaration;
  // Exported or module-wide mutable buffers are someone else's API.
  if (declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return undefined;
  if (isSmallSize(shape.size, options.minLength)) return undefined;
  if (!mayBeCount(shape.size, env)) return undefined;
  const typed = elementTypeIsNumber(id, env);
  if (typed === false) return undefined;

  const stored: TSESTree.Node[] = [];
  const caveats: string[] = [];
  let escapes = false;
  let otherEscapes = false;
  const returns: TSESTree.ReturnStatement[] = [];
  if (shape.kind === 'fill') stored.push(shape.value);
  if (shape.kind === 'pushed') stored.push(shape.push.arguments[0]!);
  if (shape.kind === 'from') {
    const value = returnedValue(shape.mapFn);
    if (!value) return undefined;
    stored.push(value);
  }
  for (const reference of variable.references) {
    const ref = reference.identifier as TSESTree.Identifier;
    if (ref === id) continue;
    if (shape.kind === 'pushed' && contains(shape.push.callee, ref)) continue;
    if (reference.isWrite()) return undefined;
    // While the loop fills it, the Array's length is the counter; the typed array's is already the bound.
    if (shape.kind === 'pushed' && contains(shape.loop, ref)) caveats.push(`\`${id.name}\` is read while the loop fills it, when its length differs`);
    const use = classifyUse(ref, shape, env);
    if (use.blocker) return undefined;
    // With --api a `return` is no reason to hesitate: the return type is rewritten below.
    if (use.caveat && !(options.api && use.returned)) caveats.push(use.caveat);
    if (use.escapes) escapes = true;
    if (use.returned) returns.push(use.returned);
    else if (use.escapes) otherEscapes = true;
    if (use.stored) stored.push(use.stored);
  }
  // How the buffer is made, after how it is used: the message names the use first, which is what a reader looks at.
  if (shape.kind === 'holey' && !filledByNextLoop(declarator, shape, env, ownReferences)) caveats.push('elements never written read 0 instead of undefined');
  // `new Array(2.5)` throws and `new Array('3')` is a one-element list; the typed array takes either as a length.
  if ((shape.kind === 'fill' || shape.kind === 'holey') && !isWholeCount(shape.size, env) && !isNumberTyped(shape.size, env)) caveats.push(`the size \`${textOf(env.sourceCode, shape.size)}\` must be a whole number`);
  // `i < 2.5` pushes 3 elements; `new Float64Array(2.5)` has 2.
  if (shape.kind === 'pushed' && !isWholeCount(shape.size, env)) caveats.push(`the loop bound \`${textOf(env.sourceCode, shape.size)}\` must be a whole number, or the typed array is one element short`);
  // An exception part-way through the fill leaves a shorter Array but a full-length typed array.
  if (shape.kind === 'pushed' && insideTry(shape.loop)) caveats.push('an exception while filling would leave a full-length typed array where the Array was shorter');
  // The elements must be numbers: the checker says so, or every stored value is numeric syntax.
  // An update of an element (`xs[i]++`) keeps the element a number.
  const elementUpdate = (value: TSESTree.Node): boolean => value.type === AST_NODE_TYPES.UpdateExpression && value.argument.type === AST_NODE_TYPES.MemberExpression && ownReferences.has(value.argument.object);
  if (typed !== true && !stored.every((value) => elementUpdate(value) || isNumeric(value, env))) return undefined;

  // Integer kinds need every stored value in sight: code the array escapes to may store anything.
  const kind = chooseKind(escapes ? [] : stored, env, declarator, variable, options);
  const name = id.name;
  const saving = describeSaving(shape, kind);
  let rewrite = buildRewrite(declarator, shape, kind, env);
  // --api: the function's `number[]` return type becomes the typed array (no annotation: TypeScript infers it).
  if (options.api && returns.length > 0 && typeof rewrite !== 'string') {
    const fn = enclosingFunction(declarator);
    const returnType = 'returnType' in fn ? (fn.returnType as TSESTree.TSTypeAnnotation | undefined) : undefined;
    if (returnType && !isNumberArrayType(returnType.typeAnnotation)) caveats.push(`the return type \`${textOf(env.sourceCode, returnType.typeAnnotation)}\` is not \`number[]\``);
    else if (returnType) rewrite = { ...rewrite, edits: [...rewrite.edits, { range: returnType.typeAnnotation.range, text: kind }] };
    if (otherEscapes) caveats.push(`\`${id.name}\` also leaves the function otherwise than by \`return\``);
  }
  const finding = (fixKind: Finding['kind'], reason: string | undefined, rewrites: Rewrite[]): Finding => ({
    node: declarator,
    messageId: 'preferTypedArray',
    data: { name, kind, saving, article: kind.startsWith('I') ? 'an' : 'a' },
    kind: fixKind,
    reason,
    rewrites,
  });
  if (typeof rewrite === 'string') return finding('none', rewrite, []);
  const suggested = (reason: string): Finding => finding('suggest', reason, [{ ...rewrite, data: { ...rewrite.data, caveat: ` (${reason})` } }]);
  // 32 bits is the user's call; any other reason to hesitate is named beside it.
  if (kind === 'Float32Array') return suggested(FLOAT32_PRECISION + (caveats.length > 0 ? `; also, ${caveats[0]}` : ''));
  if (caveats.length > 0) return suggested(caveats[0]!);
  return finding('fix', undefined, [rewrite]);
}

/** Whether one use of the array keeps the rewrite exact, makes it a suggestion, or rules the array out. */
function classifyUse(ref: TSESTree.Identifier, shape: Shape, env: AnalysisEnv): Use {
  const node = outerValueNode(ref);
  const parent = node.parent;
  if (!parent) return { blocker: 'used oddly' };
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
    const grand = parent.parent;
    const name = memberName(parent);
    if (parent.computed && name === undefined) {
      // `xs[i]`, `xs[i] = v`, `xs[i] += v`, `xs[i]++`
      if (grand?.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent) {
        const inBounds = indexInBounds(parent.property, ref.name, shape, env);
        const caveat = inBounds ? undefined : 'a write past the end grows an Array, but a typed array ignores it';
        if (grand.operator === '=') return { stored: grand.right, caveat };
        if (['+=', '-=', '*=', '/=', '%=', '**=', '|=', '&=', '^=', '<<=', '>>=', '>>>='].includes(grand.operator)) return isNumeric(grand.right, env) || grand.operator !== '+=' ? { stored: grand, caveat } : { blocker: 'string append' };
        return { blocker: 'logical assignment' };
      }
      // `xs[i]++` keeps a number a number (of any size: no integer kind).
      if (grand?.type === AST_NODE_TYPES.UpdateExpression) return { stored: grand, caveat: indexInBounds(parent.property, ref.name, shape, env) ? undefined : 'a write past the end grows an Array, but a typed array ignores it' };
      if (grand?.type === AST_NODE_TYPES.UnaryExpression && grand.operator === 'delete') return { blocker: 'delete' };
      return {};
    }
    if (name === 'length') return grand?.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent ? { blocker: 'length set' } : {};
    const isCall = grand?.type === AST_NODE_TYPES.CallExpression && grand.callee === parent;
    if (!isCall || !name) return { blocker: 'member' };
    // `fill`, `reverse`, `copyWithin` and `sort` return the buffer itself: used as a value, it goes elsewhere.
    // (A chained read such as `xs.sort().at(0)` stays on the buffer.)
    const next = grand.parent?.type === AST_NODE_TYPES.MemberExpression && grand.parent.object === grand ? memberName(grand.parent) : undefined;
    const chainedRead = next !== undefined && (next === 'length' || (SAME_METHODS.has(next) && !CALLBACK_ARRAY_PARAM.has(next) && next !== 'fill'));
    if (RETURNS_RECEIVER.has(name) && grand.parent?.type !== AST_NODE_TYPES.ExpressionStatement && !chainedRead) {
      return { escapes: true, stored: name === 'fill' ? grand.arguments[0] : undefined, caveat: `\`${ref.name}.${name}()\` returns the buffer itself, which code elsewhere may need as an Array` };
    }
    if (SAME_METHODS.has(name)) {
      if (name === 'fill' && grand.arguments[0]) return { stored: grand.arguments[0] };
      const arrayParam = CALLBACK_ARRAY_PARAM.get(name);
      const callback = grand.arguments[0];
      if (arrayParam !== undefined && callback && !ignoresParam(callback, arrayParam)) return { caveat: `the \`${name}\` callback receives the array itself, which would be a typed array` };
      return {};
    }
    if (name === 'sort') {
      return grand.arguments.length > 0
        ? { caveat: '`sort` on a typed array uses another algorithm, which orders NaN differently when the comparator is inconsistent' }
        : { caveat: '`sort()` without a comparator orders numbers numerically on a typed array, as strings on an Array' };
    }
    const different = DIFFERENT_METHODS.get(name);
    if (different) return { caveat: different };
    // push, pop, splice, concat, flat...: the array changes length or must be an Array.
    return { blocker: name };
  }
  if (parent.type === AST_NODE_TYPES.ForOfStatement && parent.right === node) return {};
  if (parent.type === AST_NODE_TYPES.SpreadElement && parent.parent?.type === AST_NODE_TYPES.ArrayExpression) return {};
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== node) {
    const callee = parent.callee;
    if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && isGlobalName(env.sourceCode, callee.object, callee.object.name)) {
      const object = callee.object.name;
      const method = memberName(callee);
      // What needs an Array or prints one differently.
      if ((object === 'Array' && method === 'isArray') || (object === 'JSON' && method === 'stringify')) return { blocker: `${object}.${method}` };
      if (object === 'Math') return {};
      // `console.log(xs)` prints `Float64Array(3) [ ... ]` where it printed `[ ... ]`.
      if (object === 'console') return { caveat: `\`${ref.name}\` is printed, and a typed array prints with its type name` };
    }
  }
  if (parent.type === AST_NODE_TYPES.SpreadElement && parent.parent?.type === AST_NODE_TYPES.CallExpression && globalStaticCall(env.sourceCode, parent.parent, 'Math') !== undefined) return {};
  if (parent.type === AST_NODE_TYPES.SpreadElement) return { caveat: `\`${ref.name}\` is spread into a call, which reads it the same way, but the callee may be typed for an Array` };
  const where = enclosingFunction(ref) === enclosingFunction(shape.kind === 'pushed' ? shape.loop : shape.call) ? '' : ' from a nested function';
  const returned = parent.type === AST_NODE_TYPES.ReturnStatement && !where ? parent : undefined;
  return { escapes: true, returned, caveat: `\`${ref.name}\` is used as a value${where} (line ${ref.loc.start.line}), so code elsewhere may need an Array` };
}

/** `xs[i]` inside `for (let i = 0; i < xs.length | n; i++)` where the bound is the buffer's size. */
function indexInBounds(index: TSESTree.Node, name: string, shape: Shape, env: AnalysisEnv): boolean {
  if (index.type === AST_NODE_TYPES.Literal && typeof index.value === 'number' && shape.size.type === AST_NODE_TYPES.Literal && typeof shape.size.value === 'number') {
    return Number.isInteger(index.value) && index.value >= 0 && index.value < shape.size.value;
  }
  // `x & 0xff` is always in 0..255 (NaN and fractions included): in range of a literal size above the mask.
  if (index.type === AST_NODE_TYPES.BinaryExpression && index.operator === '&' && shape.size.type === AST_NODE_TYPES.Literal && typeof shape.size.value === 'number') {
    const mask = [index.left, index.right].find((side): side is TSESTree.NumberLiteral => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'number');
    return !!mask && Number.isInteger(mask.value) && mask.value >= 0 && mask.value < shape.size.value;
  }
  if (index.type !== AST_NODE_TYPES.Identifier) return false;
  for (let node: TSESTree.Node | undefined = index.parent; node; node = node.parent) {
    if (node.type !== AST_NODE_TYPES.ForStatement) continue;
    const counted = countedLoop(node, env);
    if (!counted || counted.counter !== index.name) continue;
    const bound = counted.bound;
    const last = counted.inclusive ? 1 : 0;
    const isLength = !counted.inclusive && bound.type === AST_NODE_TYPES.MemberExpression && memberName(bound) === 'length' && bound.object.type === AST_NODE_TYPES.Identifier && bound.object.name === name;
    const isSize = (!counted.inclusive && bound.type === AST_NODE_TYPES.Identifier && shape.size.type === AST_NODE_TYPES.Identifier && bound.name === shape.size.name) ||
      (bound.type === AST_NODE_TYPES.Literal && shape.size.type === AST_NODE_TYPES.Literal && typeof bound.value === 'number' && typeof shape.size.value === 'number' && bound.value + last <= shape.size.value);
    return isLength || isSize;
  }
  return false;
}

/** `new Array(n)` followed at once by a counted loop over all of it that writes `xs[i]` on every turn. */
function filledByNextLoop(declarator: TSESTree.VariableDeclarator, shape: Shape, env: AnalysisEnv, own: ReadonlySet<TSESTree.Node>): boolean {
  const declaration = declarator.parent as TSESTree.VariableDeclaration;
  const list = declaration.parent && 'body' in declaration.parent && Array.isArray(declaration.parent.body) ? (declaration.parent.body as TSESTree.Node[]) : undefined;
  const loop = list?.[list.indexOf(declaration) + 1];
  if (declaration.declarations.length !== 1 || loop?.type !== AST_NODE_TYPES.ForStatement) return false;
  const counted = countedLoop(loop, env);
  const name = (declarator.id as TSESTree.Identifier).name;
  if (!counted || counted.inclusive) return false;
  // Over the whole array: `i < xs.length`, or `i < n` for `new Array(n)`.
  const probe = { type: AST_NODE_TYPES.Identifier, name: counted.counter, parent: loop.body } as unknown as TSESTree.Node;
  if (!indexInBounds(probe, name, shape, env) || !sameBound(counted.bound, shape.size, name)) return false;
  const statements = loop.body.type === AST_NODE_TYPES.BlockStatement ? loop.body.body : [loop.body];
  let target: TSESTree.Node | undefined;
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.AssignmentExpression || statement.expression.operator !== '=') continue;
    const left = statement.expression.left;
    if (left.type === AST_NODE_TYPES.MemberExpression && left.computed && own.has(left.object) && left.property.type === AST_NODE_TYPES.Identifier && left.property.name === counted.counter) target = left.object;
  }
  // Nothing else in the loop may read the array: it would see elements not yet written (`undefined` vs 0).
  let readsInside = false;
  for (const ref of own) if (ref !== target && contains(loop.body, ref)) readsInside = true;
  return !!target && !readsInside && !hasJumps(statements, env);
}

function sameBound(bound: TSESTree.Node, size: TSESTree.Node, name: string): boolean {
  if (bound.type === AST_NODE_TYPES.MemberExpression && memberName(bound) === 'length' && bound.object.type === AST_NODE_TYPES.Identifier) return bound.object.name === name;
  if (bound.type === AST_NODE_TYPES.Literal && size.type === AST_NODE_TYPES.Literal) return bound.value === size.value;
  return bound.type === AST_NODE_TYPES.Identifier && size.type === AST_NODE_TYPES.Identifier && bound.name === size.name;
}

function isSmallSize(size: TSESTree.Node, minLength: number): boolean {
  return size.type === AST_NODE_TYPES.Literal && typeof size.value === 'number' && size.value < minLength;
}

/** `number[]` or `Array<number>`. */
function isNumberArrayType(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSArrayType) return type.elementType.type === AST_NODE_TYPES.TSNumberKeyword;
  return type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === 'Array' && type.typeArguments?.params[0]?.type === AST_NODE_TYPES.TSNumberKeyword;
}

/** The checker's word on the element type (true: numbers, false: something else), or undefined without types. */
function elementTypeIsNumber(id: TSESTree.Identifier, env: AnalysisEnv): boolean | undefined {
  const annotation = id.typeAnnotation?.typeAnnotation;
  if (annotation) {
    let element: TSESTree.TypeNode | undefined;
    if (annotation.type === AST_NODE_TYPES.TSArrayType) element = annotation.elementType;
    else if (annotation.type === AST_NODE_TYPES.TSTypeReference && annotation.typeName.type === AST_NODE_TYPES.Identifier && annotation.typeName.name === 'Array') element = annotation.typeArguments?.params[0];
    return element?.type === AST_NODE_TYPES.TSNumberKeyword;
  }
  const info = env.typeInfo;
  if (!info) return undefined;
  const type = info.checker.getTypeAtLocation(info.toTsNode(id));
  if (!info.checker.isArrayType(type)) return tsutils.isTypeFlagSet(type, 1 /* Any */) ? undefined : false;
  const element = info.checker.getTypeArguments(type as never)[0];
  // `new Array(n).fill(0)` is `any[]` to the checker: the syntax decides then.
  if (!element || tsutils.isTypeFlagSet(element, 1 /* Any */ | 2 /* Unknown */)) return undefined;
  return tsutils.unionConstituents(element).every((part) => tsutils.isTypeFlagSet(part, 296 /* NumberLike */));
}

/** An expression whose value is a number, by its syntax (or its type, in typed mode). */
export function isNumeric(node: TSESTree.Node, env: AnalysisEnv): boolean {
  const inner = skipTsWrappers(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
      return typeof inner.value === 'number';
    case AST_NODE_TYPES.UnaryExpression:
      // `+x` is a number or throws; `-x` and `~x` are BigInts for a BigInt.
      return inner.operator === '+' || ((inner.operator === '-' || inner.operator === '~') && isNumeric(inner.argument, env));
    case AST_NODE_TYPES.BinaryExpression:
      if (inner.operator === '+') return isNumeric(inner.left, env) && isNumeric(inner.right, env);
      if (inner.operator === '>>>') return true;
      // Mixing a BigInt with a number throws, so one numeric side makes the result a number.
      return ['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>'].includes(inner.operator) && (isNumeric(inner.left, env) || isNumeric(inner.right, env));
    case AST_NODE_TYPES.UpdateExpression:
      // `k++` is a BigInt for a BigInt `k`.
      return isNumeric(inner.argument, env);
    case AST_NODE_TYPES.AssignmentExpression:
      return inner.operator !== '=' && inner.operator !== '+=' && !inner.operator.startsWith('&&') && !inner.operator.startsWith('||') && !inner.operator.startsWith('??') ? true : isNumeric(inner.right, env);
    case AST_NODE_TYPES.ConditionalExpression:
      return isNumeric(inner.consequent, env) && isNumeric(inner.alternate, env);
    case AST_NODE_TYPES.CallExpression: {
      if (globalStaticCall(env.sourceCode, inner, 'Math') !== undefined) return true;
      if (isGlobalName(env.sourceCode, inner.callee, 'Number') || isGlobalName(env.sourceCode, inner.callee, 'parseFloat') || isGlobalName(env.sourceCode, inner.callee, 'parseInt')) return true;
      break;
    }
    case AST_NODE_TYPES.MemberExpression:
      if (memberName(inner) === 'length') return true;
      break;
    case AST_NODE_TYPES.Identifier: {
      // A counter of a counted loop, or `const n = <numeric>` / `n: number`.
      const variable = findVariable(env.sourceCode, inner);
      const def = variable?.defs[0];
      const annotation = (def?.name as TSESTree.Identifier | undefined)?.typeAnnotation?.typeAnnotation;
      if (annotation) return annotation.type === AST_NODE_TYPES.TSNumberKeyword;
      if (def?.type === 'Variable' && def.parent.parent?.type === AST_NODE_TYPES.ForStatement && countedLoop(def.parent.parent, env)) return true;
      if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.init && skipTsWrappers(def.node.init).type !== AST_NODE_TYPES.Identifier) return isNumeric(def.node.init, env);
      break;
    }
    default:
      break;
  }
  const info = env.typeInfo;
  if (!info) return false;
  // The outer node: `src[i]!` is a number where `src[i]` may be undefined.
  const type = info.checker.getTypeAtLocation(info.toTsNode(node));
  return tsutils.unionConstituents(type).every((part) => tsutils.isTypeFlagSet(part, 296 /* NumberLike */));
}

/** The value an arrow (or function) returns, when it has one `return` or an expression body. */
function returnedValue(fn: TSESTree.Node): TSESTree.Node | undefined {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
  const last = fn.body.body.at(-1);
  return fn.body.body.length === 1 && last?.type === AST_NODE_TYPES.ReturnStatement && last.argument ? last.argument : undefined;
}

/**
 * The kind: `Float32Array` where the user allows it; `Int32Array` / `Uint8Array` when every stored value is provably
 * an integer in their range (`x | 0`, `x & 0xff`); else `Float64Array`, which holds every number exactly.
 */
function chooseKind(stored: readonly TSESTree.Node[], env: AnalysisEnv, declarator: TSESTree.VariableDeclarator, variable: Variable, options: TypedArrayOptions): TypedKind {
  const ranges = stored.map((value) => integerRange(value));
  if (ranges.length > 0 && ranges.every((range) => range === 'uint8')) return 'Uint8Array';
  if (ranges.length > 0 && ranges.every((range) => range === 'uint8' || range === 'int32')) return 'Int32Array';
  if (options.float32 && allowsFloat32(options.float32, declarator, variable, env)) return 'Float32Array';
  return 'Float64Array';
}

/** `x & 0xff` and small non-negative literals fit a byte; `x | 0`, `x >> k`, `x ^ y` are int32. */
function integerRange(node: TSESTree.Node): 'int32' | 'other' | 'uint8' {
  const inner = skipTsWrappers(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'number' && Number.isInteger(inner.value)) {
    if (inner.value >= 0 && inner.value <= 255 && !Object.is(inner.value, -0)) return 'uint8';
    return inner.value >= -(2 ** 31) && inner.value < 2 ** 31 ? 'int32' : 'other';
  }
  if (inner.type === AST_NODE_TYPES.BinaryExpression) {
    if (inner.operator === '&') {
      const mask = [inner.left, inner.right].find((side) => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'number');
      if (mask && (mask as TSESTree.NumberLiteral).value >= 0 && (mask as TSESTree.NumberLiteral).value <= 255) return 'uint8';
      return 'int32';
    }
    if (inner.operator === '|' || inner.operator === '^' || inner.operator === '<<' || inner.operator === '>>') return 'int32';
  }
  if (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === '~') return 'int32';
  return 'other';
}

/** The user has said this declaration may use 32-bit floats: by its name, a marker comment before it, or `all`. */
export function allowsFloat32(choice: Float32Choice, declarator: TSESTree.VariableDeclarator, variable: Variable, env: AnalysisEnv): boolean {
  if (choice.all) return true;
  if (choice.names.some((pattern) => pattern.test(variable.name))) return true;
  const declaration = declarator.parent as TSESTree.Node;
  const statement = declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ? declaration.parent : declaration;
  return !!choice.marker && env.sourceCode.getCommentsBefore(statement).some((comment) => comment.value.includes(choice.marker));
}

function describeSaving(shape: Shape, kind: TypedKind): string {
  const bytes = kind === 'Uint8Array' ? 1 : kind === 'Float64Array' ? 8 : 4;
  if (kind !== 'Float64Array') return `takes ${bytes} byte${bytes === 1 ? '' : 's'} per element instead of 8, off the GC heap`;
  if (shape.kind === 'pushed') return 'takes 8 bytes per element instead of about 12 (no growth slack), off the GC heap, and a stray non-number can never box it';
  return 'keeps its 8 bytes per element off the GC heap, and a stray non-number can never box it (which triples an Array)';
}

/** The declaration (and fill loop) rewritten for the typed array; a string says why it cannot be. */
function buildRewrite(declarator: TSESTree.VariableDeclarator, shape: Shape, kind: TypedKind, env: AnalysisEnv): Rewrite | string {
  // Small edits around the user's code (never retyping it), so comments and parentheses inside stay as they were.
  const edits: Edit[] = [];
  const annotation = (declarator.id as TSESTree.Identifier).typeAnnotation;
  if (annotation) edits.push({ range: annotation.typeAnnotation.range, text: kind });
  // `... as number[]` / `<number[]>...` / `satisfies number[]` around the value name the new type too.
  for (let wrapper: TSESTree.Node = declarator.init!; shape.kind !== 'pushed' && wrapper !== skipTsWrappers(wrapper); wrapper = (wrapper as TSESTree.TSAsExpression).expression) {
    const type = 'typeAnnotation' in wrapper ? (wrapper.typeAnnotation as TSESTree.TypeNode) : undefined;
    if (type && isNumberArrayType(type)) edits.push({ range: type.range, text: kind });
    else if (type && wrapper.type !== AST_NODE_TYPES.TSNonNullExpression) return 'an assertion gives the value another type';
  }
  const construct = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
    // `new Array(n)` → `new Kind(n)`; `Array(n)` → `new Kind(n)`; type arguments (`new Array<number>(n)`) go.
    const end = call.typeArguments ? call.typeArguments.range[1] : call.callee.range[1];
    edits.push({ range: [call.type === AST_NODE_TYPES.NewExpression ? call.callee.range[0] : call.range[0], end], text: call.type === AST_NODE_TYPES.NewExpression ? kind : `new ${kind}` });
  };
  switch (shape.kind) {
    case 'fill': {
      const array = skipTsWrappers((shape.call.callee as TSESTree.MemberExpression).object) as TSESTree.CallExpression | TSESTree.NewExpression;
      construct(array);
      // A typed array starts at 0: `.fill(0)` goes (and any comment in it with it; `-0` is kept).
      const zero = shape.value.type === AST_NODE_TYPES.Literal && shape.value.value === 0;
      // From the `.` of `.fill` (after any parentheses around the array) to the end of the call.
      const dot = env.sourceCode.getTokenBefore((shape.call.callee as TSESTree.MemberExpression).property)!;
      // (kept when a comment sits between the array and `.fill`: the line would be left dangling)
      const arrayEnd = env.sourceCode.getTokenBefore(dot)!.range[1];
      if (zero && env.sourceCode.getCommentsInside(shape.call).every((comment) => comment.range[1] <= arrayEnd)) edits.push({ range: [dot.range[0], shape.call.range[1]], text: '' });
      break;
    }
    case 'from':
      edits.push({ range: (shape.call.callee as TSESTree.MemberExpression).object.range, text: kind });
      break;
    case 'holey':
      construct(shape.call);
      break;
    case 'pushed': {
      // The bound is read once, up front: it must not change in the loop.
      if (!isStable(shape.size, shape.loop, env)) return 'the loop bound may change while the loop runs';
      if (!loopAlwaysPushes(shape, env)) return 'the loop may skip the `push` on some turns';
      const counter = countedLoop(shape.loop, env)!.counter;
      // `[] as number[]` goes whole: the assertion only typed the empty literal.
      edits.push({ range: declarator.init!.range, text: `new ${kind}(${argumentText(env.sourceCode, shape.size)})` });
      // `xs.push(v)` → `xs[i] = v`, the argument's text (and comments) untouched; a comma expression keeps parentheses.
      const value = shape.push.arguments[0]!;
      const callee = shape.push.callee as TSESTree.MemberExpression;
      const sequence = value.type === AST_NODE_TYPES.SequenceExpression;
      // From the `.` of `.push` (after any parentheses around `xs`); comments in the replaced spans are carried over.
      const dot = env.sourceCode.getTokenBefore(callee.property, { includeComments: false })!;
      const carried = (from: number, to: number): string => {
        let text = '';
        for (const comment of env.sourceCode.getCommentsInside(shape.push)) if (comment.range[0] >= from && comment.range[1] <= to) text += `${textOf(env.sourceCode, comment.range)} `;
        return text;
      };
      const before = carried(dot.range[0], value.range[0]);
      const after = carried(value.range[1], shape.push.range[1]).trimEnd();
      edits.push({ range: [dot.range[0], value.range[0]], text: `[${counter}] = ${before}${sequence ? '(' : ''}` });
      edits.push({ range: [value.range[1], shape.push.range[1]], text: (sequence ? ')' : '') + (after ? ` ${after}` : '') });
      break;
    }
  }
  return { messageId: 'useTypedArray', data: { kind, article: kind.startsWith('I') ? 'an' : 'a', caveat: '' }, edits };
}

/** The bound of the fill loop is a constant, a parameter or a `.length` that nothing in the loop changes. */
function isStable(bound: TSESTree.Node, loop: TSESTree.ForStatement, env: AnalysisEnv): boolean {
  const inner = skipTsWrappers(bound);
  if (inner.type === AST_NODE_TYPES.Literal) return true;
  const root = inner.type === AST_NODE_TYPES.MemberExpression && memberName(inner) === 'length' ? inner.object : inner;
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(env.sourceCode, root);
  return !!variable && variable.references.every((reference) => {
    const ref = reference.identifier as TSESTree.Node;
    if (!contains(loop.body, ref)) return true;
    if (reference.isWrite()) return false;
    // `.length` of an array that the loop grows or shrinks is not stable.
    const member = ref.parent;
    const calledMethod = member?.type === AST_NODE_TYPES.MemberExpression && member.object === ref && member.parent?.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member;
    const passed = ref.parent?.type === AST_NODE_TYPES.CallExpression && ref.parent.callee !== ref;
    return !(root !== inner && (calledMethod || passed));
  });
}

/** The `push` runs once per turn: a top-level statement of the body, with no `break`, `continue`, `return` or `throw`. */
function loopAlwaysPushes(shape: Extract<Shape, { kind: 'pushed' }>, env: AnalysisEnv): boolean {
  const body = shape.loop.body;
  const statements = body.type === AST_NODE_TYPES.BlockStatement ? body.body : [body];
  return statements.includes(shape.push.parent as TSESTree.Statement) && !hasJumps(statements, env);
}

/** A `break`, `continue`, `return`, `throw`, `yield` or `await` among the statements, outside nested functions. */
function hasJumps(statements: readonly TSESTree.Node[], env: AnalysisEnv): boolean {
  return someNode(statements, env.sourceCode.visitorKeys, (node) => JUMP_TYPES.has(node.type));
}

const JUMP_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.BreakStatement, AST_NODE_TYPES.ContinueStatement, AST_NODE_TYPES.ReturnStatement, AST_NODE_TYPES.ThrowStatement, AST_NODE_TYPES.YieldExpression, AST_NODE_TYPES.AwaitExpression,
]);
