import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';

import { concatArgumentKind, describeType } from './array-evidence.ts';
import { contains, globalStaticCall, insideLoop, isGlobalName, memberName, outerValueNode, skipTsWrappers, someNode } from './ast.ts';
import { analyzeBinding, findVariable, usesArguments } from './binding.ts';
import { excerpt, indentAt, indentUnit, lineEndingAt, textOf } from './text.ts';
import type { AnalysisEnv, Edit, Finding, Rewrite, SitePattern } from './types.ts';
import { StatementWriter } from './writer.ts';

type Variable = TSESLint.Scope.Variable;
type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/**
 * What one value a reduce callback returns (or a loop assigns) does with the accumulator `acc`:
 * `same` returns it unchanged; `append` is `[...acc, ...]`; `assignProps` is `{ ...acc, ... }`;
 * `assignCall` is `Object.assign({}, acc, ...)`; `concat` is `acc.concat(...)`; `conditional` chooses between two;
 * `copyElsewhere` copies `acc` but not as the leading spread (`[x, ...acc]`, `{ k: v, ...acc }`); `other` is anything else.
 */
type Result =
  | { kind: 'append'; node: TSESTree.ArrayExpression }
  | { kind: 'assignCall'; node: TSESTree.CallExpression }
  | { kind: 'assignProps'; node: TSESTree.ObjectExpression }
  | { kind: 'concat'; node: TSESTree.CallExpression }
  | { kind: 'conditional'; node: TSESTree.ConditionalExpression; consequent: Result; alternate: Result }
  | { kind: 'copyElsewhere'; node: TSESTree.Node }
  | { kind: 'other'; node: TSESTree.Node }
  | { kind: 'same'; node: TSESTree.Node };

const COPYING: ReadonlySet<Result['kind']> = new Set(['append', 'assignCall', 'assignProps', 'concat', 'copyElsewhere']);
/** Methods that only read their receiver and keep nothing of it: calling them on the accumulator lets nothing escape. */
const READING_METHODS: ReadonlySet<string> = new Set([
  'at', 'includes', 'indexOf', 'lastIndexOf', 'join', 'hasOwnProperty', 'propertyIsEnumerable', 'toString', 'toLocaleString',
]);
const REDUCERS: ReadonlySet<string> = new Set(['reduce', 'reduceRight']);

/**
 * The accumulating-spread pattern: a `reduce`/`reduceRight` callback that returns a copy of its accumulator with
 * something added (`[...acc, x]`, `{ ...acc, [k]: v }`, `Object.assign({}, acc, ...)`, `acc.concat(x)`), and a loop
 * that rebinds an object the same way (`acc = { ...acc, k: v }`; the array forms in loops are `prefer-in-place`'s).
 */
export const accumulatingSpreadPattern: SitePattern<Record<string, never>> = {
  nodeTypes: [AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.AssignmentExpression],
  analyze(node, env) {
    if (node.type === AST_NODE_TYPES.CallExpression) return analyzeReduce(node, env);
    if (node.type === AST_NODE_TYPES.AssignmentExpression) return analyzeLoopRebind(node, env);
    return undefined;
  },
};

