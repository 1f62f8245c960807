import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, frameOf, isGlobalName, lineOf, LOOP_TYPES, memberName, outerValueNode, skipTsWrappers } from './ast.ts';
import { findVariable } from './binding.ts';
import { calleeText, largeValue, type LargeValueOptions } from './large-value.ts';
import { shorten, textOf } from './text.ts';
import type { AnalysisEnv, Finding, Rewrite, SitePattern } from './types.ts';

export type RetainedViewOptions = LargeValueOptions;

/** How long a piece is: a known number of chars or bytes, finite but unknown, or as long as its (large) parent. */
type Size = number | 'unbounded' | 'unknown';

/** A small view of a large value, as found at one expression. */
interface View {
  kind: 'bytes' | 'string';
  /** The large value the view keeps alive (a receiver, or the `ArrayBuffer` argument). */
  parent: TSESTree.Node;
  size: Size;
  /** `Buffer`, `Uint8Array`, `DataView`...: what the piece is, as far as the source says. */
  result: string | undefined;
  /** The copy that releases the parent, and (for a Buffer) the pooled alternative. */
  copies: { messageId: string; text: string }[];
  /** Why a copy may not be the same value: a missing `split` field would become the string `'undefined'`. */
  notAlwaysString?: string;
  /** Why the copy may not even be made the same way (a DataView's range is checked; `slice` clamps): never an autofix. */
  copyCaveat?: string;
}

/** V8 copies a string piece of this many chars or fewer instead of making a sliced string (measured). */
const COPIED_CHARS = 12;
/** A copy of a piece up to this size is cheap; a longer one costs what it frees only when the parent is much larger. */
const SMALL_PIECE = 4096;
const TYPED_ARRAY = /^(?:Big)?(?:Uint|Int|Float)(?:8|16|32|64)(?:Clamped)?Array$/;
const ELEMENT_BYTES: Readonly<Record<string, number>> = { 8: 1, 16: 2, 32: 4, 64: 8 };
const ZLIB_SYNC = /Sync$/;
const STRING_TRIMS: ReadonlySet<string> = new Set(['trim', 'trimStart', 'trimEnd', 'trimLeft', 'trimRight']);
/** Every method `viewAt` knows a view by: `Buffer.from`, `subarray`, `slice`, `substring`, `substr` and the trims. */
const VIEW_METHODS: ReadonlySet<string> = new Set(['from', 'subarray', 'slice', 'substring', 'substr', ...STRING_TRIMS]);
/** Callbacks of these methods run before the method returns and are not kept. */
const SYNC_CALLBACKS: ReadonlySet<string> = new Set([
  'map', 'filter', 'forEach', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'sort', 'toSorted', 'replace', 'replaceAll',
]);
/** Reads of a byte view that never write through it. */
const READS: ReadonlySet<string> = new Set([
  'length', 'byteLength', 'toString', 'equals', 'compare', 'includes', 'indexOf', 'lastIndexOf', 'at', 'toJSON', 'every', 'some', 'find', 'findIndex',
]);
const READ_METHOD = /^read(?:U?Int(?:8|16|32)|BigU?Int64|Float|Double|U?Int)(?:LE|BE)?$/;

/**
 * The retained-view pattern: a small view of a possibly large buffer or string (see `largeValue`) that is kept
 * beyond the call: a `subarray`, a Buffer `slice`, `new Uint8Array(buf.buffer, off, len)`, `Buffer.from(buf.buffer,
 * off, len)`, a `DataView`, a string `slice`/`substring`/`substr`/`trim`, `split(...)[i]`, `match(...)[i]`, stored
 * in a field, an outer array or map, a module-level binding, returned, or captured by a closure that outlives the
 * call. Each of these keeps the whole parent reachable (measured, bench/retained-views.js); the rewrite copies the
 * piece with a form measured to release it.
 */
