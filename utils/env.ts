import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import type { Node as TsNode, Program } from 'typescript';

import type { AnalysisEnv, TypeInfo } from '../analysis/types.ts';

/** File names whose syntax is TypeScript (so a fix may need type-level syntax such as `!`). */
export const TYPESCRIPT_FILE = /\.[cm]?tsx?$/i;

/**
 * The analysis environment of a rule: the file's SourceCode, and type information only when the rule's
 * `typeAware` option asks for it (then missing type information is an error, never a silent fallback).
 */
export function ruleEnv(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, typeAware: boolean): AnalysisEnv {
  return {
    sourceCode: context.sourceCode,
    typescript: TYPESCRIPT_FILE.test(context.filename),
    typeInfo: typeAware ? typeInfoOf(ESLintUtils.getParserServices(context)) : undefined,
  };
}

/** Type information from parser services that have a program. */
export function typeInfoOf(services: { program: Program; esTreeNodeToTSNodeMap: { get: (node: never) => TsNode } }): TypeInfo {
  const { program, esTreeNodeToTSNodeMap } = services;
  return {
    program,
    checker: program.getTypeChecker(),
    toTsNode: (node) => esTreeNodeToTSNodeMap.get(node as never),
    noUncheckedIndexedAccess: program.getCompilerOptions().noUncheckedIndexedAccess === true,
  };
}
