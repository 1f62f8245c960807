// Mutations of real files (the codemod fixtures, the example): small edits that keep most of a file's patterns but
// move them into contexts the hand-written cases never tried.
import type { Random } from './random.ts';

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;
const KEYWORDS = new Set(['const', 'let', 'var', 'function', 'return', 'for', 'of', 'in', 'if', 'else', 'while', 'do', 'new', 'import', 'export', 'from', 'default', 'class', 'async', 'await', 'yield', 'this', 'true', 'false', 'null', 'typeof', 'instanceof', 'switch', 'case', 'break', 'continue', 'try', 'catch', 'finally', 'throw', 'void', 'delete', 'extends', 'super', 'static', 'type', 'interface', 'as']);
/** Replacement names: the temporaries fixes introduce, so renames provoke capture. */
const NAMES = ['i', 'n', 'w', 'value', 'highest', 'codes', 'text', 'acc', 'out', 'x', 'rows', 'buf', 'undefined', 'arguments', 'await', 'yield', 'let'];

type Mutation = (lines: string[], r: Random) => string[];

const MUTATIONS: Mutation[] = [
  // delete a line
  (lines, r) => lines.filter((_, i) => i !== r.int(lines.length)),
  // duplicate a line
  (lines, r) => { const i = r.int(lines.length); return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)]; },
  // swap two lines
  (lines, r) => { const out = [...lines]; const i = r.int(out.length), j = r.int(out.length); [out[i], out[j]] = [out[j]!, out[i]!]; return out; },
  // rename an identifier everywhere
  (lines, r) => {
    const text = lines.join('\n');
    const names = [...new Set(text.match(IDENTIFIER) ?? [])].filter((name) => !KEYWORDS.has(name));
    if (names.length === 0) return lines;
    const from = r.pick(names), to = r.pick(NAMES);
    return text.replace(new RegExp(`(?<![\\w$.])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'), to).split('\n');
  },
  // rename one occurrence
  (lines, r) => {
    const i = r.int(lines.length);
    const found = [...lines[i]!.matchAll(IDENTIFIER)].filter((m) => !KEYWORDS.has(m[0]));
    if (found.length === 0) return lines;
    const m = r.pick(found);
    const out = [...lines];
    out[i] = lines[i]!.slice(0, m.index) + r.pick(NAMES) + lines[i]!.slice(m.index + m[0].length);
    return out;
  },
  // insert await / yield / async in front of something
  (lines, r) => {
    const i = r.int(lines.length);
    const out = [...lines];
    const keyword = r.pick(['await ', 'yield ', 'async ', 'yield* ', 'void ', '!', '...']);
    const candidates = [...lines[i]!.matchAll(/(?<=[=(,:]\s*|return\s+|^\s*)[\w$[(]/g)];
    if (candidates.length === 0) return lines;
    const at = r.pick(candidates).index;
    out[i] = lines[i]!.slice(0, at) + keyword + lines[i]!.slice(at);
    return out;
  },
  // make functions async or generators
  (lines, r) => lines.join('\n').replace(/\bfunction\b(?!\*)/g, (m) => (r.chance(0.5) ? r.pick(['async function', 'function*', 'async function*']) : m)).split('\n'),
  // wrap a range of lines
  (lines, r) => {
    const i = r.int(lines.length), j = i + r.int(Math.min(8, lines.length - i));
    const [open, close] = r.pick([
      ['function wrapped() {', '}'],
      ['async function wrapped() {', '}'],
      ['function* wrapped() {', '}'],
      ['for (const q of qs) {', '}'],
      ['while (go()) {', '}'],
      ['if (flag) {', '}'],
      ['{', '}'],
      ['(async () => {', '})();'],
      ['label: {', '}'],
      ['try {', '} finally {}'],
      ['switch (k) { case 0:', '}'],
    ] as const);
    return [...lines.slice(0, i), open, ...lines.slice(i, j + 1), close, ...lines.slice(j + 1)];
  },
  // a comment or parentheses somewhere inside a line
  (lines, r) => {
    const i = r.int(lines.length);
    const line = lines[i]!;
    const at = r.int(line.length + 1);
    const out = [...lines];
    out[i] = line.slice(0, at) + r.pick([' /* c */ ', ' // c\n', '\n', ' ', '(', ')']) + line.slice(at);
    return out;
  },
  // ASI hazards: drop semicolons, or start a line with ( or [
  (lines, r) => lines.map((line) => (r.chance(0.3) ? line.replace(/;\s*$/, '') : line)),
  (lines, r) => { const i = r.int(lines.length + 1); return [...lines.slice(0, i), r.pick(['(f)()', '[a, b].forEach(g)', '`t`', '+x', '/re/.test(s)']), ...lines.slice(i)]; },
];

/**
 * A mutant of `text`: one to three random mutations (the caller keeps it only if it parses). With a `donor`, a
 * mutation may also graft a run of the donor's lines in (crossover: one file's patterns in another's context).
 */
export function mutate(text: string, r: Random, donor?: string): string {
  let lines = text.split('\n');
  const count = 1 + r.int(3);
  for (let k = 0; k < count && lines.length > 0; k++) {
    if (donor !== undefined && r.chance(0.25)) {
      const from = donor.split('\n');
      const i = r.int(from.length), j = i + 1 + r.int(6), at = r.int(lines.length + 1);
      lines = [...lines.slice(0, at), ...from.slice(i, j), ...lines.slice(at)];
    } else {
      lines = r.pick(MUTATIONS)(lines, r);
    }
  }
  return lines.join('\n');
}
