import { ReferenceTracker } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';

import { TYPED_ARRAY_NAMES } from './array-evidence.ts';
import { contains, enclosingFunction, isGlobalName, LOOP_TYPES, memberName, outerValueNode, skipTsWrappers } from './ast.ts';
import { findVariable } from './binding.ts';
import { mayReference } from './may-reference.ts';
import { perFile } from './per-file.ts';
import { excerpt, indentAt, lineEndingAt, textOf } from './text.ts';
import type { AnalysisEnv, Edit, Finding, FixKind, SitePattern } from './types.ts';

export type TransferOptions = Record<string, never>;

type Variable = TSESLint.Scope.Variable;
type Problem = 'pooledBuffer' | 'structuredClone' | 'viewClone';

/** One buffer found in a message: what is wrong with sending it, and the transfer-list entry that fixes it, if any. */
interface Candidate {
  node: TSESTree.Node;
  problem: Problem;
  kind: FixKind;
  reason: string | undefined;
  /** `data.buffer` for a typed array or Buffer, `ab` for an ArrayBuffer. */
  entry: string | undefined;
}

/** Where a buffer comes from, by the expression that made it. */
type Source =
  | { kind: 'bufferOf'; base: TSESTree.Node }
  | { kind: 'fresh'; value: 'arraybuffer' | 'typed'; caveat?: string }
  | { kind: 'pooled'; why: string }
  | { kind: 'shared' }
  | { kind: 'view'; why: string };

/** What a site sends: the call or `new Worker(...)`, the message value, and how a transfer list is added. */
interface Site {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  call: string;
  value: TSESTree.Node;
  insert: (entries: string) => Edit;
}

const WORKER_THREADS = ['worker_threads', 'node:worker_threads'];
const BUFFER_MODULES: ReadonlySet<string> = new Set(['buffer', 'node:buffer']);
/** `Buffer` factories that never use the shared 8 KiB pool (a transfer moves their memory). */
const UNPOOLED_BUFFER: ReadonlySet<string> = new Set(['alloc', 'allocUnsafeSlow']);
/** `Buffer` factories that may return a slice of the pool, which Node silently refuses to transfer. */
const POOLED_BUFFER: ReadonlySet<string> = new Set(['from', 'allocUnsafe', 'concat', 'copyBytesFrom']);
const SELF_RETURNING: ReadonlySet<string> = new Set(['fill', 'sort', 'reverse', 'copyWithin']);
const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);
const POOL_REASON = 'Node marks the 8 KiB pool slab untransferable and silently copies the whole slab (other Buffers\' bytes included) instead';

/**
 * `worker.postMessage(x)`, `port.postMessage(x)`, `parentPort.postMessage(x)` and `new Worker(file, { workerData: x })`
 * where `x` is, or holds one level down, a typed array, Buffer or ArrayBuffer and no transfer list is given: the
 * structured clone copies every byte (bench/transfer.js: 200 MiB, +401 MB peak against +0.5 MB for a transfer).
 */
export const transferPattern: SitePattern<TransferOptions> = {
  nodeTypes: [AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.NewExpression],
  analyze(node, env) {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
    const site = matchSite(node, env);
    return site && analyzeSite(site, env);
  },
};

