import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import * as ts from 'typescript';

import {
  contains,
  frameOf,
  globalStaticCall,
  hasEffects,
  isGlobalName,
  lineOf,
  LOOP_TYPES,
  memberName,
  outerValueNode,
  skipTsWrappers,
  someNode,
  STATEMENT_LIST_PARENTS,
  statementList,
} from './ast.ts';
import { extractPhase } from './extract-phase.ts';
import { calleeText, largeValue, type LargeValueOptions, type ValueKind } from './large-value.ts';
import { indentAt, lineEndingAt, textOf } from './text.ts';
import type { AnalysisEnv, Edit, Finding, FixKind, Rewrite, SitePattern } from './types.ts';

type Variable = TSESLint.Scope.Variable;
type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export type RetainedOptions = LargeValueOptions;

/** Methods that call their callback before they return, and keep nothing of it: a closure passed there ends with the call. */
const SYNC_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  'map', 'filter', 'forEach', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap',
  'sort', 'toSorted', 'replace', 'replaceAll',
]);
/** Calls that take no time worth naming: a dead value kept alive across them costs nothing. */
const CHEAP_OBJECTS: ReadonlySet<string> = new Set(['console', 'Math', 'Number', 'Object', 'Reflect', 'Symbol', 'Date', 'performance', 'assert']);
const CHEAP_GLOBALS: ReadonlySet<string> = new Set([
  'Number', 'String', 'Boolean', 'BigInt', 'Symbol', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'Error', 'TypeError', 'RangeError',
  'Date', 'clearTimeout', 'clearInterval', 'assert',
]);
const CHEAP_METHODS: ReadonlySet<string> = new Set([
  'push', 'pop', 'set', 'get', 'has', 'add', 'delete', 'log', 'info', 'warn', 'error', 'debug', 'trace', 'toFixed', 'toString',
  'charAt', 'charCodeAt', 'codePointAt', 'startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'at', 'padStart', 'padEnd',
  'trim', 'toLowerCase', 'toUpperCase', 'getTime', 'now', 'hasOwnProperty', 'isArray', 'isInteger', 'isFinite', 'isNaN',
  'time', 'timeEnd', 'mark', 'measure', 'ok', 'equal', 'strictEqual',
]);
const FUNCTION_TYPES: ReadonlySet<string> = new Set([AST_NODE_TYPES.FunctionDeclaration, AST_NODE_TYPES.FunctionExpression, AST_NODE_TYPES.ArrowFunctionExpression]);
/** Statements that end with a block (`if (...) { }`): code may follow them on the same line without a `;`. */
const BLOCK_ENDED: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.BlockStatement, AST_NODE_TYPES.IfStatement, AST_NODE_TYPES.ForStatement, AST_NODE_TYPES.ForInStatement, AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement, AST_NODE_TYPES.TryStatement, AST_NODE_TYPES.SwitchStatement, AST_NODE_TYPES.FunctionDeclaration,
  AST_NODE_TYPES.ClassDeclaration, AST_NODE_TYPES.LabeledStatement,
]);

/** Where a use of the binding happens, as the function that declares it sees it. */
interface UseSite {
  /** The node whose evaluation is the use: the reference, or the call that runs the closure holding it. */
  node: TSESTree.Node;
  /** A callback passed to `map` & co. is assumed to run before the call returns; the name of that method. */
  callback: string | undefined;
  /** The use is in a closure (so the binding lives in the scope's context object). */
  captured: boolean;
  /** The line the use happens on: the reference's, or the last line of the call that runs a local function. */
  line: number;
}

/**
 * The retained-intermediate pattern: a binding that holds a possibly large value (see `largeValue`) and is still
 * reachable after its last use: across an `await`/`yield`, during a later loop or call of the same function (the
 * interpreter keeps every local of a running frame), through a closure that shares its scope, as a module-scope
 * value a function captures, or as a script global. The rewrites release it: read it where it is used (when it is
 * used once, in the next statement), or `let` + `x = undefined` after the last use. Never a bare block: in
 * interpreted code a block that has ended does not release its bindings (measured, bench/retained-intermediates.js).
 */
export const retainedIntermediatePattern: SitePattern<RetainedOptions> = {
  nodeTypes: [AST_NODE_TYPES.VariableDeclarator],
  analyze(node, env, options) {
    return node.type === AST_NODE_TYPES.VariableDeclarator ? analyzeDeclarator(node, env, options) : undefined;
  },
};

