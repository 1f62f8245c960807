// docs/benchmarks.md and its charts are generated from bench/results.json by bench/report.js: regenerating them from
// the committed results must give the committed files byte for byte, so the page cannot drift from the figures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const committed = join(root, 'docs');

/** Problems that make `svg` not well-formed: unbalanced or mismatched tags, stray `<`, missing root. */
function xmlProblems(svg: string): string[] {
  const problems: string[] = [];
  const body = svg.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?xml[\s\S]*?\?>/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (body.slice(last, m.index).includes('<')) problems.push(`stray "<" before offset ${m.index}`);
    last = m.index + m[0].length;
    const [, closing, name = '', , selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> at offset ${m.index} closes nothing open`);
  }
  if (body.slice(last).includes('<')) problems.push('stray "<" after the last tag');
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  if (!/^\s*<svg[\s>]/.test(body)) problems.push('the root element is not <svg>');
  return problems;
}

describe('docs/benchmarks.md', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'benchmarks-report-'));
    execFileSync(process.execPath, [join(root, 'bench', 'report.js'), '--out-dir', out], { cwd: root });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is what bench/report.js generates from bench/results.json (run `npm run bench:report`)', () => {
    expect(readFileSync(join(committed, 'benchmarks.md'), 'utf8')).toBe(readFileSync(join(out, 'benchmarks.md'), 'utf8'));
  });

  it('has exactly the generated charts, each as generated', () => {
    const svgs = (dir: string) => readdirSync(join(dir, 'benchmarks')).filter((f) => f.endsWith('.svg')).sort();
    const names = svgs(out);
    expect(svgs(committed)).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(committed, 'benchmarks', name), 'utf8'), name).toBe(readFileSync(join(out, 'benchmarks', name), 'utf8'));
    }
  });

  it('links every chart it shows, and every chart is well-formed', () => {
    const page = readFileSync(join(out, 'benchmarks.md'), 'utf8');
    for (const name of readdirSync(join(out, 'benchmarks'))) {
      expect(page, name).toContain(`](benchmarks/${name})`);
      expect(xmlProblems(readFileSync(join(out, 'benchmarks', name), 'utf8')), name).toEqual([]);
    }
  });

  it('catches a malformed chart', () => {
    expect(xmlProblems('<svg><g><rect/></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a < b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><g><rect width="1"/></g><!-- <x> --></svg>')).toEqual([]);
  });
});
