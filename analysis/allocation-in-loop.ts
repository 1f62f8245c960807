import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';

import { contains, frameOf, globalStaticCall, isGlobalName, lineOf, LOOP_TYPES, memberName, outerValueNode, skipTsWrappers, someNode, STATEMENT_LIST_PARENTS } from './ast.ts';
import { calleeText } from './large-value.ts';
import { indentAt, lineEndingAt, textOf } from './text.ts';
import type { AnalysisEnv, Edit, Finding, FixKind, Rewrite, SitePattern } from './types.ts';

export interface AllocationOptions {
  /** A constant size below this many bytes is a scratch value, not a buffer worth hoisting. */
  minBytes: number;
}

const ELEMENT_BYTES: ReadonlyMap<string, number> = new Map([
  ['Int8Array', 1], ['Uint8Array', 1], ['Uint8ClampedArray', 1], ['Int16Array', 2], ['Uint16Array', 2], ['Int32Array', 4],
  ['Uint32Array', 4], ['Float32Array', 4], ['Float64Array', 8], ['BigInt64Array', 8], ['BigUint64Array', 8], ['ArrayBuffer', 1],
  ['Array', 8],
]);
const BUFFER_ALLOCATORS: ReadonlySet<string> = new Set(['alloc', 'allocUnsafe', 'allocUnsafeSlow']);
/** Methods that read or write a buffer in place and keep nothing of it. */
const IN_PLACE_METHODS: ReadonlySet<string> = new Set([
  'fill', 'set', 'indexOf', 'lastIndexOf', 'includes', 'at', 'join', 'toString', 'equals', 'compare', 'copy', 'copyWithin', 'swap16',
  'swap32', 'swap64', 'toLocaleString', 'reverse', 'sort', 'write', 'readBigInt64LE',
]);
/** Methods that walk the buffer with a callback, and the index of the parameter that receives the buffer itself. */
const ITERATING_METHODS: ReadonlyMap<string, number> = new Map([
  ['forEach', 2], ['some', 2], ['every', 2], ['find', 2], ['findIndex', 2], ['findLast', 2], ['findLastIndex', 2], ['reduce', 3], ['reduceRight', 3],
]);
const BUFFER_IO = /^(?:read|write)(?:U?Int(?:8|16|32)(?:LE|BE)?|U?IntLE|U?IntBE|Float(?:LE|BE)|Double(?:LE|BE)|BigU?Int64(?:LE|BE))$/;
/** Calls known to use a buffer argument only while they run (synchronously) and keep none of it. */
const SYNC_CONSUMERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fs', new Set(['readSync', 'writeSync', 'readvSync', 'writevSync'])],
  ['crypto', new Set(['randomFillSync'])],
  ['Buffer', new Set(['compare', 'byteLength', 'isBuffer'])],
  ['Array', new Set(['from', 'isArray'])],
  ['JSON', new Set(['stringify'])],
  ['Math', new Set(['max', 'min'])],
]);

/**
 * The allocation-in-loop pattern: a buffer of non-constant or large size (`Buffer.alloc(n)`, `new Float64Array(n)`,
 * `new ArrayBuffer(n)`, `new Array(n)`) made on every turn of a loop, with a size that does not change in the loop,
 * bound to a `const` that nothing keeps beyond the turn. Rewritten to one allocation before the loop and a reset
 * (`buf.fill(0)`) where it was made, so every turn still starts from a zeroed buffer.
 */
export const allocationInLoopPattern: SitePattern<AllocationOptions> = {
  nodeTypes: [AST_NODE_TYPES.NewExpression, AST_NODE_TYPES.CallExpression],
  analyze(node, env, options) {
    const allocation = describeAllocation(node, env);
    if (!allocation) return undefined;
    const loop = innermostLoop(node);
    if (!loop) return undefined;
    const size = allocation.size;
    const constant = size ? constantSize(size, env) : 0;
    if (constant !== undefined && constant * allocation.bytes < options.minBytes) return undefined;
    for (const part of [size, ...(allocation.also ?? [])]) if (part && !invariantIn(part, loop, env)) return undefined;
    return analyzeSite(node, allocation, loop, env);
  },
};

