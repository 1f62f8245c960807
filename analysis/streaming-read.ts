import { CALL, ESM, ReferenceTracker, type TraceMap } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { contains, enclosingFunction, LOOP_TYPES, memberName, someNode } from './ast.ts';
import { findVariable } from './binding.ts';
import { looksLikeConfig } from './large-value.ts';
import { mayReference } from './may-reference.ts';
import { perFile } from './per-file.ts';
import { argumentText, freshName, lineEndingAt, shorten, textOf } from './text.ts';
import type { AnalysisEnv, Edit, Finding, SitePattern } from './types.ts';

/** The rule has no options; the pattern takes none. */
export type StreamingReadOptions = Record<string, never>;

type ReadKind = 'async' | 'sync';
type Style = 'cjs' | 'esm';

const FS_MEMBERS = { readFileSync: { [CALL]: 'sync' as ReadKind }, promises: { readFile: { [CALL]: 'async' as ReadKind } } };
const FS = { [ESM]: true, ...FS_MEMBERS, default: FS_MEMBERS };
const PROMISES_MEMBERS = { readFile: { [CALL]: 'async' as ReadKind } };
const PROMISES = { [ESM]: true, ...PROMISES_MEMBERS, default: PROMISES_MEMBERS };
const TRACE_MAP: TraceMap<ReadKind> = { 'fs': FS, 'node:fs': FS, 'fs/promises': PROMISES, 'node:fs/promises': PROMISES };
const TRACE_MODULES = Object.keys(TRACE_MAP);

