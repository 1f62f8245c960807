#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

import type { CodemodFlags } from './engine.ts';
import { displayPath, inShard, parseShard, selectFiles, UsageError } from './files.ts';
import { killWorkers, readSource, runPool } from './pool.ts';
import { Progress } from './progress.ts';
import { codemods } from './registry.ts';
import { formatSummary, type RunReport, summarize, toSarif } from './report.ts';
import { colorsFor, Prompter, unifiedDiff } from './review.ts';
import { errorSite, failedFile, type FileResult, type SiteRecord } from './site.ts';
import { removePendingTemporaries, writeAtomic } from './write.ts';

const USAGE = `Usage: memory-codemod <codemod|all> <paths...> [options]

Rewrites memory anti-patterns with the same analysis as eslint-plugin-memory's rules.

Review:
  --dry                 write nothing; the summary says what would change
  --diff                print a unified diff of each rewritten file (coloured on a terminal); with --dry, a preview
  --print               print each rewritten file (implies --dry)
  -i, --interactive     show each rewrite and ask: [y]es, [n]o, [a]ll in this file, [d]one with this file, [q]uit
  --report <file>       write every site (file, line, column, codemod, rule, rewritten or skipped and why) as JSON,
                        or as SARIF 2.1.0 with --format sarif (or a .sarif file name)
  --format <json|sarif> the --report format; without --report, the report goes to stdout and the summary to stderr
Scale:
  --workers <n>         worker processes (default: cores - 1, at least 1); 0 runs in this process
  --shard <i/n>         only the i-th of n deterministic parts of the file list (a CI matrix runs one part each)
  --ignore <pattern>    leave out files matching a .gitignore-style pattern, relative to the working directory
                        (repeatable); .gitignore files are honoured unless --no-gitignore
  --only-in-lint-report <eslint.json>
                        rewrite only the sites an ESLint JSON report (eslint -f json) flagged with memory/* rules
  --no-progress         no progress on stderr (a bar on a terminal, a line per tenth of the files otherwise)
Safety:
  --force               run on a git tree with uncommitted changes
  --fail-on-skip        exit 3 when a site was skipped (CI: every site must be rewritten or suppressed)
Analysis:
  --unsafe              also apply the rewrites the rules only suggest (review the diff!)
  --project <tsconfig.json>
                        use the TypeScript checker, as the rules' typeAware option does (files must be in it)
  --api                 use-typed-arrays: also buffers leaving their function by \`return\` (signatures change)
  --float32             use-typed-arrays: Float32Array for declarations marked with a comment
                        (--float32-marker, default @float32) or named by --float32-names <regex,...>
  --sources <a,b>       release-intermediates, copy-retained-views: more calls whose result is large
Other:
  --list                list the codemods
  --help                this text

Examples:
  memory-codemod all src/ --dry --diff
  memory-codemod rewrite-in-place src/ --interactive
  memory-codemod all . --shard 2/4 --report codemod-2.json --fail-on-skip
  eslint -f json -o eslint.json . ; memory-codemod all . --only-in-lint-report eslint.json

Exit codes: 0 done; 1 some files failed (named in the summary), the others were processed; 2 bad usage or
refused; 3 sites were skipped under --fail-on-skip; 130 interrupted (every file is either as it was or rewritten).`;

/** A refusal to run (dirty tree): the usage is fine, so it is not printed again. */
class Refusal extends Error {}

