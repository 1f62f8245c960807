import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { concatArgumentKind, describeType } from './array-evidence.ts';
import { insideLoop, insideTry, memberName, skipTsWrappers } from './ast.ts';
import { analyzeBinding, type BindingFacts } from './binding.ts';
import { analyzeCallback, type CallbackFacts, type InlineFunction, isPureCallback, isReadOnlyParam, isUnusedParam, whyNotInlinable } from './callback.ts';
import { indentAt, textOf } from './text.ts';
import { StatementWriter } from './writer.ts';
import type { AnalysisEnv, Edit, Finding, Rewrite, SitePattern } from './types.ts';

export interface InPlaceOptions {
  minLength: number;
}

export type CopyRebindKind = 'concat' | 'filter' | 'map' | 'spread' | 'toReversed' | 'toSorted' | 'toSpliced' | 'with';

/** `xs = xs.<method>(...)` or `xs = [...xs, ...]`: the syntactic shape of a copy-and-rebind. */
export interface CopyRebind {
  assignment: TSESTree.AssignmentExpression;
  id: TSESTree.Identifier;
  kind: CopyRebindKind;
  /** The receiver `xs` in `xs.map(...)` or the spread argument in `[...xs, ...]`. */
  receiver: TSESTree.Identifier;
  call: TSESTree.CallExpression | undefined;
  /** The values appended by `[...xs, a, ...ys]`: the elements after the first. */
  appended: readonly (TSESTree.Expression | TSESTree.SpreadElement | null)[];
}

const METHOD_KINDS: ReadonlySet<string> = new Set(['map', 'filter', 'concat', 'toSorted', 'toReversed', 'toSpliced', 'with']);
const TYPED_ARRAY_KINDS: ReadonlySet<CopyRebindKind> = new Set(['map', 'filter', 'toSorted', 'toReversed', 'with']);
/** Kinds whose in-place form treats holes differently from the copy (the copy skips them or turns them into `undefined`). */
const HOLE_SENSITIVE: ReadonlySet<CopyRebindKind> = new Set(['map', 'filter', 'spread', 'toSorted', 'toReversed', 'toSpliced', 'with']);
const IN_PLACE_METHOD = { toSorted: 'sort', toReversed: 'reverse', toSpliced: 'splice' } as const;
const GROWING_KINDS: ReadonlySet<CopyRebindKind> = new Set(['spread', 'concat', 'toSpliced']);

/** Matches the syntax of a copy-and-rebind; cheap, no scope or type queries. */
export function matchCopyRebind(node: TSESTree.Node): CopyRebind | undefined {
  if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== '=' || node.left.type !== AST_NODE_TYPES.Identifier) return undefined;
  const id = node.left;
  const right = skipTsWrappers(node.right);
  if (right.type === AST_NODE_TYPES.CallExpression && !right.optional && right.callee.type === AST_NODE_TYPES.MemberExpression && !right.callee.optional) {
    const receiver = skipTsWrappers(right.callee.object);
    const method = memberName(right.callee);
    if (receiver.type !== AST_NODE_TYPES.Identifier || receiver.name !== id.name || !method || !METHOD_KINDS.has(method)) return undefined;
    // `xs.concat()` with nothing to append is a plain copy, not an append.
    if (method === 'concat' && right.arguments.length === 0) return undefined;
    return { assignment: node, id, kind: method as CopyRebindKind, receiver, call: right, appended: [] };
  }
  if (right.type === AST_NODE_TYPES.ArrayExpression && right.elements.length > 1) {
    const first = right.elements[0];
    if (first?.type !== AST_NODE_TYPES.SpreadElement) return undefined;
    const receiver = skipTsWrappers(first.argument);
    if (receiver.type !== AST_NODE_TYPES.Identifier || receiver.name !== id.name) return undefined;
    return { assignment: node, id, kind: 'spread', receiver, call: undefined, appended: right.elements.slice(1) };
  }
  return undefined;
}

