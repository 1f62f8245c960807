// The release-intermediates transform: fixture pairs (callback-based releases only with --unsafe), the exact skip
// records, TypeScript still compiling the rewritten fixtures, and --project writing types the syntax does not show.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as ts from 'typescript';

import { retainedIntermediatePattern } from '../../analysis/retained-intermediate.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import transform from '../../codemods/release-intermediates.ts';
import { describeFixtures, fixturesOf } from './harness.ts';

const spec = { codemod: 'release-intermediates', rule: 'no-retained-intermediate', pattern: retainedIntermediatePattern, options: { sources: [] } };
const run = (path: string, source: string, options: Record<string, unknown> = {}): string | undefined => transform({ path, source }, { report: () => {} }, options);
const inputs = describeFixtures('release-intermediates', transform);
const { dir: fixtures } = fixturesOf('release-intermediates');

/** tsc's diagnostics for files, compiled strictly against Node's types (as a user's project would be). */
function typeErrors(files: readonly string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'], typeRoots: [join(import.meta.dirname, '../../node_modules/@types')], skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('release-intermediates', () => {
  it('has JS, TS, --unsafe, eval and no-op fixtures', () => {
    expect(inputs).toEqual(['callbacks.unsafe.input.js', 'etl.input.js', 'eval.input.js', 'noop.input.js', 'phase.unsafe.input.ts', 'scripts.input.js', 'typed.input.ts']);
  });

  it.each(['typed', 'phase.unsafe'])('leaves TypeScript compiling: tsc --noEmit over %s input and output', (name) => {
    expect(typeErrors([join(fixtures, `${name}.input.ts`)])).toEqual([]);
    expect(typeErrors([join(fixtures, `${name}.output.ts`)])).toEqual([]);
  });

  it('records the sites it leaves, with their reasons', () => {
    const site = (file: string, status: string, line: number, column: number, reason?: string): object => ({ file, line, column, codemod: 'release-intermediates', rule: 'no-retained-intermediate', status, ...(reason ? { reason } : {}) });
    const sitesOf = (fixture: string, name: string): ReturnType<typeof rewriteSource>['sites'] => rewriteSource(readFileSync(join(fixtures, fixture), 'utf8'), name, spec).sites;
    const untyped = 'its type cannot be written without type information (enable `typeAware`, or run the codemod with `--project`); moving the phase into a function of its own may change the types TypeScript infers (suggestion only: rewrite with --unsafe)';
    expect(sitesOf('typed.input.ts', 'typed.ts')).toEqual([
      site('typed.ts', 'rewritten', 5, 9),
      site('typed.ts', 'rewritten', 43, 9),
      site('typed.ts', 'skipped', 29, 9, untyped),
      site('typed.ts', 'skipped', 37, 9, 'it assumes the callback passed to `filter` on line 38 runs before `filter` returns (suggestion only: rewrite with --unsafe)'),
    ]);
    const temporary = 'its use on line 8 leaves it, or a part of it, in a temporary register that `data = undefined` would not clear; moving the phase into a function of its own may change the types TypeScript infers (suggestion only: rewrite with --unsafe)';
    expect(sitesOf('phase.unsafe.input.ts', 'phase.ts')).toEqual([site('phase.ts', 'skipped', 6, 9, temporary), site('phase.ts', 'skipped', 15, 9, untyped)]);
    expect(sitesOf('scripts.input.js', 'scripts.js').filter((s) => s.status === 'skipped')).toEqual([
      site('scripts.js', 'skipped', 3, 14, 'it is exported: importers may read it at any time'),
    ]);
    expect(sitesOf('eval.input.js', 'eval.js')).toEqual([site('eval.js', 'skipped', 5, 9, 'a direct `eval` or `with` in scope could read it later')]);
    expect(sitesOf('callbacks.unsafe.input.js', 'callbacks.js')).toEqual([
      site('callbacks.js', 'skipped', 6, 9, 'it assumes the callback passed to `filter` on line 7 runs before `filter` returns (suggestion only: rewrite with --unsafe)'),
    ]);
  });

  it('does not read a file after looking up the method that receives it (review regression: `db.insert` could change meanwhile)', () => {
    const source = "export async function f(p, db) {\n  const raw = await readFile(p, 'utf8');\n  await db.insert(JSON.parse(raw));\n  await tick();\n}\n";
    expect(run('f.js', source)).toBe(source.replace('  const raw', '  let raw').replace('(JSON.parse(raw));\n', '(JSON.parse(raw));\n  raw = undefined;\n'));
  });

  it('--project writes the type the checker knows, and the result still compiles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'memory-project-'));
    try {
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, types: ['node'], typeRoots: [join(import.meta.dirname, '../../node_modules/@types')], skipLibCheck: true }, include: ['load.ts'] }));
      const file = join(dir, 'load.ts');
      const source = [
        "import { readFileSync } from 'node:fs';",
        '',
        'export function load(path: string): number {',
        '  const data = readFileSync(path);',
        '  const size = data.byteLength + data.readUInt8(0);',
        '  let sum = 0;',
        '  for (let i = 0; i < size; i++) sum += i;',
        '  return sum;',
        '}',
        '',
      ].join('\n');
      writeFileSync(file, source);
      // Without types the Buffer's type cannot be written (moving the phase into a function is only a suggestion in
      // TypeScript); the checker names the type, and the release is made.
      expect(run(file, source)).toBeUndefined();
      const output = run(file, source, { project: join(dir, 'tsconfig.json') });
      expect(output).toBe(source.replace('  const data = readFileSync(path);', '  let data: NonSharedBuffer | undefined = readFileSync(path);').replace('data.readUInt8(0);\n', 'data.readUInt8(0);\n  data = undefined;\n'));
      writeFileSync(file, output!);
      expect(typeErrors([file])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