function analyzeDeclarator(declarator: TSESTree.VariableDeclarator, env: AnalysisEnv, options: RetainedOptions): Finding | undefined {
  const id = declarator.id;
  if (id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  const declaration = declarator.parent;
  if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.declare || (declaration.kind !== 'const' && declaration.kind !== 'let' && declaration.kind !== 'var')) return undefined;
  const exported = declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration;
  const statement: TSESTree.Node = exported ? declaration.parent : declaration;
  // Loop heads (`for (const x of ...)`) and other non-list positions hold their own bindings.
  if (!STATEMENT_LIST_PARENTS.has(statement.parent?.type ?? '')) return undefined;
  const source = largeValue(declarator.init, env, options);
  if (!source) return undefined;
  const variable = env.sourceCode.scopeManager?.getDeclaredVariables(declarator).find((v) => v.name === id.name);
  if (!variable || variable.defs.length !== 1) return undefined;
  const fn = frameOf(declaration);
  // `typeof raw` in a type is no use of the value (but constrains the rewrite, see releaseRewrite).
  const references = variable.references.filter((reference) => reference.identifier !== id && !inTypeQuery(reference.identifier as TSESTree.Node));
  // Written again (a release already there, or a new value): the binding is not a one-shot intermediate.
  if (references.length === 0 || references.some((reference) => reference.isWrite())) return undefined;
  if (references.some((reference) => reference.identifier.range[0] < declarator.range[0])) return undefined;

  // Stored elsewhere (a field, an element, an alias, a constructed object): releasing the binding frees nothing.
  if (references.some((reference) => storedElsewhere(reference.identifier as TSESTree.Node, env))) return undefined;
  // A kept slice of a string or view of a buffer pins all of it (V8 sliced strings, `subarray`): releasing the
  // binding would free nothing while that piece lives (that is `no-retained-view`'s finding, not this rule's).
  if (references.some((reference) => pinsParent(reference.identifier as TSESTree.Node, source.kind))) return undefined;
  const sites: UseSite[] = [];
  for (const reference of references) {
    const site = useSites(reference.identifier as TSESTree.Identifier, fn, env);
    // A closure that may run later still needs the value: it is not an intermediate.
    if (!site) return undefined;
    for (const one of site) sites.push(one);
  }
  if (sites.some((site) => site.node.range[0] < declarator.range[0])) return undefined;
  const lifted = sites.map((site) => liftOutOfLoops(site.node, declaration, fn, env));
  const last = lifted.reduce((a, b) => (b.range[1] > a.range[1] ? b : a));
  const anchor = statementIn(last, statement);
  if (!anchor) return undefined;
  const lastLine = sites.reduce((line, site) => Math.max(line, site.line), 0);
  // `for (const line of raw.split('\n'))`: used once, in the head; the loop's body is the later phase.
  const headLoop = LOOP_TYPES.has(anchor.type) && inLoopHead(last, anchor, env) ? anchor : undefined;

  const reason = retention(variable, sites, anchor, fn, env, options, headLoop);
  if (!reason) return undefined;

  const data = { name: id.name, line: String(lastLine), reason: reason.text };
  const finding = (kind: FixKind, why: string | undefined, rewrites: readonly Rewrite[]): Finding => ({
    node: id,
    messageId: 'retainedIntermediate',
    data,
    kind: rewrites.length === 0 ? 'none' : kind,
    reason: rewrites.length === 0 ? why : kind === 'fix' ? undefined : why,
    rewrites,
  });

  if (someNode([fn], env.sourceCode.visitorKeys, isDynamicScope, true)) {
    return finding('none', 'a direct `eval` or `with` in scope could read it later', []);
  }
  if (exported) return finding('none', 'it is exported: importers may read it at any time', []);
  if (declaration.declarations.length !== 1) return finding('none', 'it is declared together with other bindings', []);

  // Which forms free the value depends on what keeps it after the last use (measured, bench/retained-intermediates.js).
  // A later `await` drops every dead temporary, so each form works across one. For a synchronous phase the
  // interpreter keeps temporary registers until the function returns: reading the value where it is used frees
  // nothing, `x = undefined` frees it only when every use handed over `x` itself, and the value an `await` resumed
  // with stays until the next suspension; a function of its own frees it in every shape.
  const syncPhase = reason.phase === true;
  const resumed = syncPhase && skipTsWrappers(declarator.init).type === AST_NODE_TYPES.AwaitExpression;
  const temporary = syncPhase ? (resumed ? 'it is the value an `await` resumed with, which stays reachable until the function next suspends' : throughTemporary(references, fn, source.kind)) : undefined;
  const inline = syncPhase ? undefined : inlineRewrite(declarator, declaration, references, sites, lifted, env);
  const release = headLoop
    ? `it is last used in the head of the loop on line ${lineOf(headLoop)}, where no statement can follow it`
    : (temporary ?? releaseRewrite(declarator, declaration, variable, anchor, sites, source.type, env));
  // A function of its own: the one form that frees the value in every shape, offered where the others cannot be
  // written or do not free it, and beside `x = undefined` for a synchronous phase.
  const extract = headLoop || inline || (!syncPhase && typeof release === 'object') ? undefined : extractPhase(declaration, anchor, env, {
    isLarge: (init) => largeValue(init, env, options) !== undefined,
    hasEscapingClosure: (statements) => escapingClosureIn(statements, env) !== undefined,
    captured: sites.some((site) => site.captured),
    name: id.name,
  });
  const rewrites: Rewrite[] = [];
  if (inline) rewrites.push(inline);
  if (typeof release === 'object') rewrites.push(release);
  if (typeof extract === 'object') rewrites.push(extract);
  if (rewrites.length === 0) {
    return finding('none', typeof extract === 'string' && extract !== 'its last use is in its own declaration' ? `${release as string}, and ${extract}` : (release as string), []);
  }
  const callback = sites.find((site) => site.callback);
  if (callback) {
    return finding('suggest', `it assumes the callback passed to \`${callback.callback}\` on line ${lineOf(callback.node)} runs before \`${callback.callback}\` returns`, rewrites);
  }
  if (typeof extract === 'object' && rewrites[0] === extract) {
    const why = typeof release === 'string' ? `${release}; ` : '';
    // The types TypeScript infers for what the new function returns may be wider than those declared in place; an
    // async function awaited adds turns of the microtask queue, which other pending callbacks could observe.
    if (env.typescript) return finding('suggest', `${why}moving the phase into a function of its own may change the types TypeScript infers`, rewrites);
    if (extract.edits[0]!.text.includes('await (async')) return finding('suggest', `${why}the async function it moves into adds microtask turns`, rewrites);
  }
  return finding('fix', undefined, rewrites);
}

/** Reads that give a small value: the measured ones leave nothing large in a temporary. */
const SMALL_READS: ReadonlySet<string> = new Set(['length', 'size', 'byteLength', 'byteOffset']);

/**
 * Why `x = undefined` would not free the value for a synchronous phase, if it would not: a use that reads through
 * it (`data.items.map(f)`), passes it among three or more arguments, or iterates it leaves the value, or a part of
 * it, in a temporary register the interpreter keeps until the function returns (measured). Uses inside closures run
 * in frames of their own.
 */
function throughTemporary(references: readonly TSESLint.Scope.Reference[], fn: TSESTree.Node, kind: ValueKind): string | undefined {
  for (const reference of references) {
    const ref = reference.identifier as TSESTree.Node;
    if (frameOf(ref) !== fn) continue;
    const node = outerValueNode(ref);
    const parent = node.parent;
    const fewArguments = (call: TSESTree.CallExpression | TSESTree.NewExpression): boolean => call.arguments.length <= 2 && !call.arguments.some((a) => a.type === AST_NODE_TYPES.SpreadElement);
    if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(node as TSESTree.CallExpressionArgument) && fewArguments(parent)) continue;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
      const call = parent.parent;
      // A result read on at once (`buf.fill(0).length`, `raw.trim().length`) sits in a temporary, and it may be the
      // receiver itself or a view of it.
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent && fewArguments(call) && outerValueNode(call).parent?.type !== AST_NODE_TYPES.MemberExpression) continue;
      if (!parent.computed && SMALL_READS.has(memberName(parent) ?? '')) continue;
      if (parent.computed && (kind === 'string' || kind === 'bytes')) continue;
    }
    return `its use on line ${lineOf(ref)} leaves it, or a part of it, in a temporary register that \`${(ref as TSESTree.Identifier).name} = undefined\` would not clear`;
  }
  return undefined;
}

