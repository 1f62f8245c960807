import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { type FileResult, failedFile } from './site.ts';

const require = createRequire(import.meta.url);

export interface PoolOptions {
  /** The compiled transform module jscodeshift's worker loads. */
  transform: string;
  workers: number;
  /** jscodeshift options sent with every file (JSON). */
  options: Record<string, unknown>;
  /** Options for one file only (its flagged sites for `--only-in-lint-report`). */
  optionsFor?: (file: string) => Record<string, unknown> | undefined;
  onResult: (result: FileResult) => void;
  /** Set to stop sending files; the files in progress finish. */
  stopped: () => boolean;
}

interface WorkerMessage {
  action: string;
  status?: string;
  msg?: string;
  file?: string;
}

/**
 * Runs the files through jscodeshift's own worker processes (`jscodeshift/src/Worker.js`, the module its runner
 * forks), one file at a time per worker, so that each result, error or crash belongs to one named file. The
 * transform sends its `FileResult` back through `api.report` and writes nothing: the parent writes.
 *
 * What jscodeshift's runner does not do, this does: a worker that dies (out of memory, killed) fails the file it
 * was working on, by name, and a fresh worker takes the remaining files; a file that produced no result is a
 * failure, never a silent success.
 */
export function runPool(files: readonly string[], pool: PoolOptions): Promise<void> {
  const workerModule = require.resolve('jscodeshift/src/Worker.js');
  let next = 0;
  let live = 0;
  return new Promise<void>((resolveAll) => {
    const start = (): void => {
      const child = fork(workerModule, [pool.transform, 'no-babel'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
      children.add(child);
      live++;
      let current: string | undefined;
      let answered = false;
      let stderr = '';
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (chunk: string) => {
        stderr = (stderr + chunk).slice(-2000);
      });
      const fail = (file: string, message: string): void => {
        answered = true;
        pool.onResult(failedFile(file, message, String(pool.options['codemodName'] ?? ''), ''));
      };
      // A worker can die between its last message and this send (killed, out of memory): without a callback the
      // EPIPE is an 'error' event nobody listens to, which crashed the whole run. The 'exit' handler below fails
      // the file just sent and starts a replacement, so the send error itself needs nothing more.
      const post = (message: { files: string[]; options: Record<string, unknown> }): void => {
        child.send(message, () => {});
      };
      const dispatch = (): void => {
        if (next >= files.length || pool.stopped()) {
          current = undefined;
          post({ files: [], options: pool.options });
          return;
        }
        current = files[next++]!;
        answered = false;
        post({ files: [current], options: { ...pool.options, ...pool.optionsFor?.(current) } });
      };
      child.on('message', (message: WorkerMessage) => {
        if (message.action === 'report' && message.msg?.startsWith('{"memoryCodemod"')) {
          answered = true;
          pool.onResult(JSON.parse(message.msg) as FileResult);
        } else if (message.action === 'status' && message.status === 'error' && current !== undefined && !answered) {
          // jscodeshift's worker could not read the file (or the transform module failed): its words, our format.
          fail(current, `${current}:0:0: ${message.msg?.startsWith(current) ? message.msg.slice(current.length).trim() : (message.msg ?? 'failed')}`);
        } else if (message.action === 'free') {
          if (current !== undefined && !answered) fail(current, `${current}:0:0: the worker returned no result for this file; it was left unchanged`);
          dispatch();
        }
      });
      child.on('exit', (code, signal) => {
        children.delete(child);
        live--;
        if (current !== undefined && !answered && !pool.stopped()) {
          const why = signal ? `was killed (${signal})` : `exited with code ${code}`;
          const detail = stderr.trim().split('\n').filter(Boolean).slice(-1)[0];
          fail(current, `${current}:0:0: the worker process ${why} while rewriting this file; it was left unchanged${detail ? ` (${detail.trim()})` : ''}`);
        }
        if (next < files.length && !pool.stopped() && (code !== 0 || signal)) start();
        else if (live === 0) resolveAll();
      });
      dispatch();
    };
    const count = Math.max(1, Math.min(pool.workers, files.length));
    if (files.length === 0) {
      resolveAll();
      return;
    }
    for (let i = 0; i < count; i++) start();
  });
}

/** Stops every worker now (Ctrl-C): their files in progress are not written, as only the parent writes. */
export function killWorkers(): void {
  for (const child of children) child.kill('SIGTERM');
}

const children = new Set<ChildProcess>();

/** Reads a file the way jscodeshift's worker does (UTF-8), for the in-process mode. */
export function readSource(file: string): string {
  return readFileSync(file).toString();
}
