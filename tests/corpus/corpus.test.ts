// The real-code run (issue 8): scripts/corpus.js lints pinned real packages (typescript.js, three.js, eslint,
// ml-spectra-processing, 30-seconds-of-code) with the `all` config and runs every codemod on a temp copy; this file
// runs it once in a child process with a 6 GB heap (typescript.js needs it) and checks its result. It takes about
// six minutes, so it is not part of `vitest run`: `npm run test:corpus` runs it (CI does, with a time budget).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, '.tmp', 'corpus-result.json');
const UPDATE = 'node --max-old-space-size=6144 scripts/corpus.js --update --skip-codemods';

interface Counts {
  files: number;
  lines: number;
  nonBlankLines: number;
  warnings: number;
  rules: Record<string, number>;
}
interface Run {
  status: number | null;
  signal: string | null;
  stderr: string;
  seconds: number;
  summary?: { files: Record<string, number>; sites: { rewritten: number; skipped: number }; byCodemod: { codemod: string; rewritten: number; skipped: number }[] };
  byPackage: Record<string, { rewritten: number; skipped: number }>;
  failedFiles: { file: string; error: string }[];
  unexpectedFailures: { file: string; error: string }[];
}
interface CodemodRun {
  name: string;
  first: Run;
  second: Run;
  changedFiles: number;
  reparseFailures: { file: string; line?: number; message: string }[];
  changedBySecondRun: string[];
  typecheckBefore: { errors: number; lines: string[] };
  typecheckAfter: { errors: number; lines: string[] };
}
interface Result {
  seconds: number;
  lint: {
    counts: Record<string, Counts>;
    crashes: { file: string; message: string }[];
    unexpectedFatal: { file: string; line: number; column: number; message: string }[];
    seconds: number;
  };
  codemods: CodemodRun[];
}

let result: Result;

beforeAll(async () => {
  mkdirSync(dirname(out), { recursive: true });
  // Asynchronous, so that the worker stays responsive for the ~6 minutes the script takes; its log goes to stderr.
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=6144', join(root, 'scripts', 'corpus.js'), '--json', out], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (status) => resolve(status));
  });
  result = JSON.parse(readFileSync(out, 'utf8')) as Result;
  // The numbers, for the log: files and lines per package, codemod sites, times.
  const lines = [`corpus: ${result.seconds.toFixed(0)} s in all (script exit ${String(code)}); lint ${result.lint.seconds.toFixed(0)} s`];
  for (const [name, c] of Object.entries(result.lint.counts)) lines.push(`  ${name}: ${c.files} files, ${c.lines} lines, ${c.warnings} warnings`);
  for (const run of result.codemods) {
    const sites = run.first.summary?.sites;
    lines.push(`  codemods ${run.name}: ${sites?.rewritten} rewritten, ${sites?.skipped} skipped in ${run.changedFiles} files, ${run.first.seconds.toFixed(0)} s + ${run.second.seconds.toFixed(0)} s; tsc errors ${run.typecheckBefore.errors} -> ${run.typecheckAfter.errors}`);
  }
  console.log(lines.join('\n'));
}, 900_000);

describe('lint with the `all` config', () => {
  it('no rule crashes', () => {
    expect(result.lint.crashes).toEqual([]);
  });

  it('no fatal message except in the files listed in UNPARSABLE (scripts/corpus.js)', () => {
    expect(result.lint.unexpectedFatal).toEqual([]);
  });

  it('per-rule counts equal tests/corpus/expected-counts.json', () => {
    const expected = JSON.parse(readFileSync(join(root, 'tests', 'corpus', 'expected-counts.json'), 'utf8')) as Record<string, Counts>;
    expect(
      result.lint.counts,
      `the corpus counts changed: if that is intended, run \`${UPDATE}\` and explain every changed count in the commit message`,
    ).toEqual(expected);
  });
});

describe.each(['safe', 'unsafe'])('codemods `all` (%s)', (name) => {
  const run = (): CodemodRun => {
    const found = result.codemods.find((r) => r.name === name);
    if (!found) throw new Error(`scripts/corpus.js did not run the ${name} codemod pass`);
    return found;
  };

  it('exits 0, or 1 with failures only on the files listed in UNPARSABLE', () => {
    const { first } = run();
    expect(first.unexpectedFailures).toEqual([]);
    expect(first.signal).toBeNull();
    expect([0, 1], first.stderr).toContain(first.status);
    if (first.status === 1) expect(first.failedFiles.length).toBeGreaterThan(0);
  });

  it('every rewritten file parses again', () => {
    expect(run().reparseFailures).toEqual([]);
  });

  it('a second run rewrites nothing and leaves every file byte for byte', () => {
    const { second, changedBySecondRun } = run();
    expect(second.unexpectedFailures).toEqual([]);
    expect(second.summary?.sites.rewritten).toBe(0);
    expect(changedBySecondRun).toEqual([]);
  });

  it('ml-spectra-processing type-checks no worse than before', () => {
    const { typecheckBefore, typecheckAfter } = run();
    expect(typecheckAfter.errors, typecheckAfter.lines.join('\n')).toBeLessThanOrEqual(typecheckBefore.errors);
  });
});