interface Allocation {
  /** `Float64Array`, `ArrayBuffer`, `Buffer.alloc`, `Array`. */
  name: string;
  size: TSESTree.Node | undefined;
  bytes: number;
  /** The statement that gives the hoisted buffer a fresh turn's contents; undefined when none is needed. */
  reset: (binding: string) => string | undefined;
  /** Other arguments the moved allocation evaluates (`Buffer.alloc(n, fill, encoding)`): they must not vary either. */
  also?: readonly TSESTree.Node[];
}

function describeAllocation(node: TSESTree.Node, env: AnalysisEnv): Allocation | undefined {
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const name = calleeText(node.callee);
    const bytes = name ? ELEMENT_BYTES.get(name) : undefined;
    // One numeric argument: a size (a typed array of an array or buffer is a copy or a view, not an allocation).
    if (!name || bytes === undefined || node.arguments.length !== 1 || !isGlobalName(env.sourceCode, node.callee, name) || !looksLikeSize(node.arguments[0]!, env)) return undefined;
    if (name === 'Array') return { name, size: node.arguments[0], bytes, reset: () => undefined };
    if (name === 'ArrayBuffer') return { name, size: node.arguments[0], bytes, reset: (b) => `new Uint8Array(${b}).fill(0)` };
    const zero = name.startsWith('Big') ? '0n' : '0';
    return { name, size: node.arguments[0], bytes, reset: (b) => `${b}.fill(${zero})` };
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const method = globalStaticCall(env.sourceCode, node, 'Buffer');
  if (!method || !BUFFER_ALLOCATORS.has(method) || node.arguments.length === 0 || node.arguments.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  const [size, fill, encoding] = node.arguments as TSESTree.Expression[];
  if (!looksLikeSize(size!, env)) return undefined;
  if (method !== 'alloc') return { name: `Buffer.${method}`, size, bytes: 1, reset: () => undefined };
  const fillArgs = fill ? [fill, encoding].filter((a): a is TSESTree.Expression => !!a) : [];
  // `fill(value, encoding)` reads the encoding as an offset when the value is not a string: pass both bounds.
  const fillText = fillArgs.length === 0 ? '0' : fillArgs.length === 1 ? textOf(env.sourceCode, fillArgs[0]!) : undefined;
  return {
    name: 'Buffer.alloc',
    size,
    bytes: 1,
    reset: (b) => `${b}.fill(${fillText ?? `${textOf(env.sourceCode, fillArgs[0]!)}, 0, ${b}.length, ${textOf(env.sourceCode, fillArgs[1]!)}`})`,
    also: fillArgs,
  };
}

/** Names that say "a count" (a parameter `n`, `size`, `chunkSize`, `width`): without types, the only clue a bare name gives. */
const SIZE_NAME = /^(?:n|len|length|size|count|width|height|cap|capacity|dim|dims|k|m|total|bytes|chunk|N)$|(?:Size|Length|Len|Count|Bytes|Width|Height|Capacity|Dim)$/;

function looksLikeSize(node: TSESTree.Node, env?: AnalysisEnv): boolean {
  const value = skipTsWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier && env) {
    // `new Float64Array(rows)` copies an array: only a binding known to be a number, or named like one, is a size.
    if (constantSize(value, env) !== undefined) return true;
    const variable = ASTUtils.findVariable(env.sourceCode.getScope(value), value);
    const def = variable?.defs[0];
    if (def?.type === 'Variable' && def.node.init) return isNumeric(def.node.init);
    return SIZE_NAME.test(value.name) || /^[A-Z][A-Z0-9_]*$/.test(value.name);
  }
  // `src.length` is a size; `src.buffer` or `msg.values` is a buffer or an array to view or copy.
  if (value.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(value) ?? '';
    return name === 'length' || name === 'byteLength' || SIZE_NAME.test(name) || /^[A-Z][A-Z0-9_]*$/.test(name);
  }
  return !(value.type === AST_NODE_TYPES.ArrayExpression || value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.NewExpression || value.type === AST_NODE_TYPES.SpreadElement || (value.type === AST_NODE_TYPES.Literal && typeof value.value !== 'number') || value.type === AST_NODE_TYPES.TemplateLiteral);
}

