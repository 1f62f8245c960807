import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The line ending used by the line that contains `offset` (CRLF files stay CRLF). */
export function lineEndingAt(text: string, offset: number): string {
  const nl = text.indexOf('\n', offset);
  if (nl > 0 && text[nl - 1] === '\r') return '\r\n';
  if (nl >= 0) return '\n';
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The leading white space of the line that contains `offset`. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/** One indentation step, guessed from the file: a tab when `base` uses tabs, else the smallest space indent seen. */
export function indentUnit(text: string, base: string): string {
  if (base.includes('\t')) return '\t';
  let smallest = 0;
  for (const match of text.matchAll(/\n( +)\S/g)) {
    const width = match[1]?.length ?? 0;
    if (width > 0 && (smallest === 0 || width < smallest)) smallest = width;
    if (smallest === 2) break;
  }
  if (smallest === 0 && /\n\t+\S/.test(text)) return '\t';
  return ' '.repeat(smallest === 0 || smallest > 8 ? 2 : smallest);
}

/**
 * A name for a binding that a fix adds at `at` (a statement): not visible there (so it neither collides with a
 * declaration of that block nor shadows a name used after it), not an undeclared global the file uses, and not
 * written anywhere inside `moved` (code pasted into the new scope, whose names must keep their meaning).
 */
export function freshName(
  sourceCode: Readonly<TSESLint.SourceCode>,
  at: TSESTree.Node,
  moved: readonly (readonly [number, number])[],
  candidates: readonly string[],
  taken: Set<string>,
  firstSuffix = 0,
): string {
  const scope = sourceCode.getScope(at);
  const globalThrough = new Set<string>();
  for (let s: TSESLint.Scope.Scope | null = scope; s; s = s.upper) {
    if (!s.upper) for (const reference of s.through) globalThrough.add(reference.identifier.name);
  }
  const movedNames = new Set<string>();
  for (const [start, end] of moved) {
    const first = sourceCode.getTokenByRangeStart(start);
    for (let token = first; token && token.range[1] <= end; token = sourceCode.getTokenAfter(token)) movedNames.add(token.value);
  }
  const isFree = (name: string): boolean => {
    if (taken.has(name) || globalThrough.has(name) || movedNames.has(name)) return false;
    for (let s: TSESLint.Scope.Scope | null = scope; s; s = s.upper) if (s.set.has(name)) return false;
    return true;
  };
  for (let suffix = firstSuffix; ; suffix++) {
    for (const candidate of candidates) {
      const name = suffix === 0 ? candidate : `${candidate}${suffix}`;
      if (isFree(name)) {
        taken.add(name);
        return name;
      }
    }
  }
}

/** The source text of a node, or of a range. */
export function textOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | TSESTree.Token | readonly [number, number]): string {
  const range = 'range' in node ? node.range : node;
  return sourceCode.text.slice(range[0], range[1]);
}

/** Node types whose text can take `.method()` after it as it is (anything else is wrapped in parentheses). */
const MEMBER_OBJECTS: ReadonlySet<string> = new Set([
  'Identifier', 'ThisExpression', 'Super', 'MemberExpression', 'CallExpression', 'ArrayExpression', 'TemplateLiteral',
  'TaggedTemplateExpression', 'MetaProperty', 'TSNonNullExpression',
]);

/** The text of `node` ready to have `.member` appended: `(a || b)`, `(xs as T[])`, `(await f())`. */
export function memberObjectText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const text = textOf(sourceCode, node);
  const plain = MEMBER_OBJECTS.has(node.type) || (node.type === 'NewExpression' && text.endsWith(')')) || (node.type === 'Literal' && typeof node.value === 'string');
  return plain ? text : `(${text})`;
}

/** The text of `node` as one argument or one `for...of` source: a sequence expression needs its parentheses. */
export function argumentText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const text = textOf(sourceCode, node);
  return node.type === 'SequenceExpression' ? `(${text})` : text;
}

/** Text on one line, cut to 40 characters, for messages. */
export function shorten(raw: string): string {
  const text = raw.replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A node's text as a message quotes it: on one line, cut to 40 characters. */
export function excerpt(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  return shorten(textOf(sourceCode, node));
}