function analyzeReduce(call: TSESTree.CallExpression, env: AnalysisEnv): Finding | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !REDUCERS.has(memberName(callee) ?? '')) return undefined;
  const [callback, seed] = call.arguments;
  if (!callback || (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback.type !== AST_NODE_TYPES.FunctionExpression)) return undefined;
  const accParam = callback.params[0];
  // Unusual arities are not reducers we understand (a rest parameter, or more than reduce passes).
  if (accParam?.type !== AST_NODE_TYPES.Identifier || callback.params.length > 4 || callback.params.some((p) => p.type === AST_NODE_TYPES.RestElement)) return undefined;
  if (callback.generator) return undefined;
  const typed = describeType(callee.object, env);
  if (typed && typed.kind === 'not-array') return undefined;
  const acc = env.sourceCode.scopeManager?.acquire(callback)?.set.get(accParam.name);
  if (!acc) return undefined;

  const returned = returnedValues(callback, env);
  const accumulator = accumulatorOf(acc);
  const results = returned.values.map((value) => classify(value, accumulator, env));
  const flat = results.flatMap(leaves);
  const copying = flat.filter((result) => COPYING.has(result.kind));
  if (copying.length === 0) return undefined;
  // `acc.concat(x)` is also String#concat: only an array seed (or an array type) says which.
  if (copying.every((result) => result.kind === 'concat') && !(seed && isArraySeed(seed, env))) return undefined;

  const method = memberName(callee)!;
  const first = copying[0]!;
  const finding = (kind: Finding['kind'], reason: string | undefined, rewrites: Rewrite[]): Finding => ({
    node: first.node,
    messageId: 'accumulatingSpread',
    data: { expression: describeForm(first, accParam.name), method },
    kind,
    reason,
    rewrites,
  });
  const arrayForms = flat.some((r) => r.kind === 'append' || r.kind === 'concat');
  const objectForms = flat.some((r) => r.kind === 'assignProps' || r.kind === 'assignCall');
  // Reasons there is no rewrite at all, most fundamental first.
  const none =
    (call.arguments.length < 2 && `without an initial value the accumulator starts as the first element, which a mutating rewrite would change`) ||
    (call.arguments.length > 2 && 'extra arguments are passed to `reduce`') ||
    (seed?.type === AST_NODE_TYPES.SpreadElement && 'the initial value is spread into the call') ||
    (callback.async && 'the callback is async, so the accumulator is a promise') ||
    (!returned.complete && 'the callback may end without returning a value') ||
    (arrayForms && objectForms && 'the callback builds both arrays and objects') ||
    flat.map((r) => (r.kind === 'copyElsewhere' ? 'the accumulator is not the first thing copied, so mutating it would change the order' : r.kind === 'other' ? `another \`return\` gives a value other than \`${accParam.name}\` or a copy of it, which a mutation would then change` : undefined)).find(Boolean) ||
    (callback.type === AST_NODE_TYPES.FunctionExpression && usesArguments(env, callback) && 'the callback reads `arguments`, which holds the accumulator') ||
    escapes(acc, flat) ||
    flat.map((r) => formProblem(r, accParam.name, acc, env)).find(Boolean) ||
    (seed && seedMismatch(seed, arrayForms));
  if (none) return finding('none', none, []);

  const caveats: string[] = [];
  for (const result of flat) for (const caveat of formCaveats(result, env, callback)) caveats.push(caveat);
  if (env.typescript) {
    // The accumulator's type comes from the seed: `{}` has no properties to assign to.
    const typedAcc = !!accParam.typeAnnotation || !!call.typeArguments || (seed && seed.type !== skipTsWrappers(seed).type);
    if (objectForms && !typedAcc && !env.typeInfo) caveats.push('in TypeScript the accumulator is typed by its seed `{}`, so assigning to it may not type-check: give it a type, e.g. `reduce<Record<string, T>>`');
    // Without a type of its own, the accumulator may owe its type to an assertion on what the callback returns.
    if (!typedAcc && returned.values.some((value) => value !== skipTsWrappers(value))) caveats.push('a type assertion on the returned value is dropped, and the accumulator may need it');
  }
  const seedFacts = describeSeed(seed!);
  const rewrite = (copySeed: boolean, caveat: string): Rewrite => ({
    messageId: copySeed ? 'copySeedOnce' : 'mutateAccumulator',
    data: { name: accParam.name, caveat },
    edits: [...reduceEdits(callback, returned, results, accParam.name, env), ...(copySeed ? [seedCopyEdit(seed!, arrayForms, env)] : [])],
  });
  if (!seedFacts.fresh) {
    const reason = `the initial value \`${excerpt(env.sourceCode, seed!)}\` is not a fresh literal, so mutating it would change what else holds it`;
    // For an empty input the reduce returned the seed itself; now it returns the copy.
    const caveat = caveats[0] ?? 'for an empty input the result is now a copy of the initial value, not the value itself';
    return finding('suggest', reason, [rewrite(true, ` (${caveat})`)]);
  }
  if (caveats.length > 0) return finding('suggest', caveats[0], [rewrite(false, ` (${caveats[0]})`)]);
  return finding('fix', undefined, [rewrite(false, '')]);
}

