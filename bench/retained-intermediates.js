#!/usr/bin/env node
// Retained intermediates: is a large local still reachable after its last use, and what does releasing it buy?
// Re-measures /work/shared/V8-MEMORY.md section 3 on this machine, and measures the seed-shaped program before and
// after the `release-intermediates` codemod.
//
// Part A: one small program per situation in bench/programs/retained/ (sync call, `{ }` block, await, yield, shared
// closure context, hot loop, CommonJS and ES module top level, ..., and rows R*: which form of release-intermediates
// frees the value in which shape), each run by bench/programs/retained/harness.cjs in
// a FRESH child process (`node --expose-gc [tier flags] harness.cjs <program> <MB>`). The harness builds x = { text:
// a flat 100 MB string } and a WeakRef to x in an earlier job (a WeakRef keeps its target alive until the end of the
// job that made it), hands x to the program with take(), and the program calls probe() once at that point: gc() twice,
// then `ref.deref() === undefined`, and heapUsed as a second signal (the parent stops if the two disagree). Two
// control programs check the method (x used after the probe: must be reachable; x dropped at once: must not be).
// Each situation runs --runs times under default flags and under `--no-opt --no-sparkplug` (interpreter only).
//
// Part B: bench/programs/retained/etl-before.mjs (read a ~150 MB JSON file with `await readFile` into `raw`, parse,
// `await writeFile`, then an allocating processing phase in its own function) and etl-inline-before.mjs (the same
// with the processing loop inline in main()), each "before" as committed and "after" = a copy rewritten at bench time
// by `node dist/codemods/cli.js release-intermediates <copy> --force` (the script stops if the codemod fails or
// changes nothing). Per program, version and run, in fresh children:
//   - heap at the processing phase: preloaded bench/programs/retained/probe.mjs defines checkpoint() (gc, heapUsed,
//     large-object space); `raw` (a string: no WeakRef possible) is live there iff large-object space >= its size;
//   - min heap: smallest --max-old-space-size (MB) at which the program exits 0, bisection to 4 MB
//     (bench/lib/min-heap.js), its bracket starting at 0.8 x the live heap seen at the checkpoints;
//   - peak RSS (maxRSS) and wall ms at --max-old-space-size=4096.
// The data file is generated once (deterministic) into bench/.tmp/ and reused.
//
//   node bench/retained-intermediates.js            # 3 runs (about 5 minutes on the busy shared 2-core machine)
//   node bench/retained-intermediates.js --quick    # 1 run, x 50 MB, 8 MB file: under 30 s, writes bench/.tmp/
//   node bench/retained-intermediates.js --part a   # Part A only (no build needed), writes bench/.tmp/
//   node bench/retained-intermediates.js --only sync-call,hot-loop-late --runs 5
//
// Writes bench/results/retained-intermediates.json (--quick, --part, --only, --after-from: bench/.tmp/, git-ignored).
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import {
  benchDir,
  childEnv,
  environment,
  formatTable,
  median,
  ratio,
  resultsDir,
  round,
  scratchDir,
  spawnNode,
  writeResult,
} from './lib/common.js';
import { findMinHeap, MIN_HEAP_OPTIONS } from './lib/min-heap.js';

const NAME = 'retained-intermediates';
const repoDir = path.dirname(benchDir);
const programsDir = path.join(benchDir, 'programs', 'retained');
const cliPath = path.join(repoDir, 'dist', 'codemods', 'cli.js');
const CODEMOD = 'release-intermediates';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    part: { type: 'string', default: 'ab' },
    mb: { type: 'string' },
    'etl-mb': { type: 'string' },
    ...MIN_HEAP_OPTIONS,
    timeout: { type: 'string', default: '120' },
    only: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    'after-from': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--part a|b|ab] [--runs R] [--jobs J] [--only id1,id2]
  --part        a: reachability situations only; b: the ETL program before/after the codemod only (default ab)
  --runs        runs per situation / program version, medians reported (default 3; --quick: 1)
  --mb          size of x's string in Part A, MB (default 100; --quick: 50; at least 50, so that heapUsed tells
                retained from freed)
  --etl-mb      size of the generated JSON file in Part B, MB (default 150; --quick: 8)
  --jobs        children run concurrently (default 2)
  --lo/--hi     bisection bounds for --max-old-space-size in MB (default 4..2048), --res resolution (default 4)
  --rss-heap    heap limit for the checkpoint and peak-RSS runs, MB (default 4096)
  --timeout     seconds before a child is killed and counted as a failure (default 120)
  --fresh       do not start the first run's min-heap searches from the previous result file
  --after-from  DEVELOPMENT ONLY: take the "after" programs from this directory (same file names as the before
                files) instead of running the codemod; results go to bench/.tmp/ and are labelled hand-made`);
  process.exit(0);
}

const int = (s, name, min = 1) => {
  const v = Number(s);
  if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer >= ${min}, got ${s}`);
  return v;
};
if (!['a', 'b', 'ab'].includes(args.part)) throw new Error(`--part must be a, b or ab, got ${args.part}`);
const PART_A = args.part.includes('a');
const PART_B = args.part.includes('b');
const RUNS = args.runs ? int(args.runs, 'runs') : args.quick ? 1 : 3;
const JOBS = int(args.jobs, 'jobs');
const X_MB = args.mb ? int(args.mb, 'mb', 50) : args.quick ? 50 : 100;
const ETL_MB = args['etl-mb'] ? int(args['etl-mb'], 'etl-mb') : args.quick ? 8 : 150;
const LO = int(args.lo, 'lo');
const HI = int(args.hi, 'hi');
// --quick: a coarse search (16 MB) unless --res is given.
const RES = args.quick && !process.argv.includes('--res') ? 16 : int(args.res, 'res');
const RSS_HEAP = int(args['rss-heap'], 'rss-heap');
const TIMEOUT_MS = int(args.timeout, 'timeout') * 1000;
const AFTER_FROM = args['after-from'] ? path.resolve(args['after-from']) : null;
const only = args.only ? new Set(args.only.split(',')) : null;
const partial = args.quick || only != null || args.part !== 'ab' || AFTER_FROM != null;