export const retainedViewPattern: SitePattern<RetainedViewOptions> = {
  nodeTypes: [AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.NewExpression, AST_NODE_TYPES.MemberExpression],
  analyze(node, env, options) {
    const view = viewAt(node, env, options);
    if (!view) return undefined;
    // A view of the view (`raw.slice(a, b).trim()`) is the one that is kept: report the outermost only.
    if (isViewReceiver(node, env, options)) return undefined;
    if (view.size === 'unbounded' || (view.kind === 'string' && typeof view.size === 'number' && view.size <= COPIED_CHARS)) return undefined;
    const keep = keptBy(node, env, view.parent);
    if (!keep) return undefined;
    const data = { piece: shorten(textOf(env.sourceCode, node)), parent: shorten(textOf(env.sourceCode, view.parent)), where: keep.where };
    const rewrites: Rewrite[] = view.copies.map((copy) => ({ messageId: copy.messageId, data: { copy: shorten(copy.text) }, edits: [{ range: node.range, text: copy.text }] }));
    const finding = (kind: Finding['kind'], reason: string | undefined): Finding => ({ node, messageId: 'retainedView', data, kind, reason, rewrites: kind === 'none' ? [] : kind === 'fix' ? rewrites.slice(0, 1) : rewrites });
    // A copy of a field that may be missing turns `undefined` into the string 'undefined': even a suggestion is wrong.
    if (view.notAlwaysString) return finding('none', view.notAlwaysString);
    if (view.kind === 'string') {
      // Strings are immutable and compare by value: a copy is the same value. Only its cost needs proof.
      if (typeof view.size === 'number' && view.size <= SMALL_PIECE) return finding('fix', undefined);
      return finding('suggest', typeof view.size === 'number' ? `the piece is ${view.size} chars long: a copy costs as much again while the parent lives` : 'the piece\'s length is not known here: a copy of a long piece costs as much again while the parent lives');
    }
    // Kept only by a closure that reads it, cut from a buffer nothing else holds (`readFileSync(p).subarray(0, 4)`):
    // no write can reach either side, so the copy is observably the same piece.
    // Only a read's own fresh bytes: `Buffer.from(ab)` and other calls may share memory with something else.
    if (view.copyCaveat) return finding('suggest', view.copyCaveat);
    if (keep.readOnly && view.result !== undefined && freshRead(view.parent)) return finding('fix', undefined);
    return finding('suggest', `a copy no longer shares memory with \`${data.parent}\`: a write through either one, or a read of \`.buffer\` or \`.byteOffset\`, would see the difference`);
  },
};

/** `readFileSync(p)` or `await readFile(p)`: bytes that nothing but this expression holds. */
function freshRead(parent: TSESTree.Node): boolean {
  let node = skipTsWrappers(parent);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = skipTsWrappers(node.argument);
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = node.callee;
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
  return name === 'readFileSync' || (name === 'readFile' && skipTsWrappers(parent).type === AST_NODE_TYPES.AwaitExpression);
}