/** The values a callback returns, and whether every path returns one (a block must end with `return`). */
function returnedValues(fn: Fn, env: AnalysisEnv): { values: TSESTree.Node[]; returns: TSESTree.ReturnStatement[]; complete: boolean } {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return { values: [fn.body], returns: [], complete: true };
  const returns: TSESTree.ReturnStatement[] = [];
  // Collects every `return` of this function (not of nested ones): the test never matches, so the walk is complete.
  someNode(fn.body.body, env.sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) returns.push(node);
    return false;
  });
  const last = fn.body.body.at(-1);
  const complete = last?.type === AST_NODE_TYPES.ReturnStatement && returns.every((r) => r.argument !== null);
  return { values: returns.flatMap((r) => (r.argument ? [r.argument] : [])), returns, complete };
}

/** The accumulator variable, as the identifiers that refer to it (a shadowing `acc` in a nested block is not it). */
interface Accumulator {
  name: string;
  references: ReadonlySet<TSESTree.Node>;
}

function accumulatorOf(variable: Variable): Accumulator {
  return { name: variable.name, references: new Set(variable.references.map((reference) => reference.identifier as TSESTree.Node)) };
}

function isAcc(node: TSESTree.Node, acc: Accumulator): boolean {
  const inner = skipTsWrappers(node);
  return inner.type === AST_NODE_TYPES.Identifier && acc.references.has(inner);
}

function classify(value: TSESTree.Node, acc: Accumulator, env: AnalysisEnv): Result {
  const node = skipTsWrappers(value);
  if (isAcc(node, acc)) return { kind: 'same', node };
  if (node.type === AST_NODE_TYPES.ConditionalExpression) {
    return { kind: 'conditional', node, consequent: classify(node.consequent, acc, env), alternate: classify(node.alternate, acc, env) };
  }
  if (node.type === AST_NODE_TYPES.ArrayExpression) {
    const at = node.elements.findIndex((e) => e?.type === AST_NODE_TYPES.SpreadElement && isAcc(e.argument, acc));
    if (at === 0) return { kind: 'append', node };
    if (at > 0) return { kind: 'copyElsewhere', node };
  }
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    const at = node.properties.findIndex((p) => p.type === AST_NODE_TYPES.SpreadElement && isAcc(p.argument, acc));
    if (at === 0) return { kind: 'assignProps', node };
    if (at > 0) return { kind: 'copyElsewhere', node };
  }
  if (node.type === AST_NODE_TYPES.CallExpression && !node.optional) {
    if (globalStaticCall(env.sourceCode, node, 'Object') === 'assign') {
      const [target, source] = node.arguments;
      const emptyTarget = target?.type === AST_NODE_TYPES.ObjectExpression && target.properties.length === 0;
      if (emptyTarget && source && isAcc(source, acc)) return { kind: 'assignCall', node };
      if (node.arguments.some((a, i) => i > 0 && isAcc(a.type === AST_NODE_TYPES.SpreadElement ? a.argument : a, acc))) return { kind: 'copyElsewhere', node };
    }
    if (node.callee.type === AST_NODE_TYPES.MemberExpression && !node.callee.optional && isAcc(node.callee.object, acc) && memberName(node.callee) === 'concat') {
      return { kind: 'concat', node };
    }
  }
  return { kind: 'other', node };
}

function leaves(result: Result): Result[] {
  return result.kind === 'conditional' ? [...leaves(result.consequent), ...leaves(result.alternate)] : [result];
}

/**
 * Why the accumulator may be seen by something else between calls (so that mutating it is visible), if it may:
 * every reference must be the copy itself, a returned `acc`, or a read that keeps nothing.
 */
function escapes(acc: Variable, results: readonly Result[]): string | undefined {
  const allowed = new Set<TSESTree.Node>();
  for (const result of results) {
    if (result.kind === 'same') allowed.add(result.node);
    if (result.kind === 'append') allowed.add(skipTsWrappers((result.node.elements[0] as TSESTree.SpreadElement).argument));
    if (result.kind === 'assignProps') allowed.add(skipTsWrappers((result.node.properties[0] as TSESTree.SpreadElement).argument));
    if (result.kind === 'assignCall') allowed.add(skipTsWrappers(result.node.arguments[1]!));
    if (result.kind === 'concat') allowed.add(skipTsWrappers((result.node.callee as TSESTree.MemberExpression).object));
  }
  for (const reference of acc.references) {
    const id = reference.identifier as TSESTree.Identifier;
    if (allowed.has(id)) continue;
    if (reference.isWrite()) return `\`${acc.name}\` is reassigned inside the callback`;
    if (reference.from.variableScope !== acc.scope.variableScope) return `\`${acc.name}\` is used inside a nested function, which may keep it`;
    if (!isPlainRead(id)) return `\`${acc.name}\` is used as a value, so something may keep the copy a mutation would change`;
  }
  return undefined;
}

