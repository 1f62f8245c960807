#!/usr/bin/env node
// The long fuzz run (issue 8): the same programs and oracle as tests/fuzz/fuzz.test.ts, for longer.
//   npm run fuzz -- [--seed N] [--count N] [--minutes M] [--out DIR]
//   npm run fuzz -- --replay DIR/<seed>-<index>.js     re-checks one saved failing program
// Each failing program is written to DIR (default .tmp/fuzz) as <seed>-<index>.<ext>, with a .json beside it naming
// the seed, index and failures; `--seed S --count I+1` regenerates it too. Exit code 1 when anything failed.
// The harness is TypeScript: Vite's module runner (vitest's own) loads it, so no build of the tests is needed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run fuzz -- [--seed N] [--count N] [--minutes M] [--out DIR] | --replay FILE';
let values;
try {
  ({ values } = parseArgs({
    options: {
      seed: { type: 'string' },
      count: { type: 'string' },
      minutes: { type: 'string' },
      out: { type: 'string', default: join(root, '.tmp', 'fuzz') },
      replay: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`fuzz: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(`${USAGE}
  --seed N     the campaign's seed (default: random, printed)
  --count N    programs to generate (default: run for --minutes)
  --minutes M  time budget (default 10 when --count is not given)
  --out DIR    where failing programs are saved (default .tmp/fuzz)
  --replay F   re-check one saved failing program`);
  process.exit(0);
}
const load = async (file) => (await runnerImport(join(root, 'tests', 'fuzz', file), { configFile: false, logLevel: 'silent' })).module;

if (values.replay) process.exit(await replay(values.replay));

const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const count = values.count === undefined ? undefined : Number(values.count);
const minutes = values.minutes === undefined ? (count === undefined ? 10 : undefined) : Number(values.minutes);
if (!Number.isInteger(seed) || (count !== undefined && !(count > 0)) || (minutes !== undefined && !(minutes > 0))) {
  console.error(USAGE);
  process.exit(2);
}
const { runCampaign, summary } = await load('campaign.ts');
console.log(`fuzz: seed ${seed}, ${count === undefined ? '' : `${count} programs`}${count !== undefined && minutes !== undefined ? ' or ' : ''}${minutes === undefined ? '' : `${minutes} min`}`);
let lastReport = Date.now();
const stats = runCampaign({
  seed,
  count,
  minutes,
  onProgram: (program, failures, stats) => {
    if (program && failures.length > 0) {
      mkdirSync(values.out, { recursive: true });
      const stem = join(values.out, `${seed}-${program.index}`);
      const file = `${stem}${/\.[^.]+$/.exec(program.filename)[0]}`;
      writeFileSync(file, program.text);
      writeFileSync(`${stem}.json`, `${JSON.stringify({ seed, index: program.index, programSeed: program.seed, source: program.source, origin: program.origin, filename: program.filename, failures }, null, 2)}\n`);
      for (const failure of failures) console.log(`FAIL seed ${seed} index ${program.index} (${program.source}): ${failure.kind} [${failure.where}] ${failure.culprit}: ${failure.message.split('\n')[0]}\n  saved: ${file}`);
    }
    if (Date.now() - lastReport > 30_000) {
      lastReport = Date.now();
      console.log(`  ${stats.generated} programs, ${(stats.milliseconds / 1000).toFixed(0)} s, fixes ${stats.fixes}, suggestions ${stats.suggestions}, rewrites ${stats.rewrites}, failures ${stats.failures.length}`);
    }
  },
});
console.log(summary(stats));
if (stats.failures.length > 0) console.log(`failing programs saved in ${values.out}; replay one with: npm run fuzz -- --replay <file>`);
process.exit(stats.failures.length > 0 ? 1 : 0);

/** Runs the oracle over one saved program and prints what it found; the exit code. */
async function replay(file) {
  const { checkProgram } = await load('harness.ts');
  const result = checkProgram(readFileSync(file, 'utf8'), `replay${/\.[^.]+$/.exec(basename(file))?.[0] ?? '.js'}`);
  console.log(JSON.stringify(result, null, 2));
  return result.failures.length > 0 ? 1 : 0;
}
