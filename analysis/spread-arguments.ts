import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { describeExpression, describeType, type ValueFacts } from './array-evidence.ts';
import { hasEffects, isGlobalName, memberName, skipTsWrappers } from './ast.ts';
import { analyzeBinding, findVariable } from './binding.ts';
import { excerpt, memberObjectText, textOf } from './text.ts';
import type { AnalysisEnv, Edit, Finding, Rewrite, SitePattern } from './types.ts';
import { StatementWriter } from './writer.ts';

export interface SpreadArgumentsOptions {
  /** Array literals with fewer elements than this, never grown, are too small to report. */
  minLength: number;
}

/**
 * Elements per call in the chunked rewrites: Node 20 throws `RangeError` at about 125,500 arguments from a shallow
 * stack and 60,500 from 5,000 frames deep (bench/spread-arguments.js), so 8,192 leaves a wide margin.
 */
export const CHUNK = 8192;

type Callee =
  | { kind: 'fromChar'; name: 'fromCharCode' | 'fromCodePoint' }
  | { kind: 'minmax'; name: 'max' | 'min' }
  | { kind: 'other'; name: string }
  | { kind: 'push'; receiver: TSESTree.Node }
  | { kind: 'unshift'; receiver: TSESTree.Node };

/** One call that passes a possibly large list as separate arguments. */
interface SpreadCall {
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  callee: Callee;
  /** The arguments as the callee receives them: the call's own, or the array given to `.apply`. */
  args: readonly (TSESTree.Expression | TSESTree.SpreadElement)[];
  /** The list spread into the call (or passed to `.apply`). */
  source: TSESTree.Node;
  apply: boolean;
}

const VARIADIC_STATICS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Math', new Set(['max', 'min', 'hypot'])],
  ['String', new Set(['fromCharCode', 'fromCodePoint', 'raw'])],
  ['Array', new Set(['of'])],
]);
const VARIADIC_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'splice', 'concat']);
const NEW_VARIADIC: ReadonlySet<string> = new Set(['Array', 'Set', 'Map', 'WeakSet', 'WeakMap']);

/**
 * Spread into a call (`xs.push(...ys)`, `Math.max(...xs)`, `String.fromCharCode(...codes)`) or the same through
 * `.apply`: every element becomes an argument on the stack, and Node throws `RangeError: Maximum call stack size
 * exceeded` past about 125,000 of them. Only known variadic built-ins are reported, and only when the list may be large.
 */
export const spreadArgumentsPattern: SitePattern<SpreadArgumentsOptions> = {
  nodeTypes: [AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.NewExpression],
  analyze(node, env, options) {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
    const site = matchSpreadCall(node, env);
    if (!site || isSmall(site.source, site.call, env, options)) return undefined;
    return analyzeSpreadCall(site, env);
  },
};