// ---------------------------------------------------------------------------------------------------------------
// Part A: the situations. `file` is in bench/programs/retained/ (read it: each is a few lines); `expect` is what
// V8-MEMORY.md section 3 (or the brief) predicts, '?' where it does not say; `afterLoad`: the harness probes from a
// timer after the module has been evaluated; `osr`: the child also runs with --trace-osr, to tell whether the loop was
// on-stack-replaced before the probe; `shape: 'items'`: x = { items: 100 distinct strings of MB / 100 } instead of
// { text } (harness --shape=items); `byHeap`: the row is about x's string (or x.items), which a temporary register may
// keep after x itself is gone, so the verdict is heapUsed's and the WeakRef's (x itself) is shown beside it.
// Rows Ra..Ri: which of the three release-intermediates forms frees the value in which shape: (1) inline a
// single-use binding, (2) `x = undefined` after the last use, (3) move the statements into an arrow IIFE. Ra is
// row 2 (`size(x)`, then `x = undefined`).
const SITUATIONS = [
  { id: 'control-live', n: 'c1', file: 'control-live.cjs', what: 'CONTROL: x used again after the probe', expect: 'yes', control: true },
  { id: 'control-dropped', n: 'c2', file: 'control-dropped.cjs', what: 'CONTROL: x never stored', expect: 'no', control: true },
  { id: 'sync-call', n: '1', file: 'sync-call.cjs', what: 'sync fn, last use, then a call that allocates', expect: 'yes' },
  { id: 'sync-nulled', n: '2', file: 'sync-nulled.cjs', what: 'same, `x = undefined` after the last use', expect: 'no' },
  { id: 'sync-nulled-temp', n: '2b', file: 'sync-nulled-temp.cjs', what: 'same, but last use `x.text.length` (temporary register)', expect: '?', byHeap: true },
  { id: 'block-ended', n: '3', file: 'block-ended.cjs', what: 'declared in a bare `{ }` block that has ended', expect: 'yes' },
  { id: 'async-await', n: '4', file: 'async-await.cjs', what: 'async fn, last use, suspended at a later `await`', expect: 'yes' },
  { id: 'async-awaited-await', n: '4b', file: 'async-awaited-await.cjs', what: 'same, x itself came from `await` (like readFile)', expect: 'yes' },
  { id: 'async-nulled', n: '5', file: 'async-nulled.cjs', what: 'async, `x = undefined` before the `await`', expect: 'no' },
  { id: 'async-awaited-nulled-await', n: '5b', file: 'async-awaited-nulled-await.cjs', what: '`x = await ...`, nulled, then another `await`', expect: 'no' },
  { id: 'async-awaited-nulled-sync', n: '5c', file: 'async-awaited-nulled-sync.cjs', what: '`x = await ...`, nulled, later phase sync (same job)', expect: '?' },
  { id: 'generator-yield', n: '6', file: 'generator-yield.cjs', what: 'generator suspended at a later `yield`', expect: 'yes' },
  { id: 'shared-context', n: '7', file: 'shared-context.cjs', what: 'captured by a sync-only closure; sibling closure alive', expect: 'yes' },
  { id: 'shared-context-nulled', n: '8', file: 'shared-context-nulled.cjs', what: 'same, `x = undefined` after the last use', expect: 'no' },
  { id: 'hot-loop-early', n: '9a', file: 'hot-loop-early.cjs', what: 'later phase = hot allocating loop, probe at iteration 1', expect: '?', osr: true },
  { id: 'hot-loop-late', n: '9b', file: 'hot-loop-late.cjs', what: 'same loop, probe at iteration 2,500,000', expect: '?', osr: true },
  { id: 'cjs-top-running', n: '10', file: 'cjs-top-running.cjs', what: 'CJS top level, not captured, body still running', expect: '?' },
  { id: 'esm-top-running', n: '11', file: 'esm-top-running.mjs', what: 'ESM top level, not captured, body still running', expect: '?' },
  { id: 'esm-top-await', n: '12', file: 'esm-top-await.mjs', what: 'ESM top level, pending top-level `await`', expect: 'yes' },
  { id: 'cjs-top-captured-after', n: '13a', file: 'cjs-top-captured-after.cjs', what: 'CJS top level, captured by a top-level fn (not kept), after evaluation', expect: '?', afterLoad: true },
  { id: 'esm-top-captured-after', n: '13b', file: 'esm-top-captured-after.mjs', what: 'ESM top level, captured by a top-level fn (not exported), after evaluation', expect: 'yes', afterLoad: true },
  { id: 'cjs-top-after', n: '14a', file: 'cjs-top-after.cjs', what: 'CJS top level, not captured, after evaluation', expect: 'no', afterLoad: true },
  { id: 'esm-top-after', n: '14b', file: 'esm-top-after.mjs', what: 'ESM top level, not captured, after evaluation', expect: 'no', afterLoad: true },
  { id: 'own-function', n: '15', file: 'own-function.cjs', what: 'phase moved into its own function: `const data = load()`', expect: 'no' },
  { id: 'async-own-function', n: '15b', file: 'async-own-function.cjs', what: 'same, async: `const data = await load()`, then sync phase', expect: 'no' },
  { id: 'nulled-third-argument', n: 'Ra2', file: 'nulled-third-argument.cjs', what: 'form 2: x the 3rd argument, `size3(1, 2, x)`, nulled, sync phase', expect: '?' },
  { id: 'nulled-string-method', n: 'Rb', file: 'nulled-string-method.cjs', what: 'form 2: x the string, `x.indexOf(..)`, nulled, sync phase', expect: '?', byHeap: true, refLabel: 'wrapper' },
  { id: 'nulled-property-method', n: 'Rc', file: 'nulled-property-method.cjs', what: 'form 2: `x.items.map(f)`, nulled, sync phase', expect: '?', byHeap: true, shape: 'items' },
  { id: 'nulled-property-method-long', n: 'Rd1', file: 'nulled-property-method-long.cjs', what: 'same, more code before the phase (`Math.max(...m)`)', expect: '?', byHeap: true, shape: 'items' },
  { id: 'nulled-property-method-long-plain', n: 'Rd2', file: 'nulled-property-method-long-plain.cjs', what: 'same code, reduce and spread in 1-arg helpers', expect: '?', byHeap: true, shape: 'items' },
  { id: 'inline-sync', n: 'Re', file: 'inline-sync.cjs', what: 'form 1: `size(take())`, sync phase', expect: '?' },
  { id: 'inline-awaited-sync', n: 'Rf1', file: 'inline-awaited-sync.cjs', what: 'form 1: `size(await later(take()))`, sync phase', expect: 'yes' },
  { id: 'inline-awaited-await', n: 'Rf2', file: 'inline-awaited-await.cjs', what: 'same, another `await` before the phase', expect: 'no' },
  { id: 'extracted-sync', n: 'Rg', file: 'extracted-sync.cjs', what: 'form 3: Rc in `(() => { ... })()`, sync phase', expect: 'no', byHeap: true, shape: 'items' },
  { id: 'extracted-async', n: 'Rh', file: 'extracted-async.cjs', what: 'form 3: `await (async () => { x = await ... })()`, sync phase', expect: 'no' },
  { id: 'awaited-nulled-tick', n: 'Ri', file: 'awaited-nulled-tick.cjs', what: 'form 2: `x = await ..`, nulled, `await`, phase in same fn', expect: 'no' },
];
const ALL_TIERS = [
  { id: 'default', label: 'default flags', flags: [] },
  { id: 'interpreter', label: '--no-opt --no-sparkplug', flags: ['--no-opt', '--no-sparkplug'] },
];
// --quick is a smoke test: every program once, under default flags only.
const TIERS = args.quick ? ALL_TIERS.slice(0, 1) : ALL_TIERS;