/** Methods that keep their argument in the receiver. */
const STORING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'splice', 'set', 'add', 'fill', 'resolve', 'assign', 'defineProperty', 'setPrototypeOf']);
/** Constructors that copy what they are given (or keep only its elements) rather than the value itself. */
const COPYING_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'Set', 'Map', 'WeakSet', 'Array', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Error', 'TypeError', 'RangeError', 'Date', 'URL', 'RegExp',
]);

/**
 * The value read at `ref` is kept by something else: put in an object or array literal, assigned to a field or
 * another binding, handed to `push`/`set`/`add`, or to a constructor (which usually keeps its arguments).
 */
function storedElsewhere(ref: TSESTree.Node, env: AnalysisEnv): boolean {
  let node = ref;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== node) continue;
    if (parent.type === AST_NODE_TYPES.LogicalExpression || parent.type === AST_NODE_TYPES.AwaitExpression) continue;
    if (parent.type === AST_NODE_TYPES.SequenceExpression && parent.expressions.at(-1) === node) continue;
    if (parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression || parent.type === AST_NODE_TYPES.TSSatisfiesExpression || parent.type === AST_NODE_TYPES.TSTypeAssertion) continue;
    break;
  }
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectExpression;
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return true;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node;
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === node;
    case AST_NODE_TYPES.CallExpression: {
      if (!parent.arguments.includes(node as TSESTree.CallExpressionArgument)) return false;
      const callee = parent.callee;
      return callee.type === AST_NODE_TYPES.MemberExpression && STORING_METHODS.has(memberName(callee) ?? '');
    }
    case AST_NODE_TYPES.NewExpression: {
      if (!parent.arguments.includes(node as TSESTree.CallExpressionArgument)) return false;
      const name = calleeText(parent.callee);
      return !(name && COPYING_CONSTRUCTORS.has(name) && isGlobalName(env.sourceCode, parent.callee, name));
    }
    default:
      return false;
  }
}

/** `typeof raw` in a type annotation: a reference the type checker reads, not the running code. */
function inTypeQuery(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TSTypeQuery) return true;
    if (!current.type.startsWith('TS') && current.type !== AST_NODE_TYPES.MemberExpression && current.type !== AST_NODE_TYPES.Identifier) return false;
  }
  return false;
}


function isDynamicScope(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.WithStatement || (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'eval');
}

/**
 * Where the reference `id` is evaluated, seen from `fn` (the function declaring the binding): the reference itself,
 * or, inside closures, the calls that run them: a callback of `map` & co., an IIFE, or a local function that is only
 * ever called directly. Undefined when a closure that holds it may run later (returned, stored, passed elsewhere).
 */
function useSites(id: TSESTree.Identifier, fn: TSESTree.Node, env: AnalysisEnv): UseSite[] | undefined {
  let node: TSESTree.Node = id;
  let callback: string | undefined;
  let captured = false;
  for (let current: TSESTree.Node | undefined = id.parent; current && current !== fn; current = current.parent) {
    if (!FUNCTION_TYPES.has(current.type)) continue;
    captured = true;
    const closure = current as Fn;
    const runner = runningCall(closure, env);
    if (runner) {
      node = runner.call;
      callback ??= runner.method;
      current = runner.call;
      continue;
    }
    // Only the outermost closure may be a local function; its calls are the uses.
    if (frameOf(closure) !== fn) return undefined;
    const calls = localCalls(closure, env);
    if (!calls) return undefined;
    return calls.map((call) => ({ node: call, callback, captured, line: call.loc.end.line }));
  }
  return [{ node, callback, captured, line: lineOf(id) }];
}

/** The call that runs `closure` before it returns: an IIFE, or a callback of a method in SYNC_CALLBACK_METHODS / `Array.from`. */
function runningCall(closure: Fn, env: AnalysisEnv): { call: TSESTree.CallExpression; method: string | undefined } | undefined {
  if (closure.async || closure.generator) return undefined;
  const parent = closure.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  if (parent.callee === closure) return { call: parent, method: undefined };
  const callee = parent.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(callee);
  if (!method) return undefined;
  const position = method === 'replace' || method === 'replaceAll' ? 1 : 0;
  if (SYNC_CALLBACK_METHODS.has(method) && parent.arguments[position] === closure) return { call: parent, method };
  if (method === 'from' && parent.arguments[1] === closure && isGlobalName(env.sourceCode, callee.object, 'Array')) return { call: parent, method: 'Array.from' };
  return undefined;
}

/** The calls of a local function (declaration or `const f = () => ...`) if each of its references is a direct call in the same function. */
function localCalls(closure: Fn, env: AnalysisEnv): TSESTree.CallExpression[] | undefined {
  let name: TSESTree.Identifier | undefined;
  if (closure.type === AST_NODE_TYPES.FunctionDeclaration && closure.id) name = closure.id;
  else if (closure.parent?.type === AST_NODE_TYPES.VariableDeclarator && closure.parent.init === closure && closure.parent.id.type === AST_NODE_TYPES.Identifier && closure.parent.parent.kind === 'const') name = closure.parent.id;
  if (!name) return undefined;
  const declarator = closure.type === AST_NODE_TYPES.FunctionDeclaration ? closure : closure.parent!;
  const variable = env.sourceCode.scopeManager?.getDeclaredVariables(declarator).find((v) => v.name === name.name);
  if (!variable) return undefined;
  const calls: TSESTree.CallExpression[] = [];
  const home = frameOf(closure);
  for (const reference of variable.references) {
    const ref = reference.identifier as TSESTree.Node;
    if (ref === name) continue;
    const parent = ref.parent;
    if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== ref || frameOf(ref) !== home) return undefined;
    calls.push(parent);
  }
  return calls.length > 0 ? calls : undefined;
}