function analyzeSite(site: Site, env: AnalysisEnv): Finding | undefined {
  const value = skipTsWrappers(site.value);
  const parts: TSESTree.Node[] = [];
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of value.properties) if (property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method) parts.push(property.value);
  } else if (value.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of value.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) parts.push(element);
  } else {
    parts.push(value);
  }
  const candidates: Candidate[] = [];
  for (const part of parts) {
    const candidate = candidateOf(part, site.node, env, 0);
    if (candidate) candidates.push(candidate);
  }
  if (candidates.length === 0) return undefined;
  const transferable = candidates.filter((c) => c.entry !== undefined && c.kind !== 'none');
  const finding = (problem: Problem, node: TSESTree.Node, kind: FixKind, reason: string | undefined, rewrites: Finding['rewrites']): Finding => ({
    node: site.node,
    messageId: problem,
    data: { call: site.call, value: excerpt(env.sourceCode, node) },
    kind,
    reason,
    rewrites,
  });
  if (transferable.length === 0) {
    const first = candidates[0]!;
    return finding(first.problem, first.node, 'none', first.reason, []);
  }
  const entries = [...new Set(transferable.map((c) => c.entry!))];
  const list = `[${entries.join(', ')}]`;
  const edit = site.insert(list);
  const unsafe = transferable.find((c) => c.kind !== 'fix');
  if (!unsafe) return finding('structuredClone', transferable[0]!.node, 'fix', undefined, [{ messageId: 'addTransferList', data: { list, caveat: '' }, edits: [edit] }]);
  return finding('structuredClone', transferable[0]!.node, 'suggest', unsafe.reason, [{ messageId: 'addTransferList', data: { list, caveat: ` (${unsafe.reason})` }, edits: [edit] }]);
}

// ---------------------------------------------------------------------------------------------------------------
// Sites: which calls send a message to another thread
// ---------------------------------------------------------------------------------------------------------------

function matchSite(node: TSESTree.CallExpression | TSESTree.NewExpression, env: AnalysisEnv): Site | undefined {
  const { sourceCode } = env;
  if (node.type === AST_NODE_TYPES.NewExpression) {
    if (!tracked(sourceCode).nodeWorkers.has(node)) return undefined;
    const options = node.arguments[1] && skipTsWrappers(node.arguments[1]);
    // A spread may bring its own `transferList`: nothing can be said.
    if (options?.type !== AST_NODE_TYPES.ObjectExpression || options.properties.some((p) => p.type !== AST_NODE_TYPES.Property)) return undefined;
    const properties = options.properties as TSESTree.Property[];
    const keyOf = (p: TSESTree.Property): string | undefined =>
      !p.computed && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : p.key.type === AST_NODE_TYPES.Literal ? String(p.key.value) : undefined;
    const data = properties.find((p) => keyOf(p) === 'workerData');
    if (!data || properties.some((p) => keyOf(p) === 'transferList' || p.computed)) return undefined;
    const last = properties.at(-1)!;
    return { node, call: 'new Worker(..., { workerData })', value: data.value, insert: (list) => insertProperty(env, options, last, `transferList: ${list}`) };
  }
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'postMessage') return undefined;
  // A second argument is a transfer list (or, for `window.postMessage`, a target origin): never ours to add.
  if (node.arguments.length !== 1 || node.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (!isMessageTarget(node, callee.object, env)) return undefined;
  return { node, call: `${excerpt(sourceCode, callee)}(...)`, value: node.arguments[0]!, insert: (list) => insertArgument(env, node, list) };
}

interface Tracked {
  /** `parentPort.postMessage(...)` calls, through any alias the tracker follows. */
  parentPort: Set<TSESTree.Node>;
  /** `new Worker(...)` of worker_threads, and the global (browser) `Worker`. */
  workers: Set<TSESTree.Node>;
  /** `new Worker(...)` of worker_threads only: the ones with `workerData`. */
  nodeWorkers: Set<TSESTree.Node>;
  channels: Set<TSESTree.Node>;
}

// The tracker reports a read where the name is bound (`import { parentPort }`): track its calls instead.
// Built once: an object with symbol keys is slow to make, and `tracked` runs for every file with a `new`.
const WORKER_MODULE = {
  parentPort: { postMessage: { [ReferenceTracker.CALL]: 'parentPort' } },
  Worker: { [ReferenceTracker.CONSTRUCT]: 'nodeWorker' },
  MessageChannel: { [ReferenceTracker.CONSTRUCT]: 'channel' },
};
const WORKER_TRACE_MAP = Object.fromEntries(WORKER_THREADS.map((name) => [name, WORKER_MODULE]));
const GLOBAL_TRACE_MAP = { Worker: { [ReferenceTracker.CONSTRUCT]: 'worker' }, MessageChannel: { [ReferenceTracker.CONSTRUCT]: 'channel' } };

