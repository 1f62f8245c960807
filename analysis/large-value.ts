import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isGlobalName, memberName, skipTsWrappers } from './ast.ts';
import { findVariable } from './binding.ts';
import type { AnalysisEnv } from './types.ts';

/** Where a possibly large value comes from, and (when the syntax says so) its TypeScript type. */
export interface LargeValue {
  /**
   * What the value is, as far as the source says: a `string` and `bytes` (a Buffer, typed array or ArrayBuffer)
   * have views that pin them (sliced strings, `subarray`); an `array` or `object` does not; `unknown` may be either.
   */
  kind: ValueKind;
  /** The value's type when the source alone says it (`readFileSync(p, 'utf8')` is a `string`); `any` for `JSON.parse`. */
  type: string | undefined;
}

export type ValueKind = 'array' | 'bytes' | 'object' | 'string' | 'unknown';

export interface LargeValueOptions {
  /** Callees whose result counts as large, as written at the call: `loadDataset`, `db.query`. */
  sources?: readonly string[];
}

/** File paths that name configuration: reading those whole is the common, fine case. */
const CONFIG_PATH = /(?:^|[\W_])(?:config|conf|settings|options|rc|tsconfig|package|manifest|env)(?:$|[\W_])|\.(?:json5?|ya?ml|toml|ini|rc)['"`]?$|(?:^|[\\/])\.[\w.-]*rc['"`]?$/i;
const TYPED_ARRAYS: ReadonlyMap<string, number> = new Map([
  ['Int8Array', 1], ['Uint8Array', 1], ['Uint8ClampedArray', 1], ['Int16Array', 2], ['Uint16Array', 2], ['Int32Array', 4],
  ['Uint32Array', 4], ['Float32Array', 4], ['Float64Array', 8], ['BigInt64Array', 8], ['BigUint64Array', 8],
  ['ArrayBuffer', 1], ['SharedArrayBuffer', 1], ['Array', 8],
]);
/** Below this many bytes, a constant-size allocation is not what this plugin is about. */
const LARGE_BYTES = 1 << 20;
/** Methods whose result is about as large as their receiver (a copy, a reshaping, a view). */
const DERIVING_METHODS: ReadonlySet<string> = new Set([
  'split', 'map', 'filter', 'flatMap', 'flat', 'slice', 'concat', 'toString', 'trim', 'trimStart', 'trimEnd', 'replace', 'replaceAll',
  'toLowerCase', 'toUpperCase', 'normalize', 'join', 'toSorted', 'toReversed', 'toSpliced', 'match', 'subarray',
]);
const DERIVING_STATICS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['JSON', new Set(['parse', 'stringify'])],
  ['Array', new Set(['from'])],
  ['Object', new Set(['entries', 'values', 'keys', 'fromEntries'])],
  ['Buffer', new Set(['from'])],
]);
const DERIVING_GLOBALS: ReadonlySet<string> = new Set(['structuredClone']);
const ZLIB_SYNC = /^(?:gunzip|inflate|inflateRaw|unzip|brotliDecompress|gzip|deflate|brotliCompress|zstdDecompress)Sync$/;
/** `await x.text()` and friends: a whole response (or blob) body. */
const BODY_READERS: ReadonlySet<string> = new Set(['text', 'json', 'arrayBuffer', 'blob', 'bytes']);

const MAX_DEPTH = 6;

/**
 * Whether `node` evaluates to a possibly large value: a whole-file read or response body, a buffer of non-constant or
 * large size, a configured source, or something derived from one of those (`JSON.parse(raw)`, `raw.split('\n')`,
 * `rows.map(f)`), following `const` bindings. Unknown inputs are not large: without evidence of size there is no
 * report (a `JSON.parse` of a small message is the common case).
 */
export function largeValue(node: TSESTree.Node, env: AnalysisEnv, options: LargeValueOptions, depth = 0): LargeValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = skipTsWrappers(node);
  switch (value.type) {
    case AST_NODE_TYPES.AwaitExpression:
      return awaited(value.argument, env, options, depth);
    case AST_NODE_TYPES.Identifier:
      return boundValue(value, env, options, depth);
    case AST_NODE_TYPES.ArrayExpression:
      return value.elements.some((element) => element?.type === AST_NODE_TYPES.SpreadElement && largeValue(element.argument, env, options, depth + 1)) ? { kind: 'array', type: undefined } : undefined;
    case AST_NODE_TYPES.NewExpression: {
      const allocated = allocation(value, env);
      if (allocated) return allocated;
      // `new Set(rows)`, `new Map(entries)`: a copy as large as what it is built from.
      const name = calleeText(value.callee);
      const copies = name === 'Set' || name === 'Map' || (name !== undefined && name !== 'Array' && TYPED_ARRAYS.has(name));
      const input = value.arguments[0];
      if (!copies || !input || input.type === AST_NODE_TYPES.SpreadElement || !isGlobalName(env.sourceCode, value.callee, name) || !largeValue(input, env, options, depth + 1)) return undefined;
      return { kind: name === 'Set' || name === 'Map' ? 'object' : 'bytes', type: undefined };
    }
    case AST_NODE_TYPES.CallExpression:
      return call(value, env, options, depth);
    default:
      return undefined;
  }
}

