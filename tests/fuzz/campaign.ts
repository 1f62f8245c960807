// A fuzz run: for a seed, a reproducible list of programs (templates, mutated fixtures, eslump's random programs),
// each through the oracle in harness.ts. Shared by the CI test (fixed seed, fixed count) and scripts/fuzz.js.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

import { assertNoRedeclaration, parse } from '../../codemods/parse.ts';
import { checkProgram, parseError, parsersFor, type Failure } from './harness.ts';
import { mutate } from './mutate.ts';
import { createRandom, programSeed, type Random } from './random.ts';
import { templateProgram } from './templates.ts';

const { generateRandomJS } = createRequire(import.meta.url)('eslump') as {
  generateRandomJS: (options: { sourceType: 'module' | 'script'; maxDepth: number; comments: boolean; whitespace: boolean }) => string;
};

const ROOT = join(import.meta.dirname, '..', '..');

export type Source = 'template' | 'mutant' | 'eslump';

export interface Program {
  index: number;
  /** The program's own seed (from the run's seed and the index): enough to generate it again. */
  seed: number;
  source: Source;
  filename: string;
  text: string;
  /** For a mutant, the file it came from. */
  origin?: string;
  /** Generated texts the parser rejected before this one (eslump's are not retried: the program is then undefined). */
  rejected: number;
}

export interface FoundFailure extends Failure {
  program: Program;
}

export interface Stats {
  seed: number;
  generated: number;
  /** Generated texts the parsers rejected (skipped, or drawn again). */
  rejected: Record<Source, number>;
  /** Programs that parsed and went through the oracle, by source. */
  parsed: Record<Source, number>;
  linted: number;
  fixes: number;
  suggestions: number;
  rewrites: number;
  byRule: Record<string, number>;
  failures: FoundFailure[];
  milliseconds: number;
}

let seedFiles: { path: string; text: string }[] | undefined;
/** The codemod fixtures and the example programs, in a fixed order. */
function seedCorpus(): { path: string; text: string }[] {
  if (seedFiles) return seedFiles;
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name)) found.push(path);
    }
  };
  walk(join(ROOT, 'tests', 'codemods', '__testfixtures__'));
  for (const name of readdirSync(join(ROOT, 'examples')).sort()) if (/\.m?js$/.test(name)) found.push(join(ROOT, 'examples', name));
  seedFiles = found.map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
  return seedFiles;
}

/**
 * The program is valid input: its parser takes it, and no binding is declared twice in one scope (an early error that
 * typescript-eslint does not report, so a mutant of a \`.ts\` fixture with a doubled \`const\` line would otherwise pass;
 * the codemods refuse such a file, naming it).
 */
const parses = (text: string, filename: string): boolean => {
  if (parseError(text, filename, parsersFor(filename)[0]!) !== undefined) return false;
  try {
    assertNoRedeclaration(parse(text, filename), filename, '');
    return true;
  } catch {
    return false;
  }
};

/** eslump draws from Math.random: swap in the seeded generator for the length of one call. */
function eslumpProgram(r: Random): string {
  const saved = Math.random;
  Math.random = r.next;
  try {
    return generateRandomJS({ sourceType: 'module', maxDepth: 3 + r.int(5), comments: r.chance(0.5), whitespace: r.chance(0.3) });
  } finally {
    Math.random = saved;
  }
}