// Part B: the programs (before as committed; after produced by the codemod).
const ETL_PROGRAMS = [
  { id: 'etl', file: 'etl-before.mjs', what: 'processing phase in its own function, summarize(records)' },
  { id: 'etl-inline', file: 'etl-inline-before.mjs', what: 'processing loop inline in main() (OSR-compiled)' },
];

if (only) {
  for (const id of only) {
    if (!SITUATIONS.some((s) => s.id === id) && !ETL_PROGRAMS.some((p) => p.id === id)) throw new Error(`unknown id ${id}`);
  }
}
// The controls always run: they are what makes the other rows mean anything.
const situations = PART_A ? SITUATIONS.filter((s) => s.control || !only || only.has(s.id)) : [];
const etlPrograms = PART_B ? ETL_PROGRAMS.filter((p) => !only || only.has(p.id)) : [];

// ---------------------------------------------------------------------------------------------------------------
/** Runs node with `argv` in a fresh child; resolves { status, signal, stdout, stderr, timedOut, ms }. */
function runNode(argv, { cwd = benchDir, timeoutMs = TIMEOUT_MS } = {}) {
  return spawnNode(argv, { cwd, timeoutMs });
}

/** The JSON after `TAG ` on the child's stdout line that starts with it, or undefined. */
function tagged(stdout, tag) {
  const line = stdout.split('\n').find((l) => l.startsWith(`${tag} `));
  return line === undefined ? undefined : JSON.parse(line.slice(tag.length + 1));
}