function awaited(argument: TSESTree.Node, env: AnalysisEnv, options: LargeValueOptions, depth: number): LargeValue | undefined {
  const inner = skipTsWrappers(argument);
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberName(inner.callee);
    if (method && BODY_READERS.has(method) && inner.arguments.length === 0) {
      return method === 'json' ? { kind: 'object', type: 'any' } : method === 'text' ? { kind: 'string', type: 'string' } : { kind: 'bytes', type: undefined };
    }
  }
  if (inner.type === AST_NODE_TYPES.CallExpression && calleeName(inner.callee) === 'readFile') return fileRead(inner);
  return largeValue(inner, env, options, depth + 1);
}

function call(node: TSESTree.CallExpression, env: AnalysisEnv, options: LargeValueOptions, depth: number): LargeValue | undefined {
  const callee = skipTsWrappers(node.callee);
  // Most files configure no sources: then the dotted text of every callee is not worth building.
  if (options.sources?.length) {
    const text = calleeText(callee);
    if (text && options.sources.includes(text)) return { kind: 'unknown', type: undefined };
  }
  const name = calleeName(callee);
  if (name === 'readFileSync') return fileRead(node);
  const first = node.arguments[0];
  const fromInput = (input: TSESTree.Node | undefined, kind: ValueKind, type?: string): LargeValue | undefined =>
    input && input.type !== AST_NODE_TYPES.SpreadElement && largeValue(input, env, options, depth + 1) ? { kind, type } : undefined;
  // `zlib.gunzipSync(buf)` or an imported `gunzipSync(buf)`: as large as what it inflates.
  if (name && ZLIB_SYNC.test(name)) return fromInput(first, 'bytes');
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberName(callee);
    if (!method) return undefined;
    // Every name below is a DERIVING_STATICS key: look the name up before the (costlier) scope.
    if (callee.object.type === AST_NODE_TYPES.Identifier && DERIVING_STATICS.has(callee.object.name) && isGlobalName(env.sourceCode, callee.object, callee.object.name)) {
      const statics = DERIVING_STATICS.get(callee.object.name);
      if (statics?.has(method)) {
        const object = callee.object.name;
        if (object === 'JSON') return fromInput(first, method === 'parse' ? 'object' : 'string', method === 'parse' ? 'any' : 'string');
        return fromInput(first, object === 'Buffer' ? 'bytes' : object === 'Object' && method === 'fromEntries' ? 'object' : 'array');
      }
      if (callee.object.name === 'Buffer' && method === 'concat') return { kind: 'bytes', type: undefined };
      if (callee.object.name === 'Buffer' && /^alloc/.test(method)) return sized(node.arguments[0], 1, 'bytes');
    }
    // `new TextDecoder().decode(bytes)`: text as large as the bytes it decodes.
    if (method === 'decode') return fromInput(first, 'string', 'string');
    if (DERIVING_METHODS.has(method)) {
      const receiver = largeValue(callee.object, env, options, depth + 1);
      if (!receiver) return undefined;
      return derived(method, receiver);
    }
    return undefined;
  }
  if (callee.type === AST_NODE_TYPES.Identifier && DERIVING_GLOBALS.has(callee.name) && isGlobalName(env.sourceCode, callee, callee.name)) {
    return fromInput(first, 'unknown');
  }
  return undefined;
}

/** What `receiver.method(...)` gives, for the methods in DERIVING_METHODS. */
function derived(method: string, receiver: LargeValue): LargeValue {
  if (receiver.type === 'any') return { kind: receiver.kind === 'object' ? 'unknown' : receiver.kind, type: 'any' };
  if (method === 'split') return { kind: 'array', type: receiver.type === 'string' ? 'string[]' : undefined };
  if (method === 'join' || method === 'toString') return { kind: 'string', type: 'string' };
  if (receiver.kind === 'string') return { kind: method === 'match' ? 'array' : 'string', type: method === 'match' ? undefined : 'string' };
  if (receiver.kind === 'bytes') return { kind: 'bytes', type: undefined };
  return { kind: receiver.kind === 'array' ? 'array' : 'unknown', type: undefined };
}

/** `readFileSync(path, 'utf8')` and `await readFile(...)`: large unless the path names a configuration file. */
function fileRead(node: TSESTree.CallExpression): LargeValue | undefined {
  const [path, encoding] = node.arguments;
  if (!path || looksLikeConfig(path)) return undefined;
  const text = !!encoding && (isStringLiteral(encoding) || (encoding.type === AST_NODE_TYPES.ObjectExpression && encoding.properties.some((p) => p.type === AST_NODE_TYPES.Property && !p.computed && p.key.type === AST_NODE_TYPES.Identifier && p.key.name === 'encoding' && isStringLiteral(p.value))));
  return text ? { kind: 'string', type: 'string' } : { kind: 'bytes', type: undefined };
}

