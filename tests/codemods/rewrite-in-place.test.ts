// The rewrite-in-place transform on fixture pairs (discovered from __testfixtures__), plus byte-level layouts,
// idempotency, the exact skip records, errors, and the JSON-lines report the CLI reads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { inPlacePattern } from '../../analysis/in-place.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import transform from '../../codemods/rewrite-in-place.ts';
import { describeFixtures } from './harness.ts';

const fixtures = join(import.meta.dirname, '__testfixtures__', 'rewrite-in-place');
const spec = { codemod: 'rewrite-in-place', rule: 'prefer-in-place', pattern: inPlacePattern, options: { minLength: 16 } };
const api = { report: () => {} };

function run(path: string, source: string, options: Record<string, unknown> = {}): string | undefined {
  return transform({ path, source }, api, options);
}

const inputs = describeFixtures('rewrite-in-place', transform);

describe('rewrite-in-place', () => {
  it('has fixtures for JS, TS, TSX, ESM, CommonJS, a no-op and an all-skipped file', () => {
    for (const name of ['realistic.input.js', 'typescript.input.ts', 'component.input.tsx', 'module.input.mjs', 'script.input.cjs', 'noop.input.js', 'skipped.input.js', 'nested.input.js']) {
      expect(inputs).toContain(name);
    }
  });

  it('records every skipped site with its position in the original file and its reason', () => {
    const source = readFileSync(join(fixtures, 'skipped.input.js'), 'utf8');
    const { output, sites } = rewriteSource(source, 'skipped.js', spec);
    expect(output).toBeUndefined();
    expect(sites).toEqual([
      { file: 'skipped.js', line: 2, column: 3, codemod: 'rewrite-in-place', rule: 'prefer-in-place', status: 'skipped', reason: "`xs` is a parameter: rewriting it in place changes the caller's array (suggestion only: rewrite with --unsafe)" },
      { file: 'skipped.js', line: 4, column: 3, codemod: 'rewrite-in-place', rule: 'prefer-in-place', status: 'skipped', reason: 'the callback is not an inline function, so it may read `ys` while it is rewritten (suggestion only: rewrite with --unsafe)' },
      { file: 'skipped.js', line: 6, column: 3, codemod: 'rewrite-in-place', rule: 'prefer-in-place', status: 'skipped', reason: 'the callback reads the array through its parameter, and would see elements already rewritten' },
    ]);
  });

  it('maps positions back to the original file after earlier rewrites grew it', () => {
    const source = readFileSync(join(fixtures, 'realistic.input.js'), 'utf8');
    const { sites } = rewriteSource(source, 'realistic.js', spec);
    expect(sites.map((site) => [site.status, site.line, site.column])).toEqual([
      ['rewritten', 6, 3],
      ['rewritten', 8, 3],
      ['rewritten', 9, 3],
      ['rewritten', 13, 3],
      ['rewritten', 14, 3],
      ['skipped', 19, 3],
    ]);
  });

  const body = ['function f(n) {', '\tlet xs = Array.from({ length: n }, (_, k) => k);', '\txs = xs.filter((x) => x % 2);', '\treturn xs;', '}', ''];
  const fixed = ['function f(n) {', '\tlet xs = Array.from({ length: n }, (_, k) => k);', '\tlet w = 0;', '\tfor (let i = 0; i < xs.length; i++) {', '\t\tconst x = xs[i];', '\t\tif (x % 2) xs[w++] = x;', '\t}', '\txs.length = w;', '\treturn xs;', '}', ''];

  it('keeps tabs, CRLF line endings and a byte order mark', () => {
    expect(run('tabs.js', body.join('\n'))).toBe(fixed.join('\n'));
    expect(run('crlf.js', body.join('\r\n'))).toBe(fixed.join('\r\n'));
    expect(run('bom.js', `\uFEFF${body.join('\r\n')}`)).toBe(`\uFEFF${fixed.join('\r\n')}`);
  });

  it('names the file, line and column of a syntax error, as ESLint reports it', () => {
    expect(() => run('broken.ts', 'let xs = [1, 2;\n')).toThrow("broken.ts:1:14: ',' expected.");
  });

  it('writes one JSON line per site to the report file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'memory-report-'));
    try {
      const reportFile = join(dir, 'sites.jsonl');
      run('skipped.js', readFileSync(join(fixtures, 'skipped.input.js'), 'utf8'), { reportFile });
      const lines = readFileSync(reportFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { status: string; line: number });
      expect(lines.map((line) => [line.status, line.line])).toEqual([['skipped', 2], ['skipped', 4], ['skipped', 6]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