/** `acc.length`, `acc[k]`, `k in acc`, `acc.includes(x)`: reads that neither keep nor change the accumulator. */
function isPlainRead(id: TSESTree.Identifier): boolean {
  const node = outerValueNode(id);
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.BinaryExpression) return parent.right === node ? parent.operator === 'in' || parent.operator === 'instanceof' : parent.operator !== 'in';
  if (parent.type === AST_NODE_TYPES.UnaryExpression) return parent.operator === 'typeof' || parent.operator === '!';
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return false;
  const grand = parent.parent;
  if (grand?.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent) return false;
  if (grand?.type === AST_NODE_TYPES.UpdateExpression || (grand?.type === AST_NODE_TYPES.UnaryExpression && grand.operator === 'delete')) return false;
  if (grand?.type === AST_NODE_TYPES.CallExpression && grand.callee === parent) return READING_METHODS.has(memberName(parent) ?? '');
  return true;
}

/** Why one copying form cannot be turned into a mutation, if it cannot. */
function formProblem(result: Result, acc: string, variable: Variable, env: AnalysisEnv): string | undefined {
  const readsAcc = (node: TSESTree.Node): boolean => variable.references.some((r) => contains(node, r.identifier as TSESTree.Node));
  if (result.kind === 'append') {
    const appended = result.node.elements.slice(1);
    if (appended.includes(null)) return 'the array literal has holes';
    if (appended.some((e) => e?.type === AST_NODE_TYPES.SpreadElement && readsAcc(e))) return `an appended spread reads \`${acc}\`, which would grow while it is read`;
  }
  if (result.kind === 'assignProps') {
    const props = result.node.properties.slice(1);
    // Evaluated one by one after the copy, later values would see earlier mutations.
    if (props.length > 1 && props.some(readsAcc)) return `the added properties read \`${acc}\`, which a mutation would change between them`;
    for (const prop of props) {
      if (prop.type === AST_NODE_TYPES.SpreadElement) continue;
      if (prop.kind !== 'init' || prop.method) return 'a getter, setter or method is added';
      // `__proto__: v` in a literal sets the new object's prototype; as an assignment it would set acc's.
      if (!prop.computed && !prop.shorthand && propertyKeyName(prop) === '__proto__') return 'the literal sets `__proto__`';
      if (prop.computed && ASTUtils.getStaticValue(prop.key as never, env.sourceCode.getScope(prop.key))?.value === '__proto__') return 'the key is "__proto__", which an assignment would turn into the prototype';
    }
  }
  if (result.kind === 'concat') {
    const args = result.node.arguments;
    if (args.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return '`concat` is called with a spread argument';
    if (args.some((a) => a.type === AST_NODE_TYPES.ArrayExpression && a.elements.includes(null))) return 'an appended array literal has holes, which `concat` keeps';
    if (args.some(readsAcc)) return `the appended values read \`${acc}\``;
  }
  if (result.kind === 'assignCall' && result.node.arguments.slice(2).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) return '`Object.assign` is called with a spread argument';
  if (result.kind === 'assignCall' && !isGlobalName(env.sourceCode, (result.node.callee as TSESTree.MemberExpression).object, 'Object')) return '`Object` is not the global';
  return undefined;
}

/** Why a rewrite of a form is only a suggestion: the cases where a mutation can differ from the copy. */
function formCaveats(result: Result, env: AnalysisEnv, callback: Fn | undefined): string[] {
  const caveats: string[] = [];
  if (result.kind === 'assignProps') {
    for (const prop of result.node.properties.slice(1)) {
      if (prop.type === AST_NODE_TYPES.SpreadElement) {
        caveats.push('`Object.assign` sets properties where the spread defines them, which differs for a `__proto__` key');
      } else if (prop.computed && !keyCannotBeProto(prop.key, env, callback)) {
        caveats.push(`if \`${excerpt(env.sourceCode, prop.key)}\` can be "__proto__", an assignment sets the prototype instead of a property`);
      }
    }
  }
  if (result.kind === 'assignCall') {
    // Object.assign sets each key; on a fresh `{}` per step an own "__proto__" key only changed that step's copy.
    for (const source of result.node.arguments.slice(2)) {
      if (!isProtoFreeObjectLiteral(source, env, callback)) {
        caveats.push(`if \`${excerpt(env.sourceCode, source)}\` has an own "__proto__" key, as \`JSON.parse\` can give it, it would set the accumulator's prototype`);
      }
    }
  }
  if (result.kind === 'concat') {
    for (const arg of result.node.arguments) {
      if (arg.type !== AST_NODE_TYPES.SpreadElement && concatArgumentKind(arg, env, 0) === 'unknown') {
        caveats.push(`\`concat\` spreads arrays element by element and keeps their holes; \`${excerpt(env.sourceCode, arg)}\` is not known to be a packed array or a plain value`);
      }
    }
  }
  return caveats;
}

/** A computed key that cannot evaluate to "__proto__": a static value, a number, the callback's index parameter. */
function keyCannotBeProto(key: TSESTree.Node, env: AnalysisEnv, callback: Fn | undefined): boolean {
  const inner = skipTsWrappers(key);
  const value = ASTUtils.getStaticValue(inner as never, env.sourceCode.getScope(inner));
  if (value) return value.value !== '__proto__';
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.quasis.some((q) => q.value.cooked !== '' && !'__proto__'.includes(q.value.cooked ?? ''))) return true;
  if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator !== '+') return true;
  if (inner.type === AST_NODE_TYPES.UpdateExpression || (inner.type === AST_NODE_TYPES.UnaryExpression && (inner.operator === '-' || inner.operator === '+'))) return true;
  const index = callback?.params[2];
  if (index?.type === AST_NODE_TYPES.Identifier && inner.type === AST_NODE_TYPES.Identifier && inner.name === index.name) {
    const variable = env.sourceCode.scopeManager?.acquire(callback!)?.set.get(index.name);
    if (variable?.references.every((r) => !r.isWrite())) return true;
  }
  if (inner.type === AST_NODE_TYPES.MemberExpression && memberName(inner) === 'length') return true;
  const info = env.typeInfo;
  if (info) {
    const type = info.checker.getTypeAtLocation(info.toTsNode(inner));
    return tsutils.unionConstituents(type).every((part) => {
      if (part.isStringLiteral()) return part.value !== '__proto__';
      return tsutils.isTypeFlagSet(part, 296 /* NumberLike */ | 2112 /* BigIntLike */ | 12288 /* ESSymbolLike */);
    });
  }
  return false;
}

