import { dirname } from 'node:path';

import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { SourceCode } from 'eslint';
import { analyze } from 'eslint-scope';
import { getKeys, KEYS } from 'eslint-visitor-keys';
import { latestEcmaVersion, parse as espreeParse } from 'espree';

const PLAIN_JAVASCRIPT = /\.(?:jsx?|mjs|cjs)$/i;
const COMMONJS = /\.cjs$/i;
/**
 * ESLint normalises `ecmaVersion: 'latest'` to its own latest year before handing it to espree and eslint-scope; it
 * keeps that year equal to the espree it ships, so espree's latest edition as a year is the same number.
 */
const ECMA_VERSION = latestEcmaVersion + 2009;
/** ESLint's `shebangPattern`: ESLint hides a `#!` line from the parser as a `//` comment of the same length. */
const SHEBANG = /^#!([^\r\n\u2028\u2029]*)/u;
/** One object per source type: ESLint caches the globals it derives from a language-options object by identity. */
const LANGUAGE_OPTIONS = {
  module: { ecmaVersion: ECMA_VERSION, sourceType: 'module' },
  commonjs: { ecmaVersion: ECMA_VERSION, sourceType: 'commonjs' },
} as const;

/**
 * Parses a file as ESLint would, so that a codemod sees the AST and scopes its rule sees; a syntax error names the
 * file, line and column (`path:line:column: message`).
 *
 * Plain JavaScript without a `project` goes through espree and eslint-scope, ESLint's default route for a `.js`
 * file: about 3x faster than typescript-eslint on large files (TypeScript's 9 MB `typescript.js`). Anything espree
 * rejects (TypeScript-only syntax that TypeScript's parser accepts in a `.js` file, decorators) falls back to
 * typescript-eslint, as do TypeScript files and any run with type information.
 */
export function parse(text: string, path: string, project?: string): Readonly<TSESLint.SourceCode> {
  if (!project && PLAIN_JAVASCRIPT.test(path)) {
    const sourceCode = parseWithEspree(text, path);
    if (sourceCode) {
      BY_ESPREE.add(sourceCode);
      return sourceCode;
    }
  }
  return parseWithTypeScriptESLint(text, path, project);
}

/** The SourceCodes espree parsed: a rewrite of such a file must satisfy espree too. */
const BY_ESPREE = new WeakSet<object>();

/** How a refused input file's error ends (the fuzz oracle tells this answer from a codemod's own failure by it). */
export const DOES_NOT_RUN = '; the file does not run as it is, so it was left unchanged';

/**
 * Refuses a file that declares a binding twice in one scope (`const a` twice in a block, `let` beside a parameter): an
 * early error that typescript-eslint, the fallback parser, does not report, so the file would not run as it is. The
 * analyses assume JavaScript's scoping, and a rewrite of such a file could only move the error.
 */
export function assertNoRedeclaration(sourceCode: Readonly<TSESLint.SourceCode>, path: string, what: string): void {
  const clash = redeclarations(sourceCode).next().value;
  if (!clash) return;
  const { line, column } = clash.at.loc.start;
  throw new Error(`${path}:${line}:${column + 1}: Identifier '${clash.name}' has already been declared${what}`);
}

/**
 * Parses a rewrite of `original` and rejects it (an error naming `path:line:column`) where it would not run although a
 * parser took it: a file espree accepted must still satisfy espree, not only typescript-eslint, which reports no
 * early errors (a second `const x` in a block parses there); and under either parser no binding may be declared twice
 * in one scope, the early error a rewrite can cause (two rewrites of one pass each adding or moving a `const codes`
 * into the same block). The original was checked for that when it was read.
 */
export function parseRewrite(text: string, path: string, project: string | undefined, original: Readonly<TSESLint.SourceCode>): Readonly<TSESLint.SourceCode> {
  let sourceCode: Readonly<TSESLint.SourceCode>;
  if (BY_ESPREE.has(original)) {
    sourceCode = parseWithEspree(text, path, { throwErrors: true })!;
    BY_ESPREE.add(sourceCode);
  } else {
    sourceCode = parseWithTypeScriptESLint(text, path, project);
  }
  assertNoRedeclaration(sourceCode, path, '');
  return sourceCode;
}

/**
 * The bindings declared more than once in one scope with a `let`, `const`, `class` or `import` among the declarations
 * (a SyntaxError in JavaScript; TypeScript's merges of types, namespaces and overloads are not counted), each with its
 * last such declaration.
 */
