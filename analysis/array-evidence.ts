import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import type * as ts from 'typescript';

import { globalStaticCall, isGlobalName, memberName, skipTsWrappers } from './ast.ts';
import type { AnalysisEnv } from './types.ts';

/** What a value is known to be. `unknown` means "no evidence either way", not "not an array". */
export type ArrayKind = 'array' | 'not-array' | 'typed-array' | 'unknown';

/** What the syntax (or the checker) says about the value of one expression. */
export interface ValueFacts {
  kind: ArrayKind;
  /** A new object that no other reference holds. */
  fresh: boolean;
  /** May have holes (`new Array(n)`, `[1, , 2]`, a hole-preserving copy of such an array, or unknown). */
  holey: boolean;
  /** Known to stay below the `minLength` size hint (a short literal). */
  small: boolean;
  /** Why a typed array is not fresh: it may be a view of a buffer someone else holds. */
  view?: boolean;
}

export const TYPED_ARRAY_NAMES: ReadonlySet<string> = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);

/** Array methods that return a new array (`holes` says whether holes of the receiver survive). */
const COPYING_METHODS: ReadonlyMap<string, { holes: boolean; typed: boolean }> = new Map([
  ['map', { holes: true, typed: true }],
  ['filter', { holes: false, typed: true }],
  ['slice', { holes: true, typed: true }],
  ['concat', { holes: true, typed: false }],
  ['flat', { holes: false, typed: false }],
  ['flatMap', { holes: false, typed: false }],
  ['toSorted', { holes: false, typed: true }],
  ['toReversed', { holes: false, typed: true }],
  ['toSpliced', { holes: false, typed: false }],
  ['with', { holes: false, typed: true }],
]);

/** Array methods that return their receiver. */
const SELF_RETURNING_METHODS: ReadonlySet<string> = new Set(['fill', 'sort', 'reverse', 'copyWithin']);

const UNKNOWN: ValueFacts = { kind: 'unknown', fresh: false, holey: true, small: false };
const FRESH_PACKED_ARRAY: ValueFacts = { kind: 'array', fresh: true, holey: false, small: false };

/**
 * Facts about the value of `expression`, from syntax alone: array literals, `new Array(n)`, `Array.from`,
 * typed-array constructors, `Buffer.alloc`, copying array methods, `split`, `Object.keys`, `JSON.parse`.
 * `resolveIdentifier` lets the caller follow a variable to its definitions (and stop recursion).
 */
export function describeExpression(
  expression: TSESTree.Node,
  env: AnalysisEnv,
  minLength: number,
  resolveIdentifier: (id: TSESTree.Identifier) => ValueFacts,
): ValueFacts {
  const node = skipTsWrappers(expression);
  switch (node.type) {
    case AST_NODE_TYPES.ArrayExpression: {
      const holey = node.elements.some((element) => element === null);
      const spread = node.elements.some((element) => element?.type === AST_NODE_TYPES.SpreadElement);
      return { kind: 'array', fresh: true, holey, small: !spread && node.elements.length < minLength };
    }
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifier(node);
    case AST_NODE_TYPES.ConditionalExpression:
      return mergeFacts([
        describeExpression(node.consequent, env, minLength, resolveIdentifier),
        describeExpression(node.alternate, env, minLength, resolveIdentifier),
      ]);
    case AST_NODE_TYPES.ObjectExpression:
      // A new object, not an array: fresh like an array literal is.
      return { kind: 'not-array', fresh: true, holey: false, small: true };
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    // `typeof x`, `!x`, `-x`, `void x`, `delete x`: never an array.
    case AST_NODE_TYPES.UnaryExpression:
      return { kind: 'not-array', fresh: false, holey: false, small: true };
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression:
      return describeCall(node, env, minLength, resolveIdentifier);
    default:
      return UNKNOWN;
  }
}

function describeCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  env: AnalysisEnv,
  minLength: number,
  resolveIdentifier: (id: TSESTree.Identifier) => ValueFacts,
): ValueFacts {
  const { sourceCode } = env;
  const callee = node.callee;
  const args = node.arguments;
  if (isGlobalName(sourceCode, callee, 'Array')) {
    // `new Array(n)` has n holes; `new Array(a, b)` is a literal.
    const only = args.length === 1 ? args[0] : undefined;
    if (only && only.type !== AST_NODE_TYPES.SpreadElement) {
      const isNumber = only.type === AST_NODE_TYPES.Literal && typeof only.value === 'number';
      return { kind: 'array', fresh: true, holey: !(isNumber && only.value === 0), small: isNumber && (only.value as number) < minLength };
    }
    return { kind: 'array', fresh: true, holey: false, small: args.length < minLength };
  }
  if (isGlobalName(sourceCode, callee, TYPED_ARRAY_NAMES) && node.type === AST_NODE_TYPES.NewExpression) {
    // `new Float64Array(buffer, ...)` is a view of someone else's memory, not a fresh array.
    const first = args[0];
    const fresh = args.length === 0 || (args.length === 1 && !!first && isNumericOrArrayLiteral(first, env));
    const small = !!first && first.type === AST_NODE_TYPES.Literal && typeof first.value === 'number' && first.value < minLength;
    return { kind: 'typed-array', fresh, holey: false, small, view: !fresh };
  }
  const arrayStatic = globalStaticCall(sourceCode, node, 'Array');
  if (arrayStatic === 'from' || arrayStatic === 'of') {
    return { ...FRESH_PACKED_ARRAY, small: arrayStatic === 'of' && args.length < minLength };
  }
  const objectStatic = globalStaticCall(sourceCode, node, 'Object');
  if (objectStatic === 'keys' || objectStatic === 'values' || objectStatic === 'entries') return FRESH_PACKED_ARRAY;
  if (globalStaticCall(sourceCode, node, 'JSON') === 'parse') return { kind: 'unknown', fresh: true, holey: false, small: false };
  const bufferStatic = globalStaticCall(sourceCode, node, 'Buffer');
  if (bufferStatic === 'alloc' || bufferStatic === 'allocUnsafeSlow') return { kind: 'typed-array', fresh: true, holey: false, small: false };
  if (callee.type === AST_NODE_TYPES.MemberExpression && TYPED_ARRAY_NAMES.has(callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : '')) {
    const name = memberName(callee);
    if ((name === 'from' || name === 'of') && isGlobalName(sourceCode, callee.object, TYPED_ARRAY_NAMES)) {
      return { kind: 'typed-array', fresh: true, holey: false, small: false };
    }
  }
  // `new Foo()` of a class of one's own is an object with methods, not an array.
  if (node.type === AST_NODE_TYPES.NewExpression && callee.type === AST_NODE_TYPES.Identifier && !isGlobalName(sourceCode, callee, 'Array')) {
    return { kind: 'not-array', fresh: true, holey: false, small: true };
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.NewExpression) return UNKNOWN;
  const method = memberName(callee);
  if (method === undefined) return UNKNOWN;
  if (method === 'split') return FRESH_PACKED_ARRAY;
  const copying = COPYING_METHODS.get(method);
  const selfReturning = SELF_RETURNING_METHODS.has(method);
  if (!copying && !selfReturning) return UNKNOWN;
  const receiver = describeExpression(callee.object, env, minLength, resolveIdentifier);
  if (receiver.kind === 'not-array') return UNKNOWN;
  if (receiver.kind === 'typed-array' && copying && !copying.typed) return UNKNOWN;
  const kind: ArrayKind = receiver.kind === 'unknown' ? 'unknown' : receiver.kind;
  if (copying) {
    // A copying method returns a new object even when we cannot tell what the receiver is.
    return { kind, fresh: true, holey: copying.holes ? receiver.holey : false, small: receiver.small && method !== 'concat' && method !== 'flat' && method !== 'flatMap' };
  }
  // `fill(v)` with no range fills every slot, so `new Array(n).fill(0)` is packed.
  const fillsAll = method === 'fill' && args.length === 1;
  return { kind, fresh: receiver.fresh, holey: fillsAll ? false : receiver.holey, small: receiver.small };
}

function isNumericOrArrayLiteral(node: TSESTree.Node, env: AnalysisEnv): boolean {
  const inner = skipTsWrappers(node);
  if (inner.type === AST_NODE_TYPES.Literal) return typeof inner.value === 'number';
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return true;
  if (inner.type === AST_NODE_TYPES.BinaryExpression) return inner.operator !== '+' || (isNumericOrArrayLiteral(inner.left, env) && isNumericOrArrayLiteral(inner.right, env));
  if (inner.type === AST_NODE_TYPES.MemberExpression) return memberName(inner) === 'length' || memberName(inner) === 'byteLength';
  if (inner.type === AST_NODE_TYPES.CallExpression) return globalStaticCall(env.sourceCode, inner, 'Math') !== undefined;
  if (inner.type === AST_NODE_TYPES.Identifier && !env.typeInfo) {
    // `n: number` declared in TS: the syntax says enough.
    const def = ASTUtils.findVariable(env.sourceCode.getScope(inner), inner)?.defs[0];
    const annotation = (def?.name as TSESTree.Identifier | undefined)?.typeAnnotation?.typeAnnotation;
    if (annotation) return annotation.type === AST_NODE_TYPES.TSNumberKeyword;
    // `const n = rows.length * 2`: one step to the initialiser, never through another identifier.
    const init = def?.type === 'Variable' && def.parent.kind === 'const' ? def.node.init : null;
    return !!init && skipTsWrappers(init).type !== AST_NODE_TYPES.Identifier && isNumericOrArrayLiteral(init, env);
  }
  if (inner.type === AST_NODE_TYPES.Identifier && env.typeInfo) {
    const type = env.typeInfo.checker.getTypeAtLocation(env.typeInfo.toTsNode(inner));
    return tsutils.isTypeFlagSet(type, 1 << 3 /* NumberLike */ | 1 << 8 /* NumberLiteral */);
  }
  return false;
}

