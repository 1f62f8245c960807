// The runner's pieces that the end-to-end tests cannot reach at the right moment: the atomic writer's refusals
// (a file swapped for a link between read and write, ...), shard arithmetic, and the report schema's codemod list.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createColors } from 'picocolors';

import type { FileResult } from '../../codemods/engine.ts';
import { inShard, parseShard, UsageError } from '../../codemods/files.ts';
import { runPool } from '../../codemods/pool.ts';
import { unifiedDiff } from '../../codemods/review.ts';
import { codemods } from '../../codemods/registry.ts';
import { writeAtomic } from '../../codemods/write.ts';
import { cleanUp, makeTree, root } from './cli-harness.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('writeAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(makeTree({ 'src/a.js': 'old\r\n', 'outside/target.js': 'outside\n' }, 'memory-codemod-write-'));
  });
  afterEach(() => cleanUp(dir));
  const file = (): string => join(dir, 'src', 'a.js');
  const roots = (): string[] => [join(dir, 'src')];
  const names = (): string[] => readdirSync(join(dir, 'src')).sort();

  it.each([0o755, 0o640, 0o600])('replaces the contents byte for byte and keeps mode %o, leaving no temporary', (mode) => {
    chmodSync(file(), mode);
    writeAtomic(file(), '\uFEFFnew\r\n\ttext\r\n', sha256('old\r\n'), roots());
    expect(readFileSync(file()).equals(Buffer.from('\uFEFFnew\r\n\ttext\r\n', 'utf8'))).toBe(true);
    expect(lstatSync(file()).mode & 0o7777).toBe(mode);
    expect(names()).toEqual(['a.js']);
  });

  it('refuses a file replaced by a symbolic link since it was read: the link and its target stay as they were', () => {
    unlinkSync(file());
    symlinkSync(join(dir, 'outside', 'target.js'), file());
    expect(() => writeAtomic(file(), 'new\n', sha256('outside\n'), roots())).toThrow(`${file()}: no longer a regular file (a symbolic link?); left alone`);
    expect(lstatSync(file()).isSymbolicLink()).toBe(true);
    expect(readlinkSync(file())).toBe(join(dir, 'outside', 'target.js'));
    expect(readFileSync(join(dir, 'outside', 'target.js'), 'utf8')).toBe('outside\n');
    expect(names()).toEqual(['a.js']);
  });

  it('refuses a file whose directory resolves outside the roots (a directory swapped for a link)', () => {
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'b.js'), 'old\n');
    symlinkSync(join(dir, 'real'), join(dir, 'src', 'sub'));
    const target = join(dir, 'src', 'sub', 'b.js');
    expect(() => writeAtomic(target, 'new\n', sha256('old\n'), roots())).toThrow(`${target}: its directory resolves to ${join(dir, 'real')}, outside the paths given; left alone`);
    expect(readFileSync(join(dir, 'real', 'b.js'), 'utf8')).toBe('old\n');
    expect(readdirSync(join(dir, 'real'))).toEqual(['b.js']);
  });

  it('refuses a file changed since it was read (hash mismatch)', () => {
    writeFileSync(file(), 'edited meanwhile\n');
    expect(() => writeAtomic(file(), 'new\n', sha256('old\r\n'), roots())).toThrow(`${file()}: changed on disk during the run; left alone (run again)`);
    expect(readFileSync(file(), 'utf8')).toBe('edited meanwhile\n');
    expect(names()).toEqual(['a.js']);
  });

  it('refuses a hard-linked file: both names keep the old text', () => {
    linkSync(file(), join(dir, 'src', 'twin.js'));
    expect(() => writeAtomic(file(), 'new\n', sha256('old\r\n'), roots())).toThrow(`${file()}: has 1 other hard link(s); replacing it would split them, so it was left alone`);
    expect(readFileSync(file(), 'utf8')).toBe('old\r\n');
    expect(readFileSync(join(dir, 'src', 'twin.js'), 'utf8')).toBe('old\r\n');
    expect(names()).toEqual(['a.js', 'twin.js']);
  });
});