/** Every worker_threads `parentPort`, `new Worker` and `new MessageChannel` of the file, found once per file. */
const tracked = perFile((sourceCode): Tracked => {
  const result: Tracked = { parentPort: new Set(), workers: new Set(), nodeWorkers: new Set(), channels: new Set() };
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope) {
    // `legacy`: a Node built-in's named exports are also properties of its default export (`import wt from ...`).
    const tracker = new ReferenceTracker(globalScope as never, { mode: 'legacy' });
    // Most files import no worker_threads and name none of these globals: the tracker would find nothing there.
    const found: { node: unknown; info: unknown }[] = mayReference(globalScope, WORKER_THREADS, ['require', 'Worker', 'MessageChannel'])
      ? [...tracker.iterateEsmReferences(WORKER_TRACE_MAP), ...tracker.iterateCjsReferences(WORKER_TRACE_MAP), ...tracker.iterateGlobalReferences(GLOBAL_TRACE_MAP)]
      : [];
    // Without configured globals (no `globals.node`), ESLint leaves `require`, `Worker` and `MessageChannel` as
    // unresolved references, which the tracker's global and CommonJS searches do not see.
    for (const reference of globalScope.through) {
      const id = reference.identifier as TSESTree.Node;
      const parent = id.parent;
      const name = (id as TSESTree.Identifier).name;
      if (name === 'require' && parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === id) {
        const argument = parent.arguments[0];
        if (argument?.type === AST_NODE_TYPES.Literal && WORKER_THREADS.includes(String(argument.value))) for (const reference of tracker.iteratePropertyReferences(parent as never, WORKER_MODULE)) found.push(reference);
      } else if ((name === 'Worker' || name === 'MessageChannel') && parent?.type === AST_NODE_TYPES.NewExpression && parent.callee === id) {
        found.push({ node: parent, info: name === 'Worker' ? 'worker' : 'channel' });
      }
    }
    for (const { node, info } of found) {
      const at = node as TSESTree.Node;
      if (info === 'parentPort') result.parentPort.add(at);
      else if (info === 'channel') result.channels.add(at);
      else result.workers.add(at);
      if (info === 'nodeWorker') result.nodeWorkers.add(at);
    }
  }
  return result;
});

/**
 * The receiver is a Worker or MessagePort: by type with the checker (so `window.postMessage`, which takes a target
 * origin, never is), else by tracking worker_threads imports to a `const` binding, `parentPort` or a channel's port.
 */
function isMessageTarget(call: TSESTree.CallExpression, receiver: TSESTree.Node, env: AnalysisEnv): boolean {
  if (env.typeInfo) {
    const { checker, toTsNode } = env.typeInfo;
    const type = checker.getTypeAtLocation(toTsNode(receiver));
    if (!tsutils.isTypeFlagSet(type, 1 /* Any */ | 2 /* Unknown */)) {
      const parts = tsutils.unionConstituents(type).filter((part) => !tsutils.isTypeFlagSet(part, 32768 /* Undefined */ | 65536 /* Null */));
      return parts.length > 0 && parts.every((part) => ['Worker', 'MessagePort'].includes((part.getSymbol() ?? part.aliasSymbol)?.getName() ?? checker.typeToString(part)));
    }
  }
  return tracked(env.sourceCode).parentPort.has(call) || isTrackedTarget(receiver, env, 0);
}

function isTrackedTarget(receiver: TSESTree.Node, env: AnalysisEnv, depth: number): boolean {
  const node = skipTsWrappers(receiver);
  const found = tracked(env.sourceCode);
  if (found.workers.has(node)) return true;
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(node);
    return (name === 'port1' || name === 'port2') && isChannel(node.object, env);
  }
  if (node.type !== AST_NODE_TYPES.Identifier || depth > 2) return false;
  const declarator = constDeclarator(node, env);
  if (!declarator?.init) return false;
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    // `const { port1, port2 } = new MessageChannel()`
    const property = declarator.id.properties.find((p) => p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === node.name);
    const key = property?.type === AST_NODE_TYPES.Property && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : '';
    return (key === 'port1' || key === 'port2') && isChannel(declarator.init, env);
  }
  return isTrackedTarget(declarator.init, env, depth + 1);
}

