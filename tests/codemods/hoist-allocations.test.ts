// The hoist-allocations transform: fixture pairs (suggestions only with --unsafe), idempotency, the exact skip records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { allocationInLoopPattern } from '../../analysis/allocation-in-loop.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import transform from '../../codemods/hoist-allocations.ts';
import { describeFixtures, fixturesOf } from './harness.ts';

const spec = { codemod: 'hoist-allocations', rule: 'no-allocation-in-loop', pattern: allocationInLoopPattern, options: { minBytes: 65_536 } };
const inputs = describeFixtures('hoist-allocations', transform);
const { dir } = fixturesOf('hoist-allocations');
const sitesOf = (fixture: string): ReturnType<typeof rewriteSource>['sites'] => rewriteSource(readFileSync(join(dir, fixture), 'utf8'), fixture, spec).sites;
const site = (file: string, status: string, line: number, column: number, reason?: string): object => ({ file, line, column, codemod: 'hoist-allocations', rule: 'no-allocation-in-loop', status, ...(reason ? { reason } : {}) });

describe('hoist-allocations', () => {
  it('has a rewritten, an --unsafe and a no-op fixture', () => {
    expect(inputs).toEqual(['helper.unsafe.input.js', 'keep.input.js', 'loops.input.js']);
  });

  it('records the sites it rewrites and leaves, with their reasons', () => {
    expect(sitesOf('loops.input.js')).toEqual([
      site('loops.input.js', 'rewritten', 8, 17),
      site('loops.input.js', 'rewritten', 19, 21),
      site('loops.input.js', 'rewritten', 33, 19),
      site('loops.input.js', 'skipped', 44, 17, 'made before the loop, a size that throws (or that the allocation rejects) throws even when the loop runs no turn (suggestion only: rewrite with --unsafe)'),
    ]);
    expect(sitesOf('helper.unsafe.input.js')).toEqual([
      site('helper.unsafe.input.js', 'skipped', 5, 17, '`out` is passed to `checksum` on line 7, which could keep it past the turn (suggestion only: rewrite with --unsafe)'),
    ]);
    expect(sitesOf('keep.input.js')).toEqual([]);
  });

  it('keeps what each turn computes: the original and the rewrite give the same results', async () => {
    const load = async (source: string): Promise<Record<string, (...args: unknown[]) => unknown>> =>
      (await import(`data:text/javascript,${encodeURIComponent(source.replace("import { readSync } from 'node:fs';", ''))}`)) as Record<string, (...args: unknown[]) => unknown>;
    const input = readFileSync(join(dir, 'loops.input.js'), 'utf8');
    const output = readFileSync(join(dir, 'loops.output.js'), 'utf8');
    const [before, after] = [await load(input), await load(output)];
    const rows = [[1, 2, 3], [4, -1, 6], [], [0.5, 0.25]];
    expect(after['smooth']!(rows)).toEqual(before['smooth']!(rows));
    expect(after['raw']!(5)).toEqual(before['raw']!(5));
    expect(after['sized']!(3, rows)).toEqual(before['sized']!(3, rows));
  });
});