/** A use inside a loop that does not contain the declaration happens on every turn: the use lasts until the loop ends. */
function liftOutOfLoops(node: TSESTree.Node, declaration: TSESTree.Node, fn: TSESTree.Node, env: AnalysisEnv): TSESTree.Node {
  let lifted = node;
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (LOOP_TYPES.has(current.type) && !contains(current, declaration) && !inLoopHead(node, current, env)) lifted = current;
  }
  return lifted;
}

/**
 * `node` is in the part of `loop` evaluated once, before the first turn (a `for...of`/`for...in` source, a `for`
 * init), as an argument that a call turns into something else (`JSON.parse(raw)`). The value iterated itself, or a
 * method's receiver (`rows.entries()`), is held by the loop's iterator on every turn: that is a use to the end.
 */
function inLoopHead(node: TSESTree.Node, loop: TSESTree.Node, env: AnalysisEnv): boolean {
  let head: TSESTree.Node | undefined;
  if (loop.type === AST_NODE_TYPES.ForOfStatement || loop.type === AST_NODE_TYPES.ForInStatement) head = loop.right;
  else if (loop.type === AST_NODE_TYPES.ForStatement && loop.init) head = loop.init;
  if (!head || !contains(head, node)) return false;
  const value = outerValueNode(node);
  const call = value.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== value) return false;
  // Only calls known to copy: a user function could return a lazy iterator that still holds the value.
  return globalStaticCall(env.sourceCode, call, 'JSON') === 'parse' || ['entries', 'values', 'keys'].includes(globalStaticCall(env.sourceCode, call, 'Object') ?? '') || globalStaticCall(env.sourceCode, call, 'Array') === 'from' || isGlobalName(env.sourceCode, call.callee, 'structuredClone');
}

/** Methods whose result, on a string, is a V8 sliced or cons string that keeps the whole receiver reachable. */
const STRING_VIEWS: ReadonlySet<string> = new Set([
  'split', 'slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'trimLeft', 'trimRight', 'match', 'matchAll', 'replace',
  'replaceAll', 'normalize', 'padStart', 'padEnd', 'repeat', 'concat', 'toString', 'valueOf', 'toLowerCase', 'toUpperCase',
  'toLocaleLowerCase', 'toLocaleUpperCase',
]);
/** Methods whose result, on a Buffer or typed array, may be a view of the same memory (`Buffer#slice` is one). */
const BYTE_VIEWS: ReadonlySet<string> = new Set(['subarray', 'slice']);
/** Reads that consume a derived value at once, keeping nothing of it. */
const CONSUMING: ReadonlySet<string> = new Set([
  'length', 'byteLength', 'includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'charCodeAt', 'codePointAt', 'localeCompare', 'test',
]);

/**
 * The value read at `ref` stays reachable through a piece derived from it that is kept: a slice, a split, a
 * concatenation of a string, a `subarray` or `.buffer` of bytes (measured, ../shared V8 facts section 4).
 */
function pinsParent(ref: TSESTree.Node, kind: ValueKind): boolean {
  const node = outerValueNode(ref);
  const parent = node.parent;
  if (!parent) return false;
  const text = kind === 'string' || kind === 'unknown';
  if (text && ((parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') || parent.type === AST_NODE_TYPES.TemplateLiteral)) return kept(parent, kind);
  // `new Uint8Array(arrayBuffer)`, `new DataView(arrayBuffer)`: views of the same memory.
  if ((kind === 'bytes' || kind === 'unknown') && parent.type === AST_NODE_TYPES.NewExpression && parent.arguments[0] === node && /^(?:DataView|(?:Big)?(?:Uint|Int|Float)(?:8|16|32|64)(?:Clamped)?Array)$/.test(calleeText(parent.callee) ?? '')) {
    return kept(parent, kind);
  }
  const view = viewOf(node, kind);
  return view !== undefined && kept(view, kind);
}

/** The view `node.method(...)` (or `node.buffer`) makes of `node`, for a value of `kind`; undefined for a copy. */
function viewOf(node: TSESTree.Node, kind: ValueKind): TSESTree.Node | undefined {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return undefined;
  const name = memberName(parent) ?? '';
  const text = kind === 'string' || kind === 'unknown';
  const bytes = kind === 'bytes' || kind === 'unknown';
  if (bytes && name === 'buffer') return parent;
  const call = parent.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return undefined;
  return (text && STRING_VIEWS.has(name)) || (bytes && BYTE_VIEWS.has(name)) ? call : undefined;
}

/** `s.split(...)`, `s.match(...)`, `s.matchAll(...)`: an array (or iterator) of pieces of `s`. */
function isPieces(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && ['split', 'match', 'matchAll'].includes(memberName(node.callee) ?? '');
}

/**
 * The view `expr` is kept beyond the expression: not just measured, compared, dropped, or copied at once
 * (`buf.subarray(4).toString('base64')`); a view of the view (`raw.trim().split('\n')`) is the same parent's.
 */
function kept(expr: TSESTree.Node, kind: ValueKind): boolean {
  const node = outerValueNode(expr);
  const parent = node.parent;
  if (!parent || parent.type === AST_NODE_TYPES.ExpressionStatement) return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
    if (CONSUMING.has(memberName(parent) ?? '')) return false;
    const view = viewOf(node, kind);
    if (view) return kept(view, kind);
    const method = parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent ? memberName(parent) : undefined;
    // An array of pieces (`split`, `match`) passes them on through most methods (`filter`, `slice`, `sort`) but
    // not through `join`, which builds a new string.
    if (isPieces(node)) return method !== 'join';
    // Another method on a piece (`toString('base64')` of bytes, `toUpperCase()`): a new value.
    return method === undefined;
  }
  if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator !== '+') return false;
  return !(parent.type === AST_NODE_TYPES.UnaryExpression || parent.type === AST_NODE_TYPES.IfStatement || (parent.type === AST_NODE_TYPES.LogicalExpression && parent.parent?.type === AST_NODE_TYPES.IfStatement));
}

/** The statement of the declaration's own list that contains `node` (the declaration itself if it does). */
function statementIn(node: TSESTree.Node, declaration: TSESTree.Node): TSESTree.Node | undefined {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (current.parent === declaration.parent) return current;
  }
  return undefined;
}