function isChannel(node: TSESTree.Node, env: AnalysisEnv): boolean {
  const inner = skipTsWrappers(node);
  if (tracked(env.sourceCode).channels.has(inner)) return true;
  if (inner.type !== AST_NODE_TYPES.Identifier) return false;
  const init = constDeclarator(inner, env)?.init;
  return !!init && tracked(env.sourceCode).channels.has(skipTsWrappers(init));
}

/** The declarator of a variable that is never written after its initialiser. */
function constDeclarator(id: TSESTree.Identifier, env: AnalysisEnv): TSESTree.VariableDeclarator | undefined {
  const variable = findVariable(env.sourceCode, id);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable') return undefined;
  if (variable.references.some((r) => r.isWrite() && !r.init)) return undefined;
  return def.node;
}

// ---------------------------------------------------------------------------------------------------------------
// Values: which parts of a message are buffers, and whether transferring them is safe
// ---------------------------------------------------------------------------------------------------------------

function candidateOf(part: TSESTree.Node, site: TSESTree.Node, env: AnalysisEnv, depth: number): Candidate | undefined {
  const node = skipTsWrappers(part);
  const { sourceCode } = env;
  const text = excerpt(sourceCode, node);
  const make = (problem: Problem, kind: FixKind, reason: string | undefined, entry?: string): Candidate => ({ node, problem, kind, reason, entry });
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(sourceCode, node);
    const def = variable?.defs[0];
    const name = node.name;
    if (variable && def?.type === 'Variable' && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init && variable.defs.length === 1) {
      const init = def.node.init;
      const source = sourceOf(init, env);
      if (source?.kind === 'shared') return undefined;
      if (source?.kind === 'view') return make('viewClone', 'none', source.why);
      if (source?.kind === 'pooled') return make('pooledBuffer', 'none', source.why);
      if (source?.kind === 'fresh') {
        const entry = source.value === 'arraybuffer' ? name : `${name}.buffer`;
        const why = whyNotFresh(variable, def.node, site, env) ?? source.caveat;
        return make('structuredClone', why ? 'suggest' : 'fix', why, entry);
      }
      if (source?.kind === 'bufferOf') {
        const base = depth < 2 ? candidateOf(source.base, site, env, depth + 1) : undefined;
        if (base && base.kind === 'none') return { ...base, node };
        if (!base && !bufferKindOf(node, env)) return make('structuredClone', 'none', `\`${excerpt(sourceCode, source.base)}\` is of unknown origin: its buffer may be a pooled Buffer's slab, or shared with other views`);
        // Also detaches every view of the same memory, the one it was read from included.
        return make('structuredClone', 'suggest', `\`${name}\` is the buffer of \`${excerpt(sourceCode, source.base)}\`, which the transfer detaches too`, name);
      }
      const kind = bufferKindOf(node, env) ?? annotationKind(def.node.id);
      if (!kind) return undefined;
      if (kind === 'buffer') return make('pooledBuffer', 'none', `\`${name}\` comes from \`${excerpt(sourceCode, init)}\` and may be a pooled Buffer: ${POOL_REASON}`);
      return make('structuredClone', 'suggest', `\`${name}\` comes from \`${excerpt(sourceCode, init)}\`, which may keep another reference to it (or return a view of a larger buffer) that the transfer would detach`, entryOf(name, kind));
    }
    const kind = bufferKindOf(node, env) ?? (def?.type === 'Parameter' ? annotationKind(def.name) : undefined);
    if (!kind) return undefined;
    if (kind === 'buffer') return make('pooledBuffer', 'none', `\`${name}\` may be a pooled Buffer: ${POOL_REASON}`);
    const reason = def?.type === 'Parameter'
      ? `\`${name}\` is a parameter: the caller's ${kind === 'arraybuffer' ? 'ArrayBuffer' : 'array'} would be detached (byteLength 0) after the call`
      : def?.type === 'Variable'
        ? `where \`${name}\` comes from is not known: other code may hold it and read it after the transfer detaches it`
        : `\`${name}\` is not a local variable of this function: other code may read it after the transfer detaches it`;
    return make('structuredClone', 'suggest', reason, entryOf(name, kind));
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'buffer' && !node.computed) {
    const base = depth < 2 ? candidateOf(node.object, site, env, depth + 1) : undefined;
    // `ab.buffer` of an ArrayBuffer is undefined: nothing to send.
    if (base?.entry !== undefined && !base.entry.endsWith('.buffer')) return undefined;
    if (base) return { ...base, node, entry: base.entry === undefined ? undefined : textOf(sourceCode, node) };
    if (env.typeInfo && bufferKindOf(node, env) !== 'arraybuffer') return undefined;
    return make('structuredClone', 'none', `\`${excerpt(sourceCode, node.object)}\` is of unknown origin: its buffer may be a pooled Buffer's slab, or shared with other views`);
  }
  const source = sourceOf(node, env);
  if (source?.kind === 'view') return make('viewClone', 'none', source.why);
  if (source?.kind === 'pooled') return make('pooledBuffer', 'none', source.why);
  if (source?.kind === 'shared') return undefined;
  if (source || bufferKindOf(node, env)) return make('structuredClone', 'none', `\`${text}\` is made in the call: declare it in a \`const\` first so that it can be listed and transferred`);
  return undefined;
}

