import { dirname } from 'node:path';

import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { SourceCode } from 'eslint';

/** Parses like ESLint with typescript-eslint's parser; a syntax error names the file, line and column. */
export function parse(text: string, path: string, project?: string): Readonly<TSESLint.SourceCode> {
  let result: ReturnType<typeof parseForESLint>;
  try {
    result = parseForESLint(text, {
      filePath: path,
      sourceType: /\.cjs$/i.test(path) ? 'script' : 'module',
      // A CommonJS file's top level is a function's body (Node's module wrapper), as ESLint's `commonjs` has it.
      ...(/\.cjs$/i.test(path) ? { ecmaFeatures: { globalReturn: true } } : {}),
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