/** Combines the facts of every value a binding may hold. */
export function mergeFacts(all: readonly ValueFacts[]): ValueFacts {
  if (all.length === 0) return UNKNOWN;
  const kinds = new Set(all.map((facts) => facts.kind));
  let kind: ArrayKind = 'unknown';
  if (kinds.has('not-array')) kind = 'not-array';
  else if (kinds.size === 1) kind = all[0]!.kind;
  return {
    kind,
    fresh: all.every((facts) => facts.fresh),
    holey: all.some((facts) => facts.holey),
    small: all.every((facts) => facts.small),
  };
}

/** What a TS type annotation says: `T[]`, `Array<T>`, `readonly T[]`, tuples, typed arrays. */
export function describeAnnotation(annotation: TSESTree.TypeNode | undefined): { kind: ArrayKind; readonly: boolean; tuple: boolean } | undefined {
  if (!annotation) return undefined;
  switch (annotation.type) {
    case AST_NODE_TYPES.TSArrayType:
      return { kind: 'array', readonly: false, tuple: false };
    case AST_NODE_TYPES.TSTupleType:
      return { kind: 'array', readonly: false, tuple: true };
    case AST_NODE_TYPES.TSTypeOperator: {
      const inner = describeAnnotation(annotation.typeAnnotation);
      return annotation.operator === 'readonly' && inner ? { ...inner, readonly: true } : undefined;
    }
    case AST_NODE_TYPES.TSTypeReference: {
      const name = annotation.typeName.type === AST_NODE_TYPES.Identifier ? annotation.typeName.name : '';
      if (name === 'Array') return { kind: 'array', readonly: false, tuple: false };
      if (name === 'ReadonlyArray') return { kind: 'array', readonly: true, tuple: false };
      if (TYPED_ARRAY_NAMES.has(name) || name === 'Buffer') return { kind: 'typed-array', readonly: false, tuple: false };
      return undefined;
    }
    case AST_NODE_TYPES.TSStringKeyword:
    case AST_NODE_TYPES.TSNumberKeyword:
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSTypeLiteral:
      return { kind: 'not-array', readonly: false, tuple: false };
    default:
      return undefined;
  }
}

/** What the checker says a value's type is, constituent by constituent. Undefined for `any`/`unknown`. */
export function describeType(node: TSESTree.Node, env: AnalysisEnv): { kind: ArrayKind; readonly: boolean; tuple: boolean } | undefined {
  const info = env.typeInfo;
  if (!info) return undefined;
  const { checker } = info;
  const tsNode = info.toTsNode(node);
  let type = checker.getTypeAtLocation(tsNode);
  type = checker.getBaseConstraintOfType(type) ?? type;
  if (tsutils.isTypeFlagSet(type, 1 /* Any */ | 2 /* Unknown */)) return undefined;
  let kind: ArrayKind | undefined;
  let readonly = false;
  let tuple = false;
  for (const part of tsutils.unionConstituents(type)) {
    if (tsutils.isTypeFlagSet(part, 32768 /* Undefined */ | 65536 /* Null */)) continue;
    const name = part.getSymbol()?.getName() ?? '';
    let partKind: ArrayKind;
    if (checker.isTupleType(part)) {
      partKind = 'array';
      tuple = true;
      readonly ||= isReadonlyTuple(part);
    } else if (checker.isArrayType(part)) {
      partKind = 'array';
      readonly ||= name === 'ReadonlyArray';
    } else if (TYPED_ARRAY_NAMES.has(name) || name === 'Buffer') {
      partKind = 'typed-array';
    } else {
      partKind = 'not-array';
    }
    kind = kind === undefined || kind === partKind ? partKind : 'not-array';
  }
  return kind === undefined ? undefined : { kind, readonly, tuple };
}

function isReadonlyTuple(type: ts.Type): boolean {
  const target = (type as ts.TypeReference).target as (ts.TupleType | undefined);
  return !!target?.readonly;
}

/**
 * What `concat` does with one argument: spreads it element by element (`array`), appends it whole (`value`), or
 * cannot be told (`unknown`: an array of unknown holes, or a value that may be an array). `prefer-in-place` and
 * `no-accumulating-spread` both rewrite `concat` into `push` with this answer.
 */
export function concatArgumentKind(node: TSESTree.Node, env: AnalysisEnv, minLength: number): 'array' | 'unknown' | 'value' {
  const typed = describeType(node, env);
  const facts = typed ?? describeExpression(node, env, minLength, () => UNKNOWN);
  // A literal's holes are the caller's to check; any other array may have some, which `concat` would keep.
  if (facts.kind === 'array') return 'holey' in facts && facts.holey && skipTsWrappers(node).type !== AST_NODE_TYPES.ArrayExpression ? 'unknown' : 'array';
  return facts.kind === 'unknown' ? 'unknown' : 'value';
}
