// What every codemod's test does with its fixtures: each `<case>.input.<ext>` is rewritten to `<case>.output.<ext>`
// (or left unchanged when there is none; `.unsafe.` cases run with --unsafe), and a second run changes nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Transform = (file: { path: string; source: string }, api: { report?: (message: string) => void }, options: Record<string, unknown>) => string | undefined;

/** The fixture directory of a codemod, and its input file names. */
export function fixturesOf(codemod: string): { dir: string; inputs: string[] } {
  const dir = join(import.meta.dirname, '__testfixtures__', codemod);
  return { dir, inputs: readdirSync(dir).filter((file) => file.includes('.input.')).sort() };
}

export function describeFixtures(codemod: string, transform: Transform): string[] {
  const { dir, inputs } = fixturesOf(codemod);
  const run = (path: string, source: string, options: Record<string, unknown>): string | undefined => transform({ path, source }, { report: () => {} }, options);
  describe.each(inputs)(`${codemod} fixture %s`, (input) => {
    const source = readFileSync(join(dir, input), 'utf8');
    const outputFile = join(dir, input.replace('.input.', '.output.'));
    const expected = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : undefined;
    const options = { unsafe: input.includes('.unsafe.') };

    it(expected === undefined ? 'is left unchanged' : 'is rewritten to the output fixture', () => {
      expect(run(input, source, options)).toBe(expected);
    });

    it('is idempotent', () => {
      expect(run(input, expected ?? source, options)).toBeUndefined();
    });
  });
  return inputs;
}