interface Retention {
  text: string;
  /** The value stays reachable only while the function runs on (no suspension, closure or module scope keeps it). */
  phase?: boolean;
}

/** Why the value stays reachable after `anchor` (the statement holding its last use), or undefined if it does not. */
function retention(
  variable: Variable,
  sites: readonly UseSite[],
  anchor: TSESTree.Node,
  fn: TSESTree.Node,
  env: AnalysisEnv,
  options: RetainedOptions,
  headLoop: TSESTree.Node | undefined,
): Retention | undefined {
  const scopeBlock = variable.scope.block as TSESTree.Node;
  if (variable.scope.type === 'global' && env.sourceCode.ast.sourceType === 'script' && !isCommonJs(variable.scope)) {
    return { text: 'for the life of the program: it is a global of this script' };
  }
  const capture = sites.find((site) => site.captured);
  if (capture) {
    const escaping = escapingClosure(scopeBlock, env);
    if (escaping) return { text: `as long as the function on line ${lineOf(escaping)} lives, which shares its scope` };
    if (scopeBlock.type === AST_NODE_TYPES.Program && env.sourceCode.ast.sourceType === 'module') {
      return { text: `for the life of the program: the function on line ${lineOf(capture.node)} captures it in module scope` };
    }
  }
  let later = laterStatements(anchor, fn);
  if (headLoop) {
    const loop = headLoop as TSESTree.ForInStatement | TSESTree.ForOfStatement | TSESTree.ForStatement;
    const turns: TSESTree.Node[] = [loop.body];
    if (loop.type === AST_NODE_TYPES.ForStatement) for (const part of [loop.test, loop.update]) if (part) turns.push(part);
    for (const node of later) turns.push(node);
    later = turns;
  }
  let phase: { node: TSESTree.Node; text: string } | undefined;
  let suspension: { node: TSESTree.Node; text: string } | undefined;
  someNode(later, env.sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression) suspension ??= { node, text: `across the \`await\` on line ${lineOf(node)}` };
    else if (node.type === AST_NODE_TYPES.YieldExpression) suspension ??= { node, text: `across the \`yield\` on line ${lineOf(node)}` };
    else if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) suspension ??= { node, text: `across the \`for await\` loop on line ${lineOf(node)}` };
    else if (LOOP_TYPES.has(node.type)) phase ??= { node, text: `during the loop on line ${lineOf(node)}` };
    else if ((node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) && isPhase(node, env, options)) {
      const name = calleeText(node.callee);
      phase ??= { node, text: name && name.length <= 40 ? `while \`${name}\` runs on line ${lineOf(node)}` : `while the call on line ${lineOf(node)} runs` };
    }
    return suspension !== undefined;
  });
  if (suspension) return suspension;
  if (headLoop) return { text: `during the loop on line ${lineOf(headLoop)}`, phase: true };
  return phase && { text: phase.text, phase: true };
}

/**
 * A file parsed as a script that uses `require`, `module` or `exports` is a CommonJS module (typescript-eslint's
 * parser reads ESLint's `commonjs` as a script): its top level is a function's body, not global.
 */
function isCommonJs(globalScope: TSESLint.Scope.Scope): boolean {
  const names = ['require', 'module', 'exports'];
  // ESLint declares them as globals under `commonjs`; otherwise they are unresolved references.
  return globalScope.through.some((reference) => names.includes(reference.identifier.name)) || names.some((name) => (globalScope.set.get(name)?.references.length ?? 0) > 0);
}

/**
 * A call that makes a later phase worth naming: it builds a large value (`new Float64Array(n)`, another file read)
 * or works on one (`transform(records)`). A call on small values (`path.isAbsolute(p)`, `expect(x)`) ends at once
 * as far as memory goes, and naming it would be noise.
 */
function isPhase(node: TSESTree.CallExpression | TSESTree.NewExpression, env: AnalysisEnv, options: RetainedOptions): boolean {
  if (isCheap(node, env)) return false;
  if (largeValue(node, env, options)) return true;
  const callee = node.callee;
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? [callee.object] : [];
  return [...receiver, ...node.arguments].some((argument) => argument.type !== AST_NODE_TYPES.SpreadElement ? largeValue(argument, env, options) : largeValue(argument.argument, env, options));
}