/** Runs `tasks` (async functions) on JOBS workers, in order. */
async function pool(tasks) {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: JOBS }, worker));
}

const t0 = performance.now();
const elapsed = () => Math.round((performance.now() - t0) / 1000);
const yesNo = (b) => (b ? 'yes' : 'no');

// ---------------------------------------------------------------------------------------------------------------
// Part B preparation first (it is quick), so that a missing build or codemod fails before minutes of Part A.
const etlDir = path.join(scratchDir, 'retained');
const codemodDir = path.join(etlDir, 'codemod');
const afterFiles = new Map();
const afterDiffs = {};

function prepareAfter() {
  if (AFTER_FROM) {
    for (const p of etlPrograms) {
      const file = path.join(AFTER_FROM, p.file);
      if (!existsSync(file)) throw new Error(`--after-from: ${file} not found`);
      afterFiles.set(p.id, file);
    }
    return 'hand-made (--after-from)';
  }
  if (!existsSync(cliPath)) {
    throw new Error(`${path.relative(repoDir, cliPath)} not found: run \`npm run build\` first (or --part a)`);
  }
  const list = spawnSync(process.execPath, [cliPath, '--list'], { env: childEnv(), encoding: 'utf8' });
  if (list.status !== 0 || !new RegExp(`^${CODEMOD}\\b`, 'm').test(list.stdout)) {
    throw new Error(
      `the ${CODEMOD} codemod is not registered in ${path.relative(repoDir, cliPath)} (\`--list\` does not show it).\n` +
        `Part B needs it: run \`npm run build\` once it exists, or run Part A alone with --part a.`,
    );
  }
  rmSync(codemodDir, { recursive: true, force: true });
  mkdirSync(codemodDir, { recursive: true });
  for (const p of etlPrograms) {
    const before = path.join(programsDir, p.file);
    const copy = path.join(codemodDir, p.file);
    copyFileSync(before, copy);
    const r = spawnSync(process.execPath, [cliPath, CODEMOD, p.file, '--force'], { cwd: codemodDir, env: childEnv(), encoding: 'utf8' });
    if (r.status !== 0) {
      throw new Error(
        `\`memory-codemod ${CODEMOD} ${p.file} --force\` (in ${path.relative(repoDir, codemodDir)}) exited with ${r.status ?? r.signal}:\n` +
          `${r.stdout}${r.stderr}`,
      );
    }
    if (readFileSync(copy, 'utf8') === readFileSync(before, 'utf8')) {
      throw new Error(
        `\`memory-codemod ${CODEMOD} ${p.file} --force\` changed nothing in ${path.relative(repoDir, copy)}: ` +
          `it should have released \`raw\` (the file's text) after its last use.\n${r.stdout}${r.stderr}`,
      );
    }
    afterFiles.set(p.id, copy);
  }
  return `codemod: node dist/codemods/cli.js ${CODEMOD} <copy> --force`;
}

/** Unified diff of before -> after (diff -u), for the printout and the result file. */
function diffOf(before, after) {
  const r = spawnSync('diff', ['-u', '--label', 'before', '--label', 'after', before, after], { encoding: 'utf8' });
  return r.status === 1 ? r.stdout : r.status === 0 ? '' : `(diff unavailable: ${r.error?.message ?? r.stderr})`;
}

let afterSource = null;
if (PART_B && etlPrograms.length > 0) {
  afterSource = prepareAfter();
  for (const p of etlPrograms) afterDiffs[p.id] = diffOf(path.join(programsDir, p.file), afterFiles.get(p.id));
}

// ---------------------------------------------------------------------------------------------------------------
// Part A.
const partA = new Map(); // `${situation}/${tier}` -> [{ run, reachable, heapUsedMB, osrBeforeProbe }]