/** An expression that evaluates to a number by its syntax: a number, `.length`, arithmetic, `Math.*`. */
function isNumeric(node: TSESTree.Node): boolean {
  const value = skipTsWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === 'number';
  if (value.type === AST_NODE_TYPES.MemberExpression) return ['length', 'byteLength', 'size'].includes(memberName(value) ?? '');
  if (value.type === AST_NODE_TYPES.BinaryExpression) return value.operator !== '+' || (isNumeric(value.left) && isNumeric(value.right as TSESTree.Node));
  if (value.type === AST_NODE_TYPES.UnaryExpression) return value.operator === '-' || value.operator === '+' || value.operator === '~';
  if (value.type === AST_NODE_TYPES.CallExpression && value.callee.type === AST_NODE_TYPES.MemberExpression) return value.callee.object.type === AST_NODE_TYPES.Identifier && value.callee.object.name === 'Math';
  return false;
}

/** The loop whose every turn runs `node` (its body or test, in the same function; not a `for` init or a `for...of` source). */
function innermostLoop(node: TSESTree.Node): TSESTree.Node | undefined {
  const frame = frameOf(node);
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && current !== frame; child = current, current = current.parent) {
    if (!LOOP_TYPES.has(current.type)) continue;
    if ((current.type === AST_NODE_TYPES.ForOfStatement || current.type === AST_NODE_TYPES.ForInStatement) && child === current.right) continue;
    if (current.type === AST_NODE_TYPES.ForStatement && child === current.init) continue;
    return current;
  }
  return undefined;
}

/** The size as a number when it is a constant (a literal, or a `const` bound to one), else undefined. */
function constantSize(size: TSESTree.Node, env: AnalysisEnv): number | undefined {
  const value = skipTsWrappers(size);
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number') return value.value;
  if (value.type === AST_NODE_TYPES.BinaryExpression && (value.operator === '*' || value.operator === '+' || value.operator === '<<')) {
    const left = constantSize(value.left, env);
    const right = constantSize(value.right, env);
    if (left === undefined || right === undefined) return undefined;
    return value.operator === '*' ? left * right : value.operator === '+' ? left + right : left << right;
  }
  if (value.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(env.sourceCode.getScope(value), value);
    const def = variable?.defs[0];
    if (def?.type === 'Variable' && def.parent?.kind === 'const' && def.node.init && variable!.defs.length === 1) return constantSize(def.node.init, env);
  }
  return undefined;
}

/**
 * The size evaluates to the same value on every turn of `loop`: literals, bindings declared outside the loop and
 * never written inside it, `x.length` of such a binding that the loop never calls a method on or writes a member
 * of, and `Math` functions of those.
 */
function invariantIn(size: TSESTree.Node, loop: TSESTree.Node, env: AnalysisEnv): boolean {
  let varies = false;
  someNode([size], env.sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression) varies ||= !(globalStaticCall(env.sourceCode, node, 'Math') !== undefined);
    else if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.AssignmentExpression || node.type === AST_NODE_TYPES.UpdateExpression || node.type === AST_NODE_TYPES.NewExpression) varies = true;
    else if (node.type === AST_NODE_TYPES.MemberExpression) {
      if (node.computed && node.property.type !== AST_NODE_TYPES.Literal) varies = true;
      // `state.items.length`: a deeper member could change through the loop's calls on the outer object's parts.
      if (node.object.type !== AST_NODE_TYPES.Identifier && !(node.object.type === AST_NODE_TYPES.MemberExpression && node.object.object.type === AST_NODE_TYPES.Identifier && node.object.object.name === 'Math')) varies = true;
      if (node.object.type === AST_NODE_TYPES.Identifier && (node.object.name !== 'Math' || !isGlobalName(env.sourceCode, node.object, 'Math'))) varies ||= mutatedIn(node.object, loop, env);
    } else if (node.type === AST_NODE_TYPES.Identifier && !(node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node && !node.parent.computed)) {
      const variable = ASTUtils.findVariable(env.sourceCode.getScope(node), node);
      if (!variable) varies = true;
      else if (variable.defs.length > 0) {
        const declaredInside = variable.defs.some((def) => contains(loop, def.name as TSESTree.Node));
        const writtenInside = variable.references.some((reference) => reference.isWrite() && contains(loop, reference.identifier as TSESTree.Node) && reference.init !== true);
        varies ||= declaredInside || writtenInside;
      }
    }
    return varies;
  }, true);
  return !varies;
}