/** The view `node` makes, if it is one of the measured forms on a large parent. */
function viewAt(node: TSESTree.Node, env: AnalysisEnv, options: RetainedViewOptions): View | undefined {
  const sourceCode = env.sourceCode;
  const text = (n: TSESTree.Node): string => textOf(sourceCode, n);
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    // `line.split(',')[0]`, `raw.match(re)[0]`: one piece of an array of pieces.
    if (!node.computed || (node.parent?.type === AST_NODE_TYPES.AssignmentExpression && node.parent.left === node)) return undefined;
    const call = skipTsWrappers(node.object);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = memberName(call.callee);
    if (method !== 'split' && method !== 'match') return undefined;
    const parent = stringParent(call.callee.object, env, options, true);
    if (!parent) return undefined;
    const index = skipTsWrappers(node.property);
    const first = index.type === AST_NODE_TYPES.Literal && index.value === 0;
    const separator = call.arguments[0];
    // `match(re)[0]` is a string whenever the match is not null (then both throw); `split(sep)[0]` with a
    // non-empty literal separator always is; any other field may be missing.
    const always = first && (method === 'match' || (separator?.type === AST_NODE_TYPES.Literal && separator.value !== ''));
    return {
      kind: 'string',
      parent: parent.node,
      size: combine(parent.size, 'unknown'),
      result: 'string',
      copies: [{ messageId: 'copyString', text: `(' ' + ${text(node)}).slice(1)` }],
      ...(always ? {} : { notAlwaysString: `\`${shorten(text(node))}\` may be \`undefined\`, which a copy would turn into the string 'undefined'` }),
    };
  }
  if (node.type === AST_NODE_TYPES.NewExpression) {
    // `new Uint8Array(buf.buffer, off, len)`, `new DataView(buf.buffer, off, len)`: views of the same memory.
    const name = calleeText(node.callee);
    if (!name || !(name === 'DataView' || TYPED_ARRAY.test(name)) || node.arguments.length < 2 || !isGlobalName(sourceCode, node.callee, name)) return undefined;
    const [buffer, offset, length] = node.arguments;
    const parent = arrayBufferParent(buffer!, env, options);
    if (!parent || offset?.type === AST_NODE_TYPES.SpreadElement || length?.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const elementBytes = name === 'DataView' ? 1 : ELEMENT_BYTES[/\d+/.exec(name)?.[0] ?? '8'] ?? 1;
    const size = length ? literalSize(length, elementBytes) : 'unbounded';
    const copy = name === 'DataView'
      ? `new DataView(${text(buffer!)}.slice(${text(offset!)}, ${sum(text(offset!), offset!, text(length ?? offset!), length ?? offset!)}))`
      : `${name}.prototype.slice.call(${text(node)})`;
    // `new DataView(b, a, n)` throws a RangeError on a negative `a` or a range past the end; `b.slice(a, a + n)`
    // counts a negative `a` from the end and clamps. Only numbers keep `a + n` a sum.
    const numeric = (n: TSESTree.Node | undefined): boolean => {
      const inner = n && skipTsWrappers(n);
      if (inner?.type === AST_NODE_TYPES.Literal) return typeof inner.value === 'number';
      if (inner?.type === AST_NODE_TYPES.MemberExpression) return ['byteOffset', 'byteLength', 'length'].includes(memberName(inner) ?? '');
      if (inner?.type === AST_NODE_TYPES.BinaryExpression) return inner.operator === '+' ? numeric(inner.left) && numeric(inner.right) : ['-', '*', '/', '%', '|', '&', '<<', '>>', '>>>'].includes(inner.operator);
      return false;
    };
    const copyCaveat = name !== 'DataView' ? undefined : `\`slice\` counts a negative offset from the end and clamps a range past the end, where \`new DataView\` throws a RangeError${numeric(offset) && numeric(length) ? '' : '; a string offset would make the end a concatenation'}; and the copy no longer shares memory with \`${shorten(textOf(sourceCode, buffer!))}\``;
    return { kind: 'bytes', parent, size, result: name, copies: [{ messageId: 'copyBytes', text: copy }], ...(copyCaveat ? { copyCaveat } : {}) };
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(node.callee);
  // This runs on every method call: only the methods below make views.
  if (method === undefined || !VIEW_METHODS.has(method)) return undefined;
  const receiver = node.callee.object;
  const args = node.arguments;
  if (args.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  // `Buffer.from(buf.buffer, off, len)`: a Buffer over the same memory.
  if (method === 'from' && isGlobalName(sourceCode, receiver, 'Buffer') && args.length >= 2) {
    const parent = arrayBufferParent(args[0]!, env, options);
    if (!parent) return undefined;
    const size = args[2] ? literalSize(args[2], 1) : 'unbounded';
    return { kind: 'bytes', parent, size, result: 'Buffer', copies: bufferCopies(text(node), text(node), env) };
  }
  if (method === 'subarray' || method === 'slice') {
    const bytes = bytesParent(receiver, env, options);
    if (bytes && (method === 'subarray' || bytes.result === 'Buffer')) {
      const size = combine(bytes.size, boundOf(method, args));
      const call = `Uint8Array.prototype.slice.call(${[receiver, ...args].map((n) => text(n)).join(', ')})`;
      const typed = bytes.result && TYPED_ARRAY.test(bytes.result) && bytes.result !== 'Uint8Array' ? `${bytes.result}.prototype.slice.call(${[receiver, ...args].map((n) => text(n)).join(', ')})` : call;
      return { kind: 'bytes', parent: bytes.node, size, result: bytes.result, copies: bytes.result === 'Buffer' ? bufferCopies(call, text(node), env) : [{ messageId: 'copyBytes', text: typed }] };
    }
  }
  if (method && (method === 'slice' || method === 'substring' || method === 'substr' || STRING_TRIMS.has(method))) {
    const parent = stringParent(receiver, env, options, method !== 'slice');
    if (!parent) return undefined;
    return { kind: 'string', parent: parent.node, size: combine(parent.size, boundOf(method, args)), result: 'string', copies: [{ messageId: 'copyString', text: `(' ' + ${text(node)}).slice(1)` }] };
  }
  return undefined;
}

/** For a Buffer piece: an unpooled copy that stays a Buffer, then `Buffer.from` (pooled below 4 KiB). */
function bufferCopies(sliceCall: string, view: string, env: AnalysisEnv): { messageId: string; text: string }[] {
  const unpooled = sliceCall.startsWith('Uint8Array.prototype.slice.call(') ? sliceCall : `Uint8Array.prototype.slice.call(${view})`;
  // `%TypedArray%.prototype.slice` on a Buffer returns a Buffer, but TypeScript types it `Uint8Array`.
  return [
    { messageId: 'copyBytes', text: env.typescript ? `(${unpooled} as Buffer)` : unpooled },
    { messageId: 'copyPooled', text: `Buffer.from(${view})` },
  ];
}

/** `a + b` as text, folded when both are literals. */
function sum(a: string, aNode: TSESTree.Node, b: string, bNode: TSESTree.Node): string {
  const x = skipTsWrappers(aNode);
  const y = skipTsWrappers(bNode);
  if (x.type === AST_NODE_TYPES.Literal && typeof x.value === 'number' && y.type === AST_NODE_TYPES.Literal && typeof y.value === 'number') return String(x.value + y.value);
  const simple = (n: TSESTree.Node): boolean => n.type === AST_NODE_TYPES.Identifier || n.type === AST_NODE_TYPES.Literal || n.type === AST_NODE_TYPES.MemberExpression || n.type === AST_NODE_TYPES.CallExpression;
  return `${simple(x) ? a : `(${a})`} + ${simple(y) ? b : `(${b})`}`;
}

function literalSize(node: TSESTree.Node, elementBytes: number): Size {
  const value = numberOf(node);
  return value !== undefined && value >= 0 ? value * elementBytes : 'unknown';
}

function numberOf(node: TSESTree.Node | undefined): number | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const value = skipTsWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number') return value.value;
  if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === '-') {
    const inner = numberOf(value.argument);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

/** How long `x.method(...args)` is at most, relative to `x`: a number, unknown, or `unbounded` (as long as `x`). */
function boundOf(method: string, args: readonly TSESTree.Node[]): Size {
  if (STRING_TRIMS.has(method)) return 'unbounded';
  const [a, b] = args;
  const start = numberOf(a);
  const end = numberOf(b);
  if (method === 'substr') {
    if (!b) return start !== undefined && start < 0 ? -start : 'unbounded';
    return end !== undefined ? Math.max(0, end) : 'unknown';
  }
  if (!a) return 'unbounded';
  if (!b) return start !== undefined && start < 0 && method !== 'substring' ? -start : 'unbounded';
  if (start === undefined || end === undefined) return 'unknown';
  if (method === 'substring') return Math.abs(Math.max(0, end) - Math.max(0, start));
  if ((start < 0) !== (end < 0)) return 'unknown';
  return Math.max(0, end - start);
}

/** The size of a view of a value of `outer` size cut to `inner`. */
function combine(outer: Size, inner: Size): Size {
  if (typeof inner === 'number') return typeof outer === 'number' ? Math.min(outer, inner) : inner;
  if (inner === 'unknown') return outer === 'unbounded' ? 'unknown' : outer;
  return outer;
}

interface Parent {
  node: TSESTree.Node;
  size: Size;
}

/**
 * The large string a string piece is cut from: the receiver itself when `largeValue` says it is a large string
 * (or of unknown kind, for string-only methods), a piece of one (a chain of views), or a `for...of` binding over
 * the lines of one.
 */
function stringParent(node: TSESTree.Node, env: AnalysisEnv, options: RetainedViewOptions, stringOnly: boolean): Parent | undefined {
  const value = skipTsWrappers(node);
  const inner = viewAt(value, env, options);
  if (inner?.kind === 'string') return { node: inner.parent, size: inner.size };
  const large = largeValue(value, env, options);
  if (large && (large.kind === 'string' || (stringOnly && large.kind === 'unknown' && large.type !== 'any'))) return { node: value, size: 'unbounded' };
  if (value.type === AST_NODE_TYPES.Identifier) {
    const lines = splitElement(value, env, options);
    if (lines) return { node: lines, size: 'unknown' };
    // `const head = raw.slice(0, 64)`: the binding holds a view, whose parent is the one kept.
    const init = constInit(value, env);
    const bound = init && viewAt(skipTsWrappers(init), env, options);
    if (bound?.kind === 'string') return { node: bound.parent, size: bound.size };
  }
  return undefined;
}

/** `line` in `for (const line of raw.split('\n'))` (or of `lines`, a `const` holding that split): the parent `raw.split(...)`. */
function splitElement(id: TSESTree.Identifier, env: AnalysisEnv, options: RetainedViewOptions): TSESTree.Node | undefined {
  const variable = findVariable(env.sourceCode, id);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable' || def.parent.kind !== 'const') return undefined;
  const loop = def.parent.parent;
  if (loop?.type !== AST_NODE_TYPES.ForOfStatement || loop.left !== def.parent || def.node.id !== def.name) return undefined;
  if (largeValue(loop.right, env, options)?.type !== 'string[]') return undefined;
  // Name the string itself (`raw` of `raw.split('\n')`), which is what stays alive.
  const right = skipTsWrappers(loop.right);
  return right.type === AST_NODE_TYPES.CallExpression && right.callee.type === AST_NODE_TYPES.MemberExpression ? right.callee.object : right;
}

/** The initialiser of the `const` (or never reassigned `let`) `id` refers to. */
function constInit(id: TSESTree.Identifier, env: AnalysisEnv): TSESTree.Expression | undefined {
  const variable = findVariable(env.sourceCode, id);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== def.node.init)) return undefined;
  return def.node.init;
}

