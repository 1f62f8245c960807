#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import type { SiteRecord } from './engine.ts';
import { codemods } from './registry.ts';

const USAGE = `Usage: memory-codemod <codemod|all> <paths...> [options]

Rewrites memory anti-patterns with the same analysis as eslint-plugin-memory's rules.

Options:
  --dry       report what would change; write nothing
  --print     print each rewritten file (implies --dry)
  --unsafe    also apply the rewrites the rules only suggest (review the diff!)
  --force     run on a git tree with uncommitted changes
  --project <tsconfig.json>
              use the TypeScript checker, as the rules' typeAware option does (files must be in that project)
  --api       use-typed-arrays: also rewrite buffers that leave their function only by \`return\`, and the
              function's number[] return type with them (exported signatures change: review callers)
  --float32   use-typed-arrays: choose Float32Array where prefer-float32 would, i.e. for declarations marked
              with a comment (--float32-marker, default @float32) or named by --float32-names <regex>
  --sources <a,b>
              release-intermediates: more calls whose result is large (loadDataset,db.query), as the rule's
              sources option
  --list      list the codemods
  --help      this text

Examples:
  memory-codemod rewrite-in-place src/
  memory-codemod all src/ lib/ --dry
  memory-codemod rewrite-in-place src/report.ts --print --unsafe

Exit codes: 0 done; 1 some files could not be processed (named in the summary); 2 bad usage or refused.`;

const EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);
const TS_EXTENSIONS = new Set(['.ts', '.mts', '.cts']);
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git']);

class UsageError extends Error {}
/** A refusal to run (dirty tree): the usage is fine, so it is not printed again. */
class Refusal extends Error {}

function main(argv: string[]): Promise<number> | number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dry: { type: 'boolean', default: false },
      print: { type: 'boolean', default: false },
      unsafe: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      float32: { type: 'boolean', default: false },
      api: { type: 'boolean', default: false },
      project: { type: 'string' },
      'float32-names': { type: 'string' },
      'float32-marker': { type: 'string' },
      sources: { type: 'string' },
    },
  });
  if (values.help) return print(USAGE, 0);
  if (values.list) return print(Object.entries(codemods).map(([name, c]) => `${name}  ${c.description}`).join('\n'), 0);
  const [name, ...paths] = positionals;
  if (!name || paths.length === 0) throw new UsageError('give a codemod and at least one path');
  if (name !== 'all' && !codemods[name]) throw new UsageError(`unknown codemod "${name}"; known: ${Object.keys(codemods).join(', ')}, all`);
  const dry = values.dry || values.print;
  const files = collectFiles(paths);
  if (!dry && !values.force) refuseDirtyTrees(paths);
  const names = name === 'all' ? Object.keys(codemods) : [name];
  const float32 = values.float32 ? { float32: true, float32Names: values['float32-names'] ?? '', float32Marker: values['float32-marker'] ?? '@float32' } : {};
  return runAll(names, files, { dry, print: values.print, unsafe: values.unsafe, extra: { ...float32, ...(values.api ? { api: true } : {}), ...(values.sources ? { sources: values.sources } : {}), ...(values.project ? { project: resolve(values.project) } : {}) } });
}

/** Files below the given paths with a JS/TS extension; never follows symbolic links (out of the tree or in circles). */
function collectFiles(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (path: string, explicit: boolean): void => {
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      if (explicit) throw new UsageError(`no such file or directory: ${path}`);
      return;
    }
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!SKIPPED_DIRS.has(entry)) visit(join(path, entry), false);
    } else if (stat.isFile() && (explicit || EXTENSIONS.has(extname(path)))) {
      found.push(resolve(path));
    }
  };
  for (const path of paths) visit(path, true);
  return [...new Set(found)];
}

/** Refuses to rewrite files in a git work tree that has uncommitted changes: the user must be able to review and undo. */
function refuseDirtyTrees(paths: string[]): void {
  for (const path of paths) {
    const dir = lstatSync(path).isDirectory() ? path : dirname(path);
    let status: string;
    try {
      status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue; // not a git work tree: nothing to protect it with, so nothing to refuse
    }
    if (status.trim()) throw new Refusal(`${path} is in a git tree with uncommitted changes; commit or stash them first, or pass --force`);
  }
}

