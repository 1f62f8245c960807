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
    if (sourceCode) return sourceCode;
  }
  return parseWithTypeScriptESLint(text, path, project);
}

/**
 * ESLint's default flat-config parse of a JS file, with the option values its JS language passes, or undefined when
 * espree throws. `commonjs` is passed through as ESLint does: espree then allows a top-level `return`, and
 * eslint-scope puts the file's bindings in a function scope under the global one (Node's module wrapper).
 */
function parseWithEspree(text: string, path: string): Readonly<TSESLint.SourceCode> | undefined {
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
  } catch {
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
  const sourceCode = new SourceCode({ text, ast: ast as never, scopeManager: scopeManager as never, visitorKeys: KEYS as never, parserServices: {} });
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
  return new SourceCode({ text, ast: ast as never, scopeManager: scopeManager as never, visitorKeys: visitorKeys as never, parserServices: services }) as unknown as TSESLint.SourceCode;
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