/** The large bytes a `subarray`/`slice` is taken of, with what they are (`Buffer`, `Float64Array`) when the source says. */
function bytesParent(node: TSESTree.Node, env: AnalysisEnv, options: RetainedViewOptions): (Parent & { result: string | undefined }) | undefined {
  const value = skipTsWrappers(node);
  const inner = viewAt(value, env, options);
  if (inner?.kind === 'bytes') return { node: inner.parent, size: inner.size, result: inner.result };
  const large = largeValue(value, env, options);
  if (!large || (large.kind !== 'bytes' && !(large.kind === 'unknown' && large.type !== 'any'))) return undefined;
  const result = bytesClass(value, env, 0);
  // `ArrayBuffer#slice` and `Blob#slice` copy; a non-Buffer typed array's `slice` copies too (checked by the caller).
  if (result === 'ArrayBuffer' || result === 'Blob') return undefined;
  return { node: value, size: 'unbounded', result };
}

/** What a bytes value is, from the syntax that made it: `Buffer`, a typed array's name, `ArrayBuffer`, `Blob`. */
function bytesClass(node: TSESTree.Node, env: AnalysisEnv, depth: number): string | undefined {
  if (depth > 6) return undefined;
  const value = skipTsWrappers(node);
  if (value.type === AST_NODE_TYPES.AwaitExpression) {
    const inner = skipTsWrappers(value.argument);
    if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = memberName(inner.callee);
      if (method === 'arrayBuffer') return 'ArrayBuffer';
      if (method === 'bytes') return 'Uint8Array';
      if (method === 'blob') return 'Blob';
    }
    return bytesClass(inner, env, depth + 1);
  }
  if (value.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(value, env);
    return init ? bytesClass(init, env, depth + 1) : undefined;
  }
  if (value.type === AST_NODE_TYPES.NewExpression) {
    const name = calleeText(value.callee);
    return name && (TYPED_ARRAY.test(name) || name === 'ArrayBuffer') && isGlobalName(env.sourceCode, value.callee, name) ? name : undefined;
  }
  if (value.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = skipTsWrappers(value.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
  if (name === 'readFileSync' || name === 'readFile' || (name && ZLIB_SYNC.test(name) && /^(?:gunzip|inflate|unzip|brotli|gzip|deflate|zstd)/.test(name))) return 'Buffer';
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    if (isGlobalName(env.sourceCode, callee.object, 'Buffer')) return 'Buffer';
    if (name === 'subarray' || name === 'slice') return bytesClass(callee.object, env, depth + 1);
  }
  return undefined;
}

