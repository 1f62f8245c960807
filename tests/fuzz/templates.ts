// Programs dense in the patterns the rules look for, with random names, nesting, comments and statement styles, so
// the fix, suggestion and rewrite paths run far more often than random programs would ever reach them.
import type { Random } from './random.ts';

/** Names the fixes themselves introduce (loop indices, temporaries), mixed in to provoke capture and shadowing. */
const FIX_NAMES = ['i', 'j', 'n', 'w', 'k', 'keep', 'mapFn', 'value', 'highest', 'lowest', 'codes', 'text', 'acc', 'out', 'chunk', 'x', 'item', 'result'];
const PLAIN_NAMES = ['rows', 'xs', 'ys', 'data', 'list', 'items', 'records', 'values', 'parts', 'buf', 'raw', 'lines', 'ids', 'table', 'all', 'set', 'counts', 'points', 'vertices', 'positions'];
const SOURCES = ['rows', 'input', 'arguments[0]', 'this.items', 'opts.list', 'await load()', 'getRows()', 'new Set(xs)', 'Array.from(s)', '[1, 2, 3]', 'new Array(n)', 'xs.slice()', '[...src]', 'new Float64Array(n)', 'Object.values(map)'];
const SIZES = ['1024', '1 << 20', 'CHUNK', 'n', 'rows.length', '64 * 1024', '3', '0', '-1', 'size | 0', '2 ** 16'];
const PATHS = ["path", "'data.json'", "`${dir}/big.json`", "process.argv[2]", "'config.json'", "file.path"];

interface Ctx {
  r: Random;
  name: () => string;
  fresh: () => string;
  src: () => string;
  size: () => string;
  path: () => string;
  /** A small expression over `x`. */
  expr: (x: string) => string;
  async: boolean;
  generator: boolean;
  /** Inside a function: `return` is allowed. */
  inFunction: boolean;
}

type Snippet = (c: Ctx) => string;

