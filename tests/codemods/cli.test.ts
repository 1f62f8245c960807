// End to end: the built `memory-codemod` CLI on real temp directories (npm test builds first, in `pretest`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'codemods', 'cli.js');

const FIXABLE = 'export function f(n) {\n  let xs = Array.from({ length: n }, (_, i) => i);\n  xs = xs.map((x) => x * 2);\n  return xs;\n}\n';
const FIXED = 'export function f(n) {\n  let xs = Array.from({ length: n }, (_, i) => i);\n  for (let i = 0; i < xs.length; i++) {\n    const x = xs[i];\n    xs[i] = x * 2;\n  }\n  return xs;\n}\n';
const PARAMETER = 'export function g(xs) {\n  xs = xs.map((x) => x * 2);\n  return xs;\n}\n';
const BROKEN = 'let = ;\n';

let dir: string;

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd: dir, stdio: 'ignore' });
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'memory-codemod-test-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'node_modules', 'dep'), { recursive: true });
  writeFileSync(join(dir, 'src', 'a.js'), FIXABLE);
  writeFileSync(join(dir, 'src', 'b.ts'), PARAMETER);
  writeFileSync(join(dir, 'node_modules', 'dep', 'a.js'), FIXABLE);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('memory-codemod', () => {
  it('rewrites what the rule autofixes, skips the rest with its reason, and leaves node_modules alone', () => {
    const { code, out } = run('rewrite-in-place', 'src');
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'src', 'a.js'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'src', 'b.ts'), 'utf8')).toBe(PARAMETER);
    expect(readFileSync(join(dir, 'node_modules', 'dep', 'a.js'), 'utf8')).toBe(FIXABLE);
    expect(out).toBe(
      [
        'rewrite-in-place: 2 file(s) scanned, 1 changed, 1 unchanged, 0 failed',
        '  sites rewritten: 1, skipped: 1',
        "  skipped (1): `xs` is a parameter: rewriting it in place changes the caller's array (suggestion only: rewrite with --unsafe)",
        '    src/b.ts:2:3',
        '',
      ].join('\n'),
    );
  });

  it('--dry writes nothing and says what would change', () => {
    const { code, out } = run('rewrite-in-place', 'src', '--dry');
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'src', 'a.js'), 'utf8')).toBe(FIXABLE);
    expect(out.split('\n')[0]).toBe('rewrite-in-place: 2 file(s) scanned, 1 would change, 1 unchanged, 0 failed');
  });

  it('--print prints the rewritten file and writes nothing', () => {
    const { code, out } = run('rewrite-in-place', 'src/a.js', '--print');
    expect(code).toBe(0);
    expect(out).toContain(FIXED);
    expect(readFileSync(join(dir, 'src', 'a.js'), 'utf8')).toBe(FIXABLE);
  });

  it('--unsafe also applies suggestion-level rewrites', () => {
    expect(run('rewrite-in-place', 'src/b.ts', '--unsafe').code).toBe(0);
    expect(readFileSync(join(dir, 'src', 'b.ts'), 'utf8')).toBe(
      'export function g(xs) {\n  for (let i = 0; i < xs.length; i++) {\n    const x = xs[i]!;\n    xs[i] = x * 2;\n  }\n  return xs;\n}\n',
    );
  });

  it('names a file that does not parse, leaves it byte-identical, still rewrites the others, and exits 1', () => {
    writeFileSync(join(dir, 'src', 'bad.js'), BROKEN);
    const { code, out } = run('rewrite-in-place', 'src');
    expect(code).toBe(1);
    expect(out).toContain('  failed: src/bad.js:1:6: Expression expected.');
    expect(readFileSync(join(dir, 'src', 'bad.js'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(join(dir, 'src', 'a.js'), 'utf8')).toBe(FIXED);
  });

  it('refuses a file that is not valid UTF-8 rather than write it back damaged', () => {
    const bytes = Buffer.concat([Buffer.from('let xs = [1, 2];\n// caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(join(dir, 'src', 'latin1.js'), bytes);
    const { code, out } = run('rewrite-in-place', 'src/latin1.js');
    expect(code).toBe(1);
    expect(out).toContain('failed: src/latin1.js:1:1: the file is not valid UTF-8');
    expect(readFileSync(join(dir, 'src', 'latin1.js')).equals(bytes)).toBe(true);
  });

  it('refuses a git tree with uncommitted changes unless --force', () => {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'initial');
    writeFileSync(join(dir, 'src', 'b.ts'), `${PARAMETER}// edited\n`);
    const refused = run('rewrite-in-place', 'src');
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('memory-codemod: src is in a git tree with uncommitted changes; commit or stash them first, or pass --force\n');
    expect(readFileSync(join(dir, 'src', 'a.js'), 'utf8')).toBe(FIXABLE);
    expect(run('rewrite-in-place', 'src', '--force').code).toBe(0);
    expect(readFileSync(join(dir, 'src', 'a.js'), 'utf8')).toBe(FIXED);
  });

  it('rejects an unknown codemod with the known names', () => {
    const { code, err } = run('nope', 'src');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('memory-codemod: unknown codemod "nope"; known: rewrite-in-place, fix-spread-patterns, use-typed-arrays, release-intermediates, hoist-allocations, copy-retained-views, transfer-buffers, fuse-array-chains, all');
  });

  it('runs every codemod with `all`', () => {
    const { code, out } = run('all', 'src');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('rewrite-in-place: 2 file(s) scanned, 1 changed, 1 unchanged, 0 failed');
  });
});
