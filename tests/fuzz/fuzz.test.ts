// Issue 8, fuzzing: random, mutated and pattern-dense programs through every rule (fixes, then each suggestion on
// its own, under espree and typescript-eslint) and every codemod (safe and --unsafe). Nothing may throw and every
// output must parse. CI runs a fixed seed; `npm run fuzz -- --seed N --minutes M` runs longer.
import { checkProgram } from './harness.ts';
import { generateProgram, runCampaign, summary } from './campaign.ts';

/** Sized for about 60-90 s on the 2-core CI machine. */
const SEED = 20260801;
const COUNT = 500;

describe('fuzz', () => {
  it(`seed ${SEED}, ${COUNT} programs: no crash, every output parses`, { timeout: 600_000 }, () => {
    const stats = runCampaign({ seed: SEED, count: COUNT });
    console.log(summary(stats));
    const shown = stats.failures.slice(0, 5).map((f) => `#${f.program.index} (${f.program.source} ${f.program.filename}) ${f.kind} ${f.where} ${f.culprit}: ${f.message}\n${f.program.text}`);
    expect(shown).toEqual([]);
    // The point is to exercise the fix paths, not just the parsers: a template change that lost them shows here.
    const parsed = stats.parsed.template + stats.parsed.mutant + stats.parsed.eslump;
    expect(parsed).toBeGreaterThan(COUNT * 0.8);
    expect(stats.parsed.eslump).toBeGreaterThan(0);
    expect(stats.fixes).toBeGreaterThan(COUNT / 2);
    expect(stats.suggestions).toBeGreaterThan(COUNT);
    expect(stats.rewrites).toBeGreaterThan(COUNT);
    for (const rule of ['no-accumulating-spread', 'no-allocation-in-loop', 'no-intermediate-arrays', 'no-large-spread-arguments', 'no-retained-intermediate', 'no-retained-view', 'prefer-float32', 'prefer-in-place', 'prefer-streaming-read', 'prefer-transfer', 'prefer-typed-array']) {
      expect(stats.byRule[`memory/${rule}`] ?? 0, rule).toBeGreaterThan(0);
    }
  });

  it('regenerates the same program from the same seed and index', () => {
    for (const index of [0, 1, 2, 3, 17, 99]) expect(generateProgram(SEED, index)).toEqual(generateProgram(SEED, index));
  });

  // Programs the fuzzer found failing, minimised. Each ran through the oracle again (dist/: `npm test` builds first).
  describe('regressions', () => {
    it.each([
      // seed 7, index 2505: prefer-transfer (analysis/transfer.ts sourceOf) followed `const n` into its own
      // initialiser forever: "Maximum call stack size exceeded" from the rule and from every codemod run.
      ['self-referential typed array', "import { Worker } from 'node:worker_threads';\nconst n = new Float32Array(n);\nnew Worker('./w.js', { workerData: n });\n"],
      ['two typed arrays made from each other', "import { Worker } from 'node:worker_threads';\nconst a = new Float32Array(b);\nconst b = new Float32Array(a);\nnew Worker('./w.js', { workerData: a });\n"],
    ])('%s', (_name, text) => {
      expect(checkProgram(text, 'regression.js').failures).toEqual([]);
    });
  });

  it('catches what it is meant to catch', () => {
    // The oracle itself: a file no parser accepts is skipped, not reported.
    expect(checkProgram('let = ;', 'broken.js')).toMatchObject({ parsers: [], failures: [] });
    const { parsers, counts, failures } = checkProgram('let xs = Array.from(s);\nxs = xs.map((x) => x * 2);\nuse(xs);\n', 'fix.js');
    expect(parsers).toEqual(['espree', 'typescript-eslint']);
    expect(failures).toEqual([]);
    expect(counts.fixes).toBeGreaterThan(0);
    expect(counts.rewrites).toBeGreaterThan(0);
  });
});