async function runAll(names: string[], files: string[], flags: { dry: boolean; print: boolean; unsafe: boolean; extra: Record<string, unknown> }): Promise<number> {
  const require = createRequire(import.meta.url);
  const Runner = require('jscodeshift/src/Runner.js') as { run: (transform: string, paths: string[], options: Record<string, unknown>) => Promise<{ error: number; ok: number; nochange: number; skip: number }> };
  const work = mkdtempSync(join(tmpdir(), 'memory-codemod-'));
  let failed = 0;
  try {
    for (const name of names) {
      const reportFile = join(work, `${name}.jsonl`);
      const stats = { error: 0, ok: 0, nochange: 0, skip: 0 };
      const transform = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
      // One run per parser group: the transforms parse by extension themselves, jscodeshift's parser is for show.
      const groups = [files.filter((f) => TS_EXTENSIONS.has(extname(f))), files.filter((f) => !TS_EXTENSIONS.has(extname(f)))];
      for (const [index, group] of groups.entries()) {
        if (group.length === 0) continue;
        const result = await Runner.run(transform, group, {
          babel: false, // the transforms are compiled JS; babel-register would take ~30 s and 1.7 GB (TOOLCHAIN.md)
          parser: index === 0 ? 'ts' : 'tsx',
          dry: flags.dry,
          print: flags.print,
          silent: true,
          verbose: -1,
          runInBand: group.length < 20,
          unsafe: flags.unsafe,
          ...flags.extra,
          reportFile,
        });
        for (const key of Object.keys(stats) as (keyof typeof stats)[]) stats[key] += result[key];
      }
      failed += printSummary(name, files.length, stats, readRecords(reportFile), flags.dry);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return failed > 0 ? 1 : 0;
}

function readRecords(file: string): SiteRecord[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const records: SiteRecord[] = [];
  for (const line of text.split('\n')) if (line) records.push(JSON.parse(line) as SiteRecord);
  return records;
}

/** Prints what a codemod did; returns how many files failed. */
function printSummary(name: string, scanned: number, stats: { error: number; ok: number; nochange: number; skip: number }, records: SiteRecord[], dry: boolean): number {
  const where = (r: SiteRecord): string => `${relative(process.cwd(), r.file)}:${r.line}:${r.column}`;
  const rewritten = records.filter((r) => r.status === 'rewritten');
  const skipped = records.filter((r) => r.status === 'skipped');
  const errors = records.filter((r) => r.status === 'error');
  // A transform returns undefined for an unchanged file, which jscodeshift counts as "skip".
  const lines = [
    `${name}: ${scanned} file(s) scanned, ${stats.ok} ${dry ? 'would change' : 'changed'}, ${stats.nochange + stats.skip} unchanged, ${stats.error} failed`,
    `  sites ${dry ? 'to rewrite' : 'rewritten'}: ${rewritten.length}, skipped: ${skipped.length}`,
  ];
  const byReason = new Map<string, SiteRecord[]>();
  for (const record of skipped) byReason.set(record.reason ?? '', [...(byReason.get(record.reason ?? '') ?? []), record]);
  for (const [reason, sites] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  skipped (${sites.length}): ${reason}`);
    for (const site of sites) lines.push(`    ${where(site)}`);
  }
  for (const error of errors) lines.push(`  failed: ${error.reason?.startsWith(error.file) ? relative(process.cwd(), error.file) + error.reason.slice(error.file.length) : `${where(error)}: ${error.reason}`}`);
  // A worker can fail before the transform runs (an unreadable file): jscodeshift counts it but names nothing.
  if (stats.error > errors.length) lines.push(`  failed: ${stats.error - errors.length} more file(s) could not be read or transformed`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return stats.error;
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Refusal) {
    process.stderr.write(`memory-codemod: ${error.message}\n`);
  } else if (error instanceof UsageError || (error instanceof TypeError && /parseArgs|option/i.test(error.message))) {
    process.stderr.write(`memory-codemod: ${error.message}\n\n${USAGE}\n`);
  } else {
    throw error;
  }
  process.exitCode = 2;
}