/** Array methods that only visit the lines once, in order. */
const ITERATING_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'filter', 'flatMap', 'reduce', 'some', 'every', 'find']);
/** large-value.ts's config paths (private there), plus dotfiles ending in `rc` (`.npmrc`): reading those whole is normal. */
/** A regular expression that matches line breaks only: `/\r?\n/`, `/\n/`, `/\r\n|\n/`, `/(?:\r\n|\r|\n)/`. */
const FUNCTIONS: ReadonlySet<string> = new Set([AST_NODE_TYPES.FunctionDeclaration, AST_NODE_TYPES.FunctionExpression, AST_NODE_TYPES.ArrowFunctionExpression]);
const NEWLINE_REGEX = /^(?:\\r|\\n|[?|()[\]+]|\(\?:)+$/;

/** A tracked read: the call, whether it is awaited, and whether the ESM or CommonJS module system brought it in. */
interface Read {
  call: TSESTree.CallExpression;
  kind: ReadKind;
  style: Style;
}

/**
 * Whole-file reads (`readFileSync`, awaited `readFile` of `fs`, `node:fs`, `fs/promises`, `fs.promises`) that are
 * split into lines only to iterate them once. The `for...of` form in an async function (or ESM top level) gets a
 * suggestion to iterate `readline` over a stream instead; every other form is reported only.
 */
export const streamingReadPattern: SitePattern<StreamingReadOptions> = {
  nodeTypes: [AST_NODE_TYPES.CallExpression],
  analyze(node, env) {
    const reads = readsOf(env.sourceCode);
    const read = reads.size === 0 ? undefined : reads.get(node as TSESTree.CallExpression);
    if (!read) return undefined;
    const split = splitOf(read);
    if (!split) return undefined;
    const use = iterationOf(split.call, env);
    if (!use) return undefined;
    const finding: Finding = {
      node: split.call,
      messageId: 'streamingRead',
      data: { read: shorten(textOf(env.sourceCode, split.read)) },
      kind: 'none',
      reason: 'not a for...of loop',
      rewrites: [],
    };
    // A callback (`forEach`, `map`'s result) or an index loop has no `for await` counterpart that keeps its shape.
    if (use.type !== 'forOf') return finding;
    const edits = suggestion(read, split.encoding, use, env);
    if (typeof edits === 'string') return { ...finding, reason: edits };
    return { ...finding, kind: 'suggest', reason: "readline yields no trailing '' and keeps no '\\r', and the loop becomes async", rewrites: [{ messageId: 'iterateReadline', data: {}, edits }] };
  },
};

/** Every tracked read call of the file, found once per program (and looked up for every call). */
const readsOf = perFile((sourceCode): Map<TSESTree.CallExpression, Read> => {
  const reads = new Map<TSESTree.CallExpression, Read>();
  const globalScope = sourceCode.scopeManager!.globalScope!;
  // Most files import no fs module and never name `require`: the tracker would find nothing there.
  if (mayReference(globalScope, TRACE_MODULES, ['require'])) {
    // The tracker is typed over ESTree; the nodes it hands back are this TSESTree's own.
    const tracker = new ReferenceTracker(globalScope as never);
    const add = (style: Style, { node, info }: { node: unknown; info: ReadKind }): void => {
      const call = node as TSESTree.Node;
      if (call.type === AST_NODE_TYPES.CallExpression) reads.set(call, { call, kind: info, style });
    };
    for (const reference of tracker.iterateEsmReferences(TRACE_MAP)) add('esm', reference);
    for (const reference of tracker.iterateCjsReferences(TRACE_MAP)) add('cjs', reference);
  }
  return reads;
});

interface Split {
  call: TSESTree.CallExpression;
  /** The read as a message quotes it: `readFileSync(p, 'utf8')`, `await readFile(p, 'utf8')`. */
  read: TSESTree.Node;
  /** The encoding's source text, when the suggestion can pass it to `createReadStream`. */
  encoding: string | undefined;
}

/** `<read>.split(<newline>)`, through `.toString()` and `await`; a read whose text is not split is not this rule's. */
function splitOf(read: Read): Split | undefined {
  const [path, option] = read.call.arguments;
  if (!path || looksLikeConfig(path)) return undefined;
  let text: TSESTree.Node = read.call;
  if (read.kind === 'async') {
    if (read.call.parent.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
    text = read.call.parent;
  }
  const readNode = text;
  let encoding = option ? encodingText(option) : undefined;
  const toString = methodCallOn(text, 'toString');
  if (toString) {
    const [argument] = toString.arguments;
    encoding = argument ? encodingText(argument) : (encoding ?? "'utf8'");
    text = toString;
  } else if (!option) {
    return undefined; // A Buffer has no `split`.
  }
  const split = methodCallOn(text, 'split');
  if (!split || split.arguments.length !== 1 || !isNewline(split.arguments[0]!)) return undefined;
  return { call: split, read: readNode, encoding };
}

/** `receiver.name(...)` when `receiver` is the object of that call. */
function methodCallOn(receiver: TSESTree.Node, name: string): TSESTree.CallExpression | undefined {
  const member = receiver.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== receiver || memberName(member) !== name) return undefined;
  return member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member ? member.parent : undefined;
}

/** `'utf8'` or `{ encoding: 'utf8' }` as source text; anything else (a variable, more options) is not passed on. */
function encodingText(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.raw;
  if (node.type !== AST_NODE_TYPES.ObjectExpression || node.properties.length !== 1) return undefined;
  const [property] = node.properties;
  if (property?.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier || property.key.name !== 'encoding') return undefined;
  return property.value.type === AST_NODE_TYPES.Literal && typeof property.value.value === 'string' ? property.value.raw : undefined;
}

function isNewline(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Literal) return false;
  if (typeof node.value === 'string') return node.value === '\n' || node.value === '\r\n';
  return 'regex' in node && NEWLINE_REGEX.test(node.regex.pattern) && node.regex.pattern.includes('\\n');
}

type Iteration =
  | { type: 'forOf'; loop: TSESTree.ForOfStatement; declaration: TSESTree.VariableDeclaration | undefined }
  | { type: 'indexLoop' | 'method' };