function matchSpreadCall(call: TSESTree.CallExpression | TSESTree.NewExpression, env: AnalysisEnv): SpreadCall | undefined {
  const { sourceCode } = env;
  // `new Array(...xs)`: one number makes a sparse array, more make a list; both put every element on the stack.
  // `new Set(...xs)` (and Map, WeakSet, WeakMap) takes one iterable: the spread uses only the first element, and
  // still puts every element on the stack.
  if (call.type === AST_NODE_TYPES.NewExpression) {
    const name = call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : '';
    if (!NEW_VARIADIC.has(name) || !isGlobalName(sourceCode, call.callee, name)) return undefined;
    const spread = call.arguments.find((a) => a.type === AST_NODE_TYPES.SpreadElement);
    return spread && { call, callee: { kind: 'other', name: `new ${name}` }, args: call.arguments, source: spread.argument, apply: false };
  }
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(callee);
  // `f.apply(thisArg, list)` where f is a variadic built-in.
  if (method === 'apply' && call.arguments.length === 2 && callee.object.type === AST_NODE_TYPES.MemberExpression) {
    const list = call.arguments[1]!;
    if (list.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const target = describeCallee(callee.object, env);
    if (!target) return undefined;
    const thisArg = call.arguments[0]!;
    // A rewrite drops the `this` argument of `Math.max.apply(thisArg, ...)`: it must have no effects to drop.
    if (target.kind !== 'push' && target.kind !== 'unshift' && !isStableReference(thisArg) && !(thisArg.type === AST_NODE_TYPES.Literal)) return undefined;
    let resolved = target;
    if (target.kind === 'push' || target.kind === 'unshift') {
      // `Array.prototype.push.apply(xs, ys)` and `xs.push.apply(xs, ys)` push onto the first argument.
      if (thisArg.type === AST_NODE_TYPES.SpreadElement) return undefined;
      resolved = { kind: target.kind, receiver: thisArg };
    }
    return { call, callee: resolved, args: [{ type: AST_NODE_TYPES.SpreadElement, argument: list } as TSESTree.SpreadElement], source: list, apply: true };
  }
  // `f.call(thisArg, ...list)`: the same call with the `this` argument first.
  if (method === 'call' && callee.object.type === AST_NODE_TYPES.MemberExpression && call.arguments.length > 1) {
    const [thisArg, ...args] = call.arguments;
    const spread = args.find((a) => a.type === AST_NODE_TYPES.SpreadElement);
    const target = describeCallee(callee.object, env);
    if (!spread || !target || thisArg!.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (target.kind === 'push' || target.kind === 'unshift') return { call, callee: { kind: target.kind, receiver: thisArg! }, args, source: spread.argument, apply: true };
    if (!isStableReference(thisArg!) && thisArg!.type !== AST_NODE_TYPES.Literal) return undefined;
    return { call, callee: target, args, source: spread.argument, apply: false };
  }
  const spread = call.arguments.find((a) => a.type === AST_NODE_TYPES.SpreadElement);
  if (!spread) return undefined;
  const target = describeCallee(callee, env);
  return target && { call, callee: target, args: call.arguments, source: spread.argument, apply: false };
}

/** What a callee is, if it is a variadic built-in this rule knows. */
function describeCallee(callee: TSESTree.MemberExpression, env: AnalysisEnv): Callee | undefined {
  const name = memberName(callee);
  if (!name) return undefined;
  const object = skipTsWrappers(callee.object);
  if (object.type === AST_NODE_TYPES.Identifier && VARIADIC_STATICS.get(object.name)?.has(name) && isGlobalName(env.sourceCode, object, object.name)) {
    if (object.name === 'Math' && (name === 'max' || name === 'min')) return { kind: 'minmax', name };
    if (object.name === 'String' && (name === 'fromCharCode' || name === 'fromCodePoint')) return { kind: 'fromChar', name };
    return { kind: 'other', name: `${object.name}.${name}` };
  }
  if (!VARIADIC_METHODS.has(name)) return undefined;
  if (env.typeInfo) {
    const typed = describeType(callee.object, env);
    if (typed && typed.kind !== 'array') return undefined;
  }
  if (name === 'push') return { kind: 'push', receiver: callee.object };
  if (name === 'unshift') return { kind: 'unshift', receiver: callee.object };
  return { kind: 'other', name };
}

/**
 * The spread list is known to stay small: a literal without spreads, `arguments`, a rest parameter (already passed
 * as arguments), a tuple, a short literal that never grows, or a bounded chunk `xs.slice(i, i + N)`.
 */
function isSmall(source: TSESTree.Node, site: TSESTree.Node, env: AnalysisEnv, options: SpreadArgumentsOptions): boolean {
  const node = skipTsWrappers(source);
  if (node.type === AST_NODE_TYPES.ArrayExpression) return node.elements.every((e) => e?.type !== AST_NODE_TYPES.SpreadElement || isSmall(e.argument, site, env, options));
  if (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateLiteral) return true;
  // `...(cond ? [node] : [])`: small when every branch is.
  if (node.type === AST_NODE_TYPES.ConditionalExpression) return isSmall(node.consequent, site, env, options) && isSmall(node.alternate, site, env, options);
  const typed = describeType(node, env);
  if (typed?.tuple) return true;
  if (node.type === AST_NODE_TYPES.Identifier) {
    if (node.name === 'arguments' && !findVariable(env.sourceCode, node)?.defs.length) return true;
    const variable = findVariable(env.sourceCode, node);
    const def = variable?.defs[0];
    if (def?.type === 'Parameter' && (def.name as TSESTree.Node).parent?.type === AST_NODE_TYPES.RestElement) return true;
    if (variable && def) return analyzeBinding(node, site, env, options.minLength, () => undefined).small;
    return false;
  }
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberName(node.callee);
    if (method === 'slice' || method === 'subarray') return boundedRange(node.arguments, env);
  }
  return false;
}

/** `(i, i + N)` or `(0, N)` with a literal N of at most `CHUNK * 4`. */
function boundedRange(args: readonly TSESTree.Node[], env: AnalysisEnv): boolean {
  const [start, end] = args;
  if (!start || !end) return false;
  const literal = (node: TSESTree.Node): number | undefined => (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number' ? node.value : undefined);
  const limit = CHUNK * 4;
  const startValue = literal(start);
  const endValue = literal(end);
  if (startValue !== undefined && endValue !== undefined) return endValue - startValue <= limit;
  if (end.type === AST_NODE_TYPES.BinaryExpression && end.operator === '+') {
    const width = literal(end.right);
    return width !== undefined && width <= limit && textOf(env.sourceCode, end.left) === textOf(env.sourceCode, start);
  }
  return false;
}

function analyzeSpreadCall(site: SpreadCall, env: AnalysisEnv): Finding {
  const calleeText = site.apply ? textOf(env.sourceCode, site.call.callee) : describeCalleeText(site, env);
  const finding = (kind: Finding['kind'], reason: string | undefined, rewrites: Rewrite[]): Finding => ({
    node: site.call,
    messageId: 'largeSpreadArguments',
    data: { call: calleeText, list: excerpt(env.sourceCode, site.source) },
    kind,
    reason,
    rewrites,
  });
  const built = buildRewrite(site, env);
  if (typeof built === 'string') return finding('none', built, []);
  const [rewrite, caveat] = built;
  if (caveat) return finding('suggest', caveat, [{ ...rewrite, data: { ...rewrite.data, caveat: ` (${caveat})` } }]);
  return finding('fix', undefined, [rewrite]);
}

function describeCalleeText(site: SpreadCall, env: AnalysisEnv): string {
  const callee = site.callee;
  if (callee.kind === 'push' || callee.kind === 'unshift') return `${excerpt(env.sourceCode, callee.receiver)}.${callee.kind}(...)`;
  if (callee.kind === 'minmax') return `Math.${callee.name}(...)`;
  if (callee.kind === 'fromChar') return `String.${callee.name}(...)`;
  return `${callee.name}(...)`;
}

/** What is known of the list: an array (so it can be indexed and sliced) or not known to be one. */
function listFacts(source: TSESTree.Node, env: AnalysisEnv): ValueFacts | { kind: 'array' | 'typed-array' } {
  const typed = describeType(source, env);
  if (typed) return { kind: typed.kind === 'typed-array' ? 'typed-array' : typed.kind === 'array' ? 'array' : 'not-array' } as ValueFacts;
  return describeExpression(source, env, 0, (id) => {
    const binding = analyzeBinding(id, id, env, 0, () => undefined);
    return { kind: binding.kind, fresh: false, holey: true, small: false };
  });
}

const isArrayLike = (facts: { kind: string }): boolean => facts.kind === 'array' || facts.kind === 'typed-array';

/** A receiver that reads the same object every time without side effects: `xs`, `this.items`, `state.rows`. */
function isStableReference(node: TSESTree.Node): boolean {
  const inner = skipTsWrappers(node);
  if (inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.ThisExpression) return true;
  return inner.type === AST_NODE_TYPES.MemberExpression && !inner.optional && !inner.computed && isStableReference(inner.object);
}

/**
 * The loop that replaces the call, with the caveat that makes it a suggestion (undefined for an autofix), or why
 * there is no rewrite. Never `.apply` or chunks above `CHUNK`: those hit the same limit.
 */
function buildRewrite(site: SpreadCall, env: AnalysisEnv): [Rewrite, string | undefined] | string {
  const { callee } = site;
  const spreads = site.args.filter((a) => a.type === AST_NODE_TYPES.SpreadElement);
  if (spreads.length > 1) return 'more than one list is spread into the call';
  const facts = listFacts(site.source, env);
  const apply = site.apply && !isArrayLike(facts) ? `\`.apply\` also accepts array-likes, and \`${excerpt(env.sourceCode, site.source)}\` is not known to be an array` : undefined;
  switch (callee.kind) {
    case 'push': {
      const statement = site.call.parent;
      if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return 'the value of the call (the new length) is used';
      if (site.args.length > 1) return 'other arguments are passed beside the spread list';
      if (!isStableReference(callee.receiver)) return 'the receiver is an expression that a loop would evaluate again on every turn';
      const w = new StatementWriter(env, statement, false);
      const receiver = memberObjectText(env.sourceCode, callee.receiver);
      // The call read `this.items` before evaluating the list; the loop reads it after, on every turn.
      const order = skipTsWrappers(callee.receiver).type !== AST_NODE_TYPES.Identifier && hasEffects(site.source, env.sourceCode.visitorKeys)
        ? `the loop reads \`${excerpt(env.sourceCode, callee.receiver)}\` after evaluating \`${excerpt(env.sourceCode, site.source)}\`, which may change it`
        : undefined;
      const listText = parenthesize(env, site.source);
      if (isArrayLike(facts) && 'fresh' in facts && facts.fresh) {
        // A new array (`Array.from(p)`, `xs.map(f)`) is neither the receiver nor read lazily: a plain loop is exact.
        const item = w.fresh('item', 'value', 'element');
        return [rewriteOf('pushLoop', [{ range: statement.range, text: w.lostComments(keptRanges(site)) + `for (const ${item} of ${listText}) ${receiver}.push(${item});` }]), apply ?? order];
      }
      if (isArrayLike(facts)) {
        // The length is read once, so `xs.push(...xs)` still appends the original elements once, as the spread does.
        const i = w.fresh('i', 'j', 'k');
        const n = w.fresh('n', 'count', 'length');
        const list = skipTsWrappers(site.source).type === AST_NODE_TYPES.Identifier ? listText : w.fresh('list', 'items', 'source');
        const init = list === listText ? '' : `, ${list} = ${listText}`;
        const text = `for (let ${i} = 0${init}, ${n} = ${list}.length; ${i} < ${n}; ${i}++) ${receiver}.push(${w.element(list, i)});`;
        return [rewriteOf('pushLoop', [{ range: statement.range, text: w.lostComments(keptRanges(site)) + text }]), apply ?? order];
      }
      const item = w.fresh('item', 'value', 'element');
      const text = `for (const ${item} of ${listText}) ${receiver}.push(${item});`;
      return [rewriteOf('pushLoop', [{ range: statement.range, text: w.lostComments(keptRanges(site)) + text }]), apply ?? `a \`for...of\` loop reads \`${excerpt(env.sourceCode, site.source)}\` while pushing, so it must not be \`${excerpt(env.sourceCode, callee.receiver)}\` itself or read it lazily`];
    }
    case 'minmax':
    case 'fromChar':
      return foldRewrite(site, callee, facts, env, apply);
    case 'unshift':
      // A loop of `unshift` calls moves every element each time (quadratic); the linear rewrite is not mechanical.
      return '`unshift` has no loop equivalent that stays linear; build a new array with a loop instead';
    default:
      if (/^new (Weak)?(Set|Map)$/.test(callee.name)) return `\`${callee.name}\` takes one iterable, so the spread uses only the first element: pass the list itself (\`${callee.name}(list)\`) if that is what is meant`;
      return `\`${callee.name}\` has no loop equivalent that keeps its exact result; pass the list in chunks of at most ${CHUNK} elements`;
  }
}

/**
 * `Math.max`/`Math.min` as a loop that keeps their exact result (empty list: -Infinity/Infinity; any NaN wins; +0 is
 * above -0), and `String.fromCharCode`/`fromCodePoint` over chunks of `CHUNK`. The call must be the whole value of a
 * declaration, `return` or assignment statement, so that the loop can run just before it.
 */
function foldRewrite(site: SpreadCall, callee: Extract<Callee, { kind: 'fromChar' | 'minmax' }>, facts: { kind: string }, env: AnalysisEnv, apply: string | undefined): [Rewrite, string | undefined] | string {
  const placement = placeOf(site.call);
  if (!placement) return 'the call is part of a larger expression; give it a declaration of its own to get a fix';
  const { statement, target } = placement;
  const leading = site.args.slice(0, site.args.findIndex((a) => a.type === AST_NODE_TYPES.SpreadElement));
  const trailing = site.args.slice(leading.length + 1);
  if (trailing.length > 0 || leading.length > (callee.kind === 'minmax' ? 1 : 0)) return 'other arguments are passed beside the spread list';
  if (target?.declarator && tokensOf(env, site.call).has(target.name)) return `the list reads \`${target.name}\`, which the loop would declare`;
  const w = new StatementWriter(env, statement, false);
  const listText = parenthesize(env, site.source);
  const lines: string[] = [];
  // Other sites of the same kind in this statement list may be fixed in the same pass and would pick the same free
  // names for what they declare beside their statement: the n-th one starts at suffix n.
  const rank = w.siblings().filter((sibling) => sibling.range[0] < statement.range[0] && foldKindOf(sibling, env) === callee.kind).length;
  const stem = callee.kind === 'minmax' ? callee.name : 'text';
  const result = target?.declarator ? target.name : w.declaredWithRank(rank, [stem, `${stem}Value`]);
  const declare = target?.declarator ? `${target.keyword} ${textOf(env.sourceCode, target.declarator.id)}` : `let ${result}`;
  let caveat = apply;
  if (callee.kind === 'minmax') {
    const first = leading[0] as TSESTree.Expression | undefined;
    const start = first ? numberOf(env, first) : callee.name === 'max' ? '-Infinity' : 'Infinity';
    const item = w.fresh('value', 'item', 'element');
    const n = w.fresh('n', 'num', 'number');
    const better = callee.name === 'max' ? `${n} > ${result}` : `${n} < ${result}`;
    // `n !== n` lets NaN win; the last clause puts +0 above -0 (max) or -0 below +0 (min), as Math does.
    const zero = callee.name === 'max' ? `1 / ${result} < 0` : `1 / ${result} > 0`;
    lines.push(
      `${declare} = ${start};`,
      `for (const ${item} of ${listText}) {`,
      `\u0001const ${n} = +${item};`,
      `\u0001if (${better} || ${n} !== ${n} || (${n} === 0 && ${result} === 0 && ${zero})) ${result} = ${n};`,
      '}',
    );
  } else {
    let list = listText;
    if (!isArrayLike(facts)) caveat ??= `the chunks are taken with \`slice\`, so \`${excerpt(env.sourceCode, site.source)}\` must be an array or typed array`;
    if (skipTsWrappers(site.source).type !== AST_NODE_TYPES.Identifier) {
      list = w.declaredWithRank(rank, ['codes', 'units', 'list']);
      const raw = textOf(env.sourceCode, site.source);
      lines.push(`const ${list} = ${site.source.type === AST_NODE_TYPES.SequenceExpression ? `(${raw})` : raw};`);
    }
    const i = w.fresh('i', 'j', 'k');
    lines.push(
      `${declare} = '';`,
      `for (let ${i} = 0; ${i} < ${list}.length; ${i} += ${CHUNK}) ${result} += String.${callee.name}(...${list}.slice(${i}, ${i} + ${CHUNK}));`,
    );
  }
  if (!target?.declarator) {
    const keptText = (range: readonly [number, number]): string => textOf(env.sourceCode, range);
    lines.push(keptText([statement.range[0], site.call.range[0]]) + result + keptText([site.call.range[1], statement.range[1]]));
  }
  if (w.needsBlock(lines.length) && target?.declarator) return 'the declaration is not in a block';
  const writer = w.needsBlock(lines.length) ? new StatementWriter(env, statement, true) : w;
  const body = lines.map((line) => line.replace(/^\u0001/, writer.unit)).join(writer.eol + writer.indent);
  const text = writer.wrapped ? `{${writer.eol}${writer.indent}${body}${writer.eol}${writer.outerIndent}}` : body;
  const kept = target?.declarator ? keptRanges(site) : [[statement.range[0], site.call.range[0]] as const, [site.call.range[1], statement.range[1]] as const, ...keptRanges(site)];
  return [rewriteOf(callee.kind === 'minmax' ? 'minMaxLoop' : 'chunkedLoop', [writer.edit(writer.lostComments(kept) + text)]), caveat];
}

/** The kind of fold a statement would be rewritten with (`minmax`, `fromChar`), if it is such a site. */
function foldKindOf(statement: TSESTree.Node, env: AnalysisEnv): string | undefined {
  let value: TSESTree.Node | null | undefined;
  if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1) value = statement.declarations[0]!.init;
  else if (statement.type === AST_NODE_TYPES.ReturnStatement) value = statement.argument;
  else if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AssignmentExpression) value = statement.expression.right;
  if (value?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  return matchSpreadCall(value, env)?.callee.kind;
}

interface Placement {
  statement: TSESTree.Node;
  /** For a single-declarator declaration: the name and keyword to declare the result with. */
  target: { declarator?: TSESTree.VariableDeclarator; name: string; keyword: string } | undefined;
}

/** Where a loop can run just before the call: the call is a whole initialiser, `return` value or assigned value. */
function placeOf(call: TSESTree.Node): Placement | undefined {
  const parent = call.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === call && parent.id.type === AST_NODE_TYPES.Identifier) {
    const declaration = parent.parent;
    if (declaration.declarations.length !== 1 || declaration.kind === 'await using' || declaration.kind === 'using') return undefined;
    if (declaration.parent.type === AST_NODE_TYPES.ForStatement || declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return undefined;
    return { statement: declaration, target: { declarator: parent, name: parent.id.name, keyword: declaration.kind === 'const' ? 'let' : declaration.kind } };
  }
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return { statement: parent, target: undefined };
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === call && parent.parent.type === AST_NODE_TYPES.ExpressionStatement) {
    return { statement: parent.parent, target: undefined };
  }
  return undefined;
}

function numberOf(env: AnalysisEnv, node: TSESTree.Expression): string {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number') return textOf(env.sourceCode, node);
  const text = textOf(env.sourceCode, node);
  return node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression ? `+${text}` : `+(${text})`;
}

function parenthesize(env: AnalysisEnv, node: TSESTree.Node): string {
  const text = textOf(env.sourceCode, node);
  const inner = skipTsWrappers(node);
  const simple = [AST_NODE_TYPES.Identifier, AST_NODE_TYPES.MemberExpression, AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.ArrayExpression, AST_NODE_TYPES.ThisExpression].includes(inner.type as never);
  return simple && inner === node ? text : `(${text})`;
}

function keptRanges(site: SpreadCall): (readonly [number, number])[] {
  return [site.source.range];
}

function tokensOf(env: AnalysisEnv, node: TSESTree.Node): Set<string> {
  return new Set(env.sourceCode.getTokens(node).map((token) => token.value));
}

function rewriteOf(messageId: string, edits: Edit[]): Rewrite {
  return { messageId, data: { caveat: '' }, edits };
}

