// What the end-to-end tests of `memory-codemod` share: the built CLI run as a child process on temp directories,
// fixtures whose rewrite is known exactly, and helpers to write and read whole trees.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const cli = join(root, 'dist', 'codemods', 'cli.js');

/** A copy-and-rebind the rule autofixes (rewrite-in-place), and what the codemod makes of it. */
export const FIXABLE = 'export function f(n) {\n  let xs = Array.from({ length: n }, (_, i) => i);\n  xs = xs.map((x) => x * 2);\n  return xs;\n}\n';
export const FIXED = 'export function f(n) {\n  let xs = Array.from({ length: n }, (_, i) => i);\n  for (let i = 0; i < xs.length; i++) {\n    const x = xs[i];\n    xs[i] = x * 2;\n  }\n  return xs;\n}\n';
/** A parameter rebound: only suggested (the caller's array would change), so skipped without --unsafe. */
export const PARAMETER = 'export function g(xs) {\n  xs = xs.map((x) => x * 2);\n  return xs;\n}\n';
export const PARAMETER_REASON = "`xs` is a parameter: rewriting it in place changes the caller's array (suggestion only: rewrite with --unsafe)";
/** Two sites of fix-spread-patterns, both fixed. */
export const SPREAD = 'export function ids(rows) {\n  return rows.reduce((acc, r) => [...acc, r.id], []);\n}\nexport function top(values) {\n  return Math.max(...values);\n}\n';
export const SPREAD_FIXED = [
  'export function ids(rows) {',
  '  return rows.reduce((acc, r) => {',
  '    acc.push(r.id);',
  '    return acc;',
  '  }, []);',
  '}',
  'export function top(values) {',
  '  let max = -Infinity;',
  '  for (const value of values) {',
  '    const n = +value;',
  '    if (n > max || n !== n || (n === 0 && max === 0 && 1 / max < 0)) max = n;',
  '  }',
  '  return max;',
  '}',
  '',
].join('\n');
export const PLAIN = 'export const answer = 6 * 7;\n';
export const BROKEN = 'let = ;\n';

/** Two rewritable sites in one file, for --interactive. */
export const TWO_SITES = `${FIXABLE}export function h(n) {\n  let ys = Array.from({ length: n }, (_, i) => i);\n  ys = ys.map((y) => y + 1);\n  return ys;\n}\n`;
export const TWO_SITES_FIRST = `${FIXED}export function h(n) {\n  let ys = Array.from({ length: n }, (_, i) => i);\n  ys = ys.map((y) => y + 1);\n  return ys;\n}\n`;
export const TWO_SITES_SECOND = `${FIXABLE}export function h(n) {\n  let ys = Array.from({ length: n }, (_, i) => i);\n  for (let i = 0; i < ys.length; i++) {\n    const y = ys[i];\n    ys[i] = y + 1;\n  }\n  return ys;\n}\n`;
export const TWO_SITES_BOTH = `${FIXED}export function h(n) {\n  let ys = Array.from({ length: n }, (_, i) => i);\n  for (let i = 0; i < ys.length; i++) {\n    const y = ys[i];\n    ys[i] = y + 1;\n  }\n  return ys;\n}\n`;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

export interface RunOptions {
  cwd: string;
  /** Written to stdin, which is then closed (stdin is always a closed pipe otherwise). */
  input?: string;
  /** Added to an environment without FORCE_COLOR / NO_COLOR (vitest's own may set them). */
  env?: Record<string, string>;
}

/** The environment of a CLI run: no colour settings inherited from the test runner. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['FORCE_COLOR', 'NO_COLOR']) if (!(name in extra)) delete env[name];
  return env;
}

/** Runs the built CLI to its end (asynchronously, so several runs of one test can overlap). */
export function runCli(args: readonly string[], options: RunOptions): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd, env: cliEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolveRun({ code, signal, out, err }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh temp directory holding the given files (text or bytes), removed by `cleanUp`. */
export function makeTree(files: Record<string, string | Buffer>, prefix = 'memory-codemod-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** Every regular file below `dir` (not following links, not entering .git), as `relative/path -> text`. */
export function readTree(dir: string, below = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, below)).sort()) {
    const rel = below ? `${below}/${entry}` : entry;
    const stat = lstatSync(join(dir, rel));
    if (stat.isDirectory() && entry !== '.git') Object.assign(files, readTree(dir, rel));
    else if (stat.isFile()) files[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return files;
}

export function cleanUp(...dirs: string[]): void {
  for (const dir of dirs) if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

/** git in `dir`, with an identity (the machine may have none). */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** A git repository holding `dir`'s files, all committed. */
export function commitAll(dir: string): void {
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'initial');
}
