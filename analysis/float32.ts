import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isGlobalName, memberName, skipTsWrappers } from './ast.ts';
import { findVariable } from './binding.ts';
import { allowsFloat32, FLOAT32_PRECISION, type Float32Choice, isNumeric, typedArrayPattern } from './typed-array.ts';
import type { Edit, Finding, SitePattern } from './types.ts';

export interface Float32Options {
  minLength: number;
  choice: Float32Choice;
}

const PRECISION = FLOAT32_PRECISION;

/**
 * `Float64Array` buffers, and `number[]` buffers that `prefer-typed-array` would convert, where the user has said
 * 32 bits are enough (by name, by a comment marker on the declaration, or for a whole file): a `Float32Array` takes
 * half the memory. Always a suggestion: only the user knows what precision the data needs.
 */
export const float32Pattern: SitePattern<Float32Options> = {
  nodeTypes: [AST_NODE_TYPES.VariableDeclarator],
  analyze(node, env, options) {
    if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || !node.init) return undefined;
    const init = skipTsWrappers(node.init);
    const constructor = float64Constructor(init, env, options.minLength);
    if (!constructor) {
      // A `number[]` buffer: the same analysis as prefer-typed-array, with 32-bit floats allowed here.
      const finding = typedArrayPattern.analyze(node, env, { minLength: options.minLength, float32: options.choice });
      if (!finding || finding.rewrites.length === 0 || finding.data['kind'] !== 'Float32Array') return undefined;
      // The reason names the precision, and any other reason prefer-typed-array had not to autofix.
      const reason = finding.reason ?? PRECISION;
      return { ...finding, messageId: 'preferFloat32', kind: 'suggest', reason, rewrites: finding.rewrites.map((rewrite) => ({ ...rewrite, messageId: 'useFloat32', data: { caveat: ` (${reason})` } })) };
    }
    const variable = findVariable(env.sourceCode, node.id);
    if (!variable || !allowsFloat32(options.choice, node, variable, env)) return undefined;
    const edits: Edit[] = [{ range: constructor.range, text: 'Float32Array' }];
    // The type annotation and any `as Float64Array` / `<Float64Array>` around the value change with it (only those:
    // `Float64Array.BYTES_PER_ELEMENT` in the value means what it says).
    const types: TSESTree.Node[] = [];
    if (node.id.typeAnnotation) types.push(node.id.typeAnnotation.typeAnnotation);
    for (let wrapper: TSESTree.Node = node.init; wrapper !== skipTsWrappers(wrapper); wrapper = (wrapper as TSESTree.TSAsExpression).expression) {
      if ('typeAnnotation' in wrapper && wrapper.typeAnnotation) types.push(wrapper.typeAnnotation as TSESTree.Node);
    }
    for (const type of types) {
      for (const token of env.sourceCode.getTokens(type)) if (token.value === 'Float64Array') edits.push({ range: token.range, text: 'Float32Array' });
    }
    const finding: Finding = {
      node,
      messageId: 'preferFloat32',
      data: { name: node.id.name, kind: 'Float32Array', saving: 'takes 4 bytes per element instead of 8', article: 'a' },
      kind: 'suggest',
      reason: PRECISION,
      rewrites: [{ messageId: 'useFloat32', data: { caveat: ` (${PRECISION})` }, edits }],
    };
    return finding;
  },
};

/**
 * The `Float64Array` identifier of a new buffer: `new Float64Array(n | list)` (not a view: `new Float64Array(buffer,
 * ...)` reinterprets someone else's bytes), `Float64Array.from(...)`, `Float64Array.of(...)`, each maybe `.fill(v)`.
 */
function float64Constructor(node: TSESTree.Node, env: Parameters<SitePattern<never>['analyze']>[1], minLength: number): TSESTree.Identifier | undefined {
  let init = node;
  if (init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.MemberExpression && memberName(init.callee) === 'fill') init = skipTsWrappers(init.callee.object);
  if (init.type === AST_NODE_TYPES.NewExpression && isGlobalName(env.sourceCode, init.callee, 'Float64Array')) {
    const [first] = init.arguments;
    if (init.arguments.length !== 1 || !first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (first.type === AST_NODE_TYPES.Literal && typeof first.value === 'number' && first.value < minLength) return undefined;
    // A short literal list is a shape, not a buffer.
    const isList = first.type === AST_NODE_TYPES.ArrayExpression && first.elements.length >= minLength;
    return isList || isNumeric(first, env) ? (init.callee as TSESTree.Identifier) : undefined;
  }
  if (init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.MemberExpression && ['from', 'of'].includes(memberName(init.callee) ?? '') && isGlobalName(env.sourceCode, init.callee.object, 'Float64Array')) {
    return init.callee.object as TSESTree.Identifier;
  }
  return undefined;
}
