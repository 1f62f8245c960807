// The fix-spread-patterns transform: fixture pairs, the exact skip records (each naming the rule whose analysis
// skipped it), byte-level layouts and errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { accumulatingSpreadPattern } from '../../analysis/accumulating-spread.ts';
import { combinePatterns } from '../../analysis/combine.ts';
import { spreadArgumentsPattern } from '../../analysis/spread-arguments.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import transform from '../../codemods/fix-spread-patterns.ts';
import { describeFixtures, fixturesOf } from './harness.ts';

const spec = {
  codemod: 'fix-spread-patterns',
  rule: 'no-accumulating-spread,no-large-spread-arguments',
  pattern: combinePatterns({ 'no-accumulating-spread': accumulatingSpreadPattern, 'no-large-spread-arguments': spreadArgumentsPattern as never }),
  options: { 'no-accumulating-spread': {}, 'no-large-spread-arguments': { minLength: 16 } },
};
const run = (path: string, source: string, options: Record<string, unknown> = {}): string | undefined => transform({ path, source }, { report: () => {} }, options);
const inputs = describeFixtures('fix-spread-patterns', transform);

describe('fix-spread-patterns', () => {
  it('has fixtures for JS, TS, a no-op and an all-skipped file', () => {
    expect(inputs).toEqual(['noop.input.js', 'report.input.js', 'shared.input.js', 'typed.input.ts']);
  });

  it('records every skipped site with its rule, position and reason', () => {
    const source = readFileSync(join(fixturesOf('fix-spread-patterns').dir, 'shared.input.js'), 'utf8');
    const { output, sites } = rewriteSource(source, 'shared.js', spec);
    expect(output).toBeUndefined();
    const skipped = (line: number, column: number, rule: string, reason: string): object => ({ file: 'shared.js', line, column, codemod: 'fix-spread-patterns', rule, status: 'skipped', reason });
    expect(sites).toEqual([
      skipped(3, 36, 'no-accumulating-spread', 'the initial value `seed` is not a fresh literal, so mutating it would change what else holds it (suggestion only: rewrite with --unsafe)'),
      skipped(7, 37, 'no-accumulating-spread', 'if `row.key` can be "__proto__", an assignment sets the prototype instead of a property (suggestion only: rewrite with --unsafe)'),
      skipped(11, 3, 'no-large-spread-arguments', 'a `for...of` loop reads `ys` while pushing, so it must not be `xs` itself or read it lazily (suggestion only: rewrite with --unsafe)'),
      skipped(12, 12, 'no-large-spread-arguments', 'the call is part of a larger expression; give it a declaration of its own to get a fix'),
    ]);
  });

  it('applies the suggestions with --unsafe: the shared seed is copied once', () => {
    const source = 'export function extend(rows, seed) {\n  return rows.reduce((acc, row) => [...acc, row], seed);\n}\n';
    expect(run('seed.js', source, { unsafe: true })).toBe('export function extend(rows, seed) {\n  return rows.reduce((acc, row) => {\n    acc.push(row);\n    return acc;\n  }, [...seed]);\n}\n');
  });

  const body = ['function top(values) {', '\tconst best = Math.max(...values);', '\treturn best;', '}', ''];
  const fixed = [
    'function top(values) {',
    '\tlet best = -Infinity;',
    '\tfor (const value of values) {',
    '\t\tconst n = +value;',
    '\t\tif (n > best || n !== n || (n === 0 && best === 0 && 1 / best < 0)) best = n;',
    '\t}',
    '\treturn best;',
    '}',
    '',
  ];

  it('keeps tabs, CRLF line endings and a byte order mark', () => {
    expect(run('tabs.js', body.join('\n'))).toBe(fixed.join('\n'));
    expect(run('crlf.js', body.join('\r\n'))).toBe(fixed.join('\r\n'));
    expect(run('bom.js', `\uFEFF${body.join('\r\n')}`)).toBe(`\uFEFF${fixed.join('\r\n')}`);
  });

  it('keeps comments inside a rewritten accumulator, on their own lines where the code around them goes', () => {
    const source = 'const ids = rows.reduce((acc, r) => [...acc, /* the id */ r.id], []); // ids\n';
    expect(run('comments.js', source)).toBe('const ids = rows.reduce((acc, r) => {\n  /* the id */\n  acc.push(r.id);\n  return acc;\n}, []); // ids\n');
  });

  it('names the file, line and column of a syntax error', () => {
    expect(() => run('broken.js', 'const m = Math.max(...xs;\n')).toThrow(/^broken\.js:1:\d+: /);
  });
});