const SNIPPETS: Snippet[] = [
  // prefer-in-place
  (c) => { const a = c.fresh(), x = c.name(); return `let ${a} = Array.from(${c.src()});\n${a} = ${a}.map((${x}) => ${c.expr(x)});\n${a} = ${a}.filter((${x}) => ${c.expr(x)});\nuse(${a});`; },
  (c) => { const a = c.fresh(), x = c.name(); return `let ${a} = [];\nfor (const ${x} of ${c.src()}) ${a} = [...${a}, ${c.expr(x)}];`; },
  (c) => { const a = c.fresh(); return `function ${c.fresh()}(${a}) {\n  ${a} = ${a}.map((v) => v / 255);\n  return ${a};\n}`; },
  (c) => { const a = c.fresh(), x = c.name(); return `let ${a} = new Float64Array(${c.size()});\n${a} = ${a}.map((${x}, ${c.name()}) => ${c.expr(x)});\n${a} = ${a}.slice(1);`; },
  (c) => { const a = c.fresh(); return `let ${a} = Array.from(${c.src()});\n${a} = [...${a}, ${c.expr('t')}];\n${a} = ${a}.concat(${c.src()});\n${a} = ${a}.reverse();`; },
  (c) => { const a = c.fresh(); return `var ${a} = Array.from(${c.src()})\n${a} = ${a}.filter(Boolean)\n;[${a}].forEach(use)`; },
  // callbacks whose bodies a fix moves into a loop: returns, declarations that collide with the loop's own names,
  // `arguments`, `this`, labels, awaits and nested functions
  (c) => { const a = c.fresh(), x = c.name(); return `let ${a} = Array.from(${c.src()});\n${a} = ${a}.${c.r.pick(['map', 'filter', 'flatMap'])}(${callback(c, x)});\nuse(${a});`; },
  (c) => { const acc = c.name(), x = c.name(); return `const ${c.fresh()} = ${c.src()}.reduce((${acc}, ${x}) => {\n  ${c.r.pick(['const i = 1;', 'let n = 0;', 'var w;', `if (!${x}) return ${acc};`, 'function i() {}', ''])}\n  return [...${acc}, ${x}];\n}, []);`; },
  (c) => { const x = c.name(); return `const ${c.fresh()} = ${c.src()}.map(${callback(c, x)}).filter(${callback(c, 'y')})${c.r.pick(['', '.map(String)'])};`; },
  (c) => { const a = c.fresh(); return `const ${a} = [];\nfor (let i = 0; i < ${c.name()}.length; i++) {\n  const i2 = i;\n  ${a}.push(${c.r.pick(['i2 * 0.5', 'Math.sqrt(i2)', 'i2 | 0', 'await g(i2)'])});\n}\nreport(${a}[0]);`.replace('await g', c.async ? 'await g' : 'g'); },
  // no-accumulating-spread
  (c) => { const acc = c.name(), x = c.name(); return `const ${c.fresh()} = ${c.src()}.reduce((${acc}, ${x}) => [...${acc}, ${c.expr(x)}], []);`; },
  (c) => { const acc = c.name(), x = c.name(); return `const ${c.fresh()} = ${c.src()}.reduce((${acc}, ${x}, i) => ({ ...${acc}, [i]: ${x} }), {});`; },
  (c) => { const acc = c.name(), x = c.name(); return `const ${c.fresh()} = ${c.src()}.reduce((${acc}, ${x}) => ({ ...${acc}, [${x}.id]: ${x} }), ${c.r.pick(['{}', 'base', 'Object.create(null)'])});`; },
  (c) => { const acc = c.name(), x = c.name(); return `return ${c.src()}.reduce(function (${acc}, ${x}) { return ${x} ? [...${acc}, ${x}] : ${acc}; }, ${c.r.pick(['[]', 'seed'])});`; },
  (c) => { const o = c.fresh(); return `let ${o} = {};\nfor (const [k, v] of Object.entries(${c.src()})) ${o} = { ...${o}, [k + 1]: v };`; },
  // no-large-spread-arguments
  (c) => `const ${c.fresh()} = Math.${c.r.pick(['max', 'min'])}(...${c.src()});`,
  (c) => `const ${c.fresh()} = String.${c.r.pick(['fromCharCode', 'fromCodePoint'])}(...new Uint8Array(${c.name()}));`,
  (c) => { const a = c.fresh(); return `const ${a} = Array.from(${c.src()});\n${c.name()}.push(...${a});`; },
  (c) => `${c.name()}.unshift(...${c.src()}), ${c.name()}.splice(0, 0, ...${c.name()});`,
  (c) => `if (${c.name()}.length) return Math.min(...${c.name()});`,
  // no-allocation-in-loop
  (c) => { const b = c.fresh(), x = c.name(); return `for (const ${x} of ${c.src()}) {\n  const ${b} = new Float64Array(${c.size()});\n  ${b}.fill(${x});\n  total += ${b}[0];\n}`; },
  (c) => { const b = c.fresh(), x = c.name(); return `for (const ${x} of ${c.src()}) {\n  const ${b} = Buffer.alloc(${c.size()});\n  const got = readSync(fd, ${b}, 0, ${c.size()}, 0);\n  sum += check(${b}, got);\n}`; },
  (c) => { const b = c.fresh(); return `while (${c.name()}--) {\n  let ${b} = new Uint8Array(${c.size()}); // scratch\n  ${b}[0] = 1;\n  if (${b}[0]) continue;\n}`; },
  (c) => { const b = c.fresh(); return `for (let j = 0; j < ${c.size()}; j++) ${c.r.pick(['{ const', '{ let'])} ${b} = new Array(${c.size()}).fill(0); ${b}[j] = j; }`; },
  // no-intermediate-arrays
  (c) => `${c.r.pick(['const q =', 'use(', 'return'])} Array.from(${c.name()}).map((x) => ${c.expr('x')})${c.r.pick(['', ')'])};`.replace(/\(Array(.*)\);$/, '(Array$1);'),
  (c) => `const ${c.fresh()} = [...${c.name()}].map(${c.r.pick(['Number', 'String', '(v) => v * 2'])});`,
  (c) => { const x = c.name(); return `const ${c.fresh()} = ${c.src()}.map((${x}) => ${c.expr(x)}).filter((s) => s > 10)${c.r.pick(['', '.map(String)', '.slice(0, 3)'])};`; },
  (c) => `${c.src()}.slice().forEach((r) => process(r));\n[...${c.name()}].forEach((x) => { total += x; });`,
  (c) => `${c.name()}.filter(Boolean).map((x, i) => x + i).forEach(${c.name()});`,
  // no-retained-intermediate
  (c) => { const raw = c.fresh(), rec = c.fresh(); return c.async ? `const ${raw} = await readFile(${c.path()}, 'utf8');\nconst ${rec} = JSON.parse(${raw});\nawait db.insert(${rec});` : `const ${raw} = readFileSync(${c.path()}, 'utf8');\nconst ${rec} = JSON.parse(${raw});\nsave(${rec});\nlater(() => ${rec}.length);`; },
  (c) => { const rec = c.fresh(), ids = c.fresh(); return `const ${rec} = JSON.parse(readFileSync(${c.path()}, 'utf8'));\nconst ${ids} = ${rec}.filter((r) => r.parent < ${rec}.length).map((r) => r.id);\nreturn (id) => ${ids}.includes(id);`; },
  (c) => { const t = c.fresh(); return `let ${t} = ${c.async ? 'await readFile' : 'readFileSync'}(${c.path()});\nconst parsed = JSON.parse(${t});\n${c.async ? 'await ' : ''}step(parsed);\n${c.r.pick(['', `${t} = null;`, 'step(parsed);'])}`; },
  // no-retained-view
  (c) => { const raw = c.fresh(); return `const ${raw} = readFileSync(${c.path()}, 'utf8');\n${c.name()}.push(${raw}.slice(0, ${c.r.pick(['16', '4', 'n', '100'])}));`; },
  (c) => `this.${c.fresh()} = ${c.r.pick(['buf', 'readFileSync(p)', 'raw'])}.${c.r.pick(['subarray', 'slice', 'substring'])}(0, 16);`,
  (c) => { const b = c.fresh(); return `const ${b} = await readFile(${c.path()});\ncache.set(key, ${b}.subarray(${c.size()}, ${c.size()}));\nexports.head = ${b}.slice(0, 20);`; },
  // prefer-float32
  (c) => `const ${c.r.pick(['vertices', 'normals', 'positions', c.fresh()])} = new Float64Array(${c.size()} * 3);`,
  (c) => `// @float32: positions for the GPU\nconst ${c.fresh()} = new Array(${c.size()}).fill(0);`,
  (c) => { const a = c.fresh(); return `// @float32${c.r.pick(['', ': for the GPU'])}\n${c.r.pick(['const', 'let', 'var'])} ${a} = new Float64Array(${c.size()}), ${c.fresh()} = 1;\n${a}[0] = ${c.expr('y')};`; },
  // prefer-streaming-read
  (c) => { const line = c.name(); return `for (const ${line} of readFileSync(${c.path()}, 'utf8').split('\\n')) count(${line});`; },
  (c) => { const lines = c.fresh(); return c.async ? `const ${lines} = (await readFile(${c.path()}, 'utf8')).split(/\\r?\\n/);\nfor (const l of ${lines}) count(l);` : `const ${lines} = readFileSync(${c.path()}, 'utf8').split('\\n');\nfor (const l of ${lines}) { if (!l) continue; count(l); }`; },
  (c) => `readFileSync(${c.path()}).toString().split('\\n').forEach(${c.r.pick(['count', '(l) => count(l)', 'function (l) { count(l); }'])});`,
  // prefer-transfer
  (c) => { const v = c.fresh(); return `const ${v} = new Float64Array(${c.size()});\n${v}[0] = 1;\n${c.r.pick(['worker', 'port', 'parentPort', 'self'])}.postMessage(${c.r.pick([v, `{ ${v} }`, `[${v}]`, `{ data: ${v}, n: 1 }`])});`; },
  (c) => { const t = c.fresh(); return `const ${t} = new Float32Array(${c.size()});\nnew Worker('./sum.js', { workerData: ${t} });`; },
  (c) => `parentPort.postMessage(${c.name()}.subarray(0, 2));\nworker.postMessage(${c.name()}.buffer, [${c.name()}.buffer]);`,
  // prefer-typed-array
  (c) => { const a = c.fresh(), b = c.name(); return `const ${a} = new Array(256).fill(0);\nfor (const ${b} of ${c.name()}) ${a}[${b} & 0xff] += 1;\nreturn ${a}${c.r.pick(['', '[0]', '.length'])};`; },
  (c) => { const a = c.fresh(), xs = c.name(); return `const ${a} = [];\nfor (let i = 0; i < ${xs}.length; i++) ${a}.push(Math.sqrt(${xs}[i]));\nreport(${a}[0]);`; },
  (c) => { const a = c.fresh(); return `const ${a} = new Array(${c.size()});\nfor (let i = 0; i < ${a}.length; i++) ${a}[i] = (i * 31) | 0;\nconsume(${a}[1]);`; },
  (c) => { const a = c.fresh(); return `let ${a} = new Array(n).fill(${c.r.pick(['0', '0.5', '-1', 'false'])});\n${a}[${c.name()}] = ${c.expr('v')};`; },
  // generic glue, so that the sites sit among ordinary code
  (c) => `${c.name()} = ${c.expr(c.name())};`,
  (c) => (c.generator ? `yield ${c.name()};` : c.async ? `await ${c.name()};` : `${c.name()}++;`),
  (c) => `const { ${c.fresh()}, ...${c.fresh()} } = ${c.src()};`,
];