/** Something in `loop` may change a member of the object `id` names (a method call on it, a member write, passing it on). */
function mutatedIn(id: TSESTree.Identifier, loop: TSESTree.Node, env: AnalysisEnv): boolean {
  const variable = ASTUtils.findVariable(env.sourceCode.getScope(id), id);
  if (!variable || variable.defs.length === 0) return true;
  if (variable.defs.some((def) => contains(loop, def.name as TSESTree.Node))) return true;
  return variable.references.some((reference) => {
    const ref = reference.identifier as TSESTree.Node;
    if (!contains(loop, ref)) return false;
    if (reference.isWrite()) return true;
    const node = outerValueNode(ref);
    const parent = node.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return true;
    const grand = parent.parent;
    if (grand?.type === AST_NODE_TYPES.CallExpression && grand.callee === parent) return true;
    if ((grand?.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent) || grand?.type === AST_NODE_TYPES.UpdateExpression) return true;
    return grand?.type === AST_NODE_TYPES.UnaryExpression && grand.operator === 'delete';
  });
}

function analyzeSite(node: TSESTree.Node, allocation: Allocation, loop: TSESTree.Node, env: AnalysisEnv): Finding | undefined {
  const sourceCode = env.sourceCode;
  const declarator = outerValueNode(node).parent;
  const data = { allocation: allocation.name, line: String(lineOf(loop)) };
  const finding = (kind: FixKind, reason: string | undefined, rewrites: readonly Rewrite[]): Finding => ({
    node,
    messageId: 'allocationInLoop',
    data,
    kind: rewrites.length === 0 ? 'none' : kind,
    reason: kind === 'fix' && rewrites.length > 0 ? undefined : reason,
    rewrites,
  });
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== outerValueNode(node) || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    // A buffer made and handed on in one expression (`chunks.push(Buffer.alloc(n))`) is usually meant to be new.
    return undefined;
  }
  const declaration = declarator.parent;
  const id = declarator.id;
  const variable = sourceCode.scopeManager?.getDeclaredVariables(declarator).find((v) => v.name === id.name);
  if (!variable) return undefined;
  const uses = variable.references.filter((reference) => reference.identifier !== id);
  if (uses.some((reference) => reference.isWrite())) return undefined;
  // Kept beyond the turn (stored, returned, captured): each turn needs its own buffer. Not reported.
  const keeps = uses.map((reference) => keeperOf(reference.identifier as TSESTree.Node, node, env));
  if (keeps.some((keep) => keep === 'escapes')) return undefined;
  const unknownCall = keeps.find((keep): keep is TSESTree.Node => typeof keep === 'object');
  // Read before its declaration in the turn: the original throws a ReferenceError (temporal dead zone) or, with
  // `var`, reads the previous turn's buffer; hoisted, it would read the shared one and go on.
  const early = uses.find((reference) => reference.identifier.range[0] < declaration.range[0]);
  if (early) return finding('none', `\`${id.name}\` is used on line ${early.identifier.loc.start.line} before its declaration in the turn, which a hoisted buffer would let through`, []);

  if (declaration.declarations.length !== 1) return finding('none', 'it is declared together with other bindings', []);
  // A labelled loop takes the declaration before its label.
  const place = loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
  if (!STATEMENT_LIST_PARENTS.has(place.parent?.type ?? '')) return finding('none', 'the loop is not in a statement list, where a declaration could go before it', []);
  if (!nameFreeBefore(id.name, loop, env)) return finding('none', `\`${id.name}\` is already a name where the loop is`, []);
  const reset = allocation.reset(id.name);
  if (allocation.name === 'Array') {
    return finding('none', '`new Array(n)` gives fresh holes on every turn, which a reused array would not', []);
  }
  const edits: Edit[] = [];
  const indent = indentAt(sourceCode.text, place.range[0]);
  const eol = lineEndingAt(sourceCode.text, place.range[0]);
  const semicolon = sourceCode.text[declaration.range[1] - 1] === ';' ? ';' : '';
  const keyword = declaration.kind === 'let' ? 'const' : declaration.kind;
  const annotation = id.typeAnnotation ? textOf(sourceCode, id.typeAnnotation) : '';
  edits.push({ range: [place.range[0], place.range[0]], text: `${keyword} ${id.name}${annotation} = ${textOf(sourceCode, declarator.init)}${semicolon}${eol}${indent}` });
  const comments = sourceCode.getCommentsInside(declaration).map((comment) => textOf(sourceCode, comment.range)).join(' ');
  const next = sourceCode.getTokenAfter(declaration);
  const guard = semicolon || (next && /^[([`+\-/]/.test(next.value) ? ';' : '');
  edits.push({ range: declaration.range, text: reset ? `${reset}${guard}${comments ? ` ${comments}` : ''}` : comments ? comments : '' });
  const rewrite: Rewrite = { messageId: 'hoistAllocation', data: { name: id.name, reset: reset ?? 'no reset' }, edits };
  if (!reset && allocation.name !== 'Buffer.allocUnsafe' && allocation.name !== 'Buffer.allocUnsafeSlow') return finding('none', 'nothing resets it', []);
  if (!reset) edits[1] = comments ? { range: declaration.range, text: comments } : { range: statementRange(declaration, sourceCode), text: '' };
  const property = uses.map((reference) => propertyWrite(reference.identifier as TSESTree.Node, allocation, loop, env)).find((write) => write !== undefined);
  // The reset clears elements only: a property made by a non-index key would survive into the next turn.
  if (property) return finding('suggest', `\`${textOf(sourceCode, property)}\` ${allocation.name === 'ArrayBuffer' ? 'sets an ordinary property of the ArrayBuffer' : 'may set a property that is not an element'}, which the reset does not clear: the next turn would see it where the original had a fresh buffer`, [rewrite]);
  if (unknownCall) return finding('suggest', `\`${id.name}\` is passed to \`${calleeText((unknownCall as TSESTree.CallExpression).callee) ?? 'a function'}\` on line ${lineOf(unknownCall)}, which could keep it past the turn`, [rewrite]);
  // The fill is evaluated before the loop too: only a number cannot throw (or run a getter) there.
  if ((allocation.also ?? []).some((argument) => constantSize(argument, env) === undefined)) {
    return finding('suggest', 'made before the loop, its fill value is evaluated (and may throw) even when the loop runs no turn', [rewrite]);
  }
  const size = allocation.size;
  if (size && !neverThrows(size, env)) {
    return finding('suggest', 'made before the loop, a size that throws (or that the allocation rejects) throws even when the loop runs no turn', [rewrite]);
  }
  return finding('fix', undefined, [rewrite]);
}


/**
 * `buf[key] = v` (or `++`, `delete`, a destructuring target) where the write may not be an element write that the
 * reset clears: any key on an ArrayBuffer (which has no elements), a key not known to be a number on a typed array.
 */
function propertyWrite(ref: TSESTree.Node, allocation: Allocation, loop: TSESTree.Node, env: AnalysisEnv): TSESTree.MemberExpression | undefined {
  const node = outerValueNode(ref);
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node || !member.computed) return undefined;
  const target = outerValueNode(member);
  const parent = target.parent;
  const written =
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === target) ||
    parent?.type === AST_NODE_TYPES.UpdateExpression ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete') ||
    parent?.type === AST_NODE_TYPES.ArrayPattern ||
    parent?.type === AST_NODE_TYPES.RestElement ||
    (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === target) ||
    (parent?.type === AST_NODE_TYPES.Property && parent.value === target && parent.parent?.type === AST_NODE_TYPES.ObjectPattern) ||
    ((parent?.type === AST_NODE_TYPES.ForOfStatement || parent?.type === AST_NODE_TYPES.ForInStatement) && parent.left === target);
  if (!written) return undefined;
  if (allocation.name === 'ArrayBuffer' || !isIndexKey(member.property, loop, env)) return member;
  return undefined;
}