export const inPlacePattern: SitePattern<InPlaceOptions> = {
  nodeTypes: [AST_NODE_TYPES.AssignmentExpression],
  analyze(node, env, options) {
    const match = matchCopyRebind(node);
    return match && analyzeCopyRebind(match, env, options);
  },
};

interface Plan {
  /** Report only, and why. */
  none?: string;
  /** Suggestion only, and why. */
  suggest?: string;
}

/** Decides whether a copy-and-rebind is reported, and whether it is fixed, suggested or reported only. */
export function analyzeCopyRebind(match: CopyRebind, env: AnalysisEnv, options: InPlaceOptions): Finding | undefined {
  const { id, kind } = match;
  const typed = describeType(match.receiver, env);
  if (typed && (typed.kind === 'not-array' || typed.tuple)) return undefined;
  const binding = analyzeBinding(id, match.assignment, env, options.minLength, (written) => {
    const other = written.parent && matchCopyRebind(written.parent);
    if (!other || other.id.name !== id.name) return undefined;
    return GROWING_KINDS.has(other.kind) ? 'grows' : 'keeps';
  });
  const arrayKind = typed?.kind ?? binding.kind;
  if (arrayKind === 'not-array' || binding.declaration === 'const' || binding.tuple) return undefined;
  // A short literal stays short, unless this very site appends to it on every turn of a loop.
  if (binding.small && !(GROWING_KINDS.has(kind) && insideLoop(match.assignment))) return undefined;
  if (arrayKind === 'typed-array' && !TYPED_ARRAY_KINDS.has(kind)) return undefined;
  // `s = s.concat('x')` on a value of unknown kind is most likely String#concat.
  if (kind === 'concat' && arrayKind === 'unknown' && match.call!.arguments.some(isStringLiteral)) return undefined;
  // Appending a whole array once costs the same peak either way (measured: a push loop's growth even peaks
  // higher than `concat`); repeated in a loop, the copies are quadratic. Individual values: a copy to add a few.
  if ((kind === 'spread' || kind === 'concat') && appendsWholeArray(match, env, options) && !insideLoop(match.assignment)) return undefined;

  const plan: Plan = {};
  const none = (reason: string): void => void (plan.none ??= reason);
  const suggest = (reason: string | undefined): void => void (reason && (plan.suggest ??= reason));
  const statement = match.assignment.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) none('the value of the assignment is used');
  if (typed?.readonly || binding.readonly) none(`\`${id.name}\` is readonly, so an in-place rewrite would not type-check`);

  let callback: CallbackFacts | undefined;
  if (kind === 'map' || kind === 'filter' || kind === 'toSorted') {
    const args = match.call!.arguments;
    const first = args[0];
    if (kind !== 'toSorted' && (args.length !== 1 || first?.type === AST_NODE_TYPES.SpreadElement)) {
      none(args.length > 1 ? 'a `thisArg` is passed' : 'the callback is not a plain argument');
    } else if (first && first.type !== AST_NODE_TYPES.SpreadElement && !(kind === 'toSorted' && isUndefined(first))) {
      // A comparator sees the array mid-sort either way, so only its access to the array by name matters.
      callback = analyzeCallback(first, kind === 'toSorted' ? Number.POSITIVE_INFINITY : 2, binding.variable, env);
      if (callback.readsArray) none(callback.readsArray);
      else if (!callback.fn && !isPureCallback(first, env)) suggest(`the callback is not an inline function, so it may read \`${id.name}\` while it is rewritten`);
      // The copy leaves the array untouched when the callback throws; the loop leaves it half rewritten.
      if (insideTry(match.assignment)) suggest(`an exception from the callback would leave \`${id.name}\` half rewritten, and the enclosing \`try\` can observe it`);
    } else if (kind === 'toSorted' && args.length > 1) {
      none('extra arguments are passed');
    }
  }
  const appendedValues = kind === 'spread' ? match.appended : kind === 'concat' ? match.call!.arguments : [];
  for (const value of appendedValues) {
    if (value === null) none('the array literal has holes');
    else if (readsVariable(value, binding)) none(`the appended values read \`${id.name}\`, which changes as it is appended to`);
    else if (kind === 'concat' && value.type === AST_NODE_TYPES.SpreadElement) none('`concat` is called with a spread argument');
    else if (kind === 'concat' && value.type === AST_NODE_TYPES.ArrayExpression && value.elements.includes(null)) none('the appended array literal has holes, which `concat` keeps');
  }
  // Iterating a spread source may throw after earlier values were pushed; the copy would leave the array untouched.
  if (appendedValues.some((value) => value && value.type === AST_NODE_TYPES.SpreadElement || (kind === 'concat' && value?.type !== AST_NODE_TYPES.ArrayExpression)) && insideTry(match.assignment)) {
    suggest(`iterating an appended value may throw after part of it was pushed, and the enclosing \`try\` can observe \`${id.name}\``);
  }

  suggest(binding.shared);
  if (HOLE_SENSITIVE.has(kind) && arrayKind !== 'typed-array') suggest(binding.holes && `${binding.holes}, which \`${kind}\` treats differently from an in-place update`);
  if (arrayKind === 'unknown') suggest(`\`${id.name}\` is not known to be an array`);
  if (kind === 'with') suggest('`with` throws on an index out of range; the in-place form does not');
  if (kind === 'filter' && arrayKind === 'typed-array') suggest('a typed array cannot shrink: the rewrite keeps the whole buffer behind a `subarray` view');
  if (kind === 'concat') {
    for (const value of appendedValues) {
      if (value && concatArgumentKind(value, env, options.minLength) === 'unknown') suggest(`\`concat\` appends arrays element by element but other values whole, and \`${textOf(env.sourceCode, value)}\` is not known to be an array`);
    }
  }

  const finding = (fixKind: Finding['kind'], reason: string | undefined, rewrites: Rewrite[]): Finding => ({
    node: match.assignment,
    messageId: 'copyRebind',
    data: { name: id.name, expression: describeSite(match) },
    kind: fixKind,
    reason,
    rewrites,
  });
  if (plan.none) return finding('none', plan.none, []);
  const built = buildRewrite(match, env, options, callback, arrayKind === 'typed-array');
  if (typeof built === 'string') return finding('none', built, []);
  if (plan.suggest) return finding('suggest', plan.suggest, [{ ...built, data: { ...built.data, caveat: ` (${plan.suggest})` } }]);
  return finding('fix', undefined, [built]);
}