/** How the lines are used, when that is one pass over them and nothing else. */
function iterationOf(lines: TSESTree.CallExpression, env: AnalysisEnv): Iteration | undefined {
  const direct = directIteration(lines);
  if (direct) return direct.type === 'forOf' ? { ...direct, declaration: undefined } : direct;
  const declarator = lines.parent;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== lines || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declaration = declarator.parent;
  if (declaration.declarations.length !== 1 || declaration.kind === 'var' || declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return undefined;
  const variable = findVariable(env.sourceCode, declarator.id);
  const reads = variable?.references.filter((reference) => !reference.init) ?? [];
  if (!variable || reads.some((reference) => !reference.isReadOnly())) return undefined;
  const [first] = reads;
  if (reads.length === 1 && first) {
    const use = directIteration(first.identifier);
    if (!use || !runsOnce(use.node, declaration)) return undefined;
    return use.type === 'forOf' ? { type: 'forOf', loop: use.loop, declaration } : use;
  }
  return indexLoop(reads.map((reference) => reference.identifier as TSESTree.Identifier), declaration, env.sourceCode.visitorKeys) ? { type: 'indexLoop' } : undefined;
}

type DirectUse = { type: 'forOf'; loop: TSESTree.ForOfStatement; node: TSESTree.Node } | { type: 'method'; node: TSESTree.Node };

/** `for (const line of <lines>)` or `<lines>.forEach(...)` (and the other visiting methods). */
function directIteration(lines: TSESTree.Node): DirectUse | undefined {
  const parent = lines.parent;
  if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === lines) return { type: 'forOf', loop: parent, node: parent };
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== lines) return undefined;
  const method = memberName(parent);
  const call = parent.parent;
  if (!method || !ITERATING_METHODS.has(method) || call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return undefined;
  return { type: 'method', node: call };
}

/** The use is not in a loop or function (either could run it many times) between it and the declaration. */
function runsOnce(use: TSESTree.Node, declaration: TSESTree.VariableDeclaration): boolean {
  for (let current = use.parent; current; current = current.parent) {
    if (current === declaration.parent) return true;
    if (LOOP_TYPES.has(current.type) || FUNCTIONS.has(current.type)) return false;
  }
  return false;
}

/** `for (let i = 0; i < lines.length; i++)` whose only other uses of `lines` are `lines[i]` reads in its body. */
function indexLoop(uses: readonly TSESTree.Identifier[], declaration: TSESTree.VariableDeclaration, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const length = uses.find((use) => use.parent.type === AST_NODE_TYPES.MemberExpression && memberName(use.parent) === 'length');
  const test = length?.parent.parent;
  const loop = test?.parent;
  if (test?.type !== AST_NODE_TYPES.BinaryExpression || test.operator !== '<' || test.right !== length?.parent || loop?.type !== AST_NODE_TYPES.ForStatement || loop.test !== test) return false;
  const index = test.left;
  const init = loop.init;
  if (index.type !== AST_NODE_TYPES.Identifier || init?.type !== AST_NODE_TYPES.VariableDeclaration || init.declarations.length !== 1) return false;
  const [declarator] = init.declarations;
  if (declarator?.id.type !== AST_NODE_TYPES.Identifier || declarator.id.name !== index.name || declarator.init?.type !== AST_NODE_TYPES.Literal || declarator.init.value !== 0) return false;
  const update = loop.update;
  const steps = (update?.type === AST_NODE_TYPES.UpdateExpression && update.operator === '++') || (update?.type === AST_NODE_TYPES.AssignmentExpression && update.operator === '+=' && update.right.type === AST_NODE_TYPES.Literal && update.right.value === 1);
  if (!steps || !runsOnce(loop, declaration)) return false;
  // The index is written only by the update: a body that moves it reads the lines out of order.
  const written = (node: TSESTree.Node): boolean =>
    (node.type === AST_NODE_TYPES.UpdateExpression || node.type === AST_NODE_TYPES.AssignmentExpression) && node !== update && (node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : node.left).type === AST_NODE_TYPES.Identifier && ((node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : node.left) as TSESTree.Identifier).name === index.name;
  if (someNode([loop.body], visitorKeys, written, true)) return false;
  return uses.every((use) => {
    if (use === length) return true;
    const member = use.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== use || !member.computed || !contains(loop.body, member)) return false;
    if (member.property.type !== AST_NODE_TYPES.Identifier || member.property.name !== index.name) return false;
    const outer = member.parent;
    return !(outer.type === AST_NODE_TYPES.AssignmentExpression && outer.left === member) && !(outer.type === AST_NODE_TYPES.UpdateExpression) && !(outer.type === AST_NODE_TYPES.UnaryExpression && outer.operator === 'delete');
  });
}