function isCheap(node: TSESTree.CallExpression | TSESTree.NewExpression, env: AnalysisEnv): boolean {
  const callee = node.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return CHEAP_GLOBALS.has(callee.name) && isGlobalName(env.sourceCode, callee, callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (callee.object.type === AST_NODE_TYPES.Identifier && CHEAP_OBJECTS.has(callee.object.name)) return true;
  return CHEAP_METHODS.has(memberName(callee) ?? '');
}

/**
 * A closure created in `scopeBlock` (at any depth: an inner closure's context links to this one) that may outlive
 * the call: not a callback of `map` & co., not an IIFE, not a local function only called directly.
 */
function escapingClosure(scopeBlock: TSESTree.Node, env: AnalysisEnv): TSESTree.Node | undefined {
  return escapingClosureIn(FUNCTION_TYPES.has(scopeBlock.type) ? [(scopeBlock as Fn).body] : [scopeBlock], env);
}

function escapingClosureIn(roots: readonly TSESTree.Node[], env: AnalysisEnv): TSESTree.Node | undefined {
  let found: TSESTree.Node | undefined;
  someNode(roots, env.sourceCode.visitorKeys, (node) => {
    if (!FUNCTION_TYPES.has(node.type)) return false;
    const closure = node as Fn;
    if (runningCall(closure, env) || localCalls(closure, env)) return false;
    found = node;
    return true;
  }, true);
  return found;
}

/**
 * The code that runs after `anchor` while the frame is still live: the statements after it in its list and in each
 * enclosing list up to the function, a loop's test and update, a `try`'s handler and finalizer. Stops at a
 * `return`, `throw`, `break` or `continue` of those lists; never includes the other branch of an enclosing `if`.
 */
function laterStatements(anchor: TSESTree.Node, fn: TSESTree.Node): TSESTree.Node[] {
  const later: TSESTree.Node[] = [];
  if (anchor.type === AST_NODE_TYPES.ReturnStatement || anchor.type === AST_NODE_TYPES.ThrowStatement) return later;
  let statement: TSESTree.Node = anchor;
  for (;;) {
    const parent = statement.parent;
    const list = parent ? statementList(parent) : undefined;
    if (list) {
      for (const sibling of list.slice(list.indexOf(statement as TSESTree.Statement) + 1)) {
        later.push(sibling);
        // After a `return` or `throw` the frame ends; after `break`/`continue` the code after or around the loop runs.
        if (sibling.type === AST_NODE_TYPES.ReturnStatement || sibling.type === AST_NODE_TYPES.ThrowStatement) return later;
        if (sibling.type === AST_NODE_TYPES.BreakStatement || sibling.type === AST_NODE_TYPES.ContinueStatement) break;
      }
    }
    let child: TSESTree.Node = statement;
    let current: TSESTree.Node | undefined = statement.parent;
    for (; current && current !== fn; child = current, current = current.parent) {
      if (current.type === AST_NODE_TYPES.ForStatement) {
        if (current.test) later.push(current.test);
        if (current.update) later.push(current.update);
      }
      else if (current.type === AST_NODE_TYPES.WhileStatement || current.type === AST_NODE_TYPES.DoWhileStatement) later.push(current.test);
      else if (current.type === AST_NODE_TYPES.TryStatement) {
        if (child === current.block && current.handler) later.push(current.handler);
        if (child !== current.finalizer && current.finalizer) later.push(current.finalizer);
      }
      if (current.parent && statementList(current.parent)) break;
    }
    if (!current || current === fn || current.type === AST_NODE_TYPES.Program) return later;
    statement = current;
  }
}


/**
 * `const data = JSON.parse(readFileSync(p, 'utf8'))` for `const raw = readFileSync(p, 'utf8'); const data =
 * JSON.parse(raw);`: when the binding is read once, in the very next statement, where nothing with an effect is
 * evaluated before that read and the read is not conditional, the value can be read where it is used.
 */
function inlineRewrite(
  declarator: TSESTree.VariableDeclarator,
  declaration: TSESTree.VariableDeclaration,
  references: readonly TSESLint.Scope.Reference[],
  sites: readonly UseSite[],
  lifted: readonly TSESTree.Node[],
  env: AnalysisEnv,
): Rewrite | undefined {
  const id = declarator.id as TSESTree.Identifier;
  if (references.length !== 1 || sites[0]!.captured || lifted[0] !== sites[0]!.node || id.typeAnnotation) return undefined;
  const ref = references[0]!.identifier as TSESTree.Identifier;
  const list = statementList(declaration.parent)!;
  const next = list[list.indexOf(declaration) + 1];
  if (!next || !contains(next, ref)) return undefined;
  const sourceCode = env.sourceCode;
  if (sourceCode.getCommentsInside(declaration).length > 0) return undefined;
  if (/\S/.test(sourceCode.text.slice(declaration.range[1], next.range[0]))) return undefined;
  if (!evaluatedOnceFirst(ref, next, env)) return undefined;
  const init = declarator.init!;
  const initText = textOf(sourceCode, init);
  const bare = PRIMARY.has(init.type) || (init.type === AST_NODE_TYPES.NewExpression && initText.endsWith(')'));
  const text = bare || acceptsAnyExpression(ref) ? initText : `(${initText})`;
  // A statement that would start with `(` could join the line before it (no-semicolon style).
  if (text.startsWith('(') && ref.range[0] === next.range[0]) return undefined;
  if (shadowedAt(init, declaration, ref, env)) return undefined;
  return {
    messageId: 'inlineIntoUse',
    data: { name: id.name },
    edits: [
      { range: [declaration.range[0], next.range[0]], text: '' },
      { range: ref.range, text },
    ],
  };
}

const PRIMARY: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.MemberExpression, AST_NODE_TYPES.Identifier, AST_NODE_TYPES.Literal, AST_NODE_TYPES.ArrayExpression, AST_NODE_TYPES.TemplateLiteral,
]);

/** The reference sits where any expression may go without parentheses (an argument, an initialiser, ...). */
function acceptsAnyExpression(ref: TSESTree.Node): boolean {
  const parent = ref.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.arguments.includes(ref as TSESTree.CallExpressionArgument);
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    case AST_NODE_TYPES.Property:
      return parent.value === ref;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === ref;
    case AST_NODE_TYPES.ForOfStatement:
      return parent.right === ref;
    default:
      return false;
  }
}

/** Ancestors through which a value is evaluated exactly once, unconditionally, in evaluation order. */
const ONCE_PARENTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ExpressionStatement, AST_NODE_TYPES.VariableDeclaration, AST_NODE_TYPES.VariableDeclarator, AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement, AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.NewExpression, AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.AwaitExpression, AST_NODE_TYPES.ArrayExpression, AST_NODE_TYPES.ObjectExpression, AST_NODE_TYPES.Property,
  AST_NODE_TYPES.SpreadElement, AST_NODE_TYPES.TemplateLiteral, AST_NODE_TYPES.BinaryExpression, AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.AssignmentExpression, AST_NODE_TYPES.SequenceExpression, AST_NODE_TYPES.TSAsExpression, AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression, AST_NODE_TYPES.IfStatement, AST_NODE_TYPES.SwitchStatement, AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForInStatement, AST_NODE_TYPES.LogicalExpression, AST_NODE_TYPES.ConditionalExpression,
]);

/**
 * `ref`, inside `statement`, is evaluated exactly once, and nothing with an effect is evaluated before it: moving
 * the initialiser there runs it at the same point relative to every effect.
 */