function* redeclarations(sourceCode: Readonly<TSESLint.SourceCode>): Generator<{ name: string; at: TSESTree.Node }> {
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      if (variable.defs.length < 2) continue;
      // A type-only import merges with a value of the same name in TypeScript (`import type { Foo }` + `const Foo`).
      const values = variable.defs.filter((def) => VALUE_DEFINITIONS.has(def.type) && !isTypeOnlyImport(def));
      const lexical = values.some((def) => def.type === 'ClassName' || def.type === 'ImportBinding' || (def.type === 'Variable' && def.parent?.kind !== 'var'));
      if (values.length >= 2 && lexical) yield { name: variable.name, at: values[values.length - 1]!.name as TSESTree.Node };
    }
  }
}

function isTypeOnlyImport(def: TSESLint.Scope.Definition): boolean {
  if (def.type !== 'ImportBinding') return false;
  const kind = (node: unknown): unknown => (node as { importKind?: unknown } | undefined)?.importKind;
  return kind(def.parent) === 'type' || kind(def.node) === 'type';
}

const VALUE_DEFINITIONS: ReadonlySet<string> = new Set(['Variable', 'FunctionName', 'ClassName', 'ImportBinding', 'Parameter', 'CatchClause']);

/**
 * ESLint's default flat-config parse of a JS file, with the option values its JS language passes, or undefined when
 * espree throws. `commonjs` is passed through as ESLint does: espree then allows a top-level `return`, and
 * eslint-scope puts the file's bindings in a function scope under the global one (Node's module wrapper).
 */
function parseWithEspree(text: string, path: string, { throwErrors = false } = {}): Readonly<TSESLint.SourceCode> | undefined {
  const sourceType = COMMONJS.test(path) ? 'commonjs' : 'module';
  let ast: ReturnType<typeof espreeParse>;
  try {
    ast = espreeParse(text.replace(SHEBANG, (_, rest: string) => `//${rest}`), {
      ecmaVersion: ECMA_VERSION as never,
      sourceType,
      // The codemods have always accepted JSX in a `.js` file (typescript-eslint's `jsx` for non-TS files).
      ecmaFeatures: { jsx: true },
      range: true,
      loc: true,
      tokens: true,
      comment: true,
    });
  } catch (error) {
    if (throwErrors) {
      const { lineNumber, column, message } = error as { lineNumber?: number; column?: number; message: string };
      throw new Error(`${path}:${lineNumber ?? 0}:${column ?? 0}: ${message}`);
    }
    // typescript-eslint either accepts the file or reports the error the codemods have always reported.
    return undefined;
  }
  const scopeManager = analyze(ast as never, {
    ignoreEval: true,
    ecmaVersion: ECMA_VERSION,
    sourceType,
    childVisitorKeys: KEYS,
    fallback: getKeys as never,
    // ESLint passes `ecmaFeatures.jsx`: JSX names become references, as they do under typescript-eslint.
    jsx: true,
  });
  setParents(ast as never, KEYS);
  const sourceCode = sourceCodeOf({ text, ast: ast as never, scopeManager: scopeManager as never, visitorKeys: KEYS as never, parserServices: {} });
  // ESLint's Linter then declares the language's globals (`Float64Array`; `require` under `commonjs`), so a rule
  // finds them as variables without definitions; the codemod sees the same scopes. Inline `/* global */` comments
  // are not applied: the analyses treat a global with no definition and an unresolved name alike.
  const linterSteps = sourceCode as unknown as { applyLanguageOptions(options: object): void; finalize(): void };
  linterSteps.applyLanguageOptions(LANGUAGE_OPTIONS[sourceType]);
  linterSteps.finalize();
  return sourceCode as unknown as TSESLint.SourceCode;
}

function parseWithTypeScriptESLint(text: string, path: string, project: string | undefined): Readonly<TSESLint.SourceCode> {
  let result: ReturnType<typeof parseForESLint>;
  try {
    result = parseForESLint(text, {
      filePath: path,
      sourceType: COMMONJS.test(path) ? 'script' : 'module',
      // A CommonJS file's top level is a function's body (Node's module wrapper), as ESLint's `commonjs` has it.
      ...(COMMONJS.test(path) ? { ecmaFeatures: { globalReturn: true } } : {}),
      ecmaVersion: 'latest',
      range: true,
      loc: true,
      tokens: true,
      comment: true,
      jsx: !/\.[cm]?ts$/i.test(path),
      ...(project ? { project, tsconfigRootDir: dirname(project) } : {}),
    });
  } catch (error) {
    const { lineNumber, column, message } = error as { lineNumber?: number; column?: number; message: string };
    // typescript-eslint words this for ESLint users; say it in the codemod's terms.
    if (project && /parserOptions\.project/.test(message)) throw new Error(`${path}:1:1: not part of the project ${project}: add it to that tsconfig's "include", or run without --project`);
    throw new Error(`${path}:${lineNumber ?? 0}:${column ?? 0}: ${message}`);
  }
  const { ast, scopeManager, visitorKeys, services } = result;
  setParents(ast, visitorKeys as Record<string, readonly string[]>);
  return sourceCodeOf({ text, ast: ast as never, scopeManager: scopeManager as never, visitorKeys: visitorKeys as never, parserServices: services }) as unknown as TSESLint.SourceCode;
}