function appendsWholeArray(match: CopyRebind, env: AnalysisEnv, options: InPlaceOptions): boolean {
  const values = match.kind === 'spread' ? match.appended : match.call!.arguments;
  return values.some((value) => {
    if (!value) return false;
    if (value.type === AST_NODE_TYPES.SpreadElement) return skipTsWrappers(value.argument).type !== AST_NODE_TYPES.ArrayExpression;
    return match.kind === 'concat' && value.type !== AST_NODE_TYPES.ArrayExpression && concatArgumentKind(value, env, options.minLength) !== 'value';
  });
}

function isStringLiteral(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral;
}

function isUndefined(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined';
}

function readsVariable(node: TSESTree.Node, binding: BindingFacts): boolean {
  return !!binding.variable?.references.some((reference) => {
    const ref = reference.identifier as TSESTree.Node;
    return node.range[0] <= ref.range[0] && ref.range[1] <= node.range[1];
  });
}

function describeSite(match: CopyRebind): string {
  const name = match.id.name;
  return match.kind === 'spread' ? `${name} = [...${name}, ...]` : `${name} = ${name}.${match.kind}(...)`;
}

/** The statement writer for one copy-and-rebind site: sibling sites of the same kind count its declared names. */
class Writer extends StatementWriter {
  constructor(env: AnalysisEnv, statement: TSESTree.Node, readonly kind: CopyRebindKind, wrapped: boolean) {
    super(env, statement, wrapped);
  }
  /** A declared name; the n-th site of this kind in the same statement list starts at suffix n. */
  declared(...candidates: string[]): string {
    return this.declaredWithRank(this.siblingRank(), candidates);
  }
  /** How many copy-and-rebind sites of the same kind come before this statement in its statement list. */
  siblingRank(): number {
    // Only a site of the same kind picks from the same candidate names (`w`/`keep` for filter, `mapFn` for map).
    return this.siblings().filter(
      (sibling) =>
        sibling.range[0] < this.statement.range[0] &&
        sibling.type === AST_NODE_TYPES.ExpressionStatement &&
        matchCopyRebind(sibling.expression)?.kind === this.kind,
    ).length;
  }
}