/** A binding whose initialiser is a number (`const input = 0`). */
function boundToNumber(id: TSESTree.Identifier, env: AnalysisEnv): boolean {
  const def = findVariable(env.sourceCode, id)?.defs[0];
  return def?.type === 'Variable' && def.node.init?.type === AST_NODE_TYPES.Literal && typeof def.node.init.value === 'number';
}

/** The edits that turn the loop into `for await` over readline, or why there are none. */
function suggestion(read: Read, encoding: string | undefined, use: Extract<Iteration, { type: 'forOf' }>, env: AnalysisEnv): Edit[] | string {
  const { loop, declaration } = use;
  const fn = enclosingFunction(loop);
  const async = fn.type === AST_NODE_TYPES.Program ? read.style === 'esm' && env.sourceCode.ast.sourceType === 'module' : 'async' in fn && fn.async;
  // `for await` is a syntax error outside an async function and a CommonJS top level.
  if (!async) return 'the loop is not in an async function or at ES module top level';
  const [path] = read.call.arguments;
  // `readFileSync(0)` reads a file descriptor; `createReadStream` takes only paths (or `{ fd }`).
  if (!path || path.type === AST_NODE_TYPES.SpreadElement || (path.type === AST_NODE_TYPES.Literal && typeof path.value === 'number')) return 'the path is a file descriptor';
  // `readFileSync(fd)`: a name that says descriptor, or a binding to a number, may be one.
  if (path.type === AST_NODE_TYPES.Identifier && (/^(?:fd|\w*Fd|\w*FD|\w*[dD]escriptor)$/.test(path.name) || boundToNumber(path, env))) return 'the path may be a file descriptor';
  // An encoding held in a variable or an options object with more fields might not mean the same to createReadStream.
  if (!encoding) return 'the encoding is not a string literal';
  const edits: Edit[] = [];
  if (declaration) {
    const body = declaration.parent;
    const statements = 'body' in body && Array.isArray(body.body) ? (body.body as TSESTree.Node[]) : [];
    // Moving the read down to the loop is only the same program when nothing runs in between.
    if (statements[statements.indexOf(declaration) + 1] !== loop) return 'the loop does not follow the declaration';
    if (env.sourceCode.getCommentsInside(declaration).length > 0) return 'the declaration holds comments';
    const next = env.sourceCode.getTokenAfter(declaration, { includeComments: true });
    edits.push({ range: [declaration.range[0], next ? next.range[0] : declaration.range[1]], text: '' });
  }
  const taken = new Set<string>();
  const imports = new Imports(env, loop, read.style, taken);
  const stream = imports.name('fs', 'createReadStream');
  const readline = imports.name('readline', 'createInterface');
  const source = `${readline}({ input: ${stream}(${argumentText(env.sourceCode, path)}, ${encoding}), crlfDelay: Infinity })`;
  if (!loop.await) {
    const forToken = env.sourceCode.getFirstToken(loop)!;
    edits.push({ range: forToken.range, text: 'for await' });
  }
  edits.push({ range: loop.right.range, text: source });
  return [...edits, ...imports.edits()];
}

/** Where `createReadStream` and `createInterface` come from: an existing import or require, merged into, or a new one. */
class Imports {
  private readonly added: { module: string; name: string; local: string }[] = [];
  private readonly merged: Edit[] = [];

  constructor(
    private readonly env: AnalysisEnv,
    private readonly at: TSESTree.Node,
    private readonly style: Style,
    private readonly taken: Set<string>,
  ) {}

