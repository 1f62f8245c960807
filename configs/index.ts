import type { TSESLint } from '@typescript-eslint/utils';

import type { MemoryRuleDocs } from '../utils/create-rule.ts';

type AnyRule = TSESLint.RuleModule<string, readonly unknown[], MemoryRuleDocs>;
type Severity = 'error' | 'warn';
type RuleEntry = Severity | [Severity, ...unknown[]];

export type ConfigName = 'all' | 'recommended' | 'recommended-type-checked';

/**
 * Derives the flat configs from rule meta, so no rule is listed by hand twice: `recommended` takes the rules whose
 * `docs.recommended` is set, `recommended-type-checked` the same with `typeAware: true` for rules that have that
 * option, `all` every rule.
 */
export function buildConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Record<string, AnyRule>,
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const pick = (include: (docs: MemoryRuleDocs) => boolean, typed: boolean): Record<string, RuleEntry> => {
    const entries: Record<string, RuleEntry> = {};
    for (const [name, rule] of Object.entries(rules)) {
      const docs = rule.meta.docs;
      if (!docs || rule.meta.deprecated || !include(docs)) continue;
      if (docs.requiresTypeChecking && !typed) continue;
      entries[`memory/${name}`] = typed && docs.typeAware ? ['error', { typeAware: true }] : 'error';
    }
    return entries;
  };
  return {
    recommended: { name: 'memory/recommended', plugins: { memory: plugin }, rules: pick((d) => !!d.recommended, false) },
    'recommended-type-checked': {
      name: 'memory/recommended-type-checked',
      plugins: { memory: plugin },
      rules: pick((d) => !!d.recommended, true),
    },
    all: { name: 'memory/all', plugins: { memory: plugin }, rules: pick(() => true, false) },
  };
}