/** TypeScript-only shapes (annotations, assertions, non-null), drawn in `.ts` programs. */
const TS_SNIPPETS: Snippet[] = [
  (c) => { const a = c.fresh(), x = c.name(); return `let ${a}: number[] = Array.from(${c.src()}) as number[];\n${a} = ${a}.map((${x}: number): number => ${c.expr(x)});\n${a} = ${a}!.filter((${x}) => ${x} > 0);`; },
  (c) => { const acc = c.name(), x = c.name(); return `const ${c.fresh()} = ${c.src()}.reduce<Record<string, T>>((${acc}, ${x}: T) => ({ ...${acc}, [${x}.id as string]: ${x} }), {});`; },
  (c) => { const acc = c.name(), x = c.name(); return `const ${c.fresh()}: readonly string[] = (${c.src()} as Row[]).reduce((${acc}: string[], ${x}) => [...${acc}, ${x}.name], [] as string[]);`; },
  (c) => { const a = c.fresh(); return `const ${a}: Array<number> = new Array<number>(${c.size()}).fill(0);\nfor (let i = 0; i < ${a}.length; i++) ${a}[i]! += i;\nreturn ${a} satisfies number[];`; },
  (c) => { const b = c.fresh(); return `for (const ${c.name()} of ${c.src()} as Iterable<number>) {\n  const ${b}: Float64Array = new Float64Array(${c.size()} as number);\n  ${b}.fill(0);\n}`; },
  (c) => `const ${c.fresh()} = Math.max(...(${c.name()} as number[]));\n${c.name()}!.push(...<number[]>${c.name()});`,
  (c) => { const v = c.fresh(); return `const ${v} = new Float64Array(${c.size()}) as Float64Array<ArrayBuffer>;\n(worker as Worker).postMessage(${v});`; },
  (c) => { const raw = c.fresh(); return `const ${raw}: string = readFileSync(${c.path()}, 'utf8');\nconst ${c.fresh()} = JSON.parse(${raw}) as unknown;\nenum E { A }\ndeclare const d: E;`; },
];