async function measureSituation(s, tier, run) {
  const argv = [
    '--expose-gc',
    ...tier.flags,
    ...(s.osr ? ['--trace-osr'] : []),
    path.join(programsDir, 'harness.cjs'),
    path.join(programsDir, s.file),
    String(X_MB),
    ...(s.afterLoad ? ['--probe-after-load'] : []),
    ...(s.shape ? [`--shape=${s.shape}`] : []),
  ];
  const r = await runNode(argv);
  if (r.status !== 0) {
    throw new Error(`${s.id} (${tier.id}) failed (status ${r.status ?? r.signal}${r.timedOut ? ', timeout' : ''}):\n${r.stderr.slice(0, 2000)}`);
  }
  const probe = tagged(r.stdout, 'RETAINED');
  if (!probe) throw new Error(`${s.id} (${tier.id}): no RETAINED line in\n${r.stdout.slice(0, 1000)}`);
  // Second signal: x's string is X_MB; the process alone plus laterPhase()'s rows stay under 12 MB.
  const stringLive = probe.heapUsedMB > 12 + X_MB / 2;
  if (stringLive !== probe.reachable && !s.byHeap) {
    throw new Error(`${s.id} (${tier.id}): WeakRef says ${yesNo(probe.reachable)} but heapUsed is ${probe.heapUsedMB} MB`);
  }
  if (s.byHeap && probe.reachable && !stringLive) {
    throw new Error(`${s.id} (${tier.id}): x itself is reachable but heapUsed is ${probe.heapUsedMB} MB: its content cannot be gone`);
  }
  const beforeProbe = r.stdout.slice(0, r.stdout.indexOf('RETAINED '));
  const record = {
    heapUsedMB: probe.heapUsedMB,
    reachable: s.byHeap ? stringLive : probe.reachable,
    run,
    where: probe.where,
    xReachable: probe.reachable,
  };
  if (s.osr) record.osrBeforeProbe = /OSR - entry/.test(beforeProbe);
  partA.get(`${s.id}/${tier.id}`).push(record);
}

let partARows = [];
if (PART_A) {
  console.error(`${NAME} part A: ${situations.length} situations x ${TIERS.length} tiers x ${RUNS} run(s), x = ${X_MB} MB, ${JOBS} job(s)`);
  const tasks = [];
  for (const s of situations) for (const tier of TIERS) partA.set(`${s.id}/${tier.id}`, []);
  for (let run = 1; run <= RUNS; run++) {
    for (const s of situations) for (const tier of TIERS) tasks.push(() => measureSituation(s, tier, run));
  }
  let done = 0;
  await pool(
    tasks.map((task) => async () => {
      await task();
      done++;
      if (done % 10 === 0 || done === tasks.length) console.error(`  [${done}/${tasks.length}] elapsed ${elapsed()} s`);
    }),
  );

  const cell = (runs, refLabel = 'x itself') => {
    const yes = runs.filter((r) => r.reachable).length;
    const n = runs.length;
    const verdict = yes === n ? 'yes' : yes === 0 ? 'no' : `MIXED: yes in ${yes}`;
    const osr = runs.some((r) => 'osrBeforeProbe' in r) ? `, OSR before probe ${runs.filter((r) => r.osrBeforeProbe).length}/${n}` : '';
    const xYes = runs.filter((r) => r.xReachable).length;
    const x = runs.some((r) => r.xReachable !== r.reachable) ? `; ${refLabel}: ${xYes === n ? 'yes' : xYes === 0 ? 'no' : `yes in ${xYes}`}` : '';
    return { text: `${verdict} (${yes === 0 ? n : yes}/${n}${osr}${x})`, yes, n };
  };
  partARows = situations.map((s) => {
    const tiers = {};
    for (const tier of TIERS) {
      const runs = partA.get(`${s.id}/${tier.id}`).sort((x, y) => x.run - y.run);
      const c = cell(runs, s.refLabel);
      tiers[tier.id] = { reachable: c.yes === c.n ? 'yes' : c.yes === 0 ? 'no' : 'mixed', reachableRuns: c.yes, runs, text: c.text };
    }
    return { expect: s.expect, file: `bench/programs/retained/${s.file}`, id: s.id, n: s.n, tiers, what: s.what };
  });
  for (const s of partARows.filter((r) => SITUATIONS.find((x) => x.id === r.id).control)) {
    for (const tier of TIERS) {
      if (s.tiers[tier.id].reachable !== s.expect) {
        throw new Error(`control ${s.id} (${tier.id}) gave ${s.tiers[tier.id].text}, expected ${s.expect}: the method is broken`);
      }
    }
  }

  console.log(`\nPart A. Is a dead ${X_MB} MB local still reachable? node ${process.version} (V8 ${process.versions.v8})`);
  console.log(`Each row: a program in bench/programs/retained/, run by harness.cjs in a fresh process, ${RUNS} run(s) per column;`);
  console.log(`reachable = WeakRef.deref() after two gc() at the probe (WeakRef made in an earlier job), confirmed by heapUsed`);
  console.log(`(rows 2b, Rb..Rd2, Rg: x's string or x.items, by heapUsed). x = { text: a flat ${X_MB} MB string }, or`);
  console.log(`{ items: 100 distinct strings of ${X_MB / 100} MB } (Rc, Rd, Rg); programs use it as size(x). Rows R*: the forms of`);
  console.log(`release-intermediates (1 inline, 2 \`x = undefined\`, 3 arrow IIFE); Ra is row 2.`);
  console.log(`"default flags": functions that run once stay in the interpreter (Ignition; Sparkplug keeps the same frame),`);
  console.log(`so only the hot loop (9) can reach TurboFan; "--no-opt --no-sparkplug": interpreter only, always.\n`);
  console.log(
    formatTable(
      ['#', 'id', 'situation', 'expected', ...TIERS.map((t) => `reachable? ${t.label}`)],
      partARows.map((r) => [r.n, r.id, r.what, r.expect, ...TIERS.map((t) => r.tiers[t.id].text)]),
    ),
  );
  const surprises = partARows.filter((r) => r.expect !== '?' && TIERS.some((t) => r.tiers[t.id].reachable !== r.expect));
  console.log(surprises.length ? `\nnot as expected: ${surprises.map((r) => r.id).join(', ')}` : `\nevery row with an expectation met it`);
  console.log(`(part A: ${elapsed()} s)`);
}