const OPTIONS = {
  dry: { type: 'boolean', default: false },
  print: { type: 'boolean', default: false },
  diff: { type: 'boolean', default: false },
  interactive: { type: 'boolean', short: 'i', default: false },
  report: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  shard: { type: 'string' },
  ignore: { type: 'string', multiple: true, default: [] as string[] },
  'no-gitignore': { type: 'boolean', default: false },
  'only-in-lint-report': { type: 'string' },
  'no-progress': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  'fail-on-skip': { type: 'boolean', default: false },
  unsafe: { type: 'boolean', default: false },
  project: { type: 'string' },
  api: { type: 'boolean', default: false },
  float32: { type: 'boolean', default: false },
  'float32-names': { type: 'string' },
  'float32-marker': { type: 'string' },
  sources: { type: 'string' },
  list: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} satisfies ParseArgsConfig['options'];

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  if (values.help) return print(USAGE, 0);
  if (values.list) return print(Object.entries(codemods).map(([name, c]) => `${name}  ${c.description}`).join('\n'), 0);
  const [name, ...paths] = positionals;
  if (!name || paths.length === 0) throw new UsageError('give a codemod and at least one path');
  if (name !== 'all' && !codemods[name]) throw new UsageError(`unknown codemod "${name}"; known: ${Object.keys(codemods).join(', ')}, all`);
  const names = name === 'all' ? Object.keys(codemods) : [name];
  const cwd = process.cwd();
  const format = values.format ?? (values.report && /\.sarif(\.json)?$/i.test(values.report) ? 'sarif' : 'json');
  if (format !== 'json' && format !== 'sarif') throw new UsageError(`--format is json or sarif, not "${format}"`);
  const reportToStdout = values.format !== undefined && values.report === undefined;
  if (reportToStdout && (values.print || values.diff || values.interactive)) throw new UsageError('--format without --report writes the report to stdout: it cannot be combined with --print, --diff or --interactive');
  const workers = values.workers === undefined ? Math.max(1, availableParallelism() - 1) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers takes a whole number, not "${values.workers}"`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const dry = values.dry || values.print;

  // Which files: the paths, minus ignored files, other shards, files the lint report does not name.
  const selection = selectFiles(paths, { cwd, gitignore: !values['no-gitignore'], ignore: values.ignore });
  const notScanned = { ignored: selection.ignored, ignoredDirectories: selection.ignoredDirectories, otherShards: 0, notInLintReport: 0, symlinks: selection.symlinks.length, interrupted: 0 };
  let files = selection.files;
  if (shard) {
    const mine = files.filter((file) => inShard(displayPath(file, cwd), shard.index, shard.count));
    notScanned.otherShards = files.length - mine.length;
    files = mine;
  }
  const flagged = values['only-in-lint-report'] === undefined ? undefined : readLintReport(values['only-in-lint-report'], cwd);
  if (flagged) {
    const named = files.filter((file) => flagged.has(file));
    notScanned.notInLintReport = files.length - named.length;
    files = named;
  }
  if (!dry && !values.force) refuseDirtyTrees(paths);

  const analysisOptions: Record<string, unknown> = {
    unsafe: values.unsafe,
    ...(values.api ? { api: true } : {}),
    ...(values.float32 ? { float32: true, float32Names: values['float32-names'] ?? '', float32Marker: values['float32-marker'] ?? '@float32' } : {}),
    ...(values.sources ? { sources: values.sources } : {}),
    ...(values.project ? { project: resolve(values.project) } : {}),
  };

  // What each finished file does: its diff or text printed (in file order), its rewrite written atomically.
  const out = reportToStdout ? process.stderr : process.stdout;
  const colors = colorsFor(process.stdout);
  const progress = new Progress(files.length, process.stderr, !values['no-progress'] && !values.interactive);
  // Diffs and printed files come out in file order whichever worker finishes first: each file hands in its text
  // (often none), and the texts are written as soon as every file before them has handed in its own.
  const order = new Map(files.map((file, index) => [file, index]));
  const pending = new Map<number, string>();
  let emitted = 0;
  const flush = (all: boolean): void => {
    for (; emitted < files.length && (all || pending.has(emitted)); emitted++) {
      const chunk = pending.get(emitted);
      pending.delete(emitted);
      if (!chunk) continue;
      progress.clear();
      process.stdout.write(chunk);
    }
  };
  const fileStatuses: RunReport['files'] = [];
  const sites: SiteRecord[] = [];
  const display = (file: string): string => displayPath(file, cwd);
  const onResult = (result: FileResult): void => {
    const file = result.file;
    let error = result.error;
    let chunk = '';
    if (result.output !== null && error === undefined) {
      const before = values.diff ? readSourceSafe(file) : undefined;
      if (!dry) {
        try {
          writeAtomic(file, result.output, result.hash, selection.roots);
        } catch (writeError) {
          error = (writeError as Error).message;
        }
      }
      if (error === undefined) chunk = (before === undefined ? '' : unifiedDiff(display(file), before, result.output, colors)) + (values.print ? result.output : '');
    }
    pending.set(order.get(file) ?? -1, chunk);
    flush(false);
    const shownError = error === undefined ? undefined : error.startsWith(file) ? display(file) + error.slice(file.length) : `${display(file)}: ${error}`;
    fileStatuses.push({ file: display(file), status: error !== undefined ? 'failed' : result.output !== null ? 'changed' : 'unchanged', ...(shownError === undefined ? {} : { error: shownError }) });
    for (const site of result.sites) {
      if (error !== undefined && site.status === 'rewritten') continue;
      sites.push({ ...site, file: display(site.file), ...(site.reason?.startsWith(file) ? { reason: display(file) + site.reason.slice(file.length) } : {}) });
    }
    if (error !== undefined && !result.sites.some((site) => site.status === 'error')) {
      sites.push(errorSite(display(file), shownError!, name, ''));
    }
    progress.tick();
  };

  let interrupted = false;
  const onSignal = (): void => {
    if (interrupted) process.exit(130); // a second Ctrl-C: every write is whole already, nothing to wait for
    interrupted = true;
    killWorkers();
  };
  if (!values.interactive) process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    if (workers === 0 || values.interactive) {
      // Loaded here, not at the top: the analyses take a second or two to load, which --help, --list and the
      // parent of worker processes (which only collects results and writes) do not need.
      const [{ transforms }, { flagsFrom, processFile }] = await Promise.all([import('./all.ts'), import('./engine.ts')]);
      const parts = names.map((codemod) => transforms[codemod]!.part(analysisOptions));
      const prompter = values.interactive ? new Prompter(colors, display) : undefined;
      for (const file of files) {
        if (interrupted) break;
        prompter?.startFile();
        const flags: CodemodFlags = flagsFrom({ ...analysisOptions, ...(flagged ? { flagged: flagged.get(file) } : {}) });
        const accept = flags.accept;
        if (prompter) flags.accept = (site, preview) => (accept ? accept(site, preview) : true) === true ? prompter.ask(site, preview) : accept!(site, preview);
        let source: string;
        try {
          source = readSource(file);
        } catch (error) {
          onResult(failedFile(file, `${file}:0:0: ${(error as Error).message}`, name, ''));
          continue;
        }
        onResult(processFile({ path: file, source }, parts, flags));
        // Let a Ctrl-C be handled between files.
        await new Promise((resolveTurn) => setImmediate(resolveTurn));
      }
    } else {
      await runPool(files, {
        transform: fileURLToPath(new URL('./all.js', import.meta.url)),
        workers,
        options: { ...analysisOptions, codemods: names.join(','), channel: 'ipc', dry: true, silent: true, babel: false, codemodName: name },
        ...(flagged ? { optionsFor: (file: string) => ({ flagged: flagged.get(file) ?? [] }) } : {}),
        onResult,
        stopped: () => interrupted,
      });
    }
  } finally {
    removePendingTemporaries();
    flush(true);
    progress.clear();
  }
  notScanned.interrupted = files.length - fileStatuses.length;

  const mode = { dry, unsafe: values.unsafe, shard: values.shard ?? null, onlyInLintReport: values['only-in-lint-report'] ?? null, interactive: values.interactive };
  const report = summarize(name, names, mode, fileStatuses, sites, notScanned, interrupted || files.length > fileStatuses.length);
  out.write(formatSummary(report));
  if (values.report !== undefined || reportToStdout) {
    const text = `${JSON.stringify(format === 'sarif' ? toSarif(report, cwd, (await import('../rules/index.ts')).rules) : report, null, 2)}\n`;
    if (values.report === undefined) process.stdout.write(text);
    else writeFileSync(resolve(cwd, values.report), text);
  }
  if (interrupted) return 130;
  if (report.summary.files.failed > 0) return 1;
  if (values['fail-on-skip'] && report.summary.sites.skipped > 0) return 3;
  return 0;
}

/** The current text of a file, for a diff; undefined if it cannot be read. */
function readSourceSafe(file: string): string | undefined {
  try {
    return readSource(file);
  } catch {
    return undefined;
  }
}

/**
 * An ESLint JSON report (`eslint -f json`) as the sites to rewrite per file: `rule:line:column` of every message from
 * a memory rule (`memory/<rule>`, whatever the plugin's prefix ends with).
 */
function readLintReport(path: string, cwd: string): Map<string, string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'));
  } catch (error) {
    throw new UsageError(`--only-in-lint-report: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`--only-in-lint-report: ${path} is not an ESLint JSON report (an array of { filePath, messages })`);
  const flagged = new Map<string, string[]>();
  for (const entry of parsed as { filePath?: unknown; messages?: unknown }[]) {
    if (typeof entry?.filePath !== 'string' || !Array.isArray(entry.messages)) throw new UsageError(`--only-in-lint-report: ${path} is not an ESLint JSON report (an entry lacks filePath or messages)`);
    const sites: string[] = [];
    for (const message of entry.messages as { ruleId?: unknown; line?: unknown; column?: unknown }[]) {
      const rule = typeof message.ruleId === 'string' ? /(?:^|\/)memory\/([\w-]+)$/.exec(message.ruleId)?.[1] : undefined;
      if (rule) sites.push(`${rule}:${String(message.line)}:${String(message.column)}`);
    }
    if (sites.length > 0) flagged.set(resolve(cwd, entry.filePath), sites);
  }
  return flagged;
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
