#!/usr/bin/env node
// The real-code run (issue 8): lints pinned real packages with the `all` config and runs every codemod over a temp
// copy of them. Checks: no rule crashes, no fatal message except the parse failures listed below, per-rule counts
// equal to tests/corpus/expected-counts.json, every rewritten file re-parses, a second codemod run changes nothing,
// and ml-spectra-processing's TypeScript type-checks no worse after the codemods than before.
//
//   node --max-old-space-size=6144 scripts/corpus.js [--update] [--json <file>] [--skip-codemods] [--skip-safe] [--keep]
//     [--dist <dir>]
//
// --update rewrites the expected counts (explain every change in the commit message); --json writes the full
// result (tests/corpus/corpus.test.ts reads it); --skip-safe runs only the --unsafe codemod pass; --keep leaves the
// temp copy. Exit code 1 when a check fails. typescript.js (9 MB) needs the larger heap, for ESLint and for the
// codemod workers (which inherit NODE_OPTIONS).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { parse as parseTs } from '@typescript-eslint/typescript-estree';
import { ESLint } from 'eslint';
import * as espree from 'espree';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const expectedFile = join(root, 'tests', 'corpus', 'expected-counts.json');
// --dist <dir>: a copy of dist/ to use (inside the repository, so that node_modules resolves), for runs on a machine
// where dist/ is being rebuilt.
const distAt = process.argv.indexOf('--dist');
const dist = distAt === -1 ? join(root, 'dist') : join(process.cwd(), process.argv[distAt + 1]);
const cli = join(dist, 'codemods', 'cli.js');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const HEAP = '--max-old-space-size=6144';

/**
 * The corpus: each package at its pinned version (checked against its package.json), the directories or files
 * taken from it, and how its JavaScript is parsed. ml-spectra-processing's `lib/` is tsc's output of its `src/`
 * and is left out, as are 30-seconds-of-code's UMD, ES5 and minified bundles of the same snippets.
 */
export const PACKAGES = [
  { name: 'typescript', version: '5.9.3', paths: ['lib/typescript.js'], sourceType: 'commonjs' },
  { name: 'three', version: '0.187.0', paths: ['src'], sourceType: 'module' },
  { name: 'ml-spectra-processing', version: '14.35.1', paths: ['src'], sourceType: 'module' },
  { name: 'eslint', version: '10.15.0', paths: ['lib'], sourceType: 'commonjs' },
  { name: '30-seconds-of-code', version: '1.2.3', paths: ['dist/_30s.esm.js'], sourceType: 'module' },
];

/**
 * Files the parser itself rejects, as `<package>/<path>`: a fatal message there is the input's fault, not the
 * plugin's, and the codemod run may fail on them. Empty: every corpus file parses.
 */
export const UNPARSABLE = [];

const EXTENSIONS = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

function filesOf(pkg) {
  const base = join(root, 'node_modules', pkg.name);
  const out = [];
  const walk = (path) => {
    const entries = readdirSync(path, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && EXTENSIONS.test(entry.name)) out.push(full);
    }
  };
  for (const p of pkg.paths) {
    const full = join(base, p);
    if (EXTENSIONS.test(p)) out.push(full);
    else walk(full);
  }
  return out.map((file) => relative(base, file).split('\\').join('/'));
}

const isTs = (file) => /\.[cm]?tsx?$/.test(file);
const hash = (text) => createHash('sha256').update(text).digest('hex');