/**
 * The rewrite of a site as text edits on the statement, or a string saying why no rewrite can be written.
 * Comments in the statement that the rewrite does not carry over are put on their own lines before it.
 */
function buildRewrite(match: CopyRebind, env: AnalysisEnv, options: InPlaceOptions, callback: CallbackFacts | undefined, typedArray: boolean, wrapped = false): Rewrite | string {
  const statement = match.assignment.parent!;
  const w = new Writer(env, statement, match.kind, wrapped);
  const xs = match.id.name;
  const kept: (readonly [number, number])[] = [];
  const keep = (node: TSESTree.Node | readonly [number, number]): string => {
    const range = 'range' in node ? node.range : node;
    kept.push(range);
    return w.text(range);
  };
  let lines: string[];
  let what: string;
  const call = match.call;
  switch (match.kind) {
    case 'map':
    case 'filter': {
      const built = loopRewrite(match, w, callback!, keep, typedArray);
      if (typeof built === 'string') return built;
      [lines, what] = built;
      break;
    }
    case 'spread':
    case 'concat': {
      lines = [];
      let group: string[] = [];
      const flush = (): void => {
        if (group.length > 0) lines.push(`${xs}.push(${group.join(', ')});`);
        group = [];
      };
      for (const value of match.kind === 'spread' ? match.appended : call!.arguments) {
        if (!value) return 'the array literal has holes';
        const source = value.type === AST_NODE_TYPES.SpreadElement ? value.argument : value;
        const literal = skipTsWrappers(source);
        const spreads = value.type === AST_NODE_TYPES.SpreadElement || (match.kind === 'concat' && concatArgumentKind(source, env, options.minLength) !== 'value');
        if (spreads && literal.type === AST_NODE_TYPES.ArrayExpression && literal.elements.every((element) => element && element.type !== AST_NODE_TYPES.SpreadElement)) {
          for (const element of literal.elements) group.push(keep(element!));
        } else if (spreads) {
          flush();
          const item = w.fresh('item', 'value', 'element');
          // A loop, never `push(...ys)`: a spread into a call overflows the stack for large arrays.
          lines.push(`for (const ${item} of ${keep(source)}) ${xs}.push(${item});`);
        } else {
          group.push(keep(source));
        }
      }
      flush();
      what = '`push`';
      break;
    }
    case 'toSorted':
    case 'toReversed':
    case 'toSpliced': {
      // The same arguments, text and comments included (`toReversed` ignores its arguments but still evaluates
      // them, so they stay for their side effects).
      const method = IN_PLACE_METHOD[match.kind];
      const args = call!.arguments;
      lines = [`${xs}.${method}(${args.length > 0 ? keep([args[0]!.range[0], args.at(-1)!.range[1]]) : ''});`];
      what = `\`${method}\``;
      break;
    }
    case 'with': {
      const [index, value] = call!.arguments;
      if (!index || !value || index.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) return 'the arguments of `with` are not plain';
      // `xs[-1] = v` would add a property named "-1": only a non-negative literal index is written as an assignment;
      // `splice` counts a negative index from the end, as `with` does.
      if (index.type === AST_NODE_TYPES.Literal && typeof index.value === 'number' && Number.isInteger(index.value) && index.value >= 0) {
        lines = [`${xs}[${keep(index)}] = ${keep(value)};`];
        what = 'an index assignment';
      } else {
        lines = [`${xs}.splice(${keep(index)}, 1, ${keep(value)});`];
        what = '`splice`';
      }
      break;
    }
  }
  const prefix = w.lostComments(kept);
  // Written again one level deeper when it turns out to need a block: indentation is chosen, never patched.
  if (!wrapped && w.needsBlock(lines.length)) return buildRewrite(match, env, options, callback, typedArray, true);
  const edit: Edit = w.edit(prefix + w.statements(lines));
  return { messageId: 'rewriteInPlace', data: { rewrite: what, caveat: '' }, edits: [edit] };
}