/** Program `index` of the run with seed `seed`, or undefined when eslump's program does not parse. */
export function generateProgram(seed: number, index: number): Program | undefined {
  const own = programSeed(seed, index);
  const r = createRandom(own);
  const roll = r.next();
  let rejected = 0;
  if (roll < 0.2) {
    const text = eslumpProgram(r);
    // Plain JavaScript is the target; a quarter also run as TypeScript, when TypeScript's parser reads them.
    const filename = r.chance(0.25) && parses(text, 'random.ts') ? 'random.ts' : 'random.js';
    if (!parses(text, filename)) return undefined;
    return { index, seed: own, source: 'eslump', filename, text, rejected };
  }
  if (roll < 0.55) {
    const corpus = seedCorpus();
    // Mostly real files; sometimes a template program, whose patterns then meet the mutations too.
    const typescript = r.chance(0.2);
    const origin = r.chance(0.25) ? { path: typescript ? 'template.ts' : 'template.js', text: templateProgram(r, typescript) } : r.pick(corpus);
    const donor = r.chance(0.5) ? r.pick(corpus).text : templateProgram(r);
    const filename = `mutant${/\.[^.]+$/.exec(origin.path)![0]}`;
    for (let attempt = 0; attempt < 20; attempt++) {
      const text = mutate(origin.text, r, donor);
      if (parses(text, filename)) return { index, seed: own, source: 'mutant', filename, text, origin: origin.path, rejected };
      rejected++;
    }
    return { index, seed: own, source: 'mutant', filename, text: origin.text, origin: origin.path, rejected };
  }
  const filename = r.chance(0.2) ? 'template.ts' : 'template.js';
  for (let attempt = 0; ; attempt++) {
    const text = templateProgram(r, filename === 'template.ts');
    if (parses(text, filename) || attempt >= 10) return { index, seed: own, source: 'template', filename, text, rejected };
    rejected++;
  }
}

export interface CampaignOptions {
  seed: number;
  /** Stop after this many programs... */
  count?: number;
  /** ...or after this many minutes, whichever comes first. */
  minutes?: number;
  /** Called after each program (progress, and writing failures as they come). */
  onProgram?: (program: Program | undefined, failures: readonly FoundFailure[], stats: Stats) => void;
}

/** Runs programs 0, 1, 2, ... of the seed through the oracle. Never throws for a program: failures are collected. */
export function runCampaign(options: CampaignOptions): Stats {
  const started = performance.now();
  const deadline = options.minutes === undefined ? Number.POSITIVE_INFINITY : started + options.minutes * 60_000;
  const count = options.count ?? Number.POSITIVE_INFINITY;
  const zero = (): Record<Source, number> => ({ template: 0, mutant: 0, eslump: 0 });
  const stats: Stats = { seed: options.seed, generated: 0, rejected: zero(), parsed: zero(), linted: 0, fixes: 0, suggestions: 0, rewrites: 0, byRule: {}, failures: [], milliseconds: 0 };
  for (let index = 0; index < count && performance.now() < deadline; index++) {
    const program = generateProgram(options.seed, index);
    stats.generated++;
    const found: FoundFailure[] = [];
    if (!program) {
      stats.rejected.eslump++;
    } else {
      stats.rejected[program.source] += program.rejected;
      const result = checkProgram(program.text, program.filename);
      if (result.parsers.length === 0) {
        stats.rejected[program.source]++;
      } else {
        stats.parsed[program.source]++;
        stats.linted += result.counts.linted;
        stats.fixes += result.counts.fixes;
        stats.suggestions += result.counts.suggestions;
        stats.rewrites += result.counts.rewrites;
        for (const [rule, n] of Object.entries(result.counts.byRule)) stats.byRule[rule] = (stats.byRule[rule] ?? 0) + n;
        for (const failure of result.failures) found.push({ ...failure, program });
        for (const failure of found) stats.failures.push(failure);
      }
    }
    stats.milliseconds = performance.now() - started;
    options.onProgram?.(program, found, stats);
  }
  stats.milliseconds = performance.now() - started;
  return stats;
}

/** One line per count, for the CI log and the script. */
export function summary(stats: Stats): string {
  const total = (record: Record<Source, number>): number => record.template + record.mutant + record.eslump;
  const bySource = (record: Record<Source, number>): string => `template ${record.template}, mutant ${record.mutant}, eslump ${record.eslump}`;
  return [
    `seed ${stats.seed}: ${stats.generated} programs generated in ${(stats.milliseconds / 1000).toFixed(1)} s`,
    `parsed and checked: ${total(stats.parsed)} (${bySource(stats.parsed)})`,
    `rejected by the parser: ${total(stats.rejected)} (${bySource(stats.rejected)})`,
    `lint runs ${stats.linted}, fixes applied ${stats.fixes}, suggestions applied ${stats.suggestions}, codemod rewrites ${stats.rewrites}`,
    `reports by rule: ${Object.entries(stats.byRule).sort().map(([rule, n]) => `${rule.replace('memory/', '')} ${n}`).join(', ')}`,
    `failures: ${stats.failures.length}`,
  ].join('\n');
}