// ---------------------------------------------------------------------------------------------------------------
// Part B.
const MB = 2 ** 20;
const REGIONS = ['north', 'south', 'east', 'west', 'central', 'overseas', 'online'];

/**
 * Writes the ETL input: a JSON array of order records, about `mb` MB, deterministic (i-th record depends on i only),
 * ASCII (so `raw` is a one-byte string exactly as long as the file). Skipped when the file is already there.
 */
function ensureData(mb) {
  const file = path.join(scratchDir, `retained-etl-${mb}mb.json`);
  const target = mb * MB;
  if (existsSync(file)) {
    const size = statSync(file).size;
    if (size >= target && size < target + 4096) return file;
  }
  mkdirSync(scratchDir, { recursive: true });
  console.error(`generating ${path.relative(repoDir, file)} (${mb} MB, once)`);
  const day0 = Date.UTC(2024, 0, 1);
  const fd = openSync(file, 'w');
  let bytes = 1;
  let chunk = '[';
  for (let i = 0; bytes < target; i++) {
    const rec = {
      id: i,
      customer: `cust-${(i * 7919) % 50021}`,
      region: REGIONS[i % 7],
      sku: `sku-${(i * 31) % 5003}`,
      qty: 1 + (i % 9),
      price: ((i * 37) % 10000) / 100 + 0.01,
      ts: new Date(day0 + ((i * 104729) % 31536000) * 1000).toISOString(),
      tags: i % 3 === 0 ? ['priority', 'gift'] : ['standard'],
      note: i % 5 === 0 ? 'leave at the door, ring twice' : '',
    };
    const s = (i === 0 ? '' : ',') + JSON.stringify(rec);
    chunk += s;
    bytes += s.length;
    if (chunk.length > MB) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, `${chunk}]`);
  closeSync(fd);
  return file;
}

const OOM = /out of memory|heap limit|Allocation failed/i;
const partB = new Map(); // `${program}/${version}` -> [run records]
let dataFile = null;
let dataBytes = 0;
let summarySeq = 0;

/** One run of an ETL program; resolves { ok, reason, result, exit, checkpoints } (OOM and timeout are results). */
async function runEtl(file, { heapMB, probe = false }) {
  const summary = path.join(etlDir, `summary-${process.pid}-${summarySeq++}.json`);
  const argv = [
    ...(probe ? ['--expose-gc', '--import', path.join(programsDir, 'probe.mjs')] : []),
    '--import',
    path.join(programsDir, 'exit-stats.mjs'),
    `--max-old-space-size=${heapMB}`,
    file,
    dataFile,
    summary,
  ];
  const r = await runNode(argv, { cwd: path.dirname(file) });
  rmSync(summary, { force: true });
  if (r.status === 0) {
    const lines = r.stdout.split('\n');
    return {
      ok: true,
      checkpoints: tagged(r.stdout, 'CHECKPOINTS'),
      exit: tagged(r.stdout, 'EXIT'),
      result: lines.find((l) => l.startsWith('{')),
    };
  }
  if (r.timedOut) return { ok: false, reason: 'timeout' };
  if (OOM.test(r.stderr)) return { ok: false, reason: 'oom' };
  throw new Error(`${path.basename(file)} failed at ${heapMB} MB (status ${r.status}, signal ${r.signal}):\n${r.stderr.slice(0, 2000)}`);
}