/** `buf.buffer` of large bytes, or a large `ArrayBuffer` itself: the memory a constructed view shares. */
function arrayBufferParent(node: TSESTree.Node | TSESTree.SpreadElement, env: AnalysisEnv, options: RetainedViewOptions): TSESTree.Node | undefined {
  if (node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const value = skipTsWrappers(node);
  if (value.type === AST_NODE_TYPES.MemberExpression && memberName(value) === 'buffer') {
    const large = largeValue(value.object, env, options);
    return large && (large.kind === 'bytes' || (large.kind === 'unknown' && large.type !== 'any')) ? value.object : undefined;
  }
  return bytesClass(value, env, 0) === 'ArrayBuffer' && largeValue(value, env, options) ? value : undefined;
}

/** `node` is the receiver of a view made of it (`raw.slice(a, b).trim()`): the outer view is the one reported. */
function isViewReceiver(node: TSESTree.Node, env: AnalysisEnv, options: RetainedViewOptions): boolean {
  const outer = outerValueNode(node);
  const member = outer.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer) return false;
  const call = member.parent;
  const candidate = call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call : member;
  return viewAt(candidate, env, options) !== undefined;
}

interface Keeper {
  where: string;
  /** Kept only by a closure, and every use of it reads (so a copy is observably the same). */
  readOnly: boolean;
}

