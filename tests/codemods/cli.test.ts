// End to end: the built `memory-codemod` CLI (dist/, built by `npm test`'s pretest) on real temp directories: what
// it prints, writes and exits with. Safety (dirty trees, symlinks, kills) is in cli-safety.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ESLint } from 'eslint';

import {
  BROKEN,
  cleanUp,
  cli,
  cliEnv,
  commitAll,
  FIXABLE,
  FIXED,
  makeTree,
  PARAMETER,
  PARAMETER_REASON,
  PLAIN,
  readTree,
  root,
  runCli,
  SPREAD,
  SPREAD_FIXED,
  TWO_SITES,
  TWO_SITES_BOTH,
  TWO_SITES_FIRST,
} from './cli-harness.ts';

// Each run starts a Node process that loads the parsers (about 2 s of CPU): on a loaded 2-core machine a test of
// several runs can take tens of seconds.
vi.setConfig({ testTimeout: 120_000 });

const reportSchema = JSON.parse(readFileSync(join(root, 'docs', 'codemods', 'report.schema.json'), 'utf8')) as object;
const validateReport = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(reportSchema);
const sarifSchema = JSON.parse(readFileSync(join(root, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
const sarifAjv = new AjvDraft04.default({ strict: false, unicodeRegExp: false, allErrors: true });
addFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(sarifSchema);

const LATIN1 = Buffer.concat([Buffer.from('let xs = [1, 2];\n// caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
const LATIN1_ERROR = 'src/latin1.js:1:1: the file is not valid UTF-8 (or contains U+FFFD); left unchanged';
const BROKEN_ERROR = 'src/bad.js:1:6: Expression expected.';

/** The mixed tree most tests start from: rewritten, skipped, unchanged, broken, not UTF-8, and a dependency. */
function mixedTree(): string {
  return makeTree({
    'src/a.js': FIXABLE,
    'src/b.ts': PARAMETER,
    'src/bad.js': BROKEN,
    'src/c.js': PLAIN,
    'src/latin1.js': LATIN1,
    'src/s.js': SPREAD,
    'node_modules/dep/a.js': FIXABLE,
  });
}

const DIFF_A = [
  'diff --memory-codemod a/src/a.js b/src/a.js',
  '--- a/src/a.js',
  '+++ b/src/a.js',
  '@@ -1,5 +1,8 @@',
  ' export function f(n) {',
  '   let xs = Array.from({ length: n }, (_, i) => i);',
  '-  xs = xs.map((x) => x * 2);',
  '+  for (let i = 0; i < xs.length; i++) {',
  '+    const x = xs[i];',
  '+    xs[i] = x * 2;',
  '+  }',
  '   return xs;',
  ' }',
];
const DIFF_S = [
  'diff --memory-codemod a/src/s.js b/src/s.js',
  '--- a/src/s.js',
  '+++ b/src/s.js',
  '@@ -1,6 +1,14 @@',
  ' export function ids(rows) {',
  '-  return rows.reduce((acc, r) => [...acc, r.id], []);',
  '+  return rows.reduce((acc, r) => {',
  '+    acc.push(r.id);',
  '+    return acc;',
  '+  }, []);',
  ' }',
  ' export function top(values) {',
  '-  return Math.max(...values);',
  '+  let max = -Infinity;',
  '+  for (const value of values) {',
  '+    const n = +value;',
  '+    if (n > max || n !== n || (n === 0 && max === 0 && 1 / max < 0)) max = n;',
  '+  }',
  '+  return max;',
  ' }',
];

/** The summary of `all src` over the mixed tree. */
function mixedSummary(dry: boolean): string[] {
  return [
    `memory-codemod all: 6 file(s) scanned, 2 ${dry ? 'would change' : 'changed'}, 2 unchanged, 2 failed`,
    dry ? '  codemod              files to change  sites to rewrite  sites skipped' : '  codemod              files changed  sites rewritten  sites skipped',
    dry ? '  rewrite-in-place                   1                 1              1' : '  rewrite-in-place                 1                1              1',
    dry ? '  fix-spread-patterns                1                 2              0' : '  fix-spread-patterns              1                2              0',
    dry ? '  total                              2                 3              1' : '  total                            2                3              1',
    '  skipped, by reason:',
    `    (1) ${PARAMETER_REASON}`,
    '      src/b.ts:2:3 (rewrite-in-place)',
    `  failed: ${BROKEN_ERROR}`,
    `  failed: ${LATIN1_ERROR}`,
  ];
}

const MIXED_SITES = [
  { file: 'src/a.js', line: 3, column: 3, codemod: 'rewrite-in-place', rule: 'prefer-in-place', status: 'rewritten' },
  { file: 'src/b.ts', line: 2, column: 3, codemod: 'rewrite-in-place', rule: 'prefer-in-place', status: 'skipped', reason: PARAMETER_REASON },
  { file: 'src/bad.js', line: 1, column: 6, codemod: 'all', rule: '', status: 'error', reason: BROKEN_ERROR },
  { file: 'src/latin1.js', line: 1, column: 1, codemod: 'all', rule: '', status: 'error', reason: LATIN1_ERROR },
  { file: 'src/s.js', line: 2, column: 34, codemod: 'fix-spread-patterns', rule: 'no-accumulating-spread', status: 'rewritten' },
  { file: 'src/s.js', line: 5, column: 10, codemod: 'fix-spread-patterns', rule: 'no-large-spread-arguments', status: 'rewritten' },
];
const MIXED_FILES = [
  { file: 'src/a.js', status: 'changed' },
  { file: 'src/b.ts', status: 'unchanged' },
  { file: 'src/bad.js', status: 'failed', error: BROKEN_ERROR },
  { file: 'src/c.js', status: 'unchanged' },
  { file: 'src/latin1.js', status: 'failed', error: LATIN1_ERROR },
  { file: 'src/s.js', status: 'changed' },
];

interface Report {
  mode: Record<string, unknown>;
  interrupted: boolean;
  summary: { files: Record<string, number>; notScanned: Record<string, number>; sites: Record<string, number> };
  files: { file: string; status: string; error?: string }[];
  sites: { file: string; line: number; column: number; codemod: string; rule: string; status: string; reason?: string }[];
}

function readReport(path: string): Report {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  return report;
}

interface SarifLog {
  runs: {
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: unknown[] }[] }[];
    tool: { driver: { rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex: number; kind: string; level: string; message: { text: string }; locations: unknown[] }[];
  }[];
}

function checkSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
  return log;
}

const location = (file: string, line: number, column: number): unknown => ({ physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: { startLine: line, startColumn: column } } });

describe('memory-codemod output', () => {
  it('--dry --diff prints exact unified diffs in file order and the summary, writes nothing, and --report JSON fits the schema', async ({ expect, onTestFinished }) => {
    const dir = mixedTree();
    onTestFinished(() => cleanUp(dir));
    const before = readTree(dir);
    const run = await runCli(['all', 'src', '--dry', '--diff', '--workers', '0', '--report', 'out.json'], { cwd: dir });
    expect(run.out).toBe(`${[...DIFF_A, ...DIFF_S, ...mixedSummary(true)].join('\n')}\n`);
    expect(run.out).not.toContain('\u001B[');
    expect(run.err).toBe('');
    expect(run.code).toBe(1);
    const after = readTree(dir);
    delete after['out.json'];
    expect(after).toEqual(before);
    expect(readFileSync(join(dir, 'src', 'latin1.js')).equals(LATIN1)).toBe(true);
    const report = readReport(join(dir, 'out.json'));
    expect(report.sites).toEqual(MIXED_SITES);
    expect(report.files).toEqual(MIXED_FILES);
    expect(report.mode).toEqual({ dry: true, unsafe: false, shard: null, onlyInLintReport: null, interactive: false });
    expect(report.summary.files).toEqual({ scanned: 6, changed: 2, unchanged: 2, failed: 2 });
    expect(report.summary.sites).toEqual({ rewritten: 3, skipped: 1 });
    expect(report.interrupted).toBe(false);
  });

  it('colours the diff with FORCE_COLOR=1, and --print prints the rewritten file without writing it', async ({ expect, onTestFinished }) => {
    const dir = mixedTree();
    onTestFinished(() => cleanUp(dir));
    const [coloured, printed] = await Promise.all([
      runCli(['rewrite-in-place', 'src/a.js', '--dry', '--diff', '--workers', '0'], { cwd: dir, env: { FORCE_COLOR: '1' } }),
      runCli(['rewrite-in-place', 'src/a.js', '--print', '--workers', '0'], { cwd: dir }),
    ]);
    const bold = (s: string): string => `\u001B[1m${s}\u001B[22m`;
    const green = (s: string): string => `\u001B[32m${s}\u001B[39m`;
    const red = (s: string): string => `\u001B[31m${s}\u001B[39m`;
    expect(coloured.out.split('\n').slice(0, DIFF_A.length)).toEqual([
      'diff --memory-codemod a/src/a.js b/src/a.js',
      bold('--- a/src/a.js'),
      bold('+++ b/src/a.js'),
      '\u001B[36m@@ -1,5 +1,8 @@\u001B[39m',
      ' export function f(n) {',
      '   let xs = Array.from({ length: n }, (_, i) => i);',
      red('-  xs = xs.map((x) => x * 2);'),
      green('+  for (let i = 0; i < xs.length; i++) {'),
      green('+    const x = xs[i];'),
      green('+    xs[i] = x * 2;'),
      green('+  }'),
      '   return xs;',
      ' }',
    ]);
    expect(coloured.code).toBe(0);
    const printedSummary = [
      'memory-codemod rewrite-in-place: 1 file(s) scanned, 1 would change, 0 unchanged, 0 failed',
      '  codemod           files to change  sites to rewrite  sites skipped',
      '  rewrite-in-place                1                 1              0',
      '  total                           1                 1              0',
      '',
    ].join('\n');
    expect(printed.out).toBe(FIXED + printedSummary);
    expect(printed.code).toBe(0);
    expect(readFileSync(join(dir, 'src', 'a.js'), 'utf8')).toBe(FIXABLE);
  });

  it('rewrites (not dry): exact files and summary, the broken file byte-identical and named, node_modules untouched, --report .sarif valid SARIF', async ({ expect, onTestFinished }) => {
    const dir = mixedTree();
    onTestFinished(() => cleanUp(dir));
    const run = await runCli(['all', 'src', '--workers', '0', '--report', 'out.sarif'], { cwd: dir });
    expect(run.out).toBe(`${mixedSummary(false).join('\n')}\n`);
    expect(run.code).toBe(1);
    const tree = readTree(dir);
    delete tree['out.sarif'];
    expect(tree).toEqual({
      'node_modules/dep/a.js': FIXABLE,
      'src/a.js': FIXED,
      'src/b.ts': PARAMETER,
      'src/bad.js': BROKEN,
      'src/c.js': PLAIN,
      'src/latin1.js': LATIN1.toString('utf8'),
      'src/s.js': SPREAD_FIXED,
    });
    expect(readFileSync(join(dir, 'src', 'latin1.js')).equals(LATIN1)).toBe(true);
    const log = checkSarif(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.rules.map((rule) => rule.id)).toEqual(['memory/no-accumulating-spread', 'memory/no-large-spread-arguments', 'memory/prefer-in-place']);
    expect(sarifRun!.results.map(({ ruleId, ruleIndex, kind, level, message, locations }) => ({ ruleId, ruleIndex, kind, level, text: message.text, locations }))).toEqual([
      { ruleId: 'memory/prefer-in-place', ruleIndex: 2, kind: 'pass', level: 'none', text: 'Rewritten by rewrite-in-place.', locations: [location('src/a.js', 3, 3)] },
      { ruleId: 'memory/prefer-in-place', ruleIndex: 2, kind: 'fail', level: 'warning', text: `Not rewritten by rewrite-in-place: ${PARAMETER_REASON}`, locations: [location('src/b.ts', 2, 3)] },
      { ruleId: 'memory/no-accumulating-spread', ruleIndex: 0, kind: 'pass', level: 'none', text: 'Rewritten by fix-spread-patterns.', locations: [location('src/s.js', 2, 34)] },
      { ruleId: 'memory/no-large-spread-arguments', ruleIndex: 1, kind: 'pass', level: 'none', text: 'Rewritten by fix-spread-patterns.', locations: [location('src/s.js', 5, 10)] },
    ]);
    expect(sarifRun!.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: BROKEN_ERROR }, locations: [location('src/bad.js', 1, 6)] },
          { level: 'error', message: { text: LATIN1_ERROR }, locations: [location('src/latin1.js', 1, 1)] },
        ],
      },
    ]);
  });

  it('--format sarif without --report: SARIF on stdout, the summary on stderr; URIs encode # and ?, files outside the working directory get file: URIs', async ({ expect, onTestFinished }) => {
    const dir = makeTree({ 'src/we#ird?.js': FIXABLE, 'src/b.ts': PARAMETER });
    const other = makeTree({ 'x.js': FIXABLE });
    onTestFinished(() => cleanUp(dir, other));
    const run = await runCli(['rewrite-in-place', 'src', join(other, 'x.js'), '--format', 'sarif', '--dry', '--workers', '0'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.err).toBe(
      [
        'memory-codemod rewrite-in-place: 3 file(s) scanned, 2 would change, 1 unchanged, 0 failed',
        '  codemod           files to change  sites to rewrite  sites skipped',
        '  rewrite-in-place                2                 2              1',
        '  total                           2                 2              1',
        '  skipped, by reason:',
        `    (1) ${PARAMETER_REASON}`,
        '      src/b.ts:2:3',
        '',
      ].join('\n'),
    );
    const [sarifRun] = checkSarif(run.out).runs;
    expect(sarifRun!.results.map(({ ruleId, kind, level, message, locations }) => [ruleId, kind, level, message.text, locations])).toEqual([
      ['memory/prefer-in-place', 'pass', 'none', 'Would be rewritten by rewrite-in-place.', [{ physicalLocation: { artifactLocation: { uri: `file://${other}/x.js` }, region: { startLine: 3, startColumn: 3 } } }]],
      ['memory/prefer-in-place', 'fail', 'warning', `Not rewritten by rewrite-in-place: ${PARAMETER_REASON}`, [location('src/b.ts', 2, 3)]],
      ['memory/prefer-in-place', 'pass', 'none', 'Would be rewritten by rewrite-in-place.', [location('src/we%23ird%3F.js', 3, 3)]],
    ]);
    expect(sarifRun!.invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it('keeps CRLF, a BOM, tabs and the file mode byte for byte through a rewrite by a worker process', async ({ expect, onTestFinished }) => {
    const crlf = '\uFEFFexport function f(n) {\r\n\tlet xs = Array.from({ length: n }, (_, i) => i);\r\n\txs = xs.map((x) => x * 2);\r\n\treturn xs;\r\n}\r\n';
    const dir = makeTree({ 'src/crlf.js': crlf, 'src/lf.js': FIXABLE });
    onTestFinished(() => cleanUp(dir));
    chmodSync(join(dir, 'src', 'crlf.js'), 0o755);
    chmodSync(join(dir, 'src', 'lf.js'), 0o640);
    const run = await runCli(['all', 'src', '--workers', '1'], { cwd: dir });
    expect(run.code).toBe(0);
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(readFileSync(join(dir, 'src', 'crlf.js')).equals(Buffer.concat([bom, Buffer.from('export function f(n) {\r\n\tlet xs = Array.from({ length: n }, (_, i) => i);\r\n\tfor (let i = 0; i < xs.length; i++) {\r\n\t\tconst x = xs[i];\r\n\t\txs[i] = x * 2;\r\n\t}\r\n\treturn xs;\r\n}\r\n')])), 'src/crlf.js bytes').toBe(true);
    expect(readFileSync(join(dir, 'src', 'lf.js'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'src', 'crlf.js')).mode & 0o7777).toBe(0o755);
    expect(statSync(join(dir, 'src', 'lf.js')).mode & 0o7777).toBe(0o640);
  });

  it('exit codes: 3 with --fail-on-skip when a site was skipped, 0 when none was (--unsafe rewrites it)', async ({ expect, onTestFinished }) => {
    // Two trees: the --unsafe run rewrites b.ts, which the other run must still see as it was.
    const dir = mixedTree();
    const other = mixedTree();
    onTestFinished(() => cleanUp(dir, other));
    const [skipped, unsafe] = await Promise.all([
      runCli(['rewrite-in-place', 'src/a.js', 'src/b.ts', '--fail-on-skip', '--dry', '--workers', '0'], { cwd: other }),
      runCli(['rewrite-in-place', 'src/b.ts', '--unsafe', '--fail-on-skip', '--workers', '0'], { cwd: dir }),
    ]);
    expect(skipped.code).toBe(3);
    expect(skipped.out.split('\n')[0]).toBe('memory-codemod rewrite-in-place: 2 file(s) scanned, 1 would change, 1 unchanged, 0 failed');
    expect(unsafe.code).toBe(0);
    expect(unsafe.out).toBe(
      [
        'memory-codemod rewrite-in-place: 1 file(s) scanned, 1 changed, 0 unchanged, 0 failed',
        '  codemod           files changed  sites rewritten  sites skipped',
        '  rewrite-in-place              1                1              0',
        '  total                         1                1              0',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'src', 'b.ts'), 'utf8')).toBe('export function g(xs) {\n  for (let i = 0; i < xs.length; i++) {\n    const x = xs[i]!;\n    xs[i] = x * 2;\n  }\n  return xs;\n}\n');
  });

  it('exit code 2 and a clear message for bad usage; --list and --help exit 0', async ({ expect, onTestFinished }) => {
    const dir = mixedTree();
    onTestFinished(() => cleanUp(dir));
    const [unknown, shard, conflict, list, help] = await Promise.all([
      runCli(['nope', 'src'], { cwd: dir }),
      runCli(['all', 'src', '--shard', '4/3'], { cwd: dir }),
      runCli(['all', 'src', '--format', 'sarif', '--diff'], { cwd: dir }),
      runCli(['--list'], { cwd: dir }),
      runCli(['--help'], { cwd: dir }),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe('memory-codemod: unknown codemod "nope"; known: rewrite-in-place, fix-spread-patterns, use-typed-arrays, release-intermediates, hoist-allocations, copy-retained-views, transfer-buffers, fuse-array-chains, all');
    expect(shard.code).toBe(2);
    expect(shard.err.split('\n')[0]).toBe('memory-codemod: --shard takes i/n with 1 <= i <= n (like 2/3), not "4/3"');
    expect(conflict.code).toBe(2);
    expect(conflict.err.split('\n')[0]).toBe('memory-codemod: --format without --report writes the report to stdout: it cannot be combined with --print, --diff or --interactive');
    for (const run of [unknown, shard, conflict]) {
      expect(run.out).toBe('');
      expect(run.err.split('\n')[2]).toBe('Usage: memory-codemod <codemod|all> <paths...> [options]');
    }
    expect(list.code).toBe(0);
    expect(list.out.split('\n').map((line) => line.split('  ')[0])).toEqual(['rewrite-in-place', 'fix-spread-patterns', 'use-typed-arrays', 'release-intermediates', 'hoist-allocations', 'copy-retained-views', 'transfer-buffers', 'fuse-array-chains', '']);
    expect(help.code).toBe(0);
    expect(help.out.split('\n')[0]).toBe('Usage: memory-codemod <codemod|all> <paths...> [options]');
    expect(help.out).toContain('\nExit codes: 0 done; 1 some files failed');
    expect(readTree(dir)['src/a.js']).toBe(FIXABLE);
  });
});

describe('memory-codemod file selection', () => {
  it('honours .gitignore files (nested, with a negation) and --ignore; --no-gitignore reads them all; ignored directories are not entered, and counted as directories', async ({ expect, onTestFinished }) => {
    const dir = makeTree({
      '.gitignore': 'gen/\n*.gen.js\n!keep.gen.js\n',
      'src/a.js': FIXABLE,
      'src/out.gen.js': FIXABLE,
      'src/keep.gen.js': FIXABLE,
      'src/sub/.gitignore': 'local.js\n',
      'src/sub/local.js': FIXABLE,
      'src/sub/kept.js': FIXABLE,
      'src/local.js': FIXABLE,
      'gen/g.js': FIXABLE,
      'vendor/v.js': FIXABLE,
      'notes.txt': 'not code\n',
    });
    onTestFinished(() => cleanUp(dir));
    commitAll(dir);
    const [withIgnores, without] = await Promise.all([
      runCli(['all', '.', '--dry', '--workers', '0', '--ignore', 'vendor/', '--report', 'with.json'], { cwd: dir }),
      runCli(['all', '.', '--dry', '--workers', '0', '--no-gitignore', '--report', 'without.json'], { cwd: dir }),
    ]);
    expect(withIgnores.code).toBe(0);
    // src/out.gen.js and src/sub/local.js; gen/ and vendor/ are not entered: they count as directories.
    expect(withIgnores.out.split('\n').slice(0, 2)).toEqual(['memory-codemod all: 4 file(s) scanned, 4 would change, 0 unchanged, 0 failed', '  not scanned: 2 file(s) and 2 directories ignored (.gitignore, --ignore)']);
    expect(readReport(join(dir, 'with.json')).summary.notScanned).toEqual({ ignored: 2, ignoredDirectories: 2, otherShards: 0, notInLintReport: 0, symlinks: 0, interrupted: 0 });
    expect(readReport(join(dir, 'with.json')).files.map((file) => file.file)).toEqual(['src/a.js', 'src/keep.gen.js', 'src/local.js', 'src/sub/kept.js']);
    expect(without.code).toBe(0);
    expect(without.out.split('\n')[1]).toBe('  codemod           files to change  sites to rewrite  sites skipped');
    expect(readReport(join(dir, 'without.json')).files.map((file) => file.file)).toEqual(['gen/g.js', 'src/a.js', 'src/keep.gen.js', 'src/local.js', 'src/out.gen.js', 'src/sub/kept.js', 'src/sub/local.js', 'vendor/v.js']);
  });

  it('--only-in-lint-report rewrites only what real ESLint flagged, skips an unflagged site with its reason, and refuses a malformed report', async ({ expect, onTestFinished }) => {
    const files = { 'src/a.js': FIXABLE, 'src/two.js': TWO_SITES, 'src/clean.js': PLAIN, 'src/b.js': PARAMETER };
    const dir = makeTree(files);
    const partial = makeTree(files);
    onTestFinished(() => cleanUp(dir, partial));
    const plugin = ((await import(join(root, 'dist', 'index.js'))) as { default: { configs: Record<string, object> } }).default;
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.js'], ...plugin.configs['recommended'] }] });
    const results = await eslint.lintFiles(['src']);
    expect(results.map((result) => [result.filePath.slice(dir.length), result.messages.map((m) => `${m.ruleId}:${m.line}:${m.column}`)])).toEqual([
      ['/src/a.js', ['memory/prefer-in-place:3:3']],
      ['/src/b.js', ['memory/prefer-in-place:2:3']],
      ['/src/clean.js', []],
      ['/src/two.js', ['memory/prefer-in-place:3:3', 'memory/prefer-in-place:8:3']],
    ]);
    writeFileSync(join(dir, 'eslint.json'), JSON.stringify(results));
    // The same report for the copy, minus the message at two.js:8:3.
    const trimmed = results.map((result) => ({ ...result, filePath: join(partial, result.filePath.slice(dir.length)), messages: result.messages.filter((m) => !(result.filePath.endsWith('two.js') && m.line === 8)) }));
    writeFileSync(join(partial, 'eslint.json'), JSON.stringify(trimmed));
    writeFileSync(join(partial, 'bad.json'), '{ "not": "a report" }');
    const [full, onlyOne, malformed] = await Promise.all([
      runCli(['all', 'src', '--only-in-lint-report', 'eslint.json', '--workers', '0'], { cwd: dir }),
      runCli(['rewrite-in-place', 'src', '--only-in-lint-report', 'eslint.json', '--workers', '1', '--report', 'r.json'], { cwd: partial }),
      runCli(['all', 'src', '--only-in-lint-report', 'bad.json'], { cwd: partial }),
    ]);
    expect(full.out).toBe(
      [
        'memory-codemod all: 3 file(s) scanned, 2 changed, 1 unchanged, 0 failed',
        '  not scanned: 1 not in the lint report',
        '  codemod           files changed  sites rewritten  sites skipped',
        '  rewrite-in-place              2                3              1',
        '  total                         2                3              1',
        '  skipped, by reason:',
        `    (1) \`xs\` is a parameter: rewriting it in place changes the caller's array (suggestion only: rewrite with --unsafe)`,
        '      src/b.js:2:3 (rewrite-in-place)',
        '',
      ].join('\n'),
    );
    expect(full.code).toBe(0);
    expect(readTree(dir)).toMatchObject({ 'src/a.js': FIXED, 'src/two.js': TWO_SITES_BOTH, 'src/clean.js': PLAIN, 'src/b.js': PARAMETER });
    expect(onlyOne.code).toBe(0);
    expect(readTree(partial)).toMatchObject({ 'src/a.js': FIXED, 'src/two.js': TWO_SITES_FIRST, 'src/clean.js': PLAIN, 'src/b.js': PARAMETER });
    const report = readReport(join(partial, 'r.json'));
    expect(report.sites.filter((site) => site.file === 'src/two.js')).toEqual([
      { file: 'src/two.js', line: 3, column: 3, codemod: 'rewrite-in-place', rule: 'prefer-in-place', status: 'rewritten' },
      { file: 'src/two.js', line: 8, column: 3, codemod: 'rewrite-in-place', rule: 'prefer-in-place', status: 'skipped', reason: 'not flagged in the ESLint report (--only-in-lint-report)' },
    ]);
    expect(report.summary.notScanned['notInLintReport']).toBe(1);
    expect(report.mode['onlyInLintReport']).toBe('eslint.json');
    expect(malformed.code).toBe(2);
    expect(malformed.err.split('\n')[0]).toBe('memory-codemod: --only-in-lint-report: bad.json is not an ESLint JSON report (an array of { filePath, messages })');
  });
});

describe('memory-codemod --interactive', () => {
  // Answers read from a pipe are echoed after their prompt (a terminal would show them as typed).
  const prompt = (file: string, line: number, name: string, after: readonly string[], answer: string): string =>
    [
      '',
      `${file}:${line}:3  rewrite-in-place (prefer-in-place)`,
      `-${String(line).padStart(5)} |   ${name}s = ${name}s.map((${name}) => ${name === 'x' ? 'x * 2' : 'y + 1'});`,
      ...after.map((text) => `+      | ${text}`),
      `Apply this change? [y]es, [n]o, [a]ll in this file, [d]one with this file, [q]uit: ${answer}\n`,
    ].join('\n');
  const xLoop = ['  for (let i = 0; i < xs.length; i++) {', '    const x = xs[i];', '    xs[i] = x * 2;', '  }'];
  const yLoop = ['  for (let i = 0; i < ys.length; i++) {', '    const y = ys[i];', '    ys[i] = y + 1;', '  }'];

  it('applies y, n, a, d and q answers read from stdin', async ({ expect, onTestFinished }) => {
    const dir = makeTree({ 'it/p.js': TWO_SITES, 'it/q.js': TWO_SITES, 'it/r.js': TWO_SITES, 'it/s.js': TWO_SITES });
    onTestFinished(() => cleanUp(dir));
    const run = await runCli(['rewrite-in-place', 'it', '-i'], { cwd: dir, input: 'y\nmaybe\nn\na\nd\nq\n' });
    expect(run.code).toBe(0);
    expect(readTree(dir)).toEqual({ 'it/p.js': TWO_SITES_FIRST, 'it/q.js': TWO_SITES_BOTH, 'it/r.js': TWO_SITES, 'it/s.js': TWO_SITES });
    expect(run.out).toBe(
      [
        prompt('it/p.js', 3, 'x', xLoop, 'y'),
        `${prompt('it/p.js', 8, 'y', yLoop, 'maybe')}Please answer y, n, a, d or q: n\n`,
        prompt('it/q.js', 3, 'x', xLoop, 'a'),
        prompt('it/r.js', 3, 'x', xLoop, 'd'),
        prompt('it/s.js', 3, 'x', xLoop, 'q'),
        [
          'memory-codemod rewrite-in-place: 4 file(s) scanned, 2 changed, 2 unchanged, 0 failed',
          '  codemod           files changed  sites rewritten  sites skipped',
          '  rewrite-in-place              2                3              5',
          '  total                         2                3              5',
          '  skipped, by reason:',
          '    (3) rejected in --interactive',
          '      it/p.js:8:3',
          '      it/r.js:3:3',
          '      it/r.js:8:3',
          '    (2) not reviewed: --interactive was quit',
          '      it/s.js:3:3',
          '      it/s.js:8:3',
          '',
        ].join('\n'),
      ].join(''),
    );
  });

  it('takes the end of input as quit: the rest is scanned but not rewritten, each site listed as not reviewed', async ({ expect, onTestFinished }) => {
    const dir = makeTree({ 'it/p.js': TWO_SITES, 'it/q.js': TWO_SITES });
    onTestFinished(() => cleanUp(dir));
    const run = await runCli(['rewrite-in-place', 'it', '--interactive'], { cwd: dir, input: 'y\n' });
    expect(run.code).toBe(0);
    expect(readTree(dir)).toEqual({ 'it/p.js': TWO_SITES_FIRST, 'it/q.js': TWO_SITES });
    expect(run.out.slice(run.out.indexOf('memory-codemod'))).toBe(
      [
        'memory-codemod rewrite-in-place: 2 file(s) scanned, 1 changed, 1 unchanged, 0 failed',
        '  codemod           files changed  sites rewritten  sites skipped',
        '  rewrite-in-place              1                1              3',
        '  total                         1                1              3',
        '  skipped, by reason:',
        '    (3) not reviewed: --interactive was quit',
        '      it/p.js:8:3',
        '      it/q.js:3:3',
        '      it/q.js:8:3',
        '',
      ].join('\n'),
    );
  });
});

describe('memory-codemod --shard and progress', () => {
  // 30 files: rewritten, skipped, unchanged and broken ones, in a few directories.
  const kinds = [FIXABLE, PARAMETER, PLAIN, FIXABLE, SPREAD, FIXABLE, PLAIN, BROKEN, PARAMETER, FIXABLE];
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`src/d${i % 4}/f${String(i).padStart(2, '0')}.js`] = kinds[i % kinds.length]!;
  const dirs: string[] = [];
  afterAll(() => cleanUp(...dirs));

  it('--shard 1/3, 2/3 and 3/3 together do what the unsharded run does; progress lines at each tenth, none with --no-progress', async () => {
    const base = makeTree(files);
    dirs.push(base);
    const copies = [1, 2, 3].map(() => {
      const copy = makeTree({});
      cpSync(base, copy, { recursive: true });
      dirs.push(copy);
      return copy;
    });
    const [whole, ...shards] = await Promise.all([
      runCli(['all', 'src', '--workers', '0', '--report', 'r.json'], { cwd: base }),
      ...copies.map((copy, i) => runCli(['all', 'src', '--workers', '0', '--report', 'r.json', '--shard', `${i + 1}/3`, '--no-progress'], { cwd: copy })),
    ]);
    expect(whole.code).toBe(1);
    expect(whole.err.replace(/, \d+:\d\d$/gm, ', m:ss')).toBe([3, 6, 9, 12, 15, 18, 21, 24, 27, 30].map((n) => `memory-codemod: ${n}/30 files (${(n * 10) / 3}%), m:ss\n`).join(''));
    expect(whole.out.split('\n')[0]).toBe('memory-codemod all: 30 file(s) scanned, 15 changed, 12 unchanged, 3 failed');
    const wholeReport = readReport(join(base, 'r.json'));
    const reports = copies.map((copy) => readReport(join(copy, 'r.json')));
    const shardFiles = reports.map((report) => report.files.map((file) => file.file));
    // Disjoint, every shard has some, and together they are every file.
    expect(shardFiles.every((list) => list.length > 0)).toBe(true);
    expect(shardFiles.flat().sort()).toEqual(Object.keys(files).sort());
    expect(new Set(shardFiles.flat()).size).toBe(30);
    expect(reports.flatMap((report) => report.files).sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual(wholeReport.files);
    expect(reports.flatMap((report) => report.sites).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))).toEqual(wholeReport.sites);
    reports.forEach((report, i) => {
      expect(report.summary.notScanned['otherShards']).toBe(30 - shardFiles[i]!.length);
      expect(report.mode['shard']).toBe(`${i + 1}/3`);
      expect(shards[i]!.err).toBe('');
      expect(shards[i]!.code).toBe(report.files.some((file) => file.status === 'failed') ? 1 : 0);
      expect(shards[i]!.out.split('\n')[1]).toBe(`  not scanned: ${30 - shardFiles[i]!.length} in other shards`);
    });
    // The rewritten trees: each file as its shard left it equals the unsharded run's; other shards' files untouched.
    const wholeTree = readTree(base);
    copies.forEach((copy, i) => {
      const tree = readTree(copy);
      for (const file of Object.keys(files)) expect([file, tree[file]]).toEqual([file, shardFiles[i]!.includes(file) ? wholeTree[file] : files[file]]);
    });
    expect(Object.values(wholeTree).filter((text) => text === FIXED)).toHaveLength(12);
  });
});

// `script` (util-linux) gives the CLI a real pseudo-terminal, where it draws a bar and colours its diff unasked.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasScript)('memory-codemod on a terminal', () => {
  it('draws a progress bar redrawn in place on stderr and colours the diff without FORCE_COLOR', async ({ expect, onTestFinished }) => {
    const files: Record<string, string> = {};
    for (let i = 10; i < 22; i++) files[`src/f${i}.js`] = FIXABLE;
    const dir = makeTree(files);
    onTestFinished(() => cleanUp(dir));
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} all src --dry --diff --workers 0`;
    const run = await new Promise<{ code: number | null; out: string }>((resolveRun) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: dir, env: cliEnv() });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.on('close', (code) => resolveRun({ code, out }));
    });
    expect(run.code).toBe(0);
    // The terminal merges stdout and stderr: bar frames (carriage return, erase line), then the final frame.
    const frames = [...run.out.matchAll(/\r\u001B\[K\[([#.]{30})\] (\d+)\/12 files \d+:\d\d/g)];
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.at(-1)?.slice(1, 3)).toEqual(['#'.repeat(30), '12']);
    for (const [, bar, done] of frames) expect(bar!.indexOf('.') === -1 ? 30 : bar!.indexOf('.')).toBe(Math.round((Number(done) / 12) * 30));
    // No plain progress lines on a terminal, and the bar is cleared before the diff and the summary.
    expect(run.out).not.toContain('memory-codemod: 12/12 files');
    expect(run.out).toContain('\u001B[32m+  for (let i = 0; i < xs.length; i++) {\u001B[39m');
    expect(run.out).toContain('\u001B[31m-  xs = xs.map((x) => x * 2);\u001B[39m');
    expect(run.out).toMatch(/\r\u001B\[Kmemory-codemod all: 12 file\(s\) scanned, 12 would change, 0 unchanged, 0 failed\r\n/);
  });
});
