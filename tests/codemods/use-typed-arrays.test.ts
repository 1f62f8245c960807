// The use-typed-arrays transform: fixture pairs (the suggestions only with --unsafe), the exact site records, the
// --float32 consent (marker comments and names), byte-level layouts and errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { typedArrayPattern } from '../../analysis/typed-array.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import transform from '../../codemods/use-typed-arrays.ts';
import { describeFixtures, fixturesOf } from './harness.ts';

const spec = { codemod: 'use-typed-arrays', rule: 'prefer-typed-array', pattern: typedArrayPattern, options: { minLength: 16 } };
const run = (path: string, source: string, options: Record<string, unknown> = {}): string | undefined => transform({ path, source }, { report: () => {} }, options);
const inputs = describeFixtures('use-typed-arrays', transform);

/** The site records the transform itself writes to the CLI's JSON-lines report. */
function reported(path: string, source: string, options: Record<string, unknown>): unknown[] {
  const dir = mkdtempSync(join(tmpdir(), 'memory-report-'));
  try {
    const reportFile = join(dir, 'sites.jsonl');
    run(path, source, { ...options, reportFile });
    return readFileSync(reportFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('use-typed-arrays', () => {
  it('has fixtures for JS, TS, an --unsafe and a no-op file', () => {
    expect(inputs).toEqual(['buffers.unsafe.input.js', 'noop.input.js', 'signal.input.js', 'typed.input.ts']);
  });

  const site = (file: string, status: string, line: number, column: number, reason?: string): object => ({
    file,
    line,
    column,
    codemod: 'use-typed-arrays',
    rule: 'prefer-typed-array',
    status,
    ...(reason === undefined ? {} : { reason }),
  });

  it('records every site of the JS fixture: the rewritten buffers, and the skipped ones with their reasons', () => {
    const source = readFileSync(join(fixturesOf('use-typed-arrays').dir, 'signal.input.js'), 'utf8');
    const { sites } = rewriteSource(source, 'signal.js', spec);
    expect(sites).toEqual([
      site('signal.js', 'rewritten', 5, 9),
      site('signal.js', 'rewritten', 13, 9),
      site('signal.js', 'rewritten', 19, 9),
      site('signal.js', 'rewritten', 27, 9),
      site('signal.js', 'rewritten', 44, 9),
      // `new Array(size)` / `new Array(bins)` of a parameter: the size may not be whole. That reason comes first, so
      // it is the one recorded (ahead of the escape at line 34, and of the unchecked index written at line 39).
      site('signal.js', 'skipped', 32, 9, '`w` is used as a value (line 34), so code elsewhere may need an Array (suggestion only: rewrite with --unsafe)'),
      site('signal.js', 'skipped', 38, 9, 'a write past the end grows an Array, but a typed array ignores it (suggestion only: rewrite with --unsafe)'),
      site('signal.js', 'skipped', 52, 9, 'the loop bound may change while the loop runs'),
    ]);
  });

  it('leaves the --unsafe fixture unchanged without --unsafe, and records why for each site', () => {
    const source = readFileSync(join(fixturesOf('use-typed-arrays').dir, 'buffers.unsafe.input.js'), 'utf8');
    const { output, sites } = rewriteSource(source, 'buffers.js', spec);
    expect(output).toBeUndefined();
    expect(sites).toEqual([
      site('buffers.js', 'skipped', 6, 9, 'the loop bound `n` must be a whole number, or the typed array is one element short (suggestion only: rewrite with --unsafe)'),
      site('buffers.js', 'skipped', 12, 9, '`w` is used as a value (line 13), so code elsewhere may need an Array (suggestion only: rewrite with --unsafe)'),
      site('buffers.js', 'skipped', 17, 9, 'a write past the end grows an Array, but a typed array ignores it (suggestion only: rewrite with --unsafe)'),
      site('buffers.js', 'skipped', 23, 9, '`sort()` without a comparator orders numbers numerically on a typed array, as strings on an Array (suggestion only: rewrite with --unsafe)'),
      site('buffers.js', 'skipped', 29, 9, 'the size `n` must be a whole number (suggestion only: rewrite with --unsafe)'),
      site('buffers.js', 'skipped', 34, 9, '`sort` on a typed array uses another algorithm, which orders NaN differently when the comparator is inconsistent (suggestion only: rewrite with --unsafe)'),
      site('buffers.js', 'skipped', 41, 9, 'the loop bound may change while the loop runs'),
    ]);
  });

  it('records every site of the TS fixture', () => {
    const source = readFileSync(join(fixturesOf('use-typed-arrays').dir, 'typed.input.ts'), 'utf8');
    const { sites } = rewriteSource(source, 'typed.ts', spec);
    expect(sites).toEqual([
      site('typed.ts', 'rewritten', 23, 9),
      site('typed.ts', 'rewritten', 43, 9),
      site('typed.ts', 'rewritten', 49, 9),
      // The codemod has no types: `vertexCount: number` may still be a fraction (or NaN), where `new Array` throws.
      site('typed.ts', 'skipped', 15, 9, 'the size `vertexCount` must be a whole number (suggestion only: rewrite with --unsafe)'),
      site('typed.ts', 'skipped', 29, 9, '`w` is used as a value (line 31), so code elsewhere may need an Array (suggestion only: rewrite with --unsafe)'),
      site('typed.ts', 'skipped', 35, 9, 'the loop bound may change while the loop runs'),
    ]);
  });

  it('reports the same skipped sites through api.report when run bare under jscodeshift', () => {
    const source = readFileSync(join(fixturesOf('use-typed-arrays').dir, 'signal.input.js'), 'utf8');
    const messages: string[] = [];
    transform({ path: 'signal.js', source }, { report: (message) => messages.push(message) }, {});
    expect(messages).toEqual([
      'signal.js:32:9: skipped: `w` is used as a value (line 34), so code elsewhere may need an Array (suggestion only: rewrite with --unsafe)',
      'signal.js:38:9: skipped: a write past the end grows an Array, but a typed array ignores it (suggestion only: rewrite with --unsafe)',
      'signal.js:52:9: skipped: the loop bound may change while the loop runs',
    ]);
  });

  it('--api rewrites a buffer that leaves its function only by `return`, with the `number[]` return type', () => {
    const source = 'export function f(src: number[]): number[] {\n  const out: number[] = [];\n  for (let i = 0; i < src.length; i++) out.push(src[i]! * 2);\n  return out;\n}\n';
    expect(run('api.ts', source)).toBeUndefined();
    const fixed = 'export function f(src: number[]): Float64Array {\n  const out: Float64Array = new Float64Array(src.length);\n  for (let i = 0; i < src.length; i++) out[i] = src[i]! * 2;\n  return out;\n}\n';
    expect(run('api.ts', source, { api: true })).toBe(fixed);
    expect(run('api.ts', fixed, { api: true })).toBeUndefined();
    // A return type that is not `number[]`, or another way out of the function, keeps it a suggestion.
    expect(run('api.ts', source.replace('): number[] {', '): readonly number[] {'), { api: true })).toBeUndefined();
    expect(run('api.ts', source.replace('  return out;', '  keep(out);\n  return out;'), { api: true })).toBeUndefined();
  });

  it('--project gives the analysis the checker, as typeAware does for the rule; a file outside the project is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'memory-project-'));
    try {
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'ES2023', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, types: [] }, include: ['buf.ts'] }));
      const file = join(dir, 'buf.ts');
      const source = 'export function f(n: number): number {\n  const xs = new Array(n).fill(0);\n  for (let i = 0; i < n; i++) xs[i] = i * 0.5;\n  return xs[0]! + xs.length;\n}\n';
      writeFileSync(file, source);
      // Without types `n` may not be a whole number; typed `number`, `new Array(n)` and the typed array agree.
      expect(run(file, source)).toBeUndefined();
      const project = join(dir, 'tsconfig.json');
      expect(run(file, source, { project })).toBe(source.replace('new Array(n).fill(0)', 'new Float64Array(n)'));
      writeFileSync(join(dir, 'other.ts'), source);
      expect(() => run(join(dir, 'other.ts'), source, { project })).toThrow(`other.ts:1:1: not part of the project ${project}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('--float32', () => {
    // `coords.length` is a whole size: without --float32, `positions` is an autofix (a Float64Array).
    const source = [
      'export function mesh(count, coords) {',
      '  // @float32: vertex positions for the GPU',
      '  const positions = new Array(coords.length).fill(0);',
      '  for (let i = 0; i < positions.length; i++) positions[i] = i * 0.5;',
      '  const normals = new Float64Array(count * 3);',
      '  // @float32',
      '  const uvs = new Float64Array(count * 2);',
      '  const weights = Array.from({ length: count }, (_, i) => 1 / (i + 1));',
      '  let total = 0;',
      '  for (const x of positions) total += x;',
      '  for (const x of weights) total += x;',
      '  return total + normals.length + uvs.length;',
      '}',
      '',
    ];
    const output = (positions: string, uvs: string, weights: string): string => {
      const lines = [...source];
      lines[2] = `  const positions = new ${positions}(coords.length);`;
      lines[6] = `  const uvs = new ${uvs}(count * 2);`;
      lines[7] = `  const weights = ${weights}.from({ length: count }, (_, i) => 1 / (i + 1));`;
      return lines.join('\n');
    };

    it('uses 32-bit floats for the declarations marked with the marker comment, and only for those', () => {
      const options = { float32: true, float32Marker: '@float32' };
      const fixed = run('mesh.js', source.join('\n'), options);
      expect(fixed).toBe(output('Float32Array', 'Float32Array', 'Float64Array'));
      expect(run('mesh.js', fixed!, options)).toBeUndefined();
    });

    it('without --float32 the marker changes nothing: the buffer becomes a Float64Array, existing Float64Arrays stay', () => {
      expect(run('mesh.js', source.join('\n'))).toBe(output('Float64Array', 'Float64Array', 'Float64Array'));
    });

    it('also picks the declarations whose names match --float32Names', () => {
      expect(run('mesh.js', source.join('\n'), { float32: 'true', float32Names: '^weights$' })).toBe(output('Float32Array', 'Float32Array', 'Float32Array'));
    });

    it('names prefer-float32 in the records of the sites it made 32-bit', () => {
      const record = (line: number, rule: string): object => ({ file: 'mesh.js', line, column: 9, codemod: 'use-typed-arrays', rule, status: 'rewritten' });
      expect(reported('mesh.js', source.join('\n'), { float32: true, float32Marker: '@float32' })).toEqual([record(3, 'prefer-float32'), record(7, 'prefer-float32'), record(8, 'prefer-typed-array')]);
    });

    // --float32 consents to the precision only: a marked buffer that prefer-typed-array would only suggest (its size
    // may not be whole, and it is returned) is still skipped without --unsafe.
    it('--float32 without --unsafe still skips a marked `number[]` buffer that prefer-typed-array only suggests', () => {
      const marked = 'export function f(n) {\n  // @float32\n  const xs = new Array(n).fill(0.5);\n  return xs;\n}\n';
      expect(run('marked.js', marked, { float32: true, float32Marker: '@float32' })).toBeUndefined();
      expect(run('marked.js', marked, { float32: true, float32Marker: '@float32', unsafe: true })).toBe(marked.replace('new Array(n)', 'new Float32Array(n)'));
    });

    it('rewrites a `Float64Array` annotation along with the constructor in TypeScript', () => {
      const ts = ['export function normals(count: number): number {', '  // @float32', '  const n: Float64Array = new Float64Array(count * 3);', '  return n.length;', '}', ''];
      const fixed = ['export function normals(count: number): number {', '  // @float32', '  const n: Float32Array = new Float32Array(count * 3);', '  return n.length;', '}', ''];
      expect(run('normals.ts', ts.join('\n'), { float32: true, float32Marker: '@float32' })).toBe(fixed.join('\n'));
    });
  });

  const body = [
    'function rms(samples) {',
    '\tconst squares = [];',
    '\tfor (let i = 0; i < samples.length; i++) squares.push(samples[i] ** 2);',
    '\tlet total = 0;',
    '\tfor (const s of squares) total += s;',
    '\treturn Math.sqrt(total / squares.length);',
    '}',
    '',
  ];
  const fixed = [...body];
  fixed[1] = '\tconst squares = new Float64Array(samples.length);';
  fixed[2] = '\tfor (let i = 0; i < samples.length; i++) squares[i] = samples[i] ** 2;';

  it('keeps tabs, CRLF line endings and a byte order mark', () => {
    expect(run('tabs.js', body.join('\n'))).toBe(fixed.join('\n'));
    expect(run('crlf.js', body.join('\r\n'))).toBe(fixed.join('\r\n'));
    expect(run('bom.js', `\uFEFF${body.join('\r\n')}`)).toBe(`\uFEFF${fixed.join('\r\n')}`);
  });

  it('records positions in the original file of a CRLF file with a byte order mark', () => {
    const { sites } = rewriteSource(`\uFEFF${body.join('\r\n')}`, 'bom.js', spec);
    expect(sites).toEqual([site('bom.js', 'rewritten', 2, 8)]);
  });

  it('names the file, line and column of a syntax error', () => {
    expect(() => run('broken.js', 'const xs = new Array(n).fill(0;\n')).toThrow("broken.js:1:30: ')' expected.");
    expect(() => run('broken.ts', 'const xs: number[] = new Array(n).fill(0;\n')).toThrow("broken.ts:1:40: ')' expected.");
  });
});