/** Index loop (map) or compaction loop (filter), with the callback inlined when it can be, else hoisted. */
function loopRewrite(
  match: CopyRebind,
  w: Writer,
  callback: CallbackFacts,
  keep: (node: TSESTree.Node | readonly [number, number]) => string,
  typedArray: boolean,
): [string[], string] | string {
  const xs = match.id.name;
  const isMap = match.kind === 'map';
  const kept = isMap ? '' : w.declared('w', 'kept', 'count');
  const argument = match.call!.arguments[0]!;
  const fn = callback.fn;
  if (fn) w.moved.push(fn.range);
  const body: string[] = [];
  let index: string;
  let element = '';
  const reserved = [xs];
  let head: string[] = [];
  let inline = fn ? whyNotInlinable(w.env, fn, reserved) : 'the callback is not an inline function';
  if (fn && !inline) {
    const [p0, p1] = fn.params;
    index = isReadOnlyParam(w.env, fn, p1) && p1.name !== xs ? p1.name : w.fresh('i', 'j', 'k', 'index');
    if (p1 && p1.type === AST_NODE_TYPES.Identifier && p1.name !== index) {
      if (!isUnusedParam(w.env, fn, p1)) body.push(`let ${keep(p1)} = ${index};`);
    } else if (p1 && p1.type !== AST_NODE_TYPES.Identifier) {
      inline = 'a callback parameter is a pattern';
    }
    if (!inline) {
      if (isMap) {
        if (p0 && !isUnusedParam(w.env, fn, p0)) body.unshift(`${declarationKeyword(w, fn, p0)} ${keep(p0)} = ${w.element(xs, index)};`);
      } else {
        element = isReadOnlyParam(w.env, fn, p0) && !p0.typeAnnotation ? p0.name : w.fresh('item', 'value', 'element');
        body.unshift(`const ${element} = ${w.element(xs, index)};`);
        if (p0 && element !== (p0.type === AST_NODE_TYPES.Identifier ? p0.name : '') && !isUnusedParam(w.env, fn, p0)) {
          body.splice(1, 0, `${declarationKeyword(w, fn, p0)} ${keep(p0)} = ${element};`);
        }
      }
      const result = fn.body.type === AST_NODE_TYPES.BlockStatement ? fn.body.body.at(-1) as TSESTree.ReturnStatement : undefined;
      const valueRange: readonly [number, number] = result ? result.argument!.range : valueTextRange(w, fn);
      const value = keep(valueRange);
      const store = isMap ? `${xs}[${index}] = ${value};` : `if (${value}) ${xs}[${kept}++] = ${element};`;
      if (result) {
        const block = fn.body as TSESTree.BlockStatement;
        const before = [block.range[0] + 1, result.range[0]] as const;
        const statementsBefore = keep(before).trim();
        if (statementsBefore) body.push(reindent(w, statementsBefore, block));
      }
      body.push(store);
      return finishLoop(w, xs, index, body, head, kept, typedArray);
    }
  }
  // Not inlinable: call the callback as `map`/`filter` would, with (element, index, array).
  if (fn && w.env.typescript && fn.params.some((param, n) => n < 2 && !('typeAnnotation' in param && param.typeAnnotation) && !isUnusedParam(w.env, fn, param))) {
    return `${inline ?? ''}${inline ? ', and ' : ''}its parameters have no type annotations, so a hoisted copy would not type-check`;
  }
  let callee: string;
  // `Number(x)` rather than `Number(x, i, xs)`: these built-ins ignore extra arguments.
  // An inline callback (which cannot read `arguments`) gets only the arguments it declares: TS checks arity.
  const arity = fn ? Math.min(fn.params.length, 3) : isPureCallback(argument, w.env) ? 1 : 3;
  const args = (value: string, i: string): string => [value, i, xs].slice(0, arity).join(', ');
  if (argument.type === AST_NODE_TYPES.Identifier || isPureCallback(argument, w.env)) {
    callee = keep(argument);
  } else {
    callee = isMap ? w.declared('mapFn', 'mapper') : w.declared('keep', 'predicate');
    head = [`const ${callee} = ${keep(argument)};`];
  }
  index = w.fresh('i', 'j', 'k', 'index');
  if (isMap) {
    body.push(`${xs}[${index}] = ${callee}(${args(w.element(xs, index), index)});`);
  } else {
    element = w.fresh('item', 'value', 'element');
    body.push(`const ${element} = ${w.element(xs, index)};`, `if (${callee}(${args(element, index)})) ${xs}[${kept}++] = ${element};`);
  }
  return finishLoop(w, xs, index, body, head, kept, typedArray);
}

