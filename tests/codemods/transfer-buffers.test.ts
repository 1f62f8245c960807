// The transfer-buffers transform: fixture pairs (the rule's suggestions only with --unsafe), the exact skip records.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';

import { transferPattern } from '../../analysis/transfer.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import transform from '../../codemods/transfer-buffers.ts';
import { describeFixtures, fixturesOf } from './harness.ts';

const spec = { codemod: 'transfer-buffers', rule: 'prefer-transfer', pattern: transferPattern, options: {} };
const inputs = describeFixtures('transfer-buffers', transform);

describe('transfer-buffers', () => {
  it('has a rewritten, an --unsafe and a no-op fixture', () => {
    expect(inputs).toEqual(['noop.input.js', 'review.input.js', 'workers.input.js', 'workers.unsafe.input.js']);
  });

  const site = (file: string, status: string, line: number, column: number, reason?: string): object => ({ file, line, column, codemod: 'transfer-buffers', rule: 'prefer-transfer', status, ...(reason ? { reason } : {}) });
  const sitesOf = (input: string, unsafe = false): object[] => {
    const source = readFileSync(join(fixturesOf('transfer-buffers').dir, input), 'utf8');
    return rewriteSource(source, input, spec, { unsafe }).sites;
  };

  it('keeps the review regressions: a for-head buffer, kept fill() and [\'buffer\'] results, SharedArrayBuffer views', () => {
    const suggestion = (reason: string): string => `${reason} (suggestion only: rewrite with --unsafe)`;
    expect(sitesOf('review.input.js')).toEqual([
      site('review.input.js', 'rewritten', 30, 3),
      site('review.input.js', 'skipped', 6, 59, suggestion('the call is in a loop that posts the same `data` again on the next turn, after the transfer detached it')),
      site('review.input.js', 'skipped', 11, 3, suggestion('`data.fill` may keep a reference to `data`, which the transfer would detach')),
      site('review.input.js', 'skipped', 17, 3, suggestion("`data['buffer']` may keep a reference to `data`, which the transfer would detach")),
    ]);
  });

  it('records the sites it leaves, with their reasons', () => {
    const pool = "Node marks the 8 KiB pool slab untransferable and silently copies the whole slab (other Buffers' bytes included) instead";
    expect(sitesOf('workers.input.js')).toEqual([
      site('workers.input.js', 'rewritten', 7, 10),
      site('workers.input.js', 'rewritten', 13, 3),
      site('workers.input.js', 'skipped', 19, 3, '`samples` is used after the call (line 20), when the transfer has left it empty (suggestion only: rewrite with --unsafe)'),
      site('workers.input.js', 'skipped', 26, 3, `\`Buffer.from\` may return a slice of the shared 8 KiB pool: ${pool}`),
      site('workers.input.js', 'skipped', 28, 3, '`all.subarray(0, 2)` is a view: the clone copies its whole parent buffer, and a transfer would detach the parent'),
    ]);
  });

  it('rewrites suggestions with --unsafe and still reports what has no rewrite', () => {
    const pool = "Node marks the 8 KiB pool slab untransferable and silently copies the whole slab (other Buffers' bytes included) instead";
    expect(sitesOf('workers.unsafe.input.js', true)).toEqual([
      site('workers.unsafe.input.js', 'rewritten', 7, 3),
      site('workers.unsafe.input.js', 'rewritten', 12, 3),
      site('workers.unsafe.input.js', 'skipped', 17, 3, `\`Buffer.from\` may return a slice of the shared 8 KiB pool: ${pool}`),
    ]);
  });

  it('leaves the no-op fixture without a single site', () => {
    expect(sitesOf('noop.input.js')).toEqual([]);
  });
});

// Differential: a real Worker receives the same data before and after the rewrite, and the rewrite really transfers.
describe('transfer-buffers at run time', () => {
  const program = `const { Worker } = require('node:worker_threads');
module.exports = function run(code, done) {
  const worker = new Worker(code, { eval: true });
  const data = new Float64Array(1000);
  for (let i = 0; i < data.length; i++) data[i] = i * 0.5;
  const header = new ArrayBuffer(8);
  const bytes = Buffer.alloc(5, 1);
  done(data, header);
  worker.postMessage({ data, header, bytes, n: 3 });
  const table = new Int32Array(16).fill(-2);
  const second = new Worker(code, { eval: true, workerData: table });
  return [worker, second];
};
`;
  // The worker describes what arrived: constructors, lengths, the size of each ArrayBuffer, and the values.
  const workerCode = `const { parentPort, workerData } = require('node:worker_threads');
const describe = (v) => ArrayBuffer.isView(v) ? [v.constructor.name, v.length, v.buffer.byteLength, Array.from(v).join()] : v instanceof ArrayBuffer ? ['ArrayBuffer', v.byteLength, Array.from(new Uint8Array(v)).join()] : v;
const digest = (m) => JSON.stringify(ArrayBuffer.isView(m) ? describe(m) : Object.fromEntries(Object.entries(m).map(([k, v]) => [k, describe(v)])));
if (workerData) parentPort.postMessage(digest(workerData));
else parentPort.once('message', (m) => parentPort.postMessage(digest(m)));
`;
  const execute = async (source: string): Promise<{ received: string[]; detached: boolean }> => {
    const module = { exports: undefined as unknown as (code: string, done: (data: Float64Array, header: ArrayBuffer) => void) => Worker[] };
    new Function('require', 'module', source)(createRequire(import.meta.url), module);
    let sent: [Float64Array, ArrayBuffer] | undefined;
    const workers = module.exports(workerCode, (data, header) => { sent = [data, header]; });
    const received = await Promise.all(workers.map((worker) => new Promise<string>((resolve) => worker.once('message', resolve))));
    await Promise.all(workers.map((worker) => worker.terminate()));
    return { received, detached: sent !== undefined && sent[0].byteLength === 0 && sent[1].byteLength === 0 };
  };

  it('sends identical data after the autofix', async () => {
    const plain = program.replace('  done(data, header);\n', '');
    const { output } = rewriteSource(plain, 'run.cjs', spec);
    expect(output).toContain('worker.postMessage({ data, header, bytes, n: 3 }, [data.buffer, header, bytes.buffer]);');
    expect(output).toContain('{ eval: true, workerData: table, transferList: [table.buffer] }');
    const before = await execute(plain);
    expect(JSON.parse(before.received[0]!).data.slice(0, 3)).toEqual(['Float64Array', 1000, 8000]);
    expect((await execute(output!)).received).toEqual(before.received);
  });

  it('detaches the sender\'s buffers, which is why a buffer passed to a function first is only a suggestion', async () => {
    const { output, sites } = rewriteSource(program, 'run.cjs', spec, { unsafe: true });
    expect(rewriteSource(program, 'run.cjs', spec).sites[1]).toMatchObject({ status: 'skipped', reason: '`done(data, header)` may keep a reference to `data`, which the transfer would detach (suggestion only: rewrite with --unsafe)' });
    expect(sites.map((site) => site.status)).toEqual(['rewritten', 'rewritten']);
    const before = await execute(program);
    const after = await execute(output!);
    expect(after.received).toEqual(before.received);
    expect(before.detached).toBe(false);
    expect(after.detached).toBe(true);
  });
});