const entryOf = (name: string, kind: 'arraybuffer' | 'buffer' | 'typed'): string => (kind === 'arraybuffer' ? name : `${name}.buffer`);

/** The buffer an expression makes, by syntax (and the checker for a constructor's argument). */
function sourceOf(expression: TSESTree.Node, env: AnalysisEnv, depth = 0): Source | undefined {
  const node = skipTsWrappers(expression);
  const { sourceCode } = env;
  if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && isGlobalName(sourceCode, node.callee, node.callee.name)) {
    const name = node.callee.name;
    if (name === 'ArrayBuffer') return { kind: 'fresh', value: 'arraybuffer' };
    if (name === 'SharedArrayBuffer') return { kind: 'shared' };
    if (name === 'DataView') return { kind: 'view', why: `\`${excerpt(sourceCode, node)}\` is a view of another buffer` };
    if (!TYPED_ARRAY_NAMES.has(name)) return undefined;
    const [first, ...rest] = node.arguments;
    if (rest.length > 0) return { kind: 'view', why: `\`${excerpt(sourceCode, node)}\` is a view of part of another buffer: a transfer would detach all of it` };
    if (!first || isNotBuffer(first, env, 0)) return { kind: 'fresh', value: 'typed' };
    let argument = skipTsWrappers(first);
    // `new Int32Array(sab)`: follow a `const` to what it was made from (a SharedArrayBuffer is shared, never copied).
    // The depth bounds `const n = new Float32Array(n)` (a TDZ error, but it parses) and longer cycles.
    if (argument.type === AST_NODE_TYPES.Identifier && depth < 8) {
      const def = ASTUtils.findVariable(sourceCode.getScope(argument), argument)?.defs[0];
      if (def?.type === 'Variable' && def.parent?.kind === 'const' && def.node.init) argument = skipTsWrappers(def.node.init);
    }
    const from = sourceOf(argument, env, depth + 1);
    if (from?.kind === 'shared') return { kind: 'shared' };
    if ((argument.type === AST_NODE_TYPES.MemberExpression && memberName(argument) === 'buffer') || (from?.kind === 'fresh' && from.value === 'arraybuffer')) {
      return { kind: 'view', why: `\`${excerpt(sourceCode, node)}\` is a view of another buffer: a transfer would detach it for every other view` };
    }
    // `new Float64Array(x)` copies an array, but views `x` if it is an ArrayBuffer.
    return { kind: 'fresh', value: 'typed', caveat: `\`${excerpt(sourceCode, node)}\` shares the memory of \`${excerpt(sourceCode, first)}\` if that is an ArrayBuffer, and the transfer would detach it` };
  }
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node) === 'buffer' && !node.computed ? { kind: 'bufferOf', base: node.object } : undefined;
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(callee) ?? '';
  const object = skipTsWrappers(callee.object);
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Buffer' && isBufferBinding(object, env)) {
    if (UNPOOLED_BUFFER.has(method)) return { kind: 'fresh', value: 'typed' };
    if (POOLED_BUFFER.has(method)) return { kind: 'pooled', why: `\`Buffer.${method}\` may return a slice of the shared 8 KiB pool: ${POOL_REASON}` };
    return undefined;
  }
  if (object.type === AST_NODE_TYPES.Identifier && TYPED_ARRAY_NAMES.has(object.name) && (method === 'from' || method === 'of') && isGlobalName(sourceCode, object, object.name)) return { kind: 'fresh', value: 'typed' };
  // `new Int32Array(n).fill(-1)` returns the array it fills.
  if (SELF_RETURNING.has(method)) {
    const receiver = sourceOf(callee.object, env);
    return receiver?.kind === 'fresh' ? receiver : undefined;
  }
  if (method === 'subarray') return { kind: 'view', why: `\`${excerpt(sourceCode, node)}\` is a view: the clone copies its whole parent buffer, and a transfer would detach the parent` };
  return undefined;
}