const FUNCTION_TYPES: ReadonlySet<string> = new Set([AST_NODE_TYPES.FunctionDeclaration, AST_NODE_TYPES.FunctionExpression, AST_NODE_TYPES.ArrowFunctionExpression]);

/** What keeps the value of `expr` beyond the call it is made in, if anything the source shows does. */
function keptBy(expr: TSESTree.Node, env: AnalysisEnv, parent: TSESTree.Node, depth = 0): Keeper | undefined {
  if (depth > 4) return undefined;
  let node = outerValueNode(expr);
  for (let up = node.parent; up; node = up, up = up.parent) {
    if (up.type === AST_NODE_TYPES.ConditionalExpression && up.test !== node) continue;
    if (up.type === AST_NODE_TYPES.LogicalExpression || (up.type === AST_NODE_TYPES.SequenceExpression && up.expressions.at(-1) === node)) continue;
    if (up.type === AST_NODE_TYPES.TSAsExpression || up.type === AST_NODE_TYPES.TSNonNullExpression || up.type === AST_NODE_TYPES.TSSatisfiesExpression) continue;
    // `'' + p`, `${p}`, `String(p)` look like copies but hand back the same sliced string (measured).
    if (sameString(up, node, env)) continue;
    break;
  }
  const up = node.parent;
  if (!up) return undefined;
  const sourceCode = env.sourceCode;
  const kept = (where: string): Keeper => ({ where, readOnly: false });
  switch (up.type) {
    case AST_NODE_TYPES.AssignmentExpression: {
      if (up.right !== node || up.operator !== '=') return undefined;
      const target = up.left;
      if (target.type === AST_NODE_TYPES.MemberExpression) return kept(`stored in \`${shorten(textOf(sourceCode, target))}\``);
      if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = findVariable(sourceCode, target);
      const def = variable?.defs[0];
      if (!variable || !def) return undefined;
      if (frameOf(def.name as TSESTree.Node) !== frameOf(up) || variable.scope.type === 'module' || variable.scope.type === 'global') return kept(`assigned to \`${target.name}\`, declared outside this function`);
      return keptThroughBinding(variable, env, parent, depth);
    }
    case AST_NODE_TYPES.VariableDeclarator: {
      if (up.init !== node || up.id.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = sourceCode.scopeManager?.getDeclaredVariables(up).find((v) => v.name === (up.id as TSESTree.Identifier).name);
      if (!variable) return undefined;
      if (variable.scope.type === 'module' || variable.scope.type === 'global') return kept(`held by the module-level binding \`${variable.name}\``);
      return keptThroughBinding(variable, env, parent, depth);
    }
    case AST_NODE_TYPES.PropertyDefinition:
      return up.value === node ? kept(`stored in the field \`${shorten(textOf(sourceCode, up.key))}\``) : undefined;
    case AST_NODE_TYPES.Property:
      return up.value === node && up.parent.type === AST_NODE_TYPES.ObjectExpression ? keptBy(up.parent, env, parent, depth + 1) : undefined;
    case AST_NODE_TYPES.ArrayExpression:
      return keptBy(up, env, parent, depth + 1);
    case AST_NODE_TYPES.ReturnStatement:
      return returnedFrom(up, env, parent);
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return up.body === node ? returnedFrom(node, env, parent) : undefined;
    case AST_NODE_TYPES.CallExpression:
      return up.arguments.includes(node as TSESTree.CallExpressionArgument) ? storedByCall(up, node, env) : undefined;
    default:
      return undefined;
  }
}

/** `out.push(view)`, `map.set(k, view)`, `set.add(view)` into a container that outlives the current loop or function. */
function storedByCall(call: TSESTree.CallExpression, argument: TSESTree.Node, env: AnalysisEnv): Keeper | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(callee);
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  // `typedArray.set(view, offset)` copies: only `map.set(key, view)` keeps its second argument.
  const container = skipTsWrappers(callee.object);
  const stores = method === 'push' || method === 'unshift' || method === 'add' || (method === 'set' && (index === 1 || isMap(container, env)));
  if (!stores) return undefined;
  const verb = method === 'set' ? 'put in' : method === 'add' ? 'added to' : 'pushed into';
  const name = shorten(textOf(env.sourceCode, container));
  if (container.type === AST_NODE_TYPES.MemberExpression) return { where: `${verb} \`${name}\``, readOnly: false };
  if (container.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(env.sourceCode, container);
  const declared = variable?.defs[0]?.name as TSESTree.Node | undefined;
  if (!variable || !declared) return undefined;
  if (variable.defs[0]!.type === 'Parameter') return { where: `${verb} \`${name}\`, which the caller passed in`, readOnly: false };
  // Declared outside the innermost loop or function around the call: it collects pieces across turns or calls.
  let scope: TSESTree.Node | undefined = call.parent;
  while (scope && !LOOP_TYPES.has(scope.type) && !FUNCTION_TYPES.has(scope.type) && scope.type !== AST_NODE_TYPES.Program) scope = scope.parent;
  if (!scope || scope.type === AST_NODE_TYPES.Program || contains(scope, declared)) {
    return variable.scope.type === 'module' || variable.scope.type === 'global' ? { where: `${verb} the module-level \`${name}\``, readOnly: false } : undefined;
  }
  return { where: `${verb} \`${name}\`, declared outside this ${LOOP_TYPES.has(scope.type) ? 'loop' : 'function'}`, readOnly: false };
}

/** Returned from a function that made (or read) the large parent itself: the caller keeps the piece, not the parent. */
function returnedFrom(node: TSESTree.Node, env: AnalysisEnv, parent: TSESTree.Node): Keeper | undefined {
  const fn = frameOf(node);
  if (!FUNCTION_TYPES.has(fn.type)) return undefined;
  let origin: TSESTree.Node = parent;
  if (parent.type === AST_NODE_TYPES.Identifier) {
    const declared = findVariable(env.sourceCode, parent)?.defs[0]?.name as TSESTree.Node | undefined;
    if (!declared) return undefined;
    origin = declared;
  }
  return contains(fn, origin) ? { where: `returned from the function that read \`${shorten(textOf(env.sourceCode, parent))}\``, readOnly: false } : undefined;
}

/**
 * A local binding holding the view: kept when one of its uses keeps it (stored, returned, pushed) or a closure that
 * outlives the call captures it. `readOnly` when a closure is all that keeps it and every use only reads.
 */
function keptThroughBinding(variable: TSESLint.Scope.Variable, env: AnalysisEnv, parent: TSESTree.Node, depth: number): Keeper | undefined {
  const declared = variable.defs[0]!.name as TSESTree.Node;
  const home = frameOf(declared);
  let captured: Keeper | undefined;
  let readOnly = true;
  for (const reference of variable.references) {
    const ref = reference.identifier as TSESTree.Node;
    if (ref === declared || reference.isWrite()) continue;
    const direct = keptBy(ref, env, parent, depth + 1);
    if (direct) return direct;
    if (!onlyReads(ref)) readOnly = false;
    const closure = escapingClosure(ref, home, env);
    if (closure) captured ??= { where: `captured by the function on line ${lineOf(closure)}, which outlives this call`, readOnly: true };
  }
  return captured ? { where: captured.where, readOnly } : undefined;
}

/** The use reads the piece and keeps nothing of it: `.length`, `[i]` read, `.toString()`, `.readUInt32LE()`, a comparison. */
function onlyReads(ref: TSESTree.Node): boolean {
  const node = outerValueNode(ref);
  const up = node.parent;
  if (!up) return false;
  if (up.type === AST_NODE_TYPES.MemberExpression && up.object === node) {
    const outer = up.parent;
    if (up.computed) return !(outer?.type === AST_NODE_TYPES.AssignmentExpression && outer.left === up) && outer?.type !== AST_NODE_TYPES.UpdateExpression;
    const name = memberName(up) ?? '';
    return READS.has(name) || READ_METHOD.test(name);
  }
  if (up.type === AST_NODE_TYPES.BinaryExpression || up.type === AST_NODE_TYPES.TemplateLiteral) return true;
  return up.type === AST_NODE_TYPES.UnaryExpression && up.operator !== 'delete';
}

/** The function around `ref` (inside `home`) that may run after the call returns: returned, stored, a timer or a handler. */
function escapingClosure(ref: TSESTree.Node, home: TSESTree.Node, env: AnalysisEnv): TSESTree.Node | undefined {
  for (let current = ref.parent; current && current !== home; current = current.parent) {
    if (!FUNCTION_TYPES.has(current.type)) continue;
    const closure = current as TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;
    const up = closure.parent;
    if (up?.type === AST_NODE_TYPES.CallExpression && up.callee === closure) continue;
    if (up?.type === AST_NODE_TYPES.CallExpression && up.callee.type === AST_NODE_TYPES.MemberExpression && SYNC_CALLBACKS.has(memberName(up.callee) ?? '') && !closure.async) continue;
    if (localOnly(closure, env)) continue;
    return closure;
  }
  return undefined;
}

/** A local function (declaration or `const f = () => ...`) that is only ever called directly. */
function localOnly(closure: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression, env: AnalysisEnv): boolean {
  const declarator = closure.type === AST_NODE_TYPES.FunctionDeclaration ? closure : closure.parent?.type === AST_NODE_TYPES.VariableDeclarator && closure.parent.init === closure ? closure.parent : undefined;
  if (!declarator) return false;
  const variables = env.sourceCode.scopeManager?.getDeclaredVariables(declarator) ?? [];
  const variable = variables.find((v) => v.defs[0]?.node === declarator);
  if (!variable) return false;
  return variable.references.every((reference) => {
    const ref = reference.identifier as TSESTree.Node;
    return ref === variable.defs[0]!.name || (ref.parent?.type === AST_NODE_TYPES.CallExpression && ref.parent.callee === ref);
  });
}

/** `keys` bound to `new Map()` / `new WeakMap()`: its `set` keeps the key too (a Map key pins a sliced string, measured). */
function isMap(node: TSESTree.Node, env: AnalysisEnv): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const init = constInit(node, env);
  const value = init && skipTsWrappers(init);
  return value?.type === AST_NODE_TYPES.NewExpression && ['Map', 'WeakMap'].includes(calleeText(value.callee) ?? '');
}

/** `'' + p`, `p + ''`, `` `${p}` `` and `String(p)`: the same string as `p`, not a copy. */
function sameString(up: TSESTree.Node, node: TSESTree.Node, env: AnalysisEnv): boolean {
  const empty = (n: TSESTree.Node): boolean => n.type === AST_NODE_TYPES.Literal && n.value === '';
  if (up.type === AST_NODE_TYPES.BinaryExpression && up.operator === '+') return empty(up.left === node ? up.right : up.left);
  if (up.type === AST_NODE_TYPES.TemplateLiteral) return up.expressions.length === 1 && up.quasis.every((quasi) => quasi.value.cooked === '');
  return up.type === AST_NODE_TYPES.CallExpression && up.arguments.length === 1 && up.arguments[0] === node && isGlobalName(env.sourceCode, up.callee, 'String');
}
