import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import ignore, { type Ignore } from 'ignore';

/** The extensions the codemods read when given a directory. */
export const EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);
/** Never entered, whatever the ignore files say: dependencies and git's own store. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export class UsageError extends Error {}

export interface FileSelection {
  /** Absolute paths, sorted by their display path. */
  files: string[];
  /** Symbolic links met (given or found): never followed, so a run cannot read or write outside its paths. */
  symlinks: string[];
  /** Files left out by `.gitignore` files or `--ignore` patterns (not counting what is inside an ignored directory). */
  ignored: number;
  /** Directories left out by them (not searched, so their files are not counted). */
  ignoredDirectories: number;
  /**
   * The real directories the run may write in (each given directory, and the directory of each given file), for the
   * writer's last check that a path has not been redirected outside them during the run.
   */
  roots: string[];
}

export interface SelectOptions {
  cwd: string;
  /** Read `.gitignore` files (from the repository root down to each path, and below). */
  gitignore: boolean;
  /** gitignore-style patterns, relative to the working directory (`--ignore`). */
  ignore: readonly string[];
}

/** The path shown to people and written to reports: relative to the working directory when below it, with `/`. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/**
 * The JS/TS files below the given paths. Symbolic links are never followed, out of the tree or in circles; a file
 * named explicitly is taken whatever its extension, unless an `--ignore` pattern excludes it.
 */
export function selectFiles(paths: readonly string[], options: SelectOptions): FileSelection {
  const found = new Map<string, string>();
  const symlinks: string[] = [];
  const roots: string[] = [];
  let ignored = 0;
  let ignoredDirectories = 0;
  const userIgnore = ignore().add([...options.ignore]);
  const ignoredByUser = (path: string, directory: boolean): boolean => {
    const rel = relative(options.cwd, path);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    return userIgnore.ignores(toPosix(rel) + (directory ? '/' : ''));
  };
  const visit = (path: string, levels: readonly IgnoreLevel[]): void => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isSymbolicLink()) {
      symlinks.push(path);
      return;
    }
    if (stat.isDirectory()) {
      const own = options.gitignore ? ignoreLevel(path) : undefined;
      const here = own ? [...levels, own] : levels;
      for (const entry of readdirSync(path).sort()) {
        if (SKIPPED_DIRS.has(entry)) continue;
        const child = join(path, entry);
        const childStat = lstatSync(child, { throwIfNoEntry: false });
        const directory = childStat?.isDirectory() === true;
        if (!childStat?.isSymbolicLink() && (isIgnored(here, child, directory) || ignoredByUser(child, directory))) {
          if (directory) ignoredDirectories++;
          else if (EXTENSIONS.has(extname(child))) ignored++;
          continue;
        }
        if (directory || childStat?.isSymbolicLink() || EXTENSIONS.has(extname(child))) visit(child, here);
      }
    } else if (stat.isFile()) {
      found.set(path, displayPath(path, options.cwd));
    }
  };
  for (const given of paths) {
    const path = resolve(options.cwd, given);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`no such file or directory: ${given}`);
    if (stat.isSymbolicLink()) {
      symlinks.push(path);
      continue;
    }
    if (stat.isFile() && ignoredByUser(path, false)) {
      ignored++;
      continue;
    }
    roots.push(realpathSync(stat.isDirectory() ? path : dirname(path)));
    visit(path, options.gitignore && stat.isDirectory() ? ancestorLevels(path) : []);
  }
  const files = [...found].sort((a, b) => compare(a[1], b[1])).map(([path]) => path);
  return { files, symlinks: [...new Set(symlinks)], ignored, ignoredDirectories, roots: [...new Set(roots)] };
}

/**
 * Whether a file belongs to shard `index` of `count` (1-based, as `--shard 2/3` is written): by a hash of its
 * display path, so each machine of a CI matrix, given the same checkout, picks the same files without talking to
 * the others, and adding a file moves no other file to another shard.
 */
export function inShard(display: string, index: number, count: number): boolean {
  const hash = createHash('sha256').update(display).digest();
  return hash.readUInt32BE(0) % count === index - 1;
}

/** `i/n` with 1 <= i <= n. */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 <= i <= n (like 2/3), not "${text}"`);
  return { index, count };
}

interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

/** The `.gitignore` of a directory, if it has one. */
function ignoreLevel(dir: string): IgnoreLevel | undefined {
  const file = join(dir, '.gitignore');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return { dir, rules: ignore().add(text) };
}

/** The `.gitignore` files of the directories above `path` up to its repository root (none outside a repository). */
function ancestorLevels(path: string): IgnoreLevel[] {
  const chain: string[] = [];
  let dir = dirname(path);
  let root: string | undefined;
  for (;;) {
    chain.unshift(dir);
    if (existsSync(join(dir, '.git'))) {
      root = dir;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (root === undefined && !existsSync(join(path, '.git'))) return [];
  const levels: IgnoreLevel[] = [];
  for (const ancestor of root === undefined ? [] : chain) {
    const level = ignoreLevel(ancestor);
    if (level) levels.push(level);
  }
  return levels;
}

/** Git's precedence: the deepest `.gitignore` with a matching rule decides, `!pattern` re-including. */
function isIgnored(levels: readonly IgnoreLevel[], path: string, directory: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const rel = toPosix(relative(level.dir, path)) + (directory ? '/' : '');
    const result = level.rules.test(rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