/** `Buffer` is the global or imported from `buffer` / `node:buffer`. */
function isBufferBinding(id: TSESTree.Identifier, env: AnalysisEnv): boolean {
  const variable = findVariable(env.sourceCode, id);
  if (!variable || variable.defs.length === 0) return true;
  const def = variable.defs[0]!;
  return def.type === 'ImportBinding' && def.parent.type === AST_NODE_TYPES.ImportDeclaration && BUFFER_MODULES.has(String(def.parent.source.value));
}

/** A typed-array constructor's argument that is surely not an ArrayBuffer: a number, an array literal, a length. */
function isNotBuffer(argument: TSESTree.Node, env: AnalysisEnv, depth: number): boolean {
  const node = skipTsWrappers(argument);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return ARITHMETIC.has(node.operator);
    case AST_NODE_TYPES.ConditionalExpression:
      return isNotBuffer(node.consequent, env, depth) && isNotBuffer(node.alternate, env, depth);
    case AST_NODE_TYPES.MemberExpression:
      return ['length', 'byteLength', 'size'].includes(memberName(node) ?? '');
    case AST_NODE_TYPES.CallExpression:
      return node.callee.type === AST_NODE_TYPES.MemberExpression
        ? isGlobalName(env.sourceCode, node.callee.object, 'Math')
        : isGlobalName(env.sourceCode, node.callee, new Set(['Number', 'parseInt', 'parseFloat']));
    case AST_NODE_TYPES.Identifier: {
      if (env.typeInfo) {
        const type = env.typeInfo.checker.getTypeAtLocation(env.typeInfo.toTsNode(node));
        if (tsutils.isTypeFlagSet(type, 296 /* NumberLike */ | 2112 /* BigIntLike */)) return true;
      }
      const variable = findVariable(env.sourceCode, node);
      const def = variable?.defs[0];
      if (!variable || depth > 2 || variable.defs.length !== 1 || variable.references.some((r) => r.isWrite() && !r.init)) return false;
      if (def?.type === 'Variable' && def.node.init) return isNotBuffer(def.node.init, env, depth + 1);
      if (def?.type === 'Parameter') {
        const name = def.name as TSESTree.Identifier;
        if (name.typeAnnotation?.typeAnnotation.type === AST_NODE_TYPES.TSNumberKeyword) return true;
        const parent = name.parent;
        return parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === name && isNotBuffer(parent.right, env, depth + 1);
      }
      return false;
    }
    default:
      return false;
  }
}

