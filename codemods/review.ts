import { readSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';

import { createTwoFilesPatch } from 'diff';
import { createColors } from 'picocolors';

import type { SiteRecord } from './site.ts';

export type Colors = ReturnType<typeof createColors>;

/** Colours for a stream: on a TTY unless NO_COLOR is set, or always with FORCE_COLOR (picocolors' rules otherwise). */
export function colorsFor(stream: NodeJS.WriteStream): Colors {
  const forced = process.env['FORCE_COLOR'];
  const enabled = forced !== undefined ? forced !== '0' && forced !== 'false' : !('NO_COLOR' in process.env) && stream.isTTY === true;
  return createColors(enabled);
}

/**
 * A unified diff of one file, three lines of context. A path below the working directory gets `a/` and `b/` prefixes,
 * as `git diff` shows them (`git apply`, `patch -p1`); a path outside it is shown absolute without prefixes, as
 * `diff -u` shows it (`patch` refuses absolute names, so such a patch applies with `patch -p1` run from `/`).
 */
export function unifiedDiff(display: string, before: string, after: string, colors: Colors): string {
  const absolute = display.startsWith('/') || /^[A-Za-z]:\//.test(display);
  const [from, to] = absolute ? [display, display] : [`a/${display}`, `b/${display}`];
  const patch = createTwoFilesPatch(from, to, before, after, undefined, undefined, { context: 3 });
  // jsdiff starts with an `Index:` line (when both names are equal) and a `===` rule, and its headers carry tabs;
  // `git apply` and `patch` want none of them.
  const lines = patch.split('\n');
  const body = lines.slice(Math.max(0, lines.findIndex((line) => line.startsWith('--- '))));
  const out: string[] = [`diff --memory-codemod ${from} ${to}`];
  for (const line of body) {
    if (line.startsWith('--- ') || line.startsWith('+++ ')) out.push(colors.bold(line.replace(/\t.*$/, '')));
    else if (line.startsWith('@@')) out.push(colors.cyan(line));
    else if (line.startsWith('+')) out.push(colors.green(line));
    else if (line.startsWith('-')) out.push(colors.red(line));
    else out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

export type Answer = 'yes' | 'no' | 'all' | 'done' | 'quit';

/**
 * `--interactive`: asks about each rewrite on the terminal (or whatever stdin is: tests pipe the answers). Reads
 * stdin synchronously, as the engine asks from inside a pass; end of input counts as `quit`.
 */
export class Prompter {
  /** Answers already given per site, so a later pass asking about a refused site again gets the same answer. */
  private readonly answers = new Map<string, true | string>();
  private fileDecision: 'all' | 'done' | undefined;
  quit = false;

  constructor(
    private readonly colors: Colors,
    private readonly display: (file: string) => string,
  ) {}

  /** A new file: `a`/`d` answers applied to the previous file only. */
  startFile(): void {
    this.fileDecision = undefined;
  }

  ask(site: SiteRecord, preview: () => { before: string; after: string; line: number }): true | string {
    const key = `${site.file}:${site.line}:${site.column}:${site.codemod}:${site.rule}`;
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    let verdict: true | string;
    if (this.quit) verdict = 'not reviewed: --interactive was quit';
    else if (this.fileDecision === 'all') verdict = true;
    else if (this.fileDecision === 'done') verdict = 'rejected in --interactive';
    else {
      const { before, after, line } = preview();
      const c = this.colors;
      const lines = [
        '',
        c.bold(`${this.display(site.file)}:${site.line}:${site.column}  ${site.codemod} (${site.rule})`),
        ...before.split('\n').map((text, i) => c.red(`-${String(line + i).padStart(5)} | ${text}`)),
        ...after.split('\n').map((text) => c.green(`+${' '.repeat(5)} | ${text}`)),
        'Apply this change? [y]es, [n]o, [a]ll in this file, [d]one with this file, [q]uit: ',
      ];
      writeSync(process.stdout.fd, lines.join('\n'));
      const answer = readAnswer();
      if (answer === 'all' || answer === 'done') this.fileDecision = answer;
      if (answer === 'quit') this.quit = true;
      verdict = answer === 'yes' || answer === 'all' ? true : answer === 'quit' ? 'not reviewed: --interactive was quit' : 'rejected in --interactive';
    }
    this.answers.set(key, verdict);
    return verdict;
  }
}

/** One answer from stdin: y/n/a/d/q (or the words); asks again on anything else; end of input is `quit`. */
function readAnswer(): Answer {
  for (;;) {
    const line = readLine();
    // A terminal echoes what is typed; answers from a pipe are echoed here, so the transcript reads like a session.
    if (!isatty(0)) writeSync(process.stdout.fd, `${line ?? ''}\n`);
    if (line === undefined) return 'quit';
    const word = line.trim().toLowerCase();
    const answer = ({ y: 'yes', yes: 'yes', n: 'no', no: 'no', a: 'all', all: 'all', d: 'done', done: 'done', q: 'quit', quit: 'quit' } as Record<string, Answer>)[word];
    if (answer) return answer;
    writeSync(process.stdout.fd, 'Please answer y, n, a, d or q: ');
  }
}

/** A line read synchronously from stdin, byte by byte (so nothing after it is consumed); undefined at its end. */
function readLine(): string | undefined {
  const bytes: number[] = [];
  const one = Buffer.alloc(1);
  for (;;) {
    let read: number;
    try {
      read = readSync(0, one, 0, 1, null);
    } catch (error) {
      // A non-blocking stdin (some pipes): wait a little and try again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') return bytes.length > 0 ? Buffer.from(bytes).toString('utf8') : undefined;
      throw error;
    }
    if (read === 0) return bytes.length > 0 ? Buffer.from(bytes).toString('utf8') : undefined;
    if (one[0] === 0x0a) return Buffer.from(bytes).toString('utf8');
    bytes.push(one[0]!);
  }
}