  /** The text that names `name` of `node:<module>` at the loop. */
  name(module: string, name: string): string {
    const program = this.env.sourceCode.ast;
    const sources = new Set([module, `node:${module}`]);
    const scope = this.env.sourceCode.getScope(this.at);
    const visible = (local: string, node: TSESTree.Node): boolean => {
      const variable = ASTUtils.findVariable(scope, local);
      return !!variable && variable.defs.some((def) => contains(def.node, node) || def.node === node);
    };
    const fresh = (): string => freshName(this.env.sourceCode, this.at, [], [name], this.taken);
    if (this.style === 'esm') {
      const declarations = program.body.filter((statement): statement is TSESTree.ImportDeclaration =>
        statement.type === AST_NODE_TYPES.ImportDeclaration && sources.has(String(statement.source.value)) && statement.importKind !== 'type');
      for (const declaration of declarations) {
        for (const specifier of declaration.specifiers) {
          if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== 'type' && importedName(specifier) === name && visible(specifier.local.name, specifier)) return specifier.local.name;
          if (specifier.type !== AST_NODE_TYPES.ImportSpecifier && visible(specifier.local.name, specifier)) return `${specifier.local.name}.${name}`;
        }
      }
      const local = fresh();
      const named = declarations.find((declaration) => declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier));
      const last = named?.specifiers.at(-1);
      if (named && last) {
        this.merged.push({ range: [last.range[1], last.range[1]], text: `, ${local === name ? name : `${name} as ${local}`}` });
      } else {
        this.added.push({ module, name, local });
      }
      return local;
    }
    for (const statement of program.body) {
      const declarator = statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1 ? statement.declarations[0] : undefined;
      const init = declarator?.init;
      if (!declarator || init?.type !== AST_NODE_TYPES.CallExpression || !isRequireOf(init, sources)) continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier && visible(declarator.id.name, declarator)) return `${declarator.id.name}.${name}`;
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      const pattern = declarator.id;
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier && property.key.name === name && property.value.type === AST_NODE_TYPES.Identifier && visible(property.value.name, declarator)) return property.value.name;
      }
      const last = pattern.properties.at(-1);
      if (last && last.type !== AST_NODE_TYPES.RestElement) {
        const local = fresh();
        this.merged.push({ range: [last.range[1], last.range[1]], text: `, ${local === name ? name : `${name}: ${local}`}` });
        return local;
      }
    }
    const local = fresh();
    this.added.push({ module, name, local });
    return local;
  }

  /** The import or require edits: merges, then new declarations after the last import (or require) statement. */
  edits(): Edit[] {
    if (this.added.length === 0) return this.merged;
    const { sourceCode } = this.env;
    const program = sourceCode.ast;
    const anchors = program.body.filter((statement) =>
      this.style === 'esm' ? statement.type === AST_NODE_TYPES.ImportDeclaration : statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.some((d) => d.init?.type === AST_NODE_TYPES.CallExpression && isRequireOf(d.init)));
    // With no import or require to follow, after the directives (`'use strict'` must stay first).
    const anchor = anchors.at(-1) ?? program.body.filter((statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined).at(-1);
    const quote = anchor ? /^\s*(?:import[^'"]*|[^'"]*require\()(['"])/.exec(textOf(sourceCode, anchor))?.[1] ?? "'" : "'";
    const lines = this.added.map(({ module, name, local }) => {
      const binding = local === name ? name : this.style === 'esm' ? `${name} as ${local}` : `${name}: ${local}`;
      const from = `${quote}node:${module}${quote}`;
      return this.style === 'esm' ? `import { ${binding} } from ${from};` : `const { ${binding} } = require(${from});`;
    });
    const eol = lineEndingAt(sourceCode.text, anchor?.range[1] ?? 0);
    // A `#!` line must stay the file's first.
    const text = sourceCode.text;
    const start = text.startsWith('#!') ? text.indexOf('\n') + 1 : program.range[0];
    const insert: Edit = anchor
      ? { range: [anchor.range[1], anchor.range[1]], text: lines.map((line) => `${eol}${line}`).join('') }
      : { range: [start, start], text: lines.map((line) => `${line}${eol}`).join('') };
    return [...this.merged, insert];
  }
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
}

/** `require('fs')` (any module when `sources` is absent). */
function isRequireOf(call: TSESTree.CallExpression, sources?: ReadonlySet<string>): boolean {
  const [argument] = call.arguments;
  if (call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'require' || argument?.type !== AST_NODE_TYPES.Literal || typeof argument.value !== 'string') return false;
  return !sources || sources.has(argument.value);
}