// The previous result file (same data size, bisection settings and node): its min heaps are where the first run's
// searches start (then gallop and bisect: every figure is still bracketed by this run's own probes). --fresh ignores it.
/** The programs of the previous result file if it was made with the same data size, bisection settings and node. */
function comparablePrograms(file) {
  const prev = JSON.parse(readFileSync(file, 'utf8'));
  const pp = prev.partB?.params;
  const same =
    pp?.etlMB === ETL_MB && prev.environment?.node === process.version && pp.bisection?.resolutionMB === RES && pp.bisection?.loMB === LO;
  return same ? (prev.partB.programs ?? []) : [];
}

function previousMinHeaps() {
  const guesses = new Map();
  const file = path.join(partial ? scratchDir : resultsDir, `${NAME}.json`);
  if (!PART_B || args.fresh || !existsSync(file)) return guesses;
  try {
    for (const p of comparablePrograms(file)) {
      for (const v of p.versions ?? []) if (v.minHeapMB != null) guesses.set(`${p.id}/${v.version}`, v.minHeapMB);
    }
  } catch {
    // an unreadable previous file only means no guesses
  }
  return guesses;
}
const previousMinHeap = previousMinHeaps();

let partBRows = [];
if (PART_B && etlPrograms.length > 0) {
  mkdirSync(etlDir, { recursive: true });
  dataFile = ensureData(ETL_MB);
  dataBytes = statSync(dataFile).size;
  const rawMB = dataBytes / MB;
  console.error(`${NAME} part B: ${etlPrograms.length} programs x before/after x ${RUNS} run(s), ${round(rawMB, 1)} MB JSON, ${JOBS} job(s); after = ${afterSource}`);
  const versions = (p) => [
    { version: 'before', file: path.join(programsDir, p.file) },
    { version: 'after', file: afterFiles.get(p.id) },
  ];
  const expectedResult = new Map();
  const tasks = [];
  for (let run = 1; run <= RUNS; run++) {
    for (const p of etlPrograms) {
      for (const v of versions(p)) {
        const key = `${p.id}/${v.version}`;
        if (run === 1) partB.set(key, []);
        tasks.push(async () => {
          const started = performance.now();
          const checked = await runEtl(v.file, { heapMB: RSS_HEAP, probe: true });
          if (!checked.ok) throw new Error(`${key} failed at the generous heap limit ${RSS_HEAP} MB (${checked.reason})`);
          const rss = await runEtl(v.file, { heapMB: RSS_HEAP });
          if (!rss.ok) throw new Error(`${key} failed at the generous heap limit ${RSS_HEAP} MB (${rss.reason})`);
          for (const out of [checked, rss]) {
            if (!expectedResult.has(p.id)) expectedResult.set(p.id, out.result);
            if (out.result !== expectedResult.get(p.id)) throw new Error(`${key} printed ${out.result}, expected ${expectedResult.get(p.id)}`);
          }
          const earlier = partB.get(key).map((x) => x.minHeapMB).filter((x) => x != null);
          const peakRssMB = rss.exit.maxRSSKB / 1024;
          // The live heap after gc() at a checkpoint is (almost all) old generation, so no limit below 0.8 x of it can
          // pass: the search starts its bracket there instead of at --lo (saves two or three 5-second probes).
          const liveMB = checked.checkpoints.reduce((max, c) => Math.max(max, c.heapUsedMB), 0);
          const searchLo = Math.max(LO, LO + Math.floor((0.8 * liveMB - LO) / RES) * RES);
          const search = await findMinHeap((mb) => runEtl(v.file, { heapMB: mb }), {
            lo: searchLo,
            hi: HI,
            res: RES,
            start: peakRssMB,
            guess: earlier.length ? earlier.at(-1) : previousMinHeap.get(key),
          });
          const cp = Object.fromEntries(checked.checkpoints.map((c) => [c.label, c]));
          const record = {
            belowLo: search.belowLo || undefined,
            bracketMB: search.bracketMB,
            heapAtProcessedMB: cp.processed.heapUsedMB,
            heapAtProcessingMB: cp.processing.heapUsedMB,
            largeObjectAtProcessedMB: cp.processed.largeObjectMB,
            largeObjectAtProcessingMB: cp.processing.largeObjectMB,
            minHeapMB: search.minHeapMB,
            ms: rss.exit.ms,
            peakRssMB: round(peakRssMB, 1),
            probes: search.probes.length,
            searchLoMB: searchLo,
            rawLiveAtProcessed: cp.processed.largeObjectMB >= 0.9 * rawMB,
            rawLiveAtProcessing: cp.processing.largeObjectMB >= 0.9 * rawMB,
            run,
            seconds: round((performance.now() - started) / 1000, 1),
          };
          partB.get(key).push(record);
          console.error(
            `  run ${run} ${key.padEnd(17)} heap at processing ${record.heapAtProcessingMB} MB (raw live: ${yesNo(record.rawLiveAtProcessing)}), ` +
              `min heap ${search.minHeapMB ?? `> ${HI}`} MB (${search.probes.length} probes), peak RSS ${record.peakRssMB} MB, ` +
              `${record.ms} ms, ${record.seconds} s, elapsed ${elapsed()} s`,
          );
        });
      }
    }
  }
  await pool(tasks);

  partBRows = etlPrograms.map((p) => {
    const vs = ['before', 'after'].map((version) => {
      const runs = partB.get(`${p.id}/${version}`).sort((x, y) => x.run - y.run);
      const med = (k) => median(runs.map((r) => r[k]));
      const count = (k) => runs.filter((r) => r[k]).length;
      return {
        heapAtProcessedMB: med('heapAtProcessedMB'),
        heapAtProcessingMB: med('heapAtProcessingMB'),
        minHeapMB: runs.some((r) => r.minHeapMB == null) ? null : med('minHeapMB'),
        ms: med('ms'),
        peakRssMB: med('peakRssMB'),
        rawLiveAtProcessed: `${count('rawLiveAtProcessed')}/${runs.length}`,
        rawLiveAtProcessing: `${count('rawLiveAtProcessing')}/${runs.length}`,
        runs,
        version,
      };
    });
    const [before, after] = vs;
    const ratios = {};
    for (const k of ['heapAtProcessingMB', 'heapAtProcessedMB', 'minHeapMB', 'peakRssMB', 'ms']) ratios[k] = ratio(after[k], before[k]);
    return { diff: afterDiffs[p.id], file: `bench/programs/retained/${p.file}`, id: p.id, ratios, versions: vs, what: p.what };
  });

  console.log(`\nPart B. The seed-shaped ETL before and after \`${CODEMOD}\`: ${round(rawMB, 1)} MB JSON (${dataBytes.toLocaleString('en-US')} bytes), node ${process.version}`);
  console.log(`after = ${afterSource}`);
  console.log(`Medians of ${RUNS} run(s), fresh process each. heap at processing / processed = heapUsed after two gc() at`);
  console.log(`checkpoint() (probe.mjs preloaded), at the start and end of the processing phase; raw live = large-object space`);
  console.log(`>= 0.9 x file size there (runs where it held); min heap = smallest --max-old-space-size (MB, ${RES} MB resolution)`);
  console.log(`that still exits 0; peak RSS and ms at --max-old-space-size=${RSS_HEAP}, no gc() calls (ms: noisy, compare loosely).\n`);
  const rows = [];
  for (const r of partBRows) {
    for (const v of r.versions) {
      rows.push([r.id, v.version, v.heapAtProcessingMB, v.rawLiveAtProcessing, v.heapAtProcessedMB, v.rawLiveAtProcessed, v.minHeapMB, v.peakRssMB, v.ms]);
    }
    rows.push([r.id, 'after/before', r.ratios.heapAtProcessingMB, null, r.ratios.heapAtProcessedMB, null, r.ratios.minHeapMB, r.ratios.peakRssMB, r.ratios.ms]);
  }
  console.log(
    formatTable(
      ['program', 'version', 'heap at processing MB', 'raw live', 'heap at processed MB', 'raw live', 'min heap MB', 'peak RSS MB', 'ms'],
      rows,
    ),
  );
  for (const r of partBRows) console.log(`\n${r.id}: ${r.what}; the rewrite:\n${r.diff.trimEnd()}`);
}