/** `let` for a parameter the callback reassigns, else `const`. */
function declarationKeyword(w: Writer, fn: InlineFunction, param: TSESTree.Parameter): string {
  return param.type === AST_NODE_TYPES.Identifier && !isReadOnlyParam(w.env, fn, param) ? 'let' : 'const';
}

function finishLoop(w: Writer, xs: string, index: string, body: string[], head: string[], kept: string, typedArray: boolean): [string[], string] {
  const inner = w.indent + w.unit;
  const loopHead = `for (let ${index} = 0; ${index} < ${xs}.length; ${index}++)`;
  const loop = (lines: string[]): string =>
    lines.length === 1 && !lines[0]!.includes('\n') ? `${loopHead} ${lines[0]}` : `${loopHead} {${w.eol}${lines.map((line) => inner + line).join(w.eol)}${w.eol}${w.indent}}`;
  if (!kept) return [[...head, loop(body)], 'an index loop'];
  const tail = typedArray ? `${xs} = ${xs}.subarray(0, ${kept});` : `${xs}.length = ${kept};`;
  return [[...head, `let ${kept} = 0;`, loop(body), tail], 'a compaction loop'];
}

/** The text of an expression-bodied arrow's body, parentheses included (`({ a })`, `(a, b)` keep their meaning). */
function valueTextRange(w: Writer, fn: InlineFunction): readonly [number, number] {
  const arrow = w.env.sourceCode.getTokenBefore(fn.body, { filter: (token) => token.value === '=>' });
  const start = arrow ? w.env.sourceCode.getTokenAfter(arrow, { includeComments: true })!.range[0] : fn.body.range[0];
  return [start, fn.range[1]];
}

/** Block-body statements moved one level: from the callback body's indentation to the loop body's. */
function reindent(w: Writer, text: string, block: TSESTree.BlockStatement): string {
  const from = indentAt(w.env.sourceCode.text, (block.body[0] ?? block).range[0]);
  const to = w.indent + w.unit;
  // Multi-line template literals would change value if re-indented: leave every line as it is then.
  const keepAsIs = w.env.sourceCode.getTokens(block).some((token) => token.type === 'Template' && token.value.includes('\n'));
  const lines = text.split(/\r?\n/).map((line, n) => {
    if (n === 0 || keepAsIs) return line;
    if (line.trim() === '') return '';
    return line.startsWith(from) ? to + line.slice(from.length) : line;
  });
  return lines.join(w.eol);
}