describe('runPool', () => {
  // Workers that die right after answering: the pool's next send often meets a closed channel (EPIPE), which used to
  // be an unhandled 'error' event that crashed the run (about one run in four here); a race, so it runs twice.
  it('survives workers dying between files: every file gets one result, the ones sent to a dead worker fail by name', async () => {
    const dir = makeTree({
      'suicide.cjs': "module.exports = (file, api) => { api.report(JSON.stringify({ memoryCodemod: 1, file: file.path, hash: '', output: null, sites: [] })); setImmediate(() => process.kill(process.pid, 'SIGKILL')); };\n",
    });
    try {
      const files = Array.from({ length: 12 }, (_, i) => join(dir, `f${i}.js`));
      for (const path of files) writeFileSync(path, 'x\n');
      for (let round = 0; round < 2; round++) {
        const results: FileResult[] = [];
        await runPool(files, { transform: join(dir, 'suicide.cjs'), workers: 2, options: { codemodName: 'all' }, onResult: (result) => results.push(result), stopped: () => false });
        expect(results.map((result) => result.file).sort()).toEqual([...files].sort());
        for (const result of results) {
          if (result.error !== undefined) expect(result.error).toBe(`${result.file}:0:0: the worker process was killed (SIGKILL) while rewriting this file; it was left unchanged`);
        }
      }
    } finally {
      cleanUp(dir);
    }
  });
});

describe('shards', () => {
  it.each(['0/3', '4/3', '1/0', '2', 'a/b', '-1/3', '1/3/3', ''])('--shard %j is refused', (text) => {
    expect(() => parseShard(text)).toThrow(UsageError);
    expect(() => parseShard(text)).toThrow(`--shard takes i/n with 1 <= i <= n (like 2/3), not "${text}"`);
  });

  it('accepts i/n and puts every path in exactly one of the n shards', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    const paths = Array.from({ length: 200 }, (_, i) => `src/dir${i % 7}/file${i}.ts`);
    const perShard = [1, 2, 3].map((index) => paths.filter((path) => inShard(path, index, 3)).length);
    expect(perShard.reduce((a, b) => a + b, 0)).toBe(200);
    expect(paths.every((path) => [1, 2, 3].filter((index) => inShard(path, index, 3)).length === 1)).toBe(true);
    // Roughly even: no shard has fewer than half its share.
    expect(Math.min(...perShard)).toBeGreaterThan(33);
  });
});

describe('docs/codemods/report.schema.json', () => {
  it('lists exactly the registry codemods', () => {
    const schema = JSON.parse(readFileSync(join(root, 'docs', 'codemods', 'report.schema.json'), 'utf8')) as { definitions: { codemodName: { enum: string[] } } };
    expect(schema.definitions.codemodName.enum).toEqual(Object.keys(codemods));
  });
});

describe('unifiedDiff', () => {
  const plain = createColors(false);
  it('prefixes a path below the working directory with a/ and b/, as git diff does', () => {
    expect(unifiedDiff('src/x.js', 'a = 1;\n', 'a = 2;\n', plain)).toBe(
      ['diff --memory-codemod a/src/x.js b/src/x.js', '--- a/src/x.js', '+++ b/src/x.js', '@@ -1,1 +1,1 @@', '-a = 1;', '+a = 2;', ''].join('\n'),
    );
  });

  it('shows a path outside it absolute, without prefixes, as diff -u does (patch -p1 from / applies it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unified-diff-'));
    try {
      const file = join(dir, 'x.js');
      writeFileSync(file, 'a = 1;\nb = 1;\n');
      const patch = unifiedDiff(file, 'a = 1;\nb = 1;\n', 'a = 2;\nb = 1;\n', plain);
      expect(patch.split('\n').slice(0, 3)).toEqual([`diff --memory-codemod ${file} ${file}`, `--- ${file}`, `+++ ${file}`]);
      execFileSync('patch', ['-p1', '--silent'], { input: patch, cwd: '/' });
      expect(readFileSync(file, 'utf8')).toBe('a = 2;\nb = 1;\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
