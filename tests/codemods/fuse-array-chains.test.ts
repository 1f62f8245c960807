// The fuse-array-chains transform: fixture pairs (the fused suggestions only with --unsafe), the exact skip records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { intermediateArraysPattern } from '../../analysis/intermediate-arrays.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import transform from '../../codemods/fuse-array-chains.ts';
import { describeFixtures, fixturesOf } from './harness.ts';

const spec = { codemod: 'fuse-array-chains', rule: 'no-intermediate-arrays', pattern: intermediateArraysPattern, options: { minLength: 16, iteratorHelpers: false } };
const inputs = describeFixtures('fuse-array-chains', transform);

describe('fuse-array-chains', () => {
  it('has a rewritten, an --unsafe and a no-op fixture', () => {
    // chains.input.js has no output fixture: on parameters of unknown kind every site there is a suggestion.
    expect(inputs).toEqual(['chains.input.js', 'chains.unsafe.input.js', 'known-sources.input.js', 'noop.input.js']);
  });

  it('records the sites it leaves, with their reasons', () => {
    const source = readFileSync(join(fixturesOf('fuse-array-chains').dir, 'chains.input.js'), 'utf8');
    const { sites } = rewriteSource(source, 'chains.js', spec);
    const site = (status: string, line: number, column: number, reason?: string): object => ({ file: 'chains.js', line, column, codemod: 'fuse-array-chains', rule: 'no-intermediate-arrays', status, ...(reason ? { reason } : {}) });
    const typed = (method: string): string => `fusing changes which array the callbacks could see, and gives a plain array where \`${method}\` on a typed array gives a typed array (suggestion only: rewrite with --unsafe)`;
    expect(sites).toEqual([
      site('skipped', 3, 10, 'the callback now runs while `set` is iterated: if iterating it runs code (a generator, a custom iterator, getters), a callback that throws or shares state with it sees a difference (suggestion only: rewrite with --unsafe)'),
      site('skipped', 8, 10, '`Array.from` also accepts array-likes and other non-iterable values, where `[...byId.keys()]` throws a TypeError (suggestion only: rewrite with --unsafe)'),
      site('skipped', 12, 16, typed('map')),
      site('skipped', 13, 17, typed('filter')),
      site('skipped', 14, 3, 'the copy protected the loop from changes the callback makes to the source (suggestion only: rewrite with --unsafe)'),
    ]);
  });
});
