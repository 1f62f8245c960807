#!/usr/bin/env node
// Throughput of the codemod CLI (`memory-codemod all <dir> --dry`) against jscodeshift's own CLI running a no-op
// transform (parse each file, change nothing) on the same files, in the same run, with the same worker count.
// Goal, printed next to the figure: ours >= 0.80x the no-op's throughput (= no-op seconds / our seconds).
//
// Corpus, copied into a fresh temp dir so that nothing in the repository can be written: typescript@5.9.3
// lib/typescript.js (9 MB, one file) + three@0.187.0 src/**/*.js (757 files).
//
//   node bench/codemod-throughput.js               # 3 rounds: no-op, ours, no-parse, then each codemod alone
//   node bench/codemod-throughput.js --quick       # 1 round, no single codemods (results in bench/.tmp/)
//   node bench/codemod-throughput.js --workers 0   # both in one process (jscodeshift --run-in-band)
//
// Needs the built CLI (npm run build). Writes bench/results/codemod-throughput.json (--quick: bench/.tmp/).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { benchDir, childEnv, environment, formatTable, median, ratio, round, writeResult } from './lib/common.js';

const GOAL = 0.8;
const HEAP_MB = 6144; // typescript.js alone needs up to 2.8 GB to parse and analyse (TOOLCHAIN.md)
const EXPECTED = { typescript: '5.9.3', three: '0.187.0' };
const TIME = '/usr/bin/time';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    workers: { type: 'string', default: '1' },
    'no-singles': { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '40' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: node bench/codemod-throughput.js [--rounds R] [--quick] [--workers W] [--no-singles] [--timeout-min M] [--keep]
  --rounds       rounds (default 3; --quick: 1); the order of no-op and ours alternates each round
  --quick        1 round, no single codemods; results go to bench/.tmp/ (git-ignored)
  --workers W    worker processes for both CLIs (default 1: what jscodeshift itself uses on 2 cores);
                 0 = in one process (jscodeshift --run-in-band)
  --no-singles   do not time each codemod alone
  --timeout-min  kill a run after M minutes, and stop (default 40)
  --keep         keep the temp dir with the corpus`);
  process.exit(0);
}

const ROUNDS = args.rounds ? Number(args.rounds) : args.quick ? 1 : 3;
const WORKERS = Number(args.workers);
const TIMEOUT_MS = Number(args['timeout-min']) * 60_000;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) fail('--rounds must be a positive integer');
if (!Number.isInteger(WORKERS) || WORKERS < 0) fail('--workers must be an integer >= 0');
if (!(TIMEOUT_MS > 0)) fail('--timeout-min must be a positive number');

const root = path.dirname(benchDir);
const nm = path.join(root, 'node_modules');
const builtCli = path.join(root, 'dist', 'codemods', 'cli.js');
const jscodeshiftBin = path.join(nm, 'jscodeshift', 'bin', 'jscodeshift.js');
const noopTransform = path.join(benchDir, 'lib', 'noop-transform.cjs');
const noParseTransform = path.join(benchDir, 'lib', 'no-parse-transform.cjs');
if (!existsSync(builtCli)) fail(`${path.relative(root, builtCli)} not found: run npm run build first.`);
// The runs take many minutes: measure a snapshot of dist/, so an `npm run build` meanwhile (which empties dist/)
// cannot fail or change a run. Inside the repository, so the snapshot still finds node_modules and package.json.
const snapshot = path.join(benchDir, '.tmp', `dist-${process.pid}`);
rmSync(snapshot, { recursive: true, force: true });
cpSync(path.join(root, 'dist'), path.join(snapshot, 'dist'), { recursive: true });
cpSync(path.join(root, 'package.json'), path.join(snapshot, 'package.json'));
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
const cli = path.join(snapshot, 'dist', 'codemods', 'cli.js');
const versions = {};
for (const pkg of ['typescript', 'three', 'jscodeshift']) {
  const file = path.join(nm, pkg, 'package.json');
  if (!existsSync(file)) fail(`node_modules/${pkg} not found: run npm install.`);
  versions[pkg] = JSON.parse(readFileSync(file, 'utf8')).version;
  if (EXPECTED[pkg] && versions[pkg] !== EXPECTED[pkg]) fail(`the corpus is ${pkg}@${EXPECTED[pkg]}; node_modules has ${versions[pkg]}.`);
}

// jscodeshift caps --cpus at max(cores - 1, 1) (src/Runner.js): on 2 cores, --cpus 2 still starts one worker.
const jscodeshiftCap = Math.max(os.cpus().length - 1, 1);
const jscodeshiftWorkers = WORKERS === 0 ? 0 : Math.min(WORKERS, jscodeshiftCap);
if (WORKERS > jscodeshiftCap) {
  console.error(`codemod-throughput: warning: jscodeshift starts at most ${jscodeshiftCap} worker(s) on this machine, not ${WORKERS}.`);
}

// Our CLI's options are still growing: pass --workers / --no-progress only once its --help offers them.
const cliHelp = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8', env: childEnv() });
if (cliHelp.status !== 0) fail(`${path.relative(root, cli)} --help exited ${cliHelp.status}: ${cliHelp.stderr}`);
const cliHasWorkers = /--workers\b/.test(cliHelp.stdout);
const cliHasNoProgress = /--no-progress\b/.test(cliHelp.stdout);
const cliFlags = ['--dry', ...(cliHasWorkers ? ['--workers', String(WORKERS)] : []), ...(cliHasNoProgress ? ['--no-progress'] : [])];
if (!cliHasWorkers) {
  console.error(`codemod-throughput: note: the CLI has no --workers option yet: it runs with its own default worker count.`);
}
const cliList = spawnSync(process.execPath, [cli, '--list'], { encoding: 'utf8', env: childEnv() });
if (cliList.status !== 0) fail(`${path.relative(root, cli)} --list exited ${cliList.status}: ${cliList.stderr}`);
const codemodNames = cliList.stdout.split('\n').map((l) => l.trim().split(/\s+/)[0]).filter(Boolean);
if (codemodNames.length === 0) fail('the CLI listed no codemods.');
const singles = args.quick || args['no-singles'] ? [] : codemodNames;

// ---------------------------------------------------------------------------------------------------------------
// Corpus: a fresh copy, removed at the end (also on Ctrl-C) unless --keep.
const corpusDir = mkdtempSync(path.join(os.tmpdir(), 'codemod-throughput-'));
const cleanUp = () => {
  if (!args.keep) rmSync(corpusDir, { recursive: true, force: true });
};
let current = null; // the running child, in its own process group
process.on('SIGINT', () => {
  if (current) process.kill(-current.pid, 'SIGKILL');
  cleanUp();
  process.exit(130);
});
cpSync(path.join(nm, 'typescript', 'lib', 'typescript.js'), path.join(corpusDir, 'typescript.js'));
cpSync(path.join(nm, 'three', 'src'), path.join(corpusDir, 'three'), {
  recursive: true,
  filter: (src) => statSync(src).isDirectory() || src.endsWith('.js'),
});
const files = readdirSync(corpusDir, { recursive: true })
  .filter((f) => f.endsWith('.js'))
  .map((f) => path.join(corpusDir, f));
const corpus = measureCorpus(files);
const threeFiles = files.filter((f) => f.startsWith(path.join(corpusDir, 'three') + path.sep)).length;
if (threeFiles !== 757) console.error(`codemod-throughput: warning: three@0.187.0 src/ should have 757 .js files; copied ${threeFiles}.`);
const MB = corpus.bytes / 2 ** 20;

/** Lines and bytes of the corpus; a function of its own, so no file's text stays reachable afterwards. */
function measureCorpus(paths) {
  let lines = 0;
  let bytes = 0;
  for (const f of paths) {
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  return { files: paths.length, bytes, lines };
}

// ---------------------------------------------------------------------------------------------------------------
// The runs. Each `check` reads the run's output and returns an error message, or null when every file was processed.
// No --silent for jscodeshift: it hides the error count, and --fail-on-error only works without it.
const jscodeshiftFlags = ['--no-babel', '--dry', '--parser=babel', '--fail-on-error', ...(WORKERS === 0 ? ['--run-in-band'] : [`--cpus=${WORKERS}`])];
const runs = [
  { id: 'noop', label: 'jscodeshift no-op (parse only)', argv: [jscodeshiftBin, '-t', noopTransform, ...jscodeshiftFlags, corpusDir], check: checkJscodeshift },
  { id: 'ours', label: 'memory-codemod all', argv: [cli, 'all', corpusDir, ...cliFlags], check: checkOurs },
  { id: 'no-parse', label: 'jscodeshift, no parse (context)', argv: [jscodeshiftBin, '-t', noParseTransform, ...jscodeshiftFlags, corpusDir], check: checkJscodeshift },
  ...singles.map((name) => ({ id: `single:${name}`, label: `memory-codemod ${name}`, argv: [cli, name, corpusDir, ...cliFlags], check: checkOurs })),
];

/** jscodeshift prints "Results: / N errors / N unmodified / N skipped / N ok"; every file must be skipped or ok. */
function checkJscodeshift(out) {
  const text = stripAnsi(out);
  const count = (word) => Number(new RegExp(`^(\\d+) ${word}$`, 'm').exec(text)?.[1] ?? NaN);
  const [errors, unmodified, skipped, ok] = ['errors', 'unmodified', 'skipped', 'ok'].map(count);
  if ([errors, unmodified, skipped, ok].some(Number.isNaN)) return 'no "Results:" counts in jscodeshift\'s output';
  if (errors > 0) return `${errors} file(s) failed: ${text.split('\n').filter((l) => l.includes(' ERR ')).slice(0, 3).join(' | ')}`;
  if (unmodified + skipped + ok !== corpus.files) return `processed ${unmodified + skipped + ok} files, not ${corpus.files}`;
  return null;
}

/** Our CLI prints "[memory-codemod ]<name>: N file(s) scanned, N would change, N unchanged, N failed" per codemod. */
function checkOurs(out) {
  const re = /^(?:memory-codemod )?(\S+?)(?: \(interrupted\))?: (\d+) file\(s\) scanned, \d+ (?:would change|changed), \d+ unchanged, (\d+) failed/gm;
  const lines = [...stripAnsi(out).matchAll(re)];
  if (lines.length === 0) return 'no "N file(s) scanned, ... failed" summary in its output';
  for (const [line, , scanned, failed] of lines) {
    if (Number(failed) > 0 || Number(scanned) !== corpus.files) return `expected ${corpus.files} files scanned and 0 failed: "${line}"`;
  }
  if (/\(interrupted\)|not scanned:/.test(out)) return 'the run was interrupted or left files unscanned';
  return null;
}

function stripAnsi(text) {
  // ANSI colour codes start with ESC (jscodeshift colours its counts when FORCE_COLOR is set).
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

const hasTime = spawnSync(TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/**
 * Runs `node <argv>` (through GNU time for the peak RSS when present) in its own process group with NODE_OPTIONS
 * giving every node process, workers included, a 6 GB heap; resolves { status, signal, out, ms, peakRssMB }.
 */
function runNode(argv) {
  const rssFile = path.join(corpusDir, '..', `${path.basename(corpusDir)}.rss`);
  const [cmd, cmdArgs] = hasTime ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...argv]] : [process.execPath, argv];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, {
      cwd: root,
      detached: true,
      env: { ...childEnv(), NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    current = child;
    let out = '';
    let errText = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      if (errText.length < 200_000) errText += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    }, TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      current = null;
      let peakRssMB = null;
      if (hasTime && existsSync(rssFile)) {
        // GNU time reports the largest maxrss among the process and the children it waited for, in KB.
        const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
        peakRssMB = Number.isFinite(kb) ? Math.round(kb / 1024) : null;
        rmSync(rssFile, { force: true });
      }
      resolve({ status, signal, out: `${out}\n${errText}`, ms, peakRssMB, timedOut });
    });
  });
}

const show = (argv) => ['node', ...argv.map((a) => (a.startsWith(root) ? path.relative(root, a) : a.replace(corpusDir, '$CORPUS')))].join(' ');

// ---------------------------------------------------------------------------------------------------------------
console.error(
  `codemod-throughput: ${corpus.files} files (typescript.js + ${threeFiles} three/src), ${corpus.lines.toLocaleString('en-US')} lines, ` +
    `${round(MB, 1)} MB in ${corpusDir}; ${ROUNDS} round(s); workers ${WORKERS}; node ${process.version}; ` +
    `jscodeshift ${versions.jscodeshift}; GNU time ${hasTime ? 'yes (peak RSS)' : 'absent (no peak RSS)'}`,
);
for (const r of runs) console.error(`  ${r.id}: NODE_OPTIONS=--max-old-space-size=${HEAP_MB} ${show(r.argv)}`);

const t0 = performance.now();
const times = new Map(runs.map((r) => [r.id, []]));
const rss = new Map(runs.map((r) => [r.id, []]));
try {
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    const pair = round_ % 2 === 0 ? ['noop', 'ours'] : ['ours', 'noop'];
    const order = [...pair, ...runs.map((r) => r.id).filter((id) => !pair.includes(id))];
    for (const id of order) {
      const run = runs.find((r) => r.id === id);
      const res = await runNode(run.argv);
      const problem = res.timedOut
        ? `killed after ${args['timeout-min']} min`
        : res.status !== 0
          ? `exited ${res.status ?? res.signal}`
          : run.check(res.out);
      if (problem) {
        console.error(`codemod-throughput: ${run.id} failed (${problem}); the bench stops, a failed run is not a figure.`);
        console.error(`  command: ${show(run.argv)}`);
        console.error(res.out.split('\n').filter(Boolean).slice(-25).map((l) => `  | ${l}`).join('\n'));
        process.exitCode = 1;
        throw new Error('run failed');
      }
      times.get(id).push(res.ms);
      rss.get(id).push(res.peakRssMB);
      console.error(`  round ${round_ + 1} ${id}: ${round(res.ms / 1000, 2)} s${res.peakRssMB == null ? '' : `, peak RSS ${res.peakRssMB} MB`}`);
    }
  }
} catch (error) {
  cleanUp();
  if (error.message === 'run failed') process.exit(1);
  throw error;
}
cleanUp();
const wallSeconds = round((performance.now() - t0) / 1000, 1);

// ---------------------------------------------------------------------------------------------------------------
const noopTimes = times.get('noop');
const rows = runs.map((r) => {
  const ts = times.get(r.id);
  const med = median(ts);
  return {
    id: r.id,
    command: show(r.argv),
    filesPerSecond: round(corpus.files / (med / 1000), 1),
    mbPerSecond: round(MB / (med / 1000), 2),
    medianSeconds: round(med / 1000, 2),
    // Throughput relative to the no-op: no-op seconds / these seconds (> 1 = faster than parsing alone).
    throughputVsNoop: ratio(median(noopTimes), med),
    peakRssMB: rss.get(r.id).reduce((max, x) => (x != null && (max == null || x > max) ? x : max), null),
    secondsPerRound: ts.map((t) => round(t / 1000, 2)),
  };
});
const ours = rows.find((r) => r.id === 'ours');
// Paired: each round's no-op time over the same round's time of ours, then the median (robust to drift).
const paired = round(median(times.get('ours').map((t, i) => noopTimes[i] / t)), 2);
const goal = { met: ours.throughputVsNoop >= GOAL, measured: ours.throughputVsNoop, pairedMedian: paired, text: `ours >= ${GOAL.toFixed(2)}x the no-op's throughput` };

console.log(
  `\n${corpus.files} files (typescript@${versions.typescript} lib/typescript.js + three@${versions.three} src/, ${threeFiles} files), ` +
    `${corpus.lines.toLocaleString('en-US')} lines, ${round(MB, 1)} MB; median of ${ROUNDS} round(s), no-op and ours alternated; ` +
    `workers ${WORKERS} (jscodeshift: ${jscodeshiftWorkers === 0 ? 'in band' : jscodeshiftWorkers}; ours: ${cliHasWorkers ? WORKERS : 'its default, no --workers option yet'}); ` +
    `node ${process.version}, jscodeshift ${versions.jscodeshift}\n`,
);
console.log(
  formatTable(
    ['run', 'median s', 'files/s', 'MB/s', 'x no-op throughput', 'peak RSS MB', 's per round'],
    rows.map((r) => [r.id, r.medianSeconds, r.filesPerSecond, r.mbPerSecond, r.throughputVsNoop, r.peakRssMB, r.secondsPerRound.join(' ')]),
  ),
);
console.log(
  `\nthroughput ratio ours/no-op = no-op s / ours s = ${ours.throughputVsNoop}x (paired median ${paired}x)   ` +
    `goal >= ${GOAL.toFixed(2)}x: ${goal.met ? 'met' : 'missed'}`,
);
console.log('no-parse is context only: what jscodeshift costs without parsing (start-up, reading files, worker IPC).');
console.log(`peak RSS: the largest single process (the CLI or one of its workers), from ${hasTime ? 'GNU time %M' : '-'}.`);
console.log(`\nwall time ${wallSeconds} s`);

const file = writeResult('codemod-throughput', {
  benchmark: 'codemod-throughput',
  cli: { hasWorkersOption: cliHasWorkers, codemods: codemodNames, flags: cliFlags },
  corpus: { ...corpus, sources: [`typescript@${versions.typescript} lib/typescript.js`, `three@${versions.three} src/**/*.js (${threeFiles})`] },
  environment: { ...environment(), childHeapMB: HEAP_MB, jscodeshift: versions.jscodeshift },
  goal,
  params: { jscodeshiftWorkers, quick: args.quick, rounds: ROUNDS, singles: singles.length > 0, workers: WORKERS },
  runs: rows,
  wallSeconds,
}, { partial: args.quick });
console.log(`wrote ${file}`);

function fail(message) {
  console.error(`codemod-throughput: ${message}`);
  process.exit(1);
}
