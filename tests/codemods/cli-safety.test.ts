// End to end, what the runner promises about the user's files: a dirty tree is refused, symbolic links are not
// followed, and a run killed at any moment (the whole process group, Ctrl-C, one worker) leaves every file either as
// it was or as rewritten.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { cleanUp, cli, cliEnv, commitAll, FIXABLE, FIXED, makeTree, PARAMETER, readTree, runCli } from './cli-harness.ts';

vi.setConfig({ testTimeout: 180_000 });

describe('memory-codemod on a git tree', () => {
  it('refuses a tree with uncommitted changes (exit 2, nothing written), allows --dry, and --force rewrites', async () => {
    const dir = makeTree({ 'src/a.js': FIXABLE, 'src/b.ts': PARAMETER });
    try {
      commitAll(dir);
      writeFileSync(join(dir, 'src', 'b.ts'), `${PARAMETER}// edited\n`);
      const [refused, dry] = await Promise.all([runCli(['all', 'src', '--workers', '0'], { cwd: dir }), runCli(['all', 'src', '--dry', '--workers', '0'], { cwd: dir })]);
      expect(refused).toMatchObject({ code: 2, out: '', err: 'memory-codemod: src is in a git tree with uncommitted changes; commit or stash them first, or pass --force\n' });
      expect(dry.code).toBe(0);
      expect(dry.out.split('\n')[0]).toBe('memory-codemod all: 2 file(s) scanned, 1 would change, 1 unchanged, 0 failed');
      expect(readTree(dir)).toEqual({ 'src/a.js': FIXABLE, 'src/b.ts': `${PARAMETER}// edited\n` });
      const forced = await runCli(['all', 'src', '--force', '--workers', '0'], { cwd: dir });
      expect(forced.code).toBe(0);
      expect(forced.out.split('\n')[0]).toBe('memory-codemod all: 2 file(s) scanned, 1 changed, 1 unchanged, 0 failed');
      expect(readTree(dir)).toEqual({ 'src/a.js': FIXED, 'src/b.ts': `${PARAMETER}// edited\n` });
    } finally {
      cleanUp(dir);
    }
  });
});

describe('memory-codemod and symbolic links', () => {
  it('follows no link, inside the tree or given as the path: the files outside stay as they were', async () => {
    const base = makeTree({ 'work/src/a.js': FIXABLE, 'outside/o.js': FIXABLE, 'outside/dir/o.js': FIXABLE });
    try {
      symlinkSync(join(base, 'outside', 'o.js'), join(base, 'work', 'src', 'link.js'));
      symlinkSync(join(base, 'outside', 'dir'), join(base, 'work', 'src', 'linkdir'));
      symlinkSync(join(base, 'outside', 'o.js'), join(base, 'work', 'top.js'));
      const run = await runCli(['all', 'src', 'top.js', '--workers', '0'], { cwd: join(base, 'work') });
      expect(run.code).toBe(0);
      expect(run.out).toBe(
        [
          'memory-codemod all: 1 file(s) scanned, 1 changed, 0 unchanged, 0 failed',
          '  not scanned: 3 symbolic link(s) not followed',
          '  codemod           files changed  sites rewritten  sites skipped',
          '  rewrite-in-place              1                1              0',
          '  total                         1                1              0',
          '',
        ].join('\n'),
      );
      expect(readTree(base)).toEqual({ 'outside/dir/o.js': FIXABLE, 'outside/o.js': FIXABLE, 'work/src/a.js': FIXED });
    } finally {
      cleanUp(base);
    }
  });
});

/** A file big enough to take a worker a noticeable time: `copies` functions, each with one site. */
function large(copies: number): string {
  return Array.from({ length: copies }, (_, i) => FIXABLE.replace('function f(', `function f${i}(`)).join('');
}

const BIG = large(150);
let bigFixed: Promise<string> | undefined;

/** The large file's rewrite, computed once by a complete run on a copy of it. */
function rewrittenBig(): Promise<string> {
  bigFixed ??= (async () => {
    const reference = makeTree({ 'big.js': BIG });
    try {
      const run = await runCli(['rewrite-in-place', 'big.js', '--workers', '0'], { cwd: reference });
      expect(run.code).toBe(0);
      const text = readFileSync(join(reference, 'big.js'), 'utf8');
      expect(text).not.toBe(BIG);
      return text;
    } finally {
      cleanUp(reference);
    }
  })();
  return bigFixed;
}

/** A tree of `small` copies of FIXABLE with `big` large files spread among them (file order is by path). */
async function killableTree(small: number, big: number): Promise<{ dir: string; files: Record<string, string>; expected: Record<string, string> }> {
  const files: Record<string, string> = {};
  for (let i = 0; i < small; i++) files[`k/f${String(i).padStart(3, '0')}.js`] = FIXABLE;
  for (let i = 0; i < big; i++) files[`k/f${String(Math.floor(((i + 0.5) * small) / big)).padStart(3, '0')}-large.js`] = BIG;
  const fixedBig = await rewrittenBig();
  const expected: Record<string, string> = {};
  for (const [file, text] of Object.entries(files)) expected[file] = text === FIXABLE ? FIXED : fixedBig;
  return { dir: makeTree(files), files, expected };
}

