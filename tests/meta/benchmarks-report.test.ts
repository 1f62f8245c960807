// docs/benchmarks.md and its charts are generated from bench/results.json by bench/report.js: regenerating them from
// the committed results must give the committed files byte for byte, so the page cannot drift from the figures.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as quotes from '../../bench/rule-quotes.js';

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

/** What bench/report.js writes from the committed results: the page, its charts and a copy of the rule pages. */
let out = '';
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'benchmarks-report-'));
  cpSync(join(committed, 'rules'), join(out, 'rules'), { recursive: true });
  execFileSync(process.execPath, [join(root, 'bench', 'report.js'), '--out-dir', out], { cwd: root });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('docs/benchmarks.md', () => {

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

describe("each rule's Why (measured)", () => {
  const rules = readdirSync(join(root, 'rules'))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));
  it.each(rules)('%s quotes the figures bench/report.js generates from bench/results.json', (rule) => {
    const page = readFileSync(join(committed, 'rules', `${rule}.md`), 'utf8');
    expect(page).toBe(readFileSync(join(out, 'rules', `${rule}.md`), 'utf8'));
    const why = page.slice(page.indexOf('## Why (measured)'), page.indexOf('\n## ', page.indexOf('## Why (measured)') + 1));
    expect(why).toContain('<!-- begin measured:');
    expect(why).toContain('<!-- end measured -->');
    expect(why).toMatch(/\]\(\.\.\/benchmarks\.md#[a-z-]+\)/);
    expect(why).toContain('Lint time of this rule alone');
    expect(why).not.toContain('not in bench/results.json');
  });
});

describe('bench/rule-quotes.js', () => {
  it('replaces only the text between the markers', () => {
    const page = `# r\n\n## Why (measured)\n\n${quotes.BEGIN}\nold\n${quotes.END}\n\nhand-written\n`;
    expect(quotes.replaceQuote(page, `${quotes.BEGIN}\nnew\n${quotes.END}`, 'r.md')).toBe(
      `# r\n\n## Why (measured)\n\n${quotes.BEGIN}\nnew\n${quotes.END}\n\nhand-written\n`,
    );
  });

  it('refuses a page without the markers, or with two blocks, naming the file', () => {
    expect(() => quotes.replaceQuote('# r\n', 'x', 'docs/rules/r.md')).toThrow(/^docs\/rules\/r\.md: needs exactly one pair/);
    const twice = `${quotes.BEGIN}\n${quotes.END}\n${quotes.BEGIN}\n${quotes.END}\n`;
    expect(() => quotes.replaceQuote(twice, 'x', 'r.md')).toThrow(/needs exactly one pair/);
  });

  it('says a benchmark is missing instead of printing figures it does not have', () => {
    const block = quotes.renderRuleQuote({}, 'prefer-transfer');
    expect(block).toContain('**`transfer` is not in bench/results.json**');
    expect(block).toContain('Lint time of this rule alone: not in the results');
    expect(block).not.toMatch(/\d+(\.\d+)? ?MB/);
  });

  it('has a block for every rule and refuses a rules folder that does not match', () => {
    expect(() => quotes.renderRuleQuote({}, 'no-such-rule')).toThrow(/no measured block for the rule "no-such-rule"/);
    const dir = mkdtempSync(join(tmpdir(), 'rule-quotes-dir-'));
    try {
      expect(() => quotes.writeRuleQuotes(dir, {})).toThrow(/are not the rules bench\/rule-quotes\.js has blocks for/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