type SourceCodeConfig = ConstructorParameters<typeof SourceCode>[0] & { ast: { tokens: unknown[]; comments: { type: string; value: string }[] } };

/**
 * An ESLint `SourceCode` whose token index is built on first use. ESLint's constructor indexes every token and
 * comment by offset at once (a dictionary of two entries per token: 2 s and much of the garbage collection on
 * TypeScript's 9 MB `typescript.js`), and merges tokens with comments; most files a codemod reads never ask for a
 * token. So the SourceCode is made over no tokens, and the object handed out inherits from it with the real tokens
 * and comments and an index made when a token method first needs it (by ESLint's own token store, so the index is
 * ESLint's). ESLint keeps these under symbols of its token store; if they are not found (another ESLint version),
 * the SourceCode is made the ordinary way. The one method that cannot work through inheritance, `traverse()`
 * (private state), is the Linter's and is not used by the analyses.
 */
function sourceCodeOf(config: SourceCodeConfig): SourceCode {
  const { ast } = config;
  const tokens = ast.tokens;
  const comments = ast.comments;
  ast.tokens = [];
  ast.comments = [];
  let base: SourceCode;
  try {
    base = new SourceCode(config as never);
  } finally {
    ast.tokens = tokens;
    ast.comments = comments;
  }
  const symbols = Object.getOwnPropertySymbols(base);
  const named = (description: string): symbol | undefined => symbols.find((symbol) => symbol.description === description);
  const [tokensKey, commentsKey, indexKey] = [named('tokens'), named('comments'), named('indexMap')];
  if (!tokensKey || !commentsKey || !indexKey) return new SourceCode(config as never);
  // What the constructor does with comments that it could not do over none: a `#!` line's comment is a Shebang.
  const shebang = SHEBANG.exec(base.text);
  const first = comments[0] as { type: string; value: string } | undefined;
  if (shebang && first && first.value === shebang[1]) first.type = 'Shebang';
  const TokenStore = Object.getPrototypeOf(SourceCode) as new (tokens: unknown[], comments: unknown[]) => Record<symbol, unknown>;
  let index: unknown;
  let merged: unknown[] | undefined;
  return Object.create(base, {
    [tokensKey]: { value: tokens },
    [commentsKey]: { value: comments },
    [indexKey]: { get: () => (index ??= new TokenStore(tokens, comments)[indexKey]) },
    tokensAndComments: { enumerable: true, get: () => (merged ??= mergeByStart(tokens as { range: [number, number] }[], comments as unknown as { range: [number, number] }[])) },
  }) as SourceCode;
}

/** Tokens and comments in source order. */
function mergeByStart<T extends { range: [number, number] }>(tokens: readonly T[], comments: readonly T[]): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < tokens.length || j < comments.length) {
    if (j >= comments.length || (i < tokens.length && tokens[i]!.range[0] < comments[j]!.range[0])) merged.push(tokens[i++]!);
    else merged.push(comments[j++]!);
  }
  return merged;
}

function setParents(root: TSESTree.Node, visitorKeys: Record<string, readonly string[]>): void {
  const visit = (node: TSESTree.Node): void => {
    for (const key of visitorKeys[node.type] ?? []) {
      forEachChild(node, key, (child) => {
        (child as { parent?: TSESTree.Node }).parent = node;
        visit(child);
      });
    }
  };
  visit(root);
}

export function forEachChild(node: TSESTree.Node, key: string, callback: (child: TSESTree.Node) => void): void {
  const value = (node as unknown as Record<string, unknown>)[key];
  if (Array.isArray(value)) {
    for (const child of value) if (child && typeof child === 'object' && 'type' in child) callback(child as TSESTree.Node);
  } else if (value && typeof value === 'object' && 'type' in value) {
    callback(value as TSESTree.Node);
  }
}