/** A key that is a number by its syntax (any number is an element key of a typed array, or a no-op when out of range). */
function isIndexKey(key: TSESTree.Node, loop: TSESTree.Node, env: AnalysisEnv, depth = 0): boolean {
  const value = skipTsWrappers(key);
  if (env.typeInfo) {
    const type = env.typeInfo.checker.getTypeAtLocation(env.typeInfo.toTsNode(value));
    return tsutils.isTypeFlagSet(type, 296 /* NumberLike */ | 2112 /* BigIntLike */) && !tsutils.isTypeFlagSet(type, 1 /* Any */ | 2 /* Unknown */);
  }
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
      return typeof value.value === 'number';
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return value.operator === '-' || value.operator === '+' || value.operator === '~';
    case AST_NODE_TYPES.BinaryExpression:
      if (value.operator === '+') return isIndexKey(value.left, loop, env, depth) && isIndexKey(value.right, loop, env, depth);
      return ['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>'].includes(value.operator);
    case AST_NODE_TYPES.MemberExpression:
      return isNumeric(value);
    case AST_NODE_TYPES.CallExpression:
      return globalStaticCall(env.sourceCode, value, 'Math') !== undefined;
    case AST_NODE_TYPES.Identifier: {
      // A counter: every value it is given is a number (`let i = 0`, `i++`, `i += 2`, `j = i * 2`).
      const variable = ASTUtils.findVariable(env.sourceCode.getScope(value), value);
      if (!variable || variable.defs.length !== 1 || depth > 3) return false;
      const def = variable.defs[0]!;
      if (def.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init || !isIndexKey(def.node.init, loop, env, depth + 1)) return false;
      return variable.references.every((reference) => {
        if (!reference.isWrite() || reference.init) return true;
        const writer = reference.identifier.parent;
        if (writer?.type === AST_NODE_TYPES.UpdateExpression) return true;
        if (writer?.type !== AST_NODE_TYPES.AssignmentExpression || writer.left !== reference.identifier) return false;
        return (writer.operator !== '=' && writer.operator !== '+=' && writer.operator !== '??=' && writer.operator !== '||=' && writer.operator !== '&&=') || isIndexKey(writer.right, loop, env, depth + 1);
      });
    }
    default:
      return false;
  }
}