async function lint(plugin, packages) {
  const ruleNames = Object.keys(plugin.configs.all.rules).sort();
  const counts = {};
  const crashes = [];
  const fatal = [];
  let notices = 0;
  const warnings = [];
  const started = Date.now();
  for (const pkg of packages) {
    const base = join(root, 'node_modules', pkg.name);
    const eslint = new ESLint({
      cwd: base,
      ignore: false,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.{js,mjs,cjs}'], languageOptions: { sourceType: pkg.sourceType } },
        { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
        { files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'], ...plugin.configs.all },
        // Their eslint-disable comments name rules not loaded here: with inline config on, each is an error.
        { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      ],
    });
    const rules = Object.fromEntries(ruleNames.map((rule) => [rule, 0]));
    let lines = 0;
    let nonBlank = 0;
    const files = filesOf(pkg);
    const t0 = Date.now();
    // One file per call: a rule that throws aborts its lintFiles call, and should cost one file, not the package.
    for (const file of files) {
      const counted = countLines(readFileSync(join(base, file), 'utf8'));
      lines += counted.lines;
      nonBlank += counted.nonBlank;
      let results;
      try {
        results = await eslint.lintFiles([join(base, file)]);
      } catch (error) {
        crashes.push({ file: `${pkg.name}/${file}`, message: String(error?.message ?? error) });
        continue;
      }
      for (const message of results[0]?.messages ?? []) {
        if (message.fatal) {
          fatal.push({ file: `${pkg.name}/${file}`, line: message.line, column: message.column, message: message.message });
        } else if (!message.ruleId) {
          // ESLint's own notice that an eslint-disable comment has no effect under noInlineConfig: not ours.
          notices += 1;
        } else {
          rules[message.ruleId] = (rules[message.ruleId] ?? 0) + 1;
          warnings.push({ file: `${pkg.name}/${file}`, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
        }
      }
    }
    const total = Object.values(rules).reduce((a, b) => a + b, 0);
    counts[`${pkg.name}@${pkg.version}`] = { files: files.length, lines, nonBlankLines: nonBlank, warnings: total, rules };
    log(`lint ${pkg.name}: ${files.length} files, ${lines} lines, ${total} warnings, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const unexpectedFatal = fatal.filter((f) => !UNPARSABLE.includes(f.file));
  return { counts, crashes, fatal, unexpectedFatal, notices, warnings, seconds: (Date.now() - started) / 1000 };
}

function countLines(text) {
  const split = text.split(/\r\n|\r|\n/);
  return { lines: split.length - (split.at(-1) === '' ? 1 : 0), nonBlank: split.filter((line) => line.trim() !== '').length };
}

function log(text) {
  process.stderr.write(`corpus: ${text}\n`);
}

/** Copies the corpus into `<dir>/<package>/...`, with `node_modules` linked for the type check's imports. */
function copyCorpus(dir, packages) {
  for (const pkg of packages) {
    for (const file of filesOf(pkg)) {
      const to = join(dir, pkg.name, file);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(root, 'node_modules', pkg.name, file), to);
    }
  }
  // Outside the codemod's paths (it is given the package directories), so it is never scanned.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

function snapshot(dir, packages) {
  const map = new Map();
  for (const pkg of packages) {
    for (const file of filesOf(pkg)) {
      const key = `${pkg.name}/${file}`;
      map.set(key, hash(readFileSync(join(dir, key))));
    }
  }
  return map;
}

function reparse(dir, key, sourceType) {
  const text = readFileSync(join(dir, key), 'utf8');
  try {
    if (isTs(key)) parseTs(text, { filePath: key, range: true, loc: true, jsx: key.endsWith('x') });
    else espree.parse(text, { ecmaVersion: 'latest', sourceType, range: true, loc: true });
    return undefined;
  } catch (error) {
    return { file: key, line: error.lineNumber ?? error.location?.start?.line, message: String(error.message).split('\n')[0] };
  }
}

function runCodemods(dir, packages, extra, reportName) {
  const report = join(dir, '..', reportName);
  const args = [cli, 'all', ...packages.map((p) => join(dir, p.name)), '--force', '--no-progress', '--report', report, ...extra];
  const t0 = Date.now();
  const run = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${HEAP}`.trim() },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (Date.now() - t0) / 1000;
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    parsed = undefined;
  }
  const byPackage = {};
  for (const site of parsed?.sites ?? []) {
    const counts = (byPackage[site.file.split('/')[0]] ??= { rewritten: 0, skipped: 0 });
    counts[site.status === 'rewritten' ? 'rewritten' : 'skipped'] += 1;
  }
  const failedFiles = (parsed?.files ?? []).filter((f) => f.status === 'failed').map((f) => ({ file: f.file, error: f.error }));
  return {
    args: ['all', ...extra].join(' '),
    status: run.status,
    signal: run.signal,
    stderr: run.stderr.slice(-4000),
    seconds,
    summary: parsed?.summary,
    byPackage,
    failedFiles,
    unexpectedFailures: failedFiles.filter((f) => !UNPARSABLE.includes(f.file)),
  };
}

/** `tsc --noEmit` over ml-spectra-processing's src in the copy: the number of `error TS` diagnostics. */
function typecheck(dir) {
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [HEAP, tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const errors = run.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  return { errors: errors.length, lines: errors.slice(0, 50), seconds: (Date.now() - t0) / 1000 };
}

function writeTsconfig(dir) {
  // ml-spectra-processing builds with @zakodium/tsconfig, which it does not ship. This one (strict, ES2023, Node
  // types for `structuredClone`, `.ts` import specifiers as its sources write them) gives 0 errors on the sources.
  writeFileSync(join(dir, 'ml-spectra-processing', 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
  const tsconfig = {
    compilerOptions: {
      target: 'es2022',
      lib: ['es2023'],
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
      types: ['node'],
    },
    include: ['ml-spectra-processing/src/**/*.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
}

/**
 * One codemod pass sequence on a fresh copy: `extra` (e.g. `--unsafe`) twice. The first run may fail only on the
 * listed unparsable files, each file it changed must re-parse, the second must rewrite nothing and leave every byte.
 */
function codemodRun(packages, extra, name, typecheckBefore) {
  const holder = mkdtempSync(join(tmpdir(), 'memory-corpus-'));
  const dir = join(holder, 'corpus');
  mkdirSync(dir);
  copyCorpus(dir, packages);
  writeTsconfig(dir);
  const result = { name, dir };
  const withMl = packages.some((p) => p.name === 'ml-spectra-processing');
  // Every copy starts from the same sources: one type check of them serves every pass.
  if (withMl) result.typecheckBefore = typecheckBefore ?? typecheck(dir);
  const before = snapshot(dir, packages);
  result.first = runCodemods(dir, packages, extra, `${name}-1.json`);
  const afterFirst = snapshot(dir, packages);
  const changed = [...afterFirst].filter(([key, h]) => before.get(key) !== h).map(([key]) => key);
  result.changedFiles = changed.length;
  const sourceTypes = new Map(packages.map((p) => [p.name, p.sourceType]));
  result.reparseFailures = changed.map((key) => reparse(dir, key, sourceTypes.get(key.split('/')[0]))).filter(Boolean);
  result.second = runCodemods(dir, packages, extra, `${name}-2.json`);
  const afterSecond = snapshot(dir, packages);
  result.changedBySecondRun = [...afterSecond].filter(([key, h]) => afterFirst.get(key) !== h).map(([key]) => key);
  if (withMl) result.typecheckAfter = typecheck(dir);
  log(
    `codemods ${name}: exit ${result.first.status}, ${result.first.summary?.sites?.rewritten ?? '?'} rewritten, ` +
      `${result.first.summary?.sites?.skipped ?? '?'} skipped, ${changed.length} files changed, ${result.first.seconds.toFixed(1)} s; ` +
      `second run exit ${result.second.status}, ${result.second.summary?.sites?.rewritten ?? '?'} rewritten, ${result.second.seconds.toFixed(1)} s` +
      (withMl ? `; tsc errors ${result.typecheckBefore.errors} before, ${result.typecheckAfter.errors} after` : ''),
  );
  return { result, holder };
}

/** The checks, as a list of failure messages (empty: all pass). */
export function failures(result) {
  const out = [];
  const { lint: l } = result;
  for (const c of l.crashes) out.push(`lint crash in ${c.file}: ${c.message}`);
  for (const f of l.unexpectedFatal) out.push(`fatal message in ${f.file}:${f.line}:${f.column}: ${f.message}`);
  if (result.expected && JSON.stringify(result.expected) !== JSON.stringify(l.counts)) {
    out.push(`per-rule counts differ from tests/corpus/expected-counts.json (${countDiff(result.expected, l.counts).join('; ')})`);
  }
  for (const run of result.codemods ?? []) {
    for (const [label, r] of [['first', run.first], ['second', run.second]]) {
      if (r.status !== 0 && !(r.status === 1 && r.unexpectedFailures.length === 0 && r.failedFiles.length > 0)) {
        out.push(`codemods ${run.name} ${label} run exited ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${r.stderr.trim().split('\n').slice(-5).join(' | ')}`);
      }
      for (const f of r.unexpectedFailures) out.push(`codemods ${run.name} ${label} run failed on ${f.file}: ${f.error}`);
    }
    for (const f of run.reparseFailures) out.push(`codemods ${run.name}: ${f.file}:${f.line} does not re-parse: ${f.message}`);
    if ((run.second.summary?.sites?.rewritten ?? 0) !== 0) out.push(`codemods ${run.name}: the second run rewrote ${run.second.summary.sites.rewritten} site(s)`);
    if (run.changedBySecondRun.length > 0) out.push(`codemods ${run.name}: the second run changed ${run.changedBySecondRun.join(', ')}`);
    if (run.typecheckAfter && run.typecheckAfter.errors > run.typecheckBefore.errors) {
      out.push(`codemods ${run.name}: tsc errors rose from ${run.typecheckBefore.errors} to ${run.typecheckAfter.errors}: ${run.typecheckAfter.lines.slice(0, 10).join(' | ')}`);
    }
  }
  return out;
}

function countDiff(expected, actual) {
  const out = [];
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const e = expected[key];
    const a = actual[key];
    if (!e || !a) {
      out.push(`${key}: ${e ? 'missing' : 'not expected'}`);
      continue;
    }
    for (const field of ['files', 'lines', 'nonBlankLines']) if (e[field] !== a[field]) out.push(`${key} ${field}: ${e[field]} -> ${a[field]}`);
    for (const rule of new Set([...Object.keys(e.rules), ...Object.keys(a.rules)])) {
      if (e.rules[rule] !== a.rules[rule]) out.push(`${key} ${rule}: ${e.rules[rule]} -> ${a.rules[rule]}`);
    }
  }
  return out;
}

function checkVersions() {
  for (const pkg of PACKAGES) {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', pkg.name, 'package.json'), 'utf8'));
    if (version !== pkg.version) throw new Error(`corpus: ${pkg.name} is ${version} in node_modules, ${pkg.version} is pinned: run npm ci`);
  }
}

async function main(argv) {
  const flag = (name) => argv.includes(name);
  const jsonAt = argv.indexOf('--json');
  checkVersions();
  const started = Date.now();
  const { default: plugin } = await import(join(dist, 'index.js'));
  const result = { node: process.version };
  result.lint = await lint(plugin, PACKAGES);
  if (flag('--update')) {
    writeFileSync(expectedFile, `${JSON.stringify(result.lint.counts, null, 2)}\n`);
    log(`wrote ${relative(root, expectedFile)}: explain every count that changed in the commit message`);
  } else {
    try {
      result.expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
    } catch {
      result.expected = {};
    }
  }
  result.codemods = [];
  const holders = [];
  if (!flag('--skip-codemods')) {
    const runs = flag('--skip-safe') ? [['unsafe', ['--unsafe']]] : [['safe', []], ['unsafe', ['--unsafe']]];
    for (const [name, extra] of runs) {
      const { result: run, holder } = codemodRun(PACKAGES, extra, name, result.codemods[0]?.typecheckBefore);
      result.codemods.push(run);
      holders.push(holder);
    }
  }
  result.seconds = (Date.now() - started) / 1000;
  result.failures = failures(result);
  if (jsonAt !== -1) writeFileSync(argv[jsonAt + 1], `${JSON.stringify(result, null, 2)}\n`);
  if (flag('--keep')) log(`kept ${holders.join(', ')}`);
  else for (const holder of holders) rmSync(holder, { recursive: true, force: true });
  log(`done in ${result.seconds.toFixed(0)} s`);
  for (const failure of result.failures) log(`FAIL ${failure}`);
  if (result.failures.some((f) => f.startsWith('per-rule counts'))) {
    log('if the new counts are right: node --max-old-space-size=6144 scripts/corpus.js --update --skip-codemods, and explain each change in the commit message');
  }
  return result.failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
