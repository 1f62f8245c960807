import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import plugin, { configs, rules } from '../../index.ts';
import { codemods } from '../../codemods/registry.ts';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const ruleNames = readdirSync(join(root, 'rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3));

describe('plugin', () => {
  it('names itself after package.json', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'memory' });
  });

  it('exports every rule file, and rules/index.ts is the generated one', () => {
    expect(Object.keys(rules).sort()).toEqual(ruleNames);
    execFileSync(process.execPath, [join(root, 'scripts', 'generate-rules-index.js'), '--check']);
  });

  it('derives the configs from rule meta', () => {
    const recommended = ruleNames.filter((name) => rules[name as keyof typeof rules].meta.docs?.recommended);
    expect(Object.keys(configs.recommended.rules ?? {})).toEqual(recommended.map((name) => `memory/${name}`));
    expect(Object.keys(configs.all.rules ?? {})).toEqual(ruleNames.map((name) => `memory/${name}`));
    for (const name of recommended) {
      const rule = rules[name as keyof typeof rules];
      expect(configs['recommended-type-checked'].rules?.[`memory/${name}`]).toEqual(rule.meta.docs?.typeAware ? ['error', { typeAware: true }] : 'error');
    }
  });
});

describe.each(ruleNames)('rule %s', (name) => {
  const rule = rules[name as keyof typeof rules];
  const source = readFileSync(join(root, 'rules', `${name}.ts`), 'utf8');

  it('has a test file and a doc page with a measured Why', () => {
    expect(existsSync(join(root, 'tests', 'rules', `${name}.test.ts`))).toBe(true);
    const doc = readFileSync(join(root, 'docs', 'rules', `${name}.md`), 'utf8');
    expect(doc).toMatch(/^## Why \(measured\)$/m);
    expect(doc).not.toMatch(/BENCH_TABLE|TODO/);
  });

  it('has a docs URL that ends in its name and a description in house style', () => {
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    expect(rule.meta.docs?.description).toMatch(/^(Disallow|Require|Enforce) [^.]*[^.]$/);
  });

  it('declares requiresTypeChecking exactly when its source needs parser services unconditionally', () => {
    const callsServices = /getParserServices\(context\)/.test(source);
    expect(!!rule.meta.docs?.requiresTypeChecking).toBe(callsServices);
  });

  it('documents every option in its schema', () => {
    const schema = rule.meta.schema as unknown as { properties?: Record<string, { description?: string }> }[];
    for (const property of Object.values(schema[0]?.properties ?? {})) expect(property.description).toBeTruthy();
  });
});

describe.each(Object.keys(codemods))('codemod %s', (name) => {
  it('has a transform, a test file and a doc page, and pairs with existing rules', () => {
    expect(existsSync(join(root, 'codemods', `${name}.ts`))).toBe(true);
    expect(existsSync(join(root, 'tests', 'codemods', `${name}.test.ts`))).toBe(true);
    expect(existsSync(join(root, 'docs', 'codemods', `${name}.md`))).toBe(true);
    for (const rule of codemods[name]!.rules) expect(ruleNames).toContain(rule);
  });
});
