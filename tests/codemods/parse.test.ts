// Which parser a file goes through: plain JS without type information takes ESLint's own route (espree and
// eslint-scope), everything else typescript-eslint's, and a file espree rejects falls back to typescript-eslint.
import { ScopeManager as TypeScriptScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/utils';
import { ScopeManager as EslintScopeManager } from 'eslint-scope';

import { parse } from '../../codemods/parse.ts';

/** typescript-eslint's parser services carry its node maps; ESLint's default parser has none. */
const viaTypeScriptESLint = (path: string, text: string): boolean => 'esTreeNodeToTSNodeMap' in parse(text, path).parserServices!;

describe('parse', () => {
  it('parses a .js file through espree as an ES module', () => {
    const sourceCode = parse('import x from "x";\nexport const y = <div>{x}</div>;\n', 'src/a.js');
    expect(sourceCode.parserServices).toEqual({});
    expect(sourceCode.scopeManager).toBeInstanceOf(EslintScopeManager);
    expect(sourceCode.ast.sourceType).toBe('module');
    expect(sourceCode.scopeManager!.globalScope!.childScopes.map((scope) => scope.type)).toEqual(['module']);
  });

  it.each(['src/a.mjs', 'src/a.jsx', 'src/A.JS'])('parses %s through espree', (path) => {
    expect(viaTypeScriptESLint(path, 'export const a = 1;\n')).toBe(false);
  });

  it('parses a .cjs file through espree as CommonJS: a top-level return, bindings in a function scope under the global one', () => {
    const sourceCode = parse('const fs = require("fs");\nif (!fs) return;\nmodule.exports = new Float64Array(2);\n', 'src/a.cjs');
    expect(sourceCode.scopeManager).toBeInstanceOf(EslintScopeManager);
    expect(sourceCode.ast.sourceType).toBe('commonjs');
    const globalScope = sourceCode.scopeManager!.globalScope!;
    expect(globalScope.childScopes.map((scope) => scope.type)).toEqual(['function']);
    expect(globalScope.childScopes[0]!.block).toBe(sourceCode.ast);
    expect(globalScope.childScopes[0]!.set.has('fs')).toBe(true);
    // ESLint declares `require` and the ES globals under `commonjs`, so they resolve to definition-less variables.
    expect(globalScope.through).toEqual([]);
    expect(globalScope.set.get('require')!.defs).toEqual([]);
    expect(globalScope.set.get('Float64Array')!.references).toHaveLength(1);
  });

  it('sets every node’s parent', () => {
    const sourceCode = parse('let xs = [1];\nxs = xs.map((x) => x * 2);\n', 'a.js');
    const statement = sourceCode.ast.body[1]!;
    expect(statement.parent).toBe(sourceCode.ast);
    const types: string[] = [];
    for (let node: TSESTree.Node | null | undefined = sourceCode.getNodeByRangeIndex(statement.range[0] + 5); node; node = node.parent) types.push(node.type);
    expect(types).toEqual(['Identifier', 'MemberExpression', 'CallExpression', 'AssignmentExpression', 'ExpressionStatement', 'Program']);
  });

  it('hides a shebang from espree as ESLint does, and keeps the text as it was', () => {
    const text = '#!/usr/bin/env node\nlet a = 1;\n';
    const sourceCode = parse(text, 'bin.js');
    expect(sourceCode.parserServices).toEqual({});
    expect(sourceCode.text).toBe(text);
    expect(sourceCode.ast.comments!.map((comment) => comment.type)).toEqual(['Shebang']);
  });

  it.each([
    ['a decorator', '@sealed\nexport class A {}\n'],
    ['a type annotation', 'let n: number = 1;\n'],
    ['a generic arrow', 'export const id = <T,>(x) => x;\n'],
  ])('falls back to typescript-eslint for %s in a .js file, which espree rejects', (_, text) => {
    const sourceCode = parse(text, 'src/a.js');
    expect(sourceCode.scopeManager).toBeInstanceOf(TypeScriptScopeManager);
    expect(sourceCode.parserServices).toHaveProperty('esTreeNodeToTSNodeMap');
  });

  it('names the file, line and column of a syntax error neither parser accepts', () => {
    expect(() => parse('const a = 1;\nlet = ;\n', 'src/bad.js')).toThrow(/^src\/bad\.js:2:6: Expression expected\.$/);
    expect(() => parse('module.exports = {\n', 'src/bad.cjs')).toThrow(/^src\/bad\.cjs:2:0: '}' expected\.$/);
  });

  it.each(['src/a.ts', 'src/a.mts', 'src/a.cts', 'src/a.tsx'])('parses %s through typescript-eslint', (path) => {
    const sourceCode = parse('export const a = 1;\n', path);
    expect(sourceCode.scopeManager).toBeInstanceOf(TypeScriptScopeManager);
    expect(sourceCode.parserServices).toHaveProperty('esTreeNodeToTSNodeMap');
  });

  it('parses a .ts file with TypeScript syntax', () => {
    const sourceCode = parse('export function f(xs: number[]): number[] {\n  return xs;\n}\n', 'src/a.ts');
    expect(sourceCode.ast.body[0]!.type).toBe('ExportNamedDeclaration');
    expect(sourceCode.scopeManager).toBeInstanceOf(TypeScriptScopeManager);
  });
});
