// Two fixes of one pass must not declare one name twice in a block. Found by the fuzzer (seed 20261202, program
// 7701): \`no-allocation-in-loop\` hoisted a loop's \`const codes\` into the block where \`no-large-spread-arguments\`
// added its own \`const codes\`. Each fix was proven on the text before the pass; together they did not parse, and
// both \`eslint --fix\` and \`memory-codemod all\` wrote the result (typescript-eslint, the codemod's fallback parser,
// reports no early errors). Now a fix that declares a name beside its statement avoids every name declared inside that
// statement list, and the codemod engine checks each pass's output as strictly as the input was parsed: on a clash it
// applies the first codemod's rewrites only, leaving the others to the next pass.
import { Linter } from 'eslint';
import { parse as espreeParse } from 'espree';

import type { Finding } from '../../analysis/types.ts';
import { transforms } from '../../codemods/all.ts';
import { type CodemodPart, rewriteSource } from '../../codemods/engine.ts';
import { parse, parseRewrite } from '../../codemods/parse.ts';
import plugin from '../../index.ts';

const parts = (names: readonly string[]) => names.map((name) => transforms[name]!.part({}));

const CLASH = `export async function go(rows, value) {
  for (const row of rows) {
    const text = String.fromCharCode(...new Uint8Array(value));
    for (const v of row) {
      const codes = new Float64Array(131072);
      codes.fill(v);
      use(codes[0], text);
    }
  }
}
`;

/** What both \`eslint --fix\` (no-large-spread-arguments + no-allocation-in-loop) and the two codemods write. */
const FIXED = `export async function go(rows, value) {
  const codes = new Float64Array(131072);
  for (const row of rows) {
    const units = new Uint8Array(value);
    let text = '';
    for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
    codes.fill(0);
    for (const v of row) {
      codes.fill(0);
      codes.fill(v);
      use(codes[0], text);
    }
  }
}
`;

describe('a hoisted declaration and a declaring fix in one block', () => {
  it('eslint --fix gives the fold another name, and the result parses', () => {
    const linter = new Linter();
    const config = [{ plugins: { memory: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] }, rules: { 'memory/no-large-spread-arguments': 'warn', 'memory/no-allocation-in-loop': 'warn' } }] satisfies Linter.Config[];
    const result = linter.verifyAndFix(CLASH, config, { filename: 'clash.js' });
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(FIXED);
  });

  it('the codemods write the same, which espree parses', () => {
    const { output, sites } = rewriteSource(CLASH, 'clash.js', parts(['fix-spread-patterns', 'hoist-allocations']), { unsafe: true });
    expect(output).toBe(FIXED);
    expect(() => espreeParse(output!, { ecmaVersion: 'latest', sourceType: 'module' })).not.toThrow();
    expect(sites.map(({ codemod, status, line }) => `${codemod} ${status} ${line}`)).toEqual([
      'fix-spread-patterns rewritten 3',
      'hoist-allocations rewritten 5',
      // The second pass hoists the buffer out of the outer loop too, as \`eslint --fix\` does in its second pass.
      'hoist-allocations rewritten 5',
    ]);
  });
});