/** `{ a: 1, [i]: x }`: a literal whose keys are all known not to be "__proto__". */
function isProtoFreeObjectLiteral(node: TSESTree.Node, env: AnalysisEnv, callback: Fn | undefined): boolean {
  const inner = skipTsWrappers(node);
  if (inner.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return inner.properties.every((prop) => {
    if (prop.type === AST_NODE_TYPES.SpreadElement) return false;
    return prop.computed ? keyCannotBeProto(prop.key, env, callback) : propertyKeyName(prop) !== '__proto__';
  });
}

function isArraySeed(seed: TSESTree.Node, env: AnalysisEnv): boolean {
  if (skipTsWrappers(seed).type === AST_NODE_TYPES.ArrayExpression) return true;
  const typed = describeType(seed, env);
  return typed?.kind === 'array';
}

function seedMismatch(seed: TSESTree.Node, arrayForms: boolean): string | undefined {
  const inner = skipTsWrappers(seed);
  if (inner.type === AST_NODE_TYPES.Literal || inner.type === AST_NODE_TYPES.TemplateLiteral) return `the initial value is not ${arrayForms ? 'an array' : 'an object'}, so there is nothing to mutate`;
  if (arrayForms && inner.type === AST_NODE_TYPES.ObjectExpression) return 'the initial value is an object, which an array spread cannot copy';
  if (!arrayForms && inner.type === AST_NODE_TYPES.ArrayExpression) return 'the initial value is an array, which an object spread turns into a plain object';
  return undefined;
}

/** A literal that nothing else holds and that a copy would reproduce exactly (no holes, getters or `__proto__`). */
function describeSeed(seed: TSESTree.Node): { fresh: boolean } {
  const inner = skipTsWrappers(seed);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return { fresh: !inner.elements.includes(null) };
  if (inner.type === AST_NODE_TYPES.ObjectExpression) {
    return {
      fresh: inner.properties.every((p) => p.type === AST_NODE_TYPES.SpreadElement || (p.kind === 'init' && !p.method && (p.computed || p.shorthand || propertyKeyName(p) !== '__proto__'))),
    };
  }
  return { fresh: false };
}

/** The seed copied once, so the callback mutates a copy of its own: `[...seed]` or `{ ...seed }`. */
function seedCopyEdit(seed: TSESTree.Node, arrayForms: boolean, env: AnalysisEnv): Edit {
  const text = textOf(env.sourceCode, seed);
  const needsParens = seed.type === AST_NODE_TYPES.SequenceExpression;
  const body = needsParens ? `(${text})` : text;
  return { range: seed.range, text: arrayForms ? `[...${body}]` : `{ ...${body} }` };
}

function propertyKeyName(prop: TSESTree.Property): string | undefined {
  if (prop.key.type === AST_NODE_TYPES.Identifier) return prop.key.name;
  if (prop.key.type === AST_NODE_TYPES.Literal) return String(prop.key.value);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Rewrites

/**
 * The edits that turn every copying `return` of the callback into mutations followed by `return acc`. An
 * `Object.assign({}, acc, ...)` loses its `{}` in place; an expression body becomes a block.
 */
function reduceEdits(fn: Fn, returned: ReturnType<typeof returnedValues>, results: readonly Result[], acc: string, env: AnalysisEnv): Edit[] {
  const edits: Edit[] = [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    const result = results[0]!;
    if (onlyAssignCalls(result)) return assignCallEdits(result);
    const arrow = env.sourceCode.getTokenBefore(fn.body, { filter: (token) => token.value === '=>' })!;
    const text = env.sourceCode.text;
    const base = indentAt(text, fn.range[0]);
    const unit = indentUnit(text, base);
    const eol = lineEndingAt(text, fn.range[0]);
    const kept: (readonly [number, number])[] = [];
    const lines = [...mutations(result, acc, env, kept), `return ${acc};`];
    const replaced: readonly [number, number] = [arrow.range[1], fn.range[1]];
    const comments = env.sourceCode.getCommentsInside(fn.body).concat(env.sourceCode.getCommentsAfter(arrow)).filter(
      (c) => c.range[0] >= replaced[0] && c.range[1] <= replaced[1] && !kept.some(([s, e]) => s <= c.range[0] && c.range[1] <= e),
    );
    const all = [...comments.map((c) => textOf(env.sourceCode, c.range)), ...lines];
    edits.push({ range: replaced, text: ` {${eol}${render(all, base + unit, unit, eol)}${eol}${base}}` });
    return edits;
  }
  returned.returns.forEach((statement, n) => {
    const result = results[n]!;
    if (result.kind === 'same') return;
    if (onlyAssignCalls(result)) {
      for (const edit of assignCallEdits(result)) edits.push(edit);
      return;
    }
    const kept: (readonly [number, number])[] = [];
    const lines = [...mutations(result, acc, env, kept), `return ${acc};`];
    edits.push(replaceStatement(env, statement, lines, kept));
  });
  return edits;
}

function onlyAssignCalls(result: Result): boolean {
  return leaves(result).every((r) => r.kind === 'assignCall' || r.kind === 'same');
}

/** `Object.assign({}, acc, x)` becomes `Object.assign(acc, x)`: the empty target and its comma go. */
function assignCallEdits(result: Result): Edit[] {
  return leaves(result).flatMap((r) => {
    if (r.kind !== 'assignCall') return [];
    const [target, source] = r.node.arguments;
    return [{ range: [target!.range[0], source!.range[0]] as const, text: '' }];
  });
}

/**
 * The statements that mutate `acc` as `result` would have copied it (a conditional becomes an `if`). Lines of a
 * nested block are joined with "\n" and indented by the caller. Ranges of user code carried over go into `kept`.
 */
function mutations(result: Result, acc: string, env: AnalysisEnv, kept: (readonly [number, number])[]): string[] {
  const keep = (node: TSESTree.Node): string => {
    kept.push(node.range);
    const text = textOf(env.sourceCode, node);
    return node.type === AST_NODE_TYPES.SequenceExpression ? `(${text})` : text;
  };
  switch (result.kind) {
    case 'same':
      return [];
    case 'append':
      return pushes(acc, result.node.elements.slice(1) as (TSESTree.Expression | TSESTree.SpreadElement)[], keep, env, result.node);
    case 'concat':
      return result.node.arguments.flatMap((arg) => {
        const inner = skipTsWrappers(arg);
        if (inner.type === AST_NODE_TYPES.ArrayExpression) return pushes(acc, inner.elements as (TSESTree.Expression | TSESTree.SpreadElement)[], keep, env, result.node);
        if (concatArgumentKind(arg, env, 0) === 'value') return [`${acc}.push(${keep(arg)});`];
        const item = freshLoopName(env, result.node);
        const source = keep(arg);
        return [`if (Array.isArray(${source})) for (const ${item} of ${source}) ${acc}.push(${item});`, `else ${acc}.push(${source});`];
      });
    case 'assignCall':
      return [`Object.assign(${acc}, ${result.node.arguments.slice(2).map(keep).join(', ')});`];
    case 'assignProps':
      return result.node.properties.slice(1).map((prop) => {
        if (prop.type === AST_NODE_TYPES.SpreadElement) return `Object.assign(${acc}, ${keep(prop.argument)});`;
        const value = keep(prop.value);
        if (prop.computed) return `${acc}[${keep(prop.key)}] = ${value};`;
        if (prop.key.type === AST_NODE_TYPES.Identifier) return `${acc}.${prop.key.name} = ${value};`;
        return `${acc}[${keep(prop.key)}] = ${value};`;
      });
    case 'conditional': {
      const consequent = mutations(result.consequent, acc, env, kept);
      const alternate = mutations(result.alternate, acc, env, kept);
      const test = keep(result.node.test);
      const branch = (lines: string[]): string => (lines.length === 1 && !lines[0]!.includes('\n') ? ` ${lines[0]}` : ` {\n${lines.flatMap((l) => l.split('\n')).map((l) => LEVEL + l).join('\n')}\n}`);
      if (consequent.length === 0 && alternate.length === 0) return [];
      if (consequent.length === 0) return [`if (!(${test}))${branch(alternate)}`];
      const head = `if (${test})${branch(consequent)}`;
      return alternate.length === 0 ? [head] : [`${head}${branch(consequent).startsWith(' {') ? ' ' : '\n'}else${branch(alternate)}`];
    }
    default:
      return [];
  }
}

/** `acc.push(a, b)` for plain values; a `for...of` loop per spread (never `push(...ys)`, which overflows the stack). */
function pushes(acc: string, elements: readonly (TSESTree.Expression | TSESTree.SpreadElement)[], keep: (node: TSESTree.Node) => string, env: AnalysisEnv, at: TSESTree.Node): string[] {
  const lines: string[] = [];
  let group: string[] = [];
  const flush = (): void => {
    if (group.length > 0) lines.push(`${acc}.push(${group.join(', ')});`);
    group = [];
  };
  for (const element of elements) {
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      flush();
      const item = freshLoopName(env, at);
      lines.push(`for (const ${item} of ${keep(element.argument)}) ${acc}.push(${item});`);
    } else {
      group.push(keep(element));
    }
  }
  flush();
  return lines;
}

function freshLoopName(env: AnalysisEnv, at: TSESTree.Node): string {
  return new StatementWriter(env, at, false).fresh('item', 'value', 'element');
}

/** Marks one level of nesting at the start of a line that `mutations` writes; `render` turns it into indentation. */
const LEVEL = '\u0001';

/** The lines at `indent`, nested levels one `unit` deeper each, joined with the file's line ending. */
function render(lines: readonly string[], indent: string, unit: string, eol: string): string {
  return lines
    .flatMap((line) => line.split('\n'))
    .map((line) => {
      let depth = 0;
      while (line[depth] === LEVEL) depth++;
      return indent + unit.repeat(depth) + line.slice(depth);
    })
    .join(eol);
}

/** Replaces a statement by lines, in a block of its own where one statement is expected. */
function replaceStatement(env: AnalysisEnv, statement: TSESTree.Node, lines: readonly string[], kept: readonly (readonly [number, number])[]): Edit {
  let w = new StatementWriter(env, statement, false);
  if (w.needsBlock(lines.length)) w = new StatementWriter(env, statement, true);
  const body = render(lines, w.indent, w.unit, w.eol);
  const text = w.wrapped ? `{${w.eol}${body}${w.eol}${w.outerIndent}}` : body.slice(w.indent.length);
  return w.edit(w.lostComments(kept) + text);
}

// ---------------------------------------------------------------------------------------------------------------
// Loops that rebind an object: `acc = { ...acc, k: v }` / `acc = Object.assign({}, acc, ...)`

function analyzeLoopRebind(node: TSESTree.AssignmentExpression, env: AnalysisEnv): Finding | undefined {
  if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.Identifier) return undefined;
  const name = node.left.name;
  // Cheap syntax first (this runs on every assignment): `{ ...name, ... }` or `Object.assign({}, name, ...)`.
  const right = skipTsWrappers(node.right);
  const copiesByName =
    (right.type === AST_NODE_TYPES.ObjectExpression && right.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement && isNamed(p.argument, name))) ||
    (right.type === AST_NODE_TYPES.CallExpression && right.arguments.length > 1 && isNamed(right.arguments[1]!, name));
  if (!copiesByName) return undefined;
  const variable = findVariable(env.sourceCode, node.left);
  if (!variable) return undefined;
  const accumulator = accumulatorOf(variable);
  const result = classify(node.right, accumulator, env);
  if (result.kind !== 'assignProps' && result.kind !== 'assignCall') return undefined;
  if (!insideLoop(node)) return undefined;
  const finding = (kind: Finding['kind'], reason: string | undefined, rewrites: Rewrite[]): Finding => ({
    node,
    messageId: 'accumulatingSpread',
    data: { expression: `${name} = ${describeForm(result, name).replace(/^return /, '')}`, method: 'loop' },
    kind,
    reason,
    rewrites,
  });
  const statement = node.parent;
  const binding = analyzeBinding(node.left, node, env, 0, (written) => {
    const parent = written.parent;
    if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.left.type !== AST_NODE_TYPES.Identifier || parent.left.name !== name) return undefined;
    const other = classify(parent.right, accumulator, env).kind;
    return other === 'assignProps' || other === 'assignCall' ? 'keeps' : undefined;
  });
  const none =
    (statement?.type !== AST_NODE_TYPES.ExpressionStatement && 'the value of the assignment is used') ||
    formProblem(result, name, variable, env);
  if (none) return finding('none', none, []);
  // Assigning to a `const` throws whatever the value: not this rule's business.
  if (binding.declaration === 'const') return undefined;
  const caveats = [...formCaveats(result, env, undefined)];
  const declared = variable.defs[0]?.name as TSESTree.Identifier | undefined;
  if (env.typescript && !env.typeInfo && result.kind === 'assignProps' && !declared?.typeAnnotation) {
    caveats.push('in TypeScript the variable is typed by its initial value, so assigning to it may not type-check: give it a type');
  }
  if (binding.shared) caveats.unshift(binding.shared.replace(/\barray\b/g, 'object'));
  let rewrite: Rewrite;
  if (result.kind === 'assignCall') {
    rewrite = { messageId: 'mutateAccumulator', data: { name, caveat: '' }, edits: [{ range: [node.range[0], node.right.range[0]], text: '' }, ...assignCallEdits(result)] };
  } else {
    const kept: (readonly [number, number])[] = [];
    const lines = mutations(result, name, env, kept);
    rewrite = { messageId: 'mutateAccumulator', data: { name, caveat: '' }, edits: [replaceStatement(env, statement!, lines.length === 0 ? [';'] : lines, kept)] };
  }
  if (caveats.length > 0) return finding('suggest', caveats[0], [{ ...rewrite, data: { name, caveat: ` (${caveats[0]})` } }]);
  return finding('fix', undefined, [rewrite]);
}

function isNamed(node: TSESTree.Node, name: string): boolean {
  const inner = skipTsWrappers(node);
  return inner.type === AST_NODE_TYPES.Identifier && inner.name === name;
}

function describeForm(result: Result, acc: string): string {
  switch (result.kind) {
    case 'append':
      return `[...${acc}, ...]`;
    case 'assignProps':
      return `{ ...${acc}, ... }`;
    case 'assignCall':
      return `Object.assign({}, ${acc}, ...)`;
    case 'concat':
      return `${acc}.concat(...)`;
    case 'copyElsewhere':
      return result.node.type === AST_NODE_TYPES.ArrayExpression ? `[..., ...${acc}]` : result.node.type === AST_NODE_TYPES.ObjectExpression ? `{ ..., ...${acc} }` : `Object.assign(..., ${acc})`;
    default:
      return `a copy of ${acc}`;
  }
}

