// Differential: each template reads a generated "file" through injected functions that log every call (and the
// values they see), then runs later phases; the original and the codemod's rewrite (--unsafe, every form) must
// return the same value, throw the same error and log the same calls in the same order, on 200 inputs each.
import fc from 'fast-check';

import { retainedIntermediatePattern } from '../../analysis/retained-intermediate.ts';
import { rewriteSource } from '../../codemods/engine.ts';
import { compile, differ, show } from './compare.ts';

const spec = { codemod: 'release-intermediates', rule: 'no-retained-intermediate', pattern: retainedIntermediatePattern, options: { sources: [] } };
const RUNS = { numRuns: 200, seed: 42 };

/**
 * `run(io, text)`: `io.readFileSync`/`io.readFile` return `text` (or throw on "!"), `io.step` logs a phase and
 * mutates `io.state`, so that moving a read, a release or a phase would show in the log.
 */
const TEMPLATES: Record<string, { source: string; form: 'extractPhase' | 'inlineIntoUse' | 'releaseAfterLastUse' }> = {
  'inline across an await': {
    form: 'inlineIntoUse',
    source: "async function run(io, text) { const { readFile } = io; const raw = await readFile(text, 'utf8'); const rows = JSON.parse(raw); await io.tick(); return io.step(rows); }",
  },
  'inline into a method of a local array': {
    form: 'inlineIntoUse',
    source: "async function run(io, text) { const { readFile } = io; const out = []; const raw = await readFile(text, 'utf8'); out.push(JSON.parse(raw).length); await io.tick(); return out; }",
  },
  'release across an await, mutable state read in between': {
    form: 'releaseAfterLastUse',
    source: "async function run(io, text) { const { readFile } = io; const raw = await readFile(text, 'utf8'); const label = io.state.name + JSON.parse(raw).length; await io.tick(); return label; }",
  },
  'release after a loop of uses': {
    form: 'releaseAfterLastUse',
    source: "function run(io, text) { const { readFileSync } = io; const rows = JSON.parse(readFileSync(text, 'utf8')); let n = 0; for (let i = 0; i < 3; i++) n += rows.length + i; for (let k = 0; k < 2; k++) io.step(k); return n; }",
  },
  'release with a shadowed undefined': {
    form: 'releaseAfterLastUse',
    source: "function run(io, text) { const undefined = 5; const { readFileSync } = io; const rows = JSON.parse(readFileSync(text, 'utf8')); const n = rows.length + undefined; for (let k = 0; k < 2; k++) io.step(k); return n; }",
  },
  'release before a shared closure escapes': {
    form: 'releaseAfterLastUse',
    source: "function run(io, text) { const { readFileSync } = io; const rows = JSON.parse(readFileSync(text, 'utf8')); const firsts = rows.filter((row, i) => i < rows.length / 2); io.step(firsts.length); return () => firsts.length; }",
  },
  'extraction of a phase read through the value': {
    form: 'extractPhase',
    source: "function run(io, text) { const { readFileSync } = io; const doc = JSON.parse(readFileSync(text, 'utf8')); const sizes = doc.map((row) => io.step(row)); const first = doc[0]; for (let k = 0; k < 2; k++) io.step(k); return [sizes, first]; }",
  },
  'extraction of an awaited value before a synchronous phase': {
    form: 'extractPhase',
    source: "async function run(io, text) { const { readFile } = io; const raw = await readFile(text, 'utf8'); const rows = JSON.parse(raw); for (let k = 0; k < 2; k++) io.step(rows.length + k); return rows; }",
  },
  'extraction keeps this and arguments': {
    form: 'extractPhase',
    source: "function run(io, text) { const self = { io, text, go() { const { readFileSync } = this.io; const doc = JSON.parse(readFileSync(arguments[0], 'utf8')); const n = doc.map((row) => row).length + arguments.length + (doc[0] === undefined ? 0 : 1); for (let k = 0; k < 2; k++) this.io.step(k); return n; } }; return self.go(text); }",
  },
};

interface Io {
  log: unknown[];
  state: { name: string };
  readFileSync: (text: string) => string;
  readFile: (text: string) => Promise<string>;
  step: (value: unknown) => unknown;
  tick: () => Promise<void>;
}

function makeIo(): Io {
  const log: unknown[] = [];
  const state = { name: 'a' };
  const read = (text: string): string => {
    log.push(['read', text.length]);
    state.name += 'r';
    if (text.includes('!')) throw new RangeError('unreadable');
    return text;
  };
  return {
    log,
    state,
    readFileSync: read,
    readFile: async (text) => read(text),
    step: (value) => {
      log.push(['step', typeof value === 'object' ? JSON.stringify(value) : value]);
      state.name += 's';
      return log.length;
    },
    tick: async () => {
      log.push('tick');
      state.name += 't';
    },
  };
}

async function settle(run: () => unknown): Promise<{ threw: boolean; value: unknown }> {
  try {
    const value = await run();
    return { threw: false, value: typeof value === 'function' ? (value as () => unknown)() : value };
  } catch (error) {
    return { threw: true, value: error instanceof Error ? error.constructor.name : typeof error };
  }
}

// JSON arrays of records, or text that does not parse, or a read that throws.
const texts = fc.oneof(
  fc.array(fc.record({ id: fc.integer(), name: fc.string({ maxLength: 5 }) }), { maxLength: 8 }).map((rows) => JSON.stringify(rows)),
  fc.constantFrom('[]', 'not json', '[1, 2, 3]', '!unreadable', '[{"__proto__": {"x": 1}}]'),
);

describe.each(Object.entries(TEMPLATES))('release-intermediates differential: %s', (_name, { source, form }) => {
  const { output, sites } = rewriteSource(source, 'template.js', spec, { unsafe: true });

  it(`is rewritten (${form})`, () => {
    expect(sites.filter((site) => site.status === 'rewritten').length).toBeGreaterThan(0);
    expect(output).toBeDefined();
    const kind = { inlineIntoUse: /const rows = JSON\.parse\(await|out\.push\(JSON\.parse\(await/, releaseAfterLastUse: / = (?:undefined|void 0);/, extractPhase: /\(\(\) => \{|\(async \(\) => \{/ }[form];
    expect(output).toMatch(kind);
  });

  it('returns, throws and logs the same on 200 generated files', async () => {
    const before = compile(source);
    const after = compile(output!);
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        const a = makeIo();
        const b = makeIo();
        const expected = await settle(() => before(a, text));
        const actual = await settle(() => after(b, text));
        const difference =
          (expected.threw !== actual.threw ? `the rewrite ${actual.threw ? 'throws' : 'returns'} ${show(actual.value)} where the original ${expected.threw ? 'throws' : 'returns'} ${show(expected.value)}` : undefined) ??
          differ(actual.value, expected.value, 'result') ??
          differ(b.log, a.log, 'log') ??
          differ(b.state, a.state, 'state');
        expect(difference).toBeUndefined();
      }),
      RUNS,
    );
  });
});
