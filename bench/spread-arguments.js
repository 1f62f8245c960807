#!/usr/bin/env node
// Spreading an array into a call (`a.push(...big)`, `Math.max(...big)`, `f.apply(null, big)`, ...) puts every element
// on the machine stack as an argument: past some element count the call throws
// `RangeError: Maximum call stack size exceeded`. This script finds that count for each form, and shows that the loop
// replacements do not throw at 10M elements.
//
// Thresholds: one FRESH child process per form and run (`node -e <code>`, default --stack-size). The child finds the
// largest element count that still works by bisection to one element: it gallops from 1,024 by doubling until the call
// throws (up to --cap elements), then bisects between the last count that worked and the first that threw, each probe
// on a fresh array of that length. A probe counts as "throws" only for that exact RangeError; any other error stops
// the benchmark. It does this three times in the same process: from a shallow stack (main -> search -> probe), and
// with every probe called 5,000 frames down a small recursive JS function, once with that function kept out of
// TurboFan (`%NeverOptimizeFunction`: interpreter / Sparkplug frames, the layout of cold code) and once with it
// optimized (`%OptimizeFunctionOnNextCall`, checked with `%GetOptimizationStatus` after the search). The frame size
// depends on the tier, so without pinning it the deep threshold moved between runs (a first version, letting V8 tier
// up on its own, gave 65,536 or 80,200 for the same form). Hence `--allow-natives-syntax` in the children; it changes
// nothing else (default --stack-size). At the end of each search the child re-probes the two bracket ends (`stable`:
// the last good count still works and the first bad one still throws). `--runs` children per form; the table shows
// the median, and the range when runs differ.
// Replacements: one child per replacement and run, on 10M elements, from a shallow stack and 5,000 interpreted frames
// deep; reports whether it threw and the time (median).
//
//   node bench/spread-arguments.js            # 3 runs (about 25 s)
//   node bench/spread-arguments.js --quick    # 1 run, replacements on 1M elements (a few seconds), writes bench/.tmp/
//   node bench/spread-arguments.js --depth 10000 --runs 5
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

import { childEnv, environment, formatTable, median, round, writeResult } from './lib/common.js';

const NAME = 'spread-arguments';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    depth: { type: 'string', default: '5000' },
    cap: { type: 'string', default: '10000000' },
    'loop-n': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(`usage: node bench/${NAME}.js [--quick] [--runs R] [--depth D] [--cap N] [--loop-n N]
  --runs    children per form, medians reported (default 3; --quick: 1)
  --depth   frames of recursion for the "deep" thresholds and replacements (default 5000)
  --cap     largest element count tried when galloping (default 10000000)
  --loop-n  element count for the loop replacements (default 10000000; --quick: 1000000)`);
  process.exit(0);
}