describe('the engine, when two codemods clash anyway', () => {
  /** A codemod that declares \`const taken = 0;\` before the first statement of every function body. */
  const declaring = (codemod: string): CodemodPart => ({
    codemod,
    rule: 'test',
    nodeTypes: ['FunctionDeclaration'],
    analyze: (node, env): Finding | undefined => {
      const body = (node as { body: { body: { range: [number, number] }[] } }).body.body;
      if (body.length === 0 || env.sourceCode.getText(node).includes('const taken')) return undefined;
      const at = body[0]!.range[0];
      return { node, messageId: 'x', data: {}, kind: 'fix', reason: undefined, rewrites: [{ messageId: 'x', data: {}, edits: [{ range: [at, at], text: `const taken = 0; // ${codemod}\n  ` }] }] };
    },
  });

  it('applies the first codemod only, and the second sees the result in the next pass', () => {
    const source = 'function f() {\n  return 1;\n}\n';
    const { output, sites } = rewriteSource(source, 'x.js', [declaring('a'), declaring('b')]);
    expect(output).toBe('function f() {\n  const taken = 0; // a\n  return 1;\n}\n');
    expect(sites.map(({ codemod, status }) => `${codemod} ${status}`)).toEqual(['a rewritten']);
  });

  it('fails the file, writing nothing, when one codemod alone clashes (a bug in it)', () => {
    const twice: CodemodPart = { ...declaring('c'), analyze: (node, env) => {
      const finding = declaring('c').analyze(node, env)!;
      const edit = finding.rewrites[0]!.edits[0]!;
      return { ...finding, rewrites: [{ ...finding.rewrites[0]!, edits: [edit, { ...edit, text: 'const taken = 1;\n  ' }] }] };
    } };
    expect(() => rewriteSource('function f() {\n  return 1;\n}\n', 'x.ts', [twice])).toThrow(
      "x.ts: the rewrite produced code that does not parse (x.ts:3:9: Identifier 'taken' has already been declared); the file was left unchanged. Please report this.",
    );
  });
});

describe('parseRewrite', () => {
  it('holds a rewrite of a file espree parsed to espree, which reports a redeclaration', () => {
    const original = parse('const a = 1;\n', 'x.js');
    expect(() => parseRewrite('const a = 1;\nconst a = 2;\n', 'x.js', undefined, original)).toThrow(/^x\.js:2:\d+: Identifier 'a' has already been declared/);
  });

  it('rejects a redeclaration in TypeScript, which typescript-eslint parses without complaint', () => {
    const original = parse('export function f(n: number) {\n  const a = n;\n  return a;\n}\n', 'x.ts');
    expect(() => parse('export function f(n: number) {\n  const a = n;\n  let a = 2;\n  return a;\n}\n', 'x.ts')).not.toThrow();
    expect(() => parseRewrite('export function f(n: number) {\n  const a = n;\n  let a = 2;\n  return a;\n}\n', 'x.ts', undefined, original)).toThrow(
      "x.ts:3:7: Identifier 'a' has already been declared",
    );
  });

  it('accepts what TypeScript merges: a class and an interface, overloads, a namespace beside a function', () => {
    const merged = 'export interface A { x: number }\nexport class A {}\nexport function f(a: string): void;\nexport function f(a: unknown) {}\nexport namespace f { export const y = 1; }\n';
    expect(() => parseRewrite(merged, 'm.ts', undefined, parse('', 'm.ts'))).not.toThrow();
    // tsc accepts both: a type-only import beside a value of its name, and `var` over a parameter.
    for (const source of ["import type { Foo } from './a';\nconst Foo = 1;\nexport type T = Foo;\nexport const v = Foo;\n", "import { type Foo } from './a';\nconst Foo = 1;\nexport const v: Foo = Foo;\n", 'export function g(a: number) {\n  var a = 2;\n  return a;\n}\n']) {
      expect(() => rewriteSource(source, 'ok.ts', parts(Object.keys(transforms)))).not.toThrow();
    }
  });
});

describe('a file that declares a binding twice in one scope', () => {
  it('is named and left unchanged by the codemods, although typescript-eslint parses it', () => {
    // From the fuzzer (seed 20261203, program 4277): a mutant with a line doubled.
    const source = 'export function f(rows: number[]): () => number {\n  const count = rows.filter((r) => r > 0).length;\n  const count = rows.filter((r) => r > 0).length;\n  return () => count;\n}\n';
    expect(() => parse(source, 'twice.ts')).not.toThrow();
    expect(() => rewriteSource(source, 'twice.ts', parts(Object.keys(transforms)), { unsafe: true })).toThrow(
      "twice.ts:3:9: Identifier 'count' has already been declared; the file does not run as it is, so it was left unchanged",
    );
    expect(() => rewriteSource('function g(a) {\n  let a = 1;\n  return a;\n}\n', 'param.js', parts(['rewrite-in-place']))).toThrow(
      "param.js:2:7: Identifier 'a' has already been declared; the file does not run as it is, so it was left unchanged",
    );
  });
});