/** Starts the CLI and resolves once its stderr shows a progress line (some files are done, most are not). */
function startAndWaitForProgress(args: readonly string[], cwd: string, detached: boolean): Promise<{ child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> }> {
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: cliEnv(), detached, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolveDone) => child.on('close', (code, signal) => resolveDone({ code, signal, out, err })));
  return new Promise((resolveStarted, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      if (/^memory-codemod: \d+\/\d+ files/m.test(err)) resolveStarted({ child, done });
    });
    void done.then((result) => reject(new Error(`the run ended before any progress: ${JSON.stringify(result)}`)));
  });
}

/** Every file below `dir` is exactly its old or its new text; returns how many of each, and the other names. */
function oldOrNew(dir: string, files: Record<string, string>, expected: Record<string, string>): { old: number; new: number; others: string[] } {
  const tree = readTree(dir);
  const counts = { old: 0, new: 0, others: [] as string[] };
  for (const [file, text] of Object.entries(tree)) {
    if (!(file in files)) counts.others.push(file);
    else if (text === files[file]) counts.old++;
    else if (text === expected[file]) counts.new++;
    else expect.fail(`${file} is neither its old nor its new text:\n${text}`);
  }
  expect(Object.keys(files).filter((file) => !(file in tree))).toEqual([]);
  return counts;
}

describe('memory-codemod killed mid-run', () => {
  it('SIGKILL of the whole process group leaves every file old or new (temporaries at most)', async () => {
    const { dir, files, expected } = await killableTree(240, 8);
    try {
      const { child, done } = await startAndWaitForProgress(['all', 'k', '--workers', '1'], dir, true);
      process.kill(-child.pid!, 'SIGKILL');
      const result = await done;
      expect(result.signal).toBe('SIGKILL');
      const counts = oldOrNew(dir, files, expected);
      expect(counts.old).toBeGreaterThan(0);
      expect(counts.new).toBeGreaterThan(0);
      for (const other of counts.others) expect(other).toMatch(new RegExp(`^k/\\.f\\d{3}(-large)?\\.js\\.${child.pid}-\\d+\\.memory-codemod\\.tmp$`));
    } finally {
      cleanUp(dir);
    }
  });

  it('Ctrl-C (SIGINT to the CLI): exit 130, the summary says interrupted, every file old or new, no temporaries', async () => {
    const { dir, files, expected } = await killableTree(120, 4);
    try {
      const { child, done } = await startAndWaitForProgress(['all', 'k', '--workers', '1'], dir, false);
      child.kill('SIGINT');
      const result = await done;
      expect(result.code).toBe(130);
      const counts = oldOrNew(dir, files, expected);
      expect(counts.others).toEqual([]);
      expect(counts.old).toBeGreaterThan(0);
      expect(counts.new).toBeGreaterThan(0);
      const lines = result.out.split('\n');
      expect(lines[0]).toBe(`memory-codemod all (interrupted): ${counts.new} file(s) scanned, ${counts.new} changed, 0 unchanged, 0 failed`);
      expect(lines[1]).toBe(`  not scanned: ${counts.old} not reached (interrupted)`);
    } finally {
      cleanUp(dir);
    }
  });

  it('a worker killed mid-file fails that file by name; a new worker does the rest (exit 1)', async () => {
    // The kill can land between two files of the worker (nothing to fail): then the whole setup is tried again.
    for (let attempt = 1; ; attempt++) {
      const { dir, files, expected } = await killableTree(60, 6);
      try {
        const { child, done } = await startAndWaitForProgress(['all', 'k', '--workers', '2'], dir, false);
        const workers = childrenOf(child.pid!);
        expect(workers.length).toBeGreaterThan(0);
        process.kill(workers[0]!, 'SIGKILL');
        const result = await done;
        if (result.code === 0 && attempt < 4) continue;
        expect(result.code).toBe(1);
        const failed = result.out.split('\n').filter((line) => line.startsWith('  failed: '));
        expect(failed).toHaveLength(1);
        const match = /^ {2}failed: (k\/\S+):0:0: the worker process was killed \(SIGKILL\) while rewriting this file; it was left unchanged$/.exec(failed[0]!);
        expect(match, failed[0]).not.toBeNull();
        const victim = match![1]!;
        const total = Object.keys(files).length;
        expect(result.out.split('\n')[0]).toBe(`memory-codemod all: ${total} file(s) scanned, ${total - 1} changed, 0 unchanged, 1 failed`);
        const tree = readTree(dir);
        for (const file of Object.keys(files)) expect([file, tree[file]]).toEqual([file, file === victim ? files[file] : expected[file]]);
        return;
      } finally {
        cleanUp(dir);
      }
    }
  });
});

/** The process ids whose parent is `pid` (from /proc, as `pgrep -P` reads them). */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // `pid (comm) state ppid ...`: comm may hold spaces and parentheses, so read after the last `)`.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === pid) found.push(Number(entry));
  }
  return found;
}