const int = (s, name) => {
  const v = Number(s);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer, got ${s}`);
  return v;
};
const RUNS = args.runs ? int(args.runs, 'runs') : args.quick ? 1 : 3;
const DEPTH = int(args.depth, 'depth');
const CAP = int(args.cap, 'cap');
const LOOP_N = args['loop-n'] ? int(args['loop-n'], 'loop-n') : args.quick ? 1_000_000 : 10_000_000;

// `data`: nums = [0, 1, 2, ...] (small integers), codes = char codes 97 + i % 26 ('a'..'z').
const FORMS = [
  { id: 'push-spread', code: 'a.push(...big)', data: 'nums', fn: '(big) => { const a = []; a.push(...big); return a.length; }' },
  {
    id: 'unshift-spread',
    code: 'a.unshift(...big)',
    data: 'nums',
    fn: '(big) => { const a = []; a.unshift(...big); return a.length; }',
  },
  { id: 'max-spread', code: 'Math.max(...big)', data: 'nums', fn: '(big) => Math.max(...big)' },
  { id: 'min-spread', code: 'Math.min(...big)', data: 'nums', fn: '(big) => Math.min(...big)' },
  { id: 'max-apply', code: 'Math.max.apply(null, big)', data: 'nums', fn: '(big) => Math.max.apply(null, big)' },
  {
    id: 'fromCharCode-spread',
    code: 'String.fromCharCode(...codes)',
    data: 'codes',
    fn: '(codes) => String.fromCharCode(...codes).length',
  },
  {
    id: 'fromCharCode-apply',
    code: 'String.fromCharCode.apply(null, codes)',
    data: 'codes',
    fn: '(codes) => String.fromCharCode.apply(null, codes).length',
  },
  {
    id: 'fromCodePoint-spread',
    code: 'String.fromCodePoint(...codes)',
    data: 'codes',
    fn: '(codes) => String.fromCodePoint(...codes).length',
  },
  {
    id: 'rest-param',
    code: 'f(...big), function f(...args)',
    data: 'nums',
    fn: '(big) => restParam(...big)',
  },
];

// `run` computes `check` from `big`; the parent verifies it.
const REPLACEMENTS = [
  {
    id: 'push-loop',
    code: 'for (const v of big) a.push(v)',
    data: 'nums',
    run: 'const a = []; for (const v of big) a.push(v); return a.length;',
    expect: (n) => n,
  },
  {
    id: 'max-loop',
    code: 'let m = -Infinity; for (const v of big) if (v > m) m = v',
    data: 'nums',
    run: 'let m = -Infinity; for (const v of big) if (v > m) m = v; return m;',
    expect: (n) => n - 1,
  },
  {
    id: 'fromCharCode-chunks',
    code: 's += String.fromCharCode(...codes.slice(i, i + 8192))',
    data: 'codes',
    run: "let s = ''; for (let i = 0; i < big.length; i += 8192) s += String.fromCharCode(...big.slice(i, i + 8192)); return s.length;",
    expect: (n) => n,
  },
];

const DATA = { nums: 'i', codes: '97 + (i % 26)' };
const STACK_OVERFLOW = 'e instanceof RangeError && e.message === "Maximum call stack size exceeded"';

const childPrelude = (data) => `'use strict';
const DEPTH = ${DEPTH};
const makeData = (k) => { const big = new Array(k); for (let i = 0; i < k; i++) big[i] = ${DATA[data]}; return big; };
function restParam(...args) { return args.length; }
// Call fn() DEPTH frames down a small recursive function (not a tail call: the result is used after the call):
// atDepth never gets optimized (interpreter / Sparkplug frames), atDepthOpt is TurboFan-compiled up front.
function atDepth(d, fn) { if (d === 0) return fn(); const r = atDepth(d - 1, fn); return r; }
%NeverOptimizeFunction(atDepth);
function atDepthOpt(d, fn) { if (d === 0) return fn(); const r = atDepthOpt(d - 1, fn); return r; }
%PrepareFunctionForOptimization(atDepthOpt);
atDepthOpt(2, () => 0);
atDepthOpt(2, () => 0);
%OptimizeFunctionOnNextCall(atDepthOpt);
atDepthOpt(2, () => 0);
const isOptimized = (f) => (%GetOptimizationStatus(f) & (1 << 4)) !== 0;
`;

function thresholdProgram(form) {
  return `${childPrelude(form.data)}
const CAP = ${CAP};
const fn = ${form.fn};
function probe(k, where) {
  const big = makeData(k);
  const call = () => {
    try { fn(big); return true; }
    catch (e) { if (${STACK_OVERFLOW}) return false; throw e; }
  };
  return where === 'shallow' ? call() : where === 'deep' ? atDepth(DEPTH, call) : atDepthOpt(DEPTH, call);
}
function search(where) {
  let probes = 0;
  const ok = (k) => { probes++; return probe(k, where); };
  let lo = 0; // largest count known to work
  let hi = null; // smallest count known to throw
  for (let k = 1024; k <= CAP; k *= 2) { if (ok(k)) lo = k; else { hi = k; break; } }
  if (hi === null) { if (ok(CAP)) return { maxOk: CAP, firstThrow: null, probes, stable: true }; hi = CAP; }
  while (hi - lo > 1) { const mid = lo + Math.floor((hi - lo) / 2); if (ok(mid)) lo = mid; else hi = mid; }
  const stable = (lo === 0 || ok(lo)) && !ok(hi);
  return { maxOk: lo, firstThrow: hi, probes, stable };
}
const shallow = search('shallow');
const deep = search('deep');
const deepOpt = search('deepOpt');
if (isOptimized(atDepth)) deep.stable = false;
if (!isOptimized(atDepthOpt)) deepOpt.stable = false;
process.stdout.write(JSON.stringify({ shallow, deep, deepOpt }) + '\\n');
`;
}

function replacementProgram(r) {
  return `${childPrelude(r.data)}
const big = makeData(${LOOP_N});
function run() {
  const t0 = performance.now();
  try {
    const check = (() => { ${r.run} })();
    return { ok: true, check, ms: performance.now() - t0 };
  } catch (e) {
    if (${STACK_OVERFLOW}) return { ok: false, error: e.message };
    throw e;
  }
}
const shallow = run();
const deep = atDepth(DEPTH, run);
process.stdout.write(JSON.stringify({ shallow, deep }) + '\\n');
`;
}

function runChild(code, what) {
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', code], {
    encoding: 'utf8',
    env: childEnv(),
  });
  if (child.status !== 0) throw new Error(`${what}: child failed (status ${child.status}): ${child.stderr.slice(0, 2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

const fmt = (x) => (x == null ? null : x.toLocaleString('en-US'));
/** [smallest, largest] of a list of numbers. */
const extent = (values) => [
  values.reduce((m, v) => Math.min(m, v), Infinity),
  values.reduce((m, v) => Math.max(m, v), -Infinity),
];
/** Median, with the range when the runs differ: "125,000 (124,990-125,010)". */
function summary(values) {
  const m = median(values);
  const [lo, hi] = extent(values);
  return lo === hi ? fmt(m) : `${fmt(m)} (${fmt(lo)}-${fmt(hi)})`;
}

const t0 = performance.now();
console.error(`${NAME}: ${FORMS.length} forms x ${RUNS} run(s), depth ${DEPTH}, node ${process.version}`);
const forms = [];
for (const form of FORMS) {
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const out = runChild(thresholdProgram(form), form.id);
    runs.push(out);
    console.error(
      `${form.id.padEnd(21)} run ${run}: first throw shallow ${fmt(out.shallow.firstThrow)}, ` +
        `deep ${fmt(out.deep.firstThrow)}, deep optimized ${fmt(out.deepOpt.firstThrow)}` +
        `${out.shallow.stable && out.deep.stable && out.deepOpt.stable ? '' : ' (UNSTABLE)'}, ` +
        `elapsed ${round((performance.now() - t0) / 1000, 0)} s`,
    );
  }
  const side = (key) => {
    const first = runs.map((r) => r[key].firstThrow);
    return {
      firstThrow: first.includes(null) ? null : median(first),
      firstThrowRange: first.includes(null) ? null : extent(first),
      label: first.includes(null) ? `> ${fmt(CAP)}` : summary(first),
      stable: runs.every((r) => r[key].stable),
    };
  };
  forms.push({ code: form.code, deep: side('deep'), deepOpt: side('deepOpt'), id: form.id, runs, shallow: side('shallow') });
}

const replacements = [];
for (const r of REPLACEMENTS) {
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const out = runChild(replacementProgram(r), r.id);
    for (const side of ['shallow', 'deep']) {
      if (out[side].ok && out[side].check !== r.expect(LOOP_N)) throw new Error(`${r.id}: wrong result ${out[side].check}`);
    }
    runs.push(out);
    console.error(
      `${r.id.padEnd(21)} run ${run}: shallow ${out.shallow.ok ? `ok ${round(out.shallow.ms, 0)} ms` : 'THREW'}, ` +
        `deep ${out.deep.ok ? `ok ${round(out.deep.ms, 0)} ms` : 'THREW'}`,
    );
  }
  const side = (key) => ({
    ms: runs.every((x) => x[key].ok) ? round(median(runs.map((x) => x[key].ms)), 0) : null,
    threw: runs.filter((x) => !x[key].ok).length,
  });
  replacements.push({ code: r.code, id: r.id, n: LOOP_N, shallow: side('shallow'), deep: side('deep') });
}
const wallSeconds = round((performance.now() - t0) / 1000, 1);

console.log(`\nArgument spread limits, node ${process.version} (V8 ${process.versions.v8}, default --stack-size)`);
console.log(`first element count that throws RangeError: Maximum call stack size exceeded; median of ${RUNS} fresh`);
console.log(`process(es) per form (range shown when runs differ); deep = called ${fmt(DEPTH)} frames down a recursive`);
console.log(`function kept in the interpreter (interp.) or compiled by TurboFan (opt.); B/frame = the stack one of those`);
console.log(`frames takes, from the drop in elements (8 bytes per argument) / ${fmt(DEPTH)}.\n`);
console.log(
  formatTable(
    ['form', 'code', 'throws from: shallow', `${fmt(DEPTH)} deep, interp.`, 'B/frame', `${fmt(DEPTH)} deep, opt.`, 'B/frame', 'stable'],
    forms.map((f) => {
      const perFrame = (d) =>
        f.shallow.firstThrow && d.firstThrow ? round(((f.shallow.firstThrow - d.firstThrow) * 8) / DEPTH, 1) : null;
      return [
        f.id,
        f.code,
        f.shallow.label,
        f.deep.label,
        perFrame(f.deep),
        f.deepOpt.label,
        perFrame(f.deepOpt),
        f.shallow.stable && f.deep.stable && f.deepOpt.stable ? 'yes' : 'NO',
      ];
    }),
  ),
);
console.log(`\nLoop replacements on ${fmt(LOOP_N)} elements (median ms of ${RUNS} run(s); "threw" counts runs that threw):\n`);
console.log(
  formatTable(
    ['replacement', 'code', 'shallow', 'ms', `${fmt(DEPTH)} deep, interp.`, 'ms'],
    replacements.map((r) => [
      r.id,
      r.code,
      r.shallow.threw ? `threw ${r.shallow.threw}/${RUNS}` : 'ok',
      r.shallow.ms,
      r.deep.threw ? `threw ${r.deep.threw}/${RUNS}` : 'ok',
      r.deep.ms,
    ]),
  ),
);
console.log(`\nwall time ${wallSeconds} s`);

const data = {
  benchmark: NAME,
  environment: environment(),
  forms,
  params: {
    capElements: CAP,
    childFlags: '--allow-natives-syntax (to pin the tier of the deep frames)',
    depthFrames: DEPTH,
    loopN: LOOP_N,
    quick: args.quick,
    runs: RUNS,
    stackSizeKB: 'V8 default (984)',
  },
  replacements,
  wallSeconds,
};
const file = writeResult(NAME, data, { partial: args.quick });
console.log(`wrote ${file}`);