/** The path names a configuration file (`config.json`, `.npmrc`, `settingsPath`): read whole, it is small. */
export function looksLikeConfig(path: TSESTree.Node): boolean {
  const value = skipTsWrappers(path);
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string') return CONFIG_PATH.test(value.value);
  if (value.type === AST_NODE_TYPES.TemplateLiteral) return value.quasis.some((quasi) => CONFIG_PATH.test(quasi.value.cooked ?? ''));
  if (value.type === AST_NODE_TYPES.Identifier) return CONFIG_PATH.test(value.name.replaceAll(/([a-z])([A-Z])/g, '$1_$2'));
  if (value.type === AST_NODE_TYPES.MemberExpression) return looksLikeConfig(value.property);
  if (value.type === AST_NODE_TYPES.CallExpression) return value.arguments.some((argument) => looksLikeConfig(argument));
  return false;
}

function isStringLiteral(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral;
}

/** `new Float64Array(n)`, `new ArrayBuffer(n)`, `new Array(n)`: large unless `n` is a small constant. */
function allocation(node: TSESTree.NewExpression, env: AnalysisEnv): LargeValue | undefined {
  const name = calleeText(node.callee);
  const bytes = name ? TYPED_ARRAYS.get(name) : undefined;
  if (!name || bytes === undefined || !isGlobalName(env.sourceCode, node.callee, name) || node.arguments.length !== 1) return undefined;
  const size = skipTsWrappers(node.arguments[0]!);
  // `new Uint8Array(buffer)`: a view of (or a copy of) another value, as large as that value.
  if (size.type === AST_NODE_TYPES.NewExpression || size.type === AST_NODE_TYPES.AwaitExpression) return undefined;
  if (size.type !== AST_NODE_TYPES.Literal && size.type !== AST_NODE_TYPES.Identifier && size.type !== AST_NODE_TYPES.BinaryExpression && size.type !== AST_NODE_TYPES.MemberExpression && size.type !== AST_NODE_TYPES.CallExpression) return undefined;
  // `new Array(n)` of an unknown `n` is the typed-array rule's concern, and as often a small table: only a large constant counts.
  if (name === 'Array' && size.type !== AST_NODE_TYPES.Literal) return undefined;
  return sized(size, bytes, name === 'Array' ? 'array' : 'bytes', name === 'Array' ? undefined : name);
}

function sized(size: TSESTree.Node | undefined, bytes: number, kind: ValueKind, type?: string): LargeValue | undefined {
  if (!size || size.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const value = skipTsWrappers(size);
  if (value.type === AST_NODE_TYPES.Literal) {
    // A literal that is not a number (`new Uint8Array('abc')`, `Buffer.alloc('x')`) is not a size.
    return typeof value.value === 'number' && value.value * bytes >= LARGE_BYTES ? { kind, type } : undefined;
  }
  if (value.type === AST_NODE_TYPES.ArrayExpression || value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.TemplateLiteral) return undefined;
  // `Float64Array.BYTES_PER_ELEMENT` and other constant sizes in a name's clothing.
  if (value.type === AST_NODE_TYPES.MemberExpression && memberName(value) === 'BYTES_PER_ELEMENT') return undefined;
  return { kind, type };
}

/** A `const` (or a `let` written only by its declaration) whose initialiser is large. */
function boundValue(id: TSESTree.Identifier, env: AnalysisEnv, options: LargeValueOptions, depth: number): LargeValue | undefined {
  const variable = findVariable(env.sourceCode, id);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  // Written again with another value: which one a read sees is unknown. A release (`= undefined`) is not a value.
  if (variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== def.node.init && !isRelease(reference.writeExpr))) return undefined;
  return largeValue(def.node.init, env, options, depth + 1);
}

/** `undefined`, `void 0` or `null`: what a release assigns. */
export function isRelease(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  if (node.type === AST_NODE_TYPES.Literal) return node.value === null;
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void';
}

/** `readFile` in `readFile(...)`, `fs.readFile(...)`, `fs.promises.readFile(...)`. */
function calleeName(callee: TSESTree.Node): string | undefined {
  const value = skipTsWrappers(callee);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name;
  if (value.type === AST_NODE_TYPES.MemberExpression) return memberName(value);
  return undefined;
}

/** `db.query` for `db.query(...)`: a dotted path of plain names, else undefined. */
export function calleeText(callee: TSESTree.Node): string | undefined {
  const value = skipTsWrappers(callee);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name;
  if (value.type === AST_NODE_TYPES.MemberExpression && !value.computed && value.property.type === AST_NODE_TYPES.Identifier) {
    const object = calleeText(value.object);
    return object ? `${object}.${value.property.name}` : undefined;
  }
  if (value.type === AST_NODE_TYPES.ThisExpression) return 'this';
  return undefined;
}