/** What the checker says a value is: a typed array, a Buffer (maybe pooled) or an ArrayBuffer. */
function bufferKindOf(node: TSESTree.Node, env: AnalysisEnv): 'arraybuffer' | 'buffer' | 'typed' | undefined {
  if (!env.typeInfo) return undefined;
  const { checker, toTsNode } = env.typeInfo;
  let type = checker.getTypeAtLocation(toTsNode(node));
  type = checker.getBaseConstraintOfType(type) ?? type;
  if (tsutils.isTypeFlagSet(type, 1 /* Any */ | 2 /* Unknown */)) return undefined;
  let kind: 'arraybuffer' | 'buffer' | 'typed' | undefined;
  for (const part of tsutils.unionConstituents(type)) {
    if (tsutils.isTypeFlagSet(part, 32768 /* Undefined */ | 65536 /* Null */)) continue;
    const name = part.getSymbol()?.getName() ?? '';
    // `ArrayBufferLike` includes SharedArrayBuffer, which is shared rather than copied: it does not count against.
    if (name === 'SharedArrayBuffer') continue;
    const partKind = name === 'Buffer' ? 'buffer' : name === 'ArrayBuffer' ? 'arraybuffer' : TYPED_ARRAY_NAMES.has(name) ? 'typed' : undefined;
    if (!partKind || (kind && kind !== partKind)) return undefined;
    kind = partKind;
  }
  return kind;
}

/** What a TS annotation (`data: Float64Array`, `ab: ArrayBuffer`, `b: Buffer`) says about a binding. */
function annotationKind(name: TSESTree.Node): 'arraybuffer' | 'buffer' | 'typed' | undefined {
  const annotation = (name as TSESTree.Identifier).typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  const type = annotation.typeName.name;
  if (type === 'Buffer') return 'buffer';
  if (type === 'ArrayBuffer') return 'arraybuffer';
  return TYPED_ARRAY_NAMES.has(type) ? 'typed' : undefined;
}

/**
 * Why transferring a local buffer could be observed, or undefined when it cannot: the binding is this function's
 * own, never reassigned, and nothing reads it after the call or keeps a reference to it before.
 */
function whyNotFresh(variable: Variable, declarator: TSESTree.VariableDeclarator, site: TSESTree.Node, env: AnalysisEnv): string | undefined {
  const name = variable.name;
  const declaration = declarator.parent;
  if (declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return `\`${name}\` is exported: other modules may read it after the transfer detaches it`;
  if (variable.scope.type === 'global') return `\`${name}\` is a global variable: other scripts may read it after the transfer detaches it`;
  const fn = enclosingFunction(site);
  if (enclosingFunction(declarator) !== fn) return `\`${name}\` is declared outside the function that posts it, which may read it again or run again after the transfer detaches it`;
  for (let current = site.parent; current && current !== fn; current = current.parent) {
    // A loop that does not make a new buffer every turn would post the detached one next turn (one declared in a
    // `for` head is made once, before the first turn).
    const inHead = current.type === AST_NODE_TYPES.ForStatement && !!current.init && contains(current.init, declarator);
    if (LOOP_TYPES.has(current.type) && (!contains(current, declarator) || inHead)) return `the call is in a loop that posts the same \`${name}\` again on the next turn, after the transfer detached it`;
  }
  // A `var` outlives the turn: a read anywhere in a loop around the post (even earlier in its body) may run on a
  // later turn, after this turn's transfer detached the buffer.
  let turnLoop: TSESTree.Node | undefined;
  if (declaration.kind === 'var') for (let current = site.parent; current && current !== fn; current = current.parent) if (LOOP_TYPES.has(current.type)) turnLoop = current;
  for (const reference of variable.references) {
    if (reference.init) continue;
    const id = reference.identifier as TSESTree.Node;
    if (contains(site, id)) continue;
    if (reference.isWrite()) return `\`${name}\` is reassigned`;
    if (enclosingFunction(id) !== fn) return `\`${name}\` is used in a closure, which may run after the transfer detaches it`;
    if (turnLoop && contains(turnLoop, id) && id.range[0] < site.range[0]) return `\`${name}\` is a \`var\` read on line ${id.loc.start.line}, which a later turn of the loop runs after the transfer has left it empty`;
    if (id.range[0] > site.range[1]) return `\`${name}\` is used after the call (line ${id.loc.start.line}), when the transfer has left it empty`;
    const user = outerValueNode(id);
    const parent = user.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === user && readsOnly(parent)) continue;
    if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === user) continue;
    // An earlier post of the same buffer clones it and keeps no reference.
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === user && matchSite(parent, env)) continue;
    return `\`${excerpt(env.sourceCode, parent ?? user)}\` may keep a reference to \`${name}\`, which the transfer would detach`;
  }
  return undefined;
}