/** The declaration with its whole line, when it is alone on it. */
function statementRange(statement: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): [number, number] {
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', statement.range[1]);
  const before = text.slice(lineStart, statement.range[0]);
  const after = text.slice(statement.range[1], lineEnd < 0 ? text.length : lineEnd);
  if (/\S/.test(before) || /\S/.test(after.replace(/\r$/, ''))) return [statement.range[0], statement.range[1]];
  return [lineStart, lineEnd < 0 ? text.length : lineEnd + 1];
}

/**
 * What a use of the buffer does with it: `'reads'` (in place, kept by nothing), `'escapes'` (stored, returned,
 * captured, viewed), or the call it is passed to when that call is not known to let go of it at once.
 */
function keeperOf(ref: TSESTree.Node, allocation: TSESTree.Node, env: AnalysisEnv): 'escapes' | 'reads' | TSESTree.Node {
  if (frameOf(ref) !== frameOf(allocation)) return 'escapes';
  const node = outerValueNode(ref);
  const parent = node.parent;
  if (!parent) return 'escapes';
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
    if (parent.computed) return 'reads';
    const name = memberName(parent) ?? '';
    const call = parent.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
      // `fill`, `sort`, `reverse` return the buffer itself: what is done with that result is a use of it too.
      if (IN_PLACE_METHODS.has(name) || BUFFER_IO.test(name)) return name === 'sort' || name === 'reverse' || name === 'fill' ? resultUse(call, allocation, env) : 'reads';
      // `buf.reduce((a, b) => a + b, 0)`: an inline callback that does not take the array itself.
      const arrayParam = ITERATING_METHODS.get(name);
      if (arrayParam !== undefined) {
        const callback = call.arguments[0];
        const inline = callback?.type === AST_NODE_TYPES.ArrowFunctionExpression || callback?.type === AST_NODE_TYPES.FunctionExpression;
        if (inline && callback.params.length <= arrayParam && !callback.params.some((p) => p.type === AST_NODE_TYPES.RestElement) && callback.type === AST_NODE_TYPES.ArrowFunctionExpression) return 'reads';
        return call;
      }
      return 'escapes';
    }
    return name === 'length' || name === 'byteLength' || name === 'byteOffset' ? 'reads' : 'escapes';
  }
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) {
    const callee = parent.callee;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const object = callee.object;
      const method = memberName(callee) ?? '';
      // `fs.readSync(...)` on the `fs` module itself (imported or required), `Buffer.compare` on the global: a
      // user object with such a method could keep the buffer.
      if (object.type === AST_NODE_TYPES.Identifier) {
        const module = moduleOf(object, env);
        const known = module ?? (isGlobalName(env.sourceCode, object, object.name) ? object.name : undefined);
        if (known && SYNC_CONSUMERS.get(known)?.has(method)) return 'reads';
      }
      if (method === 'push') return 'escapes';
    }
    // `readSync(...)` imported from `fs` (not a local function of that name).
    if (callee.type === AST_NODE_TYPES.Identifier && ['readSync', 'writeSync', 'randomFillSync'].includes(callee.name) && moduleOf(callee, env)) return 'reads';
    return parent;
  }
  if (parent.type === AST_NODE_TYPES.SpreadElement && parent.parent?.type === AST_NODE_TYPES.CallExpression) return 'reads';
  if (parent.type === AST_NODE_TYPES.ForOfStatement && parent.right === node) return 'reads';
  if (parent.type === AST_NODE_TYPES.BinaryExpression || parent.type === AST_NODE_TYPES.UnaryExpression) return 'reads';
  return 'escapes';
}