function evaluatedOnceFirst(ref: TSESTree.Node, statement: TSESTree.Node, env: AnalysisEnv): boolean {
  for (let child: TSESTree.Node = ref, parent = ref.parent; child !== statement; child = parent!, parent = parent!.parent) {
    if (!parent || !ONCE_PARENTS.has(parent.type)) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== child) return false;
        break;
      case AST_NODE_TYPES.SwitchStatement:
        if (parent.discriminant !== child) return false;
        break;
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.ForInStatement:
        if (parent.right !== child) return false;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.left !== child) return false;
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right !== child || parent.operator !== '=') return false;
        break;
      case AST_NODE_TYPES.UnaryExpression:
        if (parent.operator === 'delete') return false;
        break;
      case AST_NODE_TYPES.MemberExpression:
      case AST_NODE_TYPES.CallExpression:
        // `a?.b(raw)`: the argument is skipped when `a` is nullish.
        if (parent.optional) return false;
        break;
      default:
        break;
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee.type === AST_NODE_TYPES.MemberExpression && parent.callee.optional) return false;
  }
  // Everything evaluated before the reference (the nodes of the statement that end before it starts) must neither
  // have an effect nor read what the initialiser, now run later, could change.
  let before = false;
  someNode([statement], env.sourceCode.visitorKeys, (node) => {
    if (node.range[1] <= ref.range[0] && (hasEffects(node, env.sourceCode.visitorKeys) || readsMutable(node, env))) before = true;
    return before;
  });
  return !before;
}

/** `const xs = []`, `const m = new Map()`: a container whose methods are the built-ins. */
function isLocalContainer(id: TSESTree.Identifier, env: AnalysisEnv): boolean {
  const variable = ASTUtils.findVariable(env.sourceCode.getScope(id), id);
  const def = variable?.defs[0];
  if (def?.type !== 'Variable' || def.parent?.kind !== 'const' || !def.node.init) return false;
  const init = def.node.init;
  return init.type === AST_NODE_TYPES.ArrayExpression || (init.type === AST_NODE_TYPES.NewExpression && ['Map', 'Set', 'Array'].includes(calleeText(init.callee) ?? ''));
}

/** Global objects whose members a file read or a parse cannot change. */
const STABLE_GLOBALS: ReadonlySet<string> = new Set([
  'JSON', 'Math', 'Object', 'Array', 'Buffer', 'String', 'Number', 'Boolean', 'BigInt', 'Symbol', 'Promise', 'Reflect', 'Date', 'Map', 'Set',
  'Intl', 'Uint8Array', 'Float64Array', 'Float32Array', 'Int32Array', 'Uint32Array', 'TextDecoder', 'TextEncoder', 'structuredClone', 'undefined',
]);

/**
 * `node` reads something that code run in between could change: a `let`/`var`/parameter or unknown global, or a
 * property (except a method looked up to be called on a constant, or a member of a built-in global).
 */
function readsMutable(node: TSESTree.Node, env: AnalysisEnv): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const object = node.object;
    if (object.type === AST_NODE_TYPES.Identifier && STABLE_GLOBALS.has(object.name) && isGlobalName(env.sourceCode, object, object.name)) return false;
    // A method looked up on a local array, Map or Set the code made itself (`results.push(...)`): its built-in
    // method; a method of any other object (`db.insert`) could be replaced while the moved read runs.
    const called = node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node;
    return !(called && object.type === AST_NODE_TYPES.Identifier && isLocalContainer(object, env));
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const reference = env.sourceCode.getScope(node).references.find((r) => r.identifier === node);
  if (!reference?.isRead()) return false;
  const variable = reference.resolved;
  if (!variable || variable.defs.length === 0) return !STABLE_GLOBALS.has(node.name);
  const def = variable.defs[0]!;
  if (def.type === 'ImportBinding' || def.type === 'FunctionName' || def.type === 'ClassName') return false;
  return !(def.type === 'Variable' && def.parent?.kind === 'const');
}

/** A name the initialiser reads would mean something else at the reference (a loop head's own binding). */
function shadowedAt(init: TSESTree.Node, declaration: TSESTree.Node, ref: TSESTree.Node, env: AnalysisEnv): boolean {
  const names = new Set<string>();
  someNode([init], env.sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.Identifier) names.add(node.name);
    return false;
  }, true);
  const scope = env.sourceCode.getScope(ref);
  const home = env.sourceCode.getScope(declaration);
  for (let s: TSESLint.Scope.Scope | null = scope; s && s !== home; s = s.upper) {
    for (const name of names) if (s.set.has(name)) return true;
  }
  return false;
}

/**
 * `let raw = ...;` ... `raw = undefined;` after the statement of the last use. In TypeScript the declared type
 * gains `| undefined` where the value is not `any`: written from the annotation, the checker (`typeAware`) or the
 * source itself (`readFileSync(p, 'utf8')` is a `string`). Returns why not, when it cannot be written.
 */
function releaseRewrite(
  declarator: TSESTree.VariableDeclarator,
  declaration: TSESTree.VariableDeclaration,
  variable: Variable,
  anchor: TSESTree.Node,
  sites: readonly UseSite[],
  sourceType: string | undefined,
  env: AnalysisEnv,
): Rewrite | string {
  const id = declarator.id as TSESTree.Identifier;
  const sourceCode = env.sourceCode;
  const edits: Edit[] = [];
  if (anchor === declaration) return 'it is last used in its own declaration';
  if (env.typescript) {
    const widened = widenedType(id, sourceType, env);
    if (typeof widened === 'object') return widened.why;
    if (widened !== undefined) {
      const closure = sites.find((site) => site.captured);
      // TypeScript does not narrow a `let` inside a closure created before a later assignment.
      if (closure) return `TypeScript would not narrow \`${id.name}\` inside the closure on line ${lineOf(closure.node)}`;
      if (variable.references.some((reference) => inTypeQuery(reference.identifier as TSESTree.Node))) return `\`typeof ${id.name}\` in a type would change`;
      const annotation = id.typeAnnotation;
      edits.push(annotation ? { range: annotation.typeAnnotation.range, text: widened } : { range: [id.range[1], id.range[1]], text: `: ${widened}` });
      // Assigning `any` does not narrow a declared `T | undefined`: the initialiser is asserted to the declared `T`.
      if (annotation && initIsAny(declarator.init!, sourceType, env)) for (const edit of assertInit(declarator.init!, textOf(sourceCode, annotation.typeAnnotation))) edits.push(edit);
    }
  }
  if (declaration.kind === 'const') {
    const keyword = sourceCode.getFirstToken(declaration)!;
    edits.push({ range: keyword.range, text: 'let' });
  }
  const shadowed = ASTUtils.findVariable(sourceCode.getScope(anchor), 'undefined')?.defs.length;
  const undef = shadowed ? 'void 0' : 'undefined';
  edits.push(releaseStatement(anchor, `${id.name} = ${undef}`, env));
  return { messageId: 'releaseAfterLastUse', data: { name: id.name }, edits };
}