// ---------------------------------------------------------------------------------------------------------------
const wallSeconds = round((performance.now() - t0) / 1000, 1);
console.log(`\nwall time ${wallSeconds} s (${JOBS} job(s) in parallel)`);

const data = {
  benchmark: NAME,
  environment: environment(),
  params: { jobs: JOBS, only: only ? [...only].sort() : null, part: args.part, quick: args.quick, runs: RUNS },
  wallSeconds,
};
if (PART_A) {
  data.partA = {
    method:
      'harness.cjs makes x ({ text: a flat string of xMB }) and a WeakRef in an earlier job, the program takes x and calls probe() once: ' +
      'gc() twice, then WeakRef.deref() !== undefined (checked against heapUsed > 12 + xMB / 2)',
    situations: partARows,
    tiers: TIERS.map((t) => ({ flags: t.flags, id: t.id })),
    xMB: X_MB,
  };
}
if (PART_B && etlPrograms.length > 0) {
  data.partB = {
    after: afterSource,
    params: {
      bisection: { hiMB: HI, loMB: LO, resolutionMB: RES },
      dataBytes,
      etlMB: ETL_MB,
      firstRunGuesses: previousMinHeap.size > 0,
      rawLive: 'large_object_space used >= 0.9 x file bytes at the checkpoint (raw is a one-byte string as long as the file)',
      rssHeapMB: RSS_HEAP,
    },
    programs: partBRows,
  };
}
const file = writeResult(NAME, data, { partial });
console.log(`wrote ${file}`);