/** What is done with `buf.fill(0)` (the buffer itself): dropped, or a further use judged as a use of the buffer. */
function resultUse(call: TSESTree.CallExpression, allocation: TSESTree.Node, env: AnalysisEnv): 'escapes' | 'reads' | TSESTree.Node {
  const parent = outerValueNode(call).parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return 'reads';
  return keeperOf(call, allocation, env);
}

const MODULES: ReadonlyMap<string, string> = new Map([['fs', 'fs'], ['node:fs', 'fs'], ['crypto', 'crypto'], ['node:crypto', 'crypto']]);

/**
 * The core module (`fs`, `crypto`) an identifier is bound to or imported from: `import fs from 'node:fs'`,
 * `import { readSync } from 'fs'`, `const fs = require('fs')`, `const { readSync } = require('node:fs')`.
 */
function moduleOf(id: TSESTree.Identifier, env: AnalysisEnv): string | undefined {
  const variable = ASTUtils.findVariable(env.sourceCode.getScope(id), id);
  const def = variable?.defs[0];
  if (!def || variable!.defs.length !== 1) return undefined;
  if (def.type === 'ImportBinding') {
    const declaration = def.parent as TSESTree.ImportDeclaration;
    return MODULES.get(String(declaration.source.value));
  }
  if (def.type === 'Variable' && def.parent?.kind === 'const' && def.node.init?.type === AST_NODE_TYPES.CallExpression) {
    const call = def.node.init;
    const argument = call.arguments[0];
    if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'require' && argument?.type === AST_NODE_TYPES.Literal) return MODULES.get(String(argument.value));
  }
  return undefined;
}

/** The hoisted binding would neither collide with nor shadow a binding visible where the loop is. */
function nameFreeBefore(name: string, loop: TSESTree.Node, env: AnalysisEnv): boolean {
  // Another loop of the same block may hoist a binding of the same name in the same pass.
  const place = loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
  const block = place.parent?.type === AST_NODE_TYPES.SwitchCase ? place.parent.parent : place.parent ?? loop;
  const elsewhere = someNode([block], env.sourceCode.visitorKeys, (node) => node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier && node.id.name === name && !contains(loop, node), true);
  if (elsewhere) return false;
  for (let scope: TSESLint.Scope.Scope | null = env.sourceCode.getScope(loop); scope; scope = scope.upper) {
    if (scope.set.has(name)) return false;
    if (scope.through.some((reference) => reference.identifier.name === name && !contains(loop, reference.identifier as TSESTree.Node))) return false;
  }
  return !someNode([loop], env.sourceCode.visitorKeys, (node) => node.type === AST_NODE_TYPES.Identifier && node.name === name && !isBindingOf(node, name, loop, env), true);
}

/** `node` (named `name`) is the buffer's own binding or one of its references (not another binding of that name). */
function isBindingOf(node: TSESTree.Identifier, name: string, loop: TSESTree.Node, env: AnalysisEnv): boolean {
  if (node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node && !node.parent.computed) return true;
  if (node.parent?.type === AST_NODE_TYPES.Property && node.parent.key === node && !node.parent.computed && node.parent.value !== node) return true;
  const variable = ASTUtils.findVariable(env.sourceCode.getScope(node), node);
  return !!variable && variable.name === name && variable.defs.length === 1 && contains(loop, variable.defs[0]!.name as TSESTree.Node) && variable.defs[0]!.type === 'Variable';
}

/** A size that no allocator rejects, evaluated without a possible exception: a non-negative integer constant. */
function neverThrows(size: TSESTree.Node, env: AnalysisEnv): boolean {
  const constant = constantSize(size, env);
  // `src.length` throws when `src` is undefined, which the loop may never have reached: only constants are safe.
  return constant !== undefined && Number.isInteger(constant) && constant >= 0 && constant < 2 ** 31;
}