function initIsAny(init: TSESTree.Node, sourceType: string | undefined, env: AnalysisEnv): boolean {
  const info = env.typeInfo;
  if (!info) return sourceType === 'any';
  return tsutils.isTypeFlagSet(info.checker.getTypeAtLocation(info.toTsNode(init)), ts.TypeFlags.Any);
}

/** Edits that turn `init` into `init as T` (parenthesised where `as` would bind to part of it). */
function assertInit(init: TSESTree.Node, type: string): Edit[] {
  const bare = PRIMARY.has(init.type) || init.type === AST_NODE_TYPES.AwaitExpression || init.type === AST_NODE_TYPES.NewExpression || init.type === AST_NODE_TYPES.UnaryExpression || init.type === AST_NODE_TYPES.TSAsExpression || init.type === AST_NODE_TYPES.TSNonNullExpression;
  const end: Edit = { range: [init.range[1], init.range[1]], text: `${bare ? '' : ')'} as ${type}` };
  return bare ? [end] : [{ range: [init.range[0], init.range[0]], text: '(' }, end];
}

/**
 * The type to declare so that `undefined` may be assigned: undefined when none is needed (`any`, `unknown`, already
 * optional, or no `strictNullChecks`), the text `T | undefined`, or why it cannot be written.
 */
function widenedType(id: TSESTree.Identifier, sourceType: string | undefined, env: AnalysisEnv): string | undefined | { why: string } {
  const annotation = id.typeAnnotation?.typeAnnotation;
  if (annotation) {
    if (acceptsUndefined(annotation)) return undefined;
    const text = textOf(env.sourceCode, annotation);
    const needsParens = annotation.type === AST_NODE_TYPES.TSFunctionType || annotation.type === AST_NODE_TYPES.TSConstructorType || annotation.type === AST_NODE_TYPES.TSConditionalType || annotation.type === AST_NODE_TYPES.TSInferType;
    return `${needsParens ? `(${text})` : text} | undefined`;
  }
  const info = env.typeInfo;
  if (info) {
    const options = info.program.getCompilerOptions();
    if (!(options.strictNullChecks ?? options.strict ?? false)) return undefined;
    const tsNode = info.toTsNode(id);
    const type = info.checker.getTypeAtLocation(tsNode);
    if (tsutils.isTypeFlagSet(type, ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    if (tsutils.unionConstituents(type).some((part) => tsutils.isTypeFlagSet(part, ts.TypeFlags.Undefined))) return undefined;
    const text = info.checker.typeToString(type, tsNode, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
    if (text.length > 160 || text.includes('...') || /\btypeof\b/.test(text)) return { why: `its type \`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\` cannot be written here` };
    return /=>/.test(text) ? `(${text}) | undefined` : `${text} | undefined`;
  }
  if (sourceType === 'any') return undefined;
  if (sourceType) return `${sourceType} | undefined`;
  return { why: 'its type cannot be written without type information (enable `typeAware`, or run the codemod with `--project`)' };
}

function acceptsUndefined(annotation: TSESTree.TypeNode): boolean {
  if (annotation.type === AST_NODE_TYPES.TSAnyKeyword || annotation.type === AST_NODE_TYPES.TSUnknownKeyword || annotation.type === AST_NODE_TYPES.TSUndefinedKeyword) return true;
  return annotation.type === AST_NODE_TYPES.TSUnionType && annotation.types.some(acceptsUndefined);
}

/**
 * The edit that puts `statement` after `anchor`: on a line of its own when only a comment follows the anchor on its
 * line, else right after it on the same line. Without a `;` where the file leaves them out, unless the next line
 * would continue it.
 */
function releaseStatement(anchor: TSESTree.Node, statement: string, env: AnalysisEnv): Edit {
  const sourceCode = env.sourceCode;
  const text = sourceCode.text;
  let end = anchor.range[1];
  let next = sourceCode.getTokenAfter(anchor);
  // No-semicolon style puts the `;` that guards a line starting with `(` or `[` at that line's start, where the
  // parser ends the statement before it: the release goes before that line, and the `;` then ends the release.
  const last = sourceCode.getLastToken(anchor);
  const beforeLast = last && sourceCode.getTokenBefore(last);
  if (last?.value === ';' && beforeLast && beforeLast.loc.end.line < last.loc.start.line) {
    end = beforeLast.range[1];
    next = last;
  }
  const lineEnd = text.indexOf('\n', end);
  const restOfLine = text.slice(end, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const onlyComments = !/\S/.test(restOfLine.replaceAll(/\/\*.*?\*\/|\/\/.*$/g, ''));
  const semicolonStyle = BLOCK_ENDED.has(anchor.type) ? !noSemicolonFile(sourceCode) : text[end - 1] === ';';
  const continues = !!next && next !== last && /^[([`+\-/]/.test(next.value);
  const terminated = semicolonStyle || continues ? `${statement};` : statement;
  if (onlyComments) {
    const insertAt = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return { range: [insertAt, insertAt], text: `${lineEndingAt(text, anchor.range[0])}${indentAt(text, anchor.range[0])}${terminated}` };
  }
  const needsSeparator = !BLOCK_ENDED.has(anchor.type) && text[end - 1] !== ';';
  return { range: [end, end], text: `${needsSeparator ? ';' : ''} ${statement};` };
}

/** The file leaves statements without `;` (its first expression or declaration statement has none). */
function noSemicolonFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const first = sourceCode.ast.body.find((node) => node.type === AST_NODE_TYPES.ExpressionStatement || node.type === AST_NODE_TYPES.VariableDeclaration);
  return !!first && sourceCode.text[first.range[1] - 1] !== ';';
}