/** A callback whose body is more than an expression: what a loop rewrite has to move without changing its meaning. */
function callback(c: Ctx, x: string): string {
  const head = c.r.pick([`(${x}) =>`, `(${x}, i) =>`, `function (${x}) `, `async (${x}) =>`, `(${x} = 0) =>`, `({ ${x} }) =>`, `([${x}]) =>`]);
  const statements = [
    `if (!${x}) return ${c.r.pick(['0', 'undefined', x, ''])};`,
    c.r.pick(['const i = 2;', 'let n = 1;', 'var w = 0;', 'const value = 3;', 'let acc;', 'const xs = 1;', 'function helper() { return 1; }', 'class K {}']),
    c.r.pick(['log(arguments.length);', 'this.count++;', `outer: for (const q of ${x}) { if (q) break outer; }`, 'await tick();', '// a comment', '/* a block comment */', 'debugger;', '']),
  ].filter(() => c.r.chance(0.6));
  const result = `return ${c.expr(x)};`.replace('return await', 'return await').replace(/\bawait\b/g, (m) => (head.startsWith('async') ? m : ''));
  const body = [...statements, result].join(' ').replace(/await tick\(\);/, (m) => (head.startsWith('async') ? m : ''));
  return c.r.chance(0.2) ? `${head} ${c.expr(x).replace(/await /g, '')}` : `${head} { ${body} }`.replace(/^function \((.*?)\)  \{/, 'function ($1) {');
}

const WRAPPERS: ((body: string, c: Ctx) => { text: string; async?: boolean; generator?: boolean })[] = [
  (body, c) => ({ text: `function ${c.fresh()}(${c.name()}, n) {\n${body}\n}`, async: false, generator: false }),
  (body, c) => ({ text: `async function ${c.fresh()}(path) {\n${body}\n}`, async: true, generator: false }),
  (body, c) => ({ text: `function* ${c.fresh()}() {\n${body}\n}`, async: false, generator: true }),
  (body, c) => ({ text: `const ${c.fresh()} = async (${c.name()}) => {\n${body}\n};`, async: true, generator: false }),
  (body) => ({ text: `void async function* () {\n${body}\n};`, async: true, generator: true }),
  (body, c) => ({ text: `for (const ${c.name()} of ${c.src()}) {\n${body}\n}` }),
  (body, c) => ({ text: `if (${c.name()}) {\n${body}\n} else ${c.r.pick(['{}', ';', `${c.name()}();`])}` }),
  (body, c) => ({ text: `class ${c.fresh()} {\n  ${c.r.pick(['run', 'async run', '*run', 'static run'])}(${c.name()}) {\n${body}\n  }\n}` }),
  (body, c) => ({ text: `switch (${c.name()}) {\n  case 1:\n${body}\n  default:\n}` }),
  (body, c) => ({ text: `try {\n${body}\n} catch {\n} finally {\n  ${c.name()}();\n}` }),
  (body, c) => ({ text: `${c.fresh()}: while (${c.name()}) {\n${body}\nbreak;\n}` }),
  (body, c) => ({ text: `const ${c.fresh()} = {\n  ${c.r.pick(['go', 'async go', '*go'])}() {\n${body}\n  },\n};` }),
  (body) => ({ text: `(async () => {\n${body}\n})();`, async: true, generator: false }),
];

/** One template program: a few pattern snippets, nested in random wrappers, with names that collide on purpose. */
export function templateProgram(r: Random, typescript = false): string {
  let counter = 0;
  const ctx: Ctx = {
    r,
    async: true, // ES module top level: `await` is allowed
    generator: false,
    inFunction: false,
    name: () => (r.chance(0.35) ? r.pick(FIX_NAMES) : r.pick(PLAIN_NAMES)),
    fresh: () => (r.chance(0.5) ? `${r.pick(PLAIN_NAMES)}${counter++}` : `${r.pick([...FIX_NAMES, ...PLAIN_NAMES])}${r.chance(0.5) ? '' : counter++}`),
    src: () => r.pick(SOURCES),
    size: () => r.pick(SIZES),
    path: () => r.pick(PATHS),
    expr: (x) => r.pick([`${x} * 2`, `${x} + 1`, `${x}.id`, `f(${x})`, `(${x}, 0)`, `${x} > 0 ? ${x} : -${x}`, `${x} /* keep */ * k`, `{ v: ${x} }`.replace(/^\{/, '({').replace(/\}$/, '})'), ...(ctx.async ? [`await ${x}`] : []), `${x} ?? 0`]),
  };
  // A snippet that needs a context the block does not give (`return` at top level, `yield` outside a generator)
  // is drawn again: the program should parse, or its patterns are wasted.
  const snippet = (): string => {
    for (let attempt = 0; ; attempt++) {
      const text = (typescript && r.chance(0.3) ? r.pick(TS_SNIPPETS) : r.pick(SNIPPETS))(ctx);
      const needsFunction = /(^|\n)\s*(if \(.*\) )?return\b/.test(text);
      if (attempt > 8 || !needsFunction || ctx.inFunction) return text;
    }
  };
  const block = (depth: number): string => {
    const parts: string[] = [];
    const n = 1 + r.int(4);
    for (let s = 0; s < n; s++) {
      if (depth < 3 && r.chance(0.3)) {
        const saved = { async: ctx.async, generator: ctx.generator, inFunction: ctx.inFunction };
        const wrapper = r.pick(WRAPPERS);
        // The wrapper decides the context its body sees: compute it first, then build the body in that context.
        const probe = wrapper('', ctx);
        if (probe.async !== undefined) ctx.async = probe.async;
        if (probe.generator !== undefined) ctx.generator = probe.generator;
        if (/^class|^const \w+ = \{/.test(probe.text)) {
          ctx.async = /async (run|go)/.test(probe.text);
          ctx.generator = /\*(run|go)/.test(probe.text);
        }
        if (probe.async !== undefined || /^class|^const \w+ = \{/.test(probe.text)) ctx.inFunction = true;
        const body = block(depth + 1);
        parts.push(probe.text.replace('\n\n', () => `\n${body}\n`));
        Object.assign(ctx, saved);
      } else {
        parts.push(snippet());
      }
    }
    return decorate(parts.join('\n'), r);
  };
  const imports = "import { readFileSync, readSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';\nimport { Worker, parentPort } from 'node:worker_threads';\n";
  return `${r.chance(0.8) ? imports : ''}${block(0)}\n`;
}

/** Random comments, blank lines, indentation and semicolon styles: what fixers must survive. */
function decorate(text: string, r: Random): string {
  return text
    .split('\n')
    .map((line) => {
      let out = line;
      if (r.chance(0.1)) out = `${out} // note`;
      if (r.chance(0.05)) out = `/* before */ ${out}`;
      if (r.chance(0.08)) out = out.replace(/;$/, '');
      if (r.chance(0.05)) out = out.replace(/\(/, '( /* in */ ');
      if (r.chance(0.05)) out = `\t${out}`;
      if (r.chance(0.03)) out = `${out}\n`;
      return `  ${out}`;
    })
    .join(r.chance(0.1) ? '\r\n' : '\n');
}
