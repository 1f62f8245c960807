// The copy-retained-views transform: fixture pairs (byte copies only with --unsafe), the exact skip records,
// TypeScript still compiling the rewritten fixture, and a runtime check that the rewritten code keeps the same piece
// while its 10 MB parent becomes collectable.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as ts from 'typescript';

import { retainedViewPattern } from '../../analysis/retained-view.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import transform from '../../codemods/copy-retained-views.ts';
import { describeFixtures, fixturesOf } from './harness.ts';

const spec = { codemod: 'copy-retained-views', rule: 'no-retained-view', pattern: retainedViewPattern, options: { sources: [] } };
const inputs = describeFixtures('copy-retained-views', transform);
const { dir: fixtures } = fixturesOf('copy-retained-views');

function typeErrors(files: readonly string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'], typeRoots: [join(import.meta.dirname, '../../node_modules/@types')], skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('copy-retained-views', () => {
  it('has JS, TS, --unsafe and no-op fixtures', () => {
    expect(inputs).toEqual(['buffers.input.js', 'buffers.unsafe.input.js', 'noop.input.js', 'strings.input.js', 'typed.unsafe.input.ts']);
  });

  it('leaves TypeScript compiling: tsc --noEmit over the typed input and output', () => {
    expect(typeErrors([join(fixtures, 'typed.unsafe.input.ts')])).toEqual([]);
    expect(typeErrors([join(fixtures, 'typed.unsafe.output.ts')])).toEqual([]);
  });

  it('does not autofix a view of `Buffer.from(ab)`, which shares `ab`\'s memory (review regression)', () => {
    const source = "export async function f(res) {\n  const ab = await res.arrayBuffer();\n  const head = Buffer.from(ab).subarray(0, 16);\n  new Uint8Array(ab)[0] = 9;\n  return () => head[0];\n}\n";
    const { output, sites } = rewriteSource(source, 'from.js', spec);
    expect(output).toBeUndefined();
    expect(sites.map((site) => site.status)).toEqual(sites.length > 0 ? sites.map(() => 'skipped') : []);
  });

  it('records the sites it rewrites and leaves, with their reasons', () => {
    const site = (file: string, status: string, line: number, column: number, reason?: string): object => ({ file, line, column, codemod: 'copy-retained-views', rule: 'no-retained-view', status, ...(reason ? { reason } : {}) });
    const sitesOf = (fixture: string, name: string, unsafe = false): ReturnType<typeof rewriteSource>['sites'] => rewriteSource(readFileSync(join(fixtures, fixture), 'utf8'), name, spec, { unsafe }).sites;
    const shared = (parent: string): string => `a copy no longer shares memory with \`${parent}\`: a write through either one, or a read of \`.buffer\` or \`.byteOffset\`, would see the difference (suggestion only: rewrite with --unsafe)`;
    const missing = "`line.split(',')[2]` may be `undefined`, which a copy would turn into the string 'undefined'";
    expect(sitesOf('strings.input.js', 'strings.js')).toEqual([
      site('strings.js', 'rewritten', 8, 12),
      site('strings.js', 'rewritten', 15, 18),
      site('strings.js', 'rewritten', 22, 78),
      site('strings.js', 'skipped', 29, 10, 'the piece\'s length is not known here: a copy of a long piece costs as much again while the parent lives (suggestion only: rewrite with --unsafe)'),
    ]);
    expect(sitesOf('buffers.input.js', 'buffers.js')).toEqual([
      site('buffers.js', 'rewritten', 22, 15),
      site('buffers.js', 'skipped', 6, 38, shared('buf')),
      site('buffers.js', 'skipped', 13, 18, shared('buf')),
      site('buffers.js', 'skipped', 14, 17, '`slice` counts a negative offset from the end and clamps a range past the end, where `new DataView` throws a RangeError; and the copy no longer shares memory with `buf.buffer` (suggestion only: rewrite with --unsafe)'),
      site('buffers.js', 'skipped', 15, 18, shared('buf')),
      site('buffers.js', 'skipped', 29, 72, missing),
    ]);
    expect(sitesOf('buffers.unsafe.input.js', 'buffers.js', true).filter((s) => s.status === 'skipped')).toEqual([site('buffers.js', 'skipped', 28, 72, missing)]);
    expect(sitesOf('noop.input.js', 'noop.js')).toEqual([]);
  });

  // Original and rewritten code run on a real 10 MB parent in a fresh `node --expose-gc`: the kept piece is equal by
  // value, and only after the rewrite is the parent collected (a WeakRef on the Buffer's ArrayBuffer; for a string,
  // which a WeakRef cannot hold, the heap growth that stays).
  it.each([
    ['bytes', 'const buf = readFileSync(process.argv[2]);', 'buf.subarray(64, 80)', "const buf = Buffer.alloc(10 * 2 ** 20, 7); buf.write('order-0123456789', 64); ref = new WeakRef(buf.buffer);", 'ref.deref() === undefined'],
    ['string', "const raw = readFileSync(process.argv[2], 'utf8');", 'raw.slice(raw.length - 20, raw.length - 4)', "const raw = 'x'.repeat(10 * 2 ** 20 - 20) + 'order-0123456789abcd';", 'process.memoryUsage().heapUsed - before < 5e6'],
  ])('frees the parent of a %s piece at run time, keeping the same value', (_, read, piece, make, freed) => {
    const source = `import { readFileSync } from 'node:fs';\nconst kept = [];\nexport function keep() {\n  ${read}\n  kept.push(${piece});\n}\n`;
    const copied = /kept\.push\((.*)\);/.exec(rewriteSource(source, 'keep.js', spec, { unsafe: true }).output ?? '')?.[1];
    expect(copied).toMatch(/^(?:Uint8Array\.prototype\.slice\.call\(buf, 64, 80\)|\(' ' \+ raw\.slice\(.*\)\)\.slice\(1\))$/);
    const run = (expression: string): { value: string; freed: boolean } => {
      const program = `let ref; const kept = []; globalThis.gc(); globalThis.gc(); const before = process.memoryUsage().heapUsed;
function keep() { ${make} kept.push(${expression}); }
keep();
setTimeout(() => { globalThis.gc(); globalThis.gc(); console.log(JSON.stringify({ value: Buffer.from(kept[0]).toString('latin1'), freed: ${freed} })); });`;
      return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', program], { encoding: 'utf8' })) as { value: string; freed: boolean };
    };
    const after = run(copied!);
    expect(after).toEqual({ value: 'order-0123456789', freed: true });
    expect(run(piece)).toEqual({ value: 'order-0123456789', freed: false });
  });
});