/** Methods whose result shares nothing with the array (a number, a boolean, a string, a copy, nothing). */
const DETACHED_RESULTS: ReadonlySet<string> = new Set([
  'indexOf', 'lastIndexOf', 'includes', 'at', 'join', 'toString', 'toLocaleString', 'reduce', 'reduceRight', 'every', 'some',
  'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach', 'set', 'map', 'filter', 'readUInt8', 'readInt8',
  'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt16LE', 'readInt32LE', 'readFloatLE', 'readDoubleLE',
  'writeUInt8', 'writeUInt32LE', 'writeInt32LE', 'writeDoubleLE', 'equals', 'compare',
]);

/**
 * `data.length`, `data[i]`, `data.indexOf(x)`, `data.fill(0);` (result dropped): reads that keep nothing sharing
 * `data`'s memory. `data.buffer`, `data['buffer']`, `data.subarray(...)`, a kept `data.fill(0)` (the array itself),
 * `data.values()` (an iterator over it) are not: the transfer would detach what they hold.
 */
function readsOnly(member: TSESTree.MemberExpression): boolean {
  // `data[i]` reads an element; `data['buffer']` is the memory itself.
  if (member.computed) return member.property.type === AST_NODE_TYPES.Literal ? typeof member.property.value === 'number' : member.property.type === AST_NODE_TYPES.Identifier || member.property.type === AST_NODE_TYPES.BinaryExpression || member.property.type === AST_NODE_TYPES.UpdateExpression;
  const name = memberName(member) ?? '';
  const call = member.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return name === 'length' || name === 'byteLength' || name === 'byteOffset' || name === 'BYTES_PER_ELEMENT';
  if (DETACHED_RESULTS.has(name)) return true;
  // Any other method (`fill`, `sort`, `subarray`, `values`, and `slice`, a view on a Buffer): fine only when its result is dropped.
  return outerValueNode(call).parent?.type === AST_NODE_TYPES.ExpressionStatement;
}

// ---------------------------------------------------------------------------------------------------------------
// Edits
// ---------------------------------------------------------------------------------------------------------------

/** `w.postMessage(data)` → `w.postMessage(data, [data.buffer])`, after any parentheses and before a trailing comma. */
function insertArgument(env: AnalysisEnv, call: TSESTree.CallExpression, list: string): Edit {
  const { sourceCode } = env;
  const closing = sourceCode.getLastToken(call)!;
  const before = sourceCode.getTokenBefore(closing)!;
  if (before.value === ',') return { range: [before.range[1], before.range[1]], text: ` ${list},` };
  return { range: [before.range[1], before.range[1]], text: `, ${list}` };
}

/** Adds a property after the last one of an object literal, on a line of its own when the object spans lines. */
function insertProperty(env: AnalysisEnv, object: TSESTree.ObjectExpression, last: TSESTree.Property, property: string): Edit {
  const { sourceCode } = env;
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(last)!;
  const comma = after.value === ',' ? after : undefined;
  const multiline = last.loc.start.line !== object.loc.start.line;
  const at = comma ? comma.range[1] : last.range[1];
  if (multiline) {
    const separator = `${lineEndingAt(text, last.range[0])}${indentAt(text, last.range[0])}`;
    return { range: [at, at], text: comma ? `${separator}${property},` : `,${separator}${property}` };
  }
  return { range: [at, at], text: comma ? ` ${property},` : `, ${property}` };
}
