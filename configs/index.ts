import type { TSESLint } from '@typescript-eslint/utils';

import type { MemoryRuleDocs } from '../utils/create-rule.ts';

type AnyRule = TSESLint.RuleModule<string, readonly unknown[], MemoryRuleDocs>;
type Severity = 'error' | 'warn';
type RuleEntry = Severity | [Severity, ...unknown[]];

export type ConfigName = 'all' | 'disable-conflicting' | 'recommended' | 'recommended-type-checked';

/**
 * Rules elsewhere that push the other way: they turn loops and `Array.from` into spreads, or suggest
 * `Math.min(...array)`, which this plugin reports as a crash for large lists. ESLint 9 and 10 accept "off" for a
 * rule whose plugin is not loaded, so the entry is safe to use whatever else the config holds. (Biome's
 * `useSpreadOverApply` and `noArraySortForMinMax` are the same conflicts outside ESLint: see the rule docs.)
 */
export const CONFLICTING_RULES: Readonly<Record<string, 'off'>> = {
  // ESLint core: rewrites `f.apply(null, xs)` as `f(...xs)`.
  'prefer-spread': 'off',
  // Prefers `[...xs]` over `Array.from(xs)`, `concat` and `slice`, and so pushes towards spreads into calls.
  'unicorn/prefer-spread': 'off',
  // Suggests `Math.min(...array)` / `Math.max(...array)` in place of sorting.
  'unicorn/no-array-sort-for-min-max': 'off',
};

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
    // Put it after the configs that turn those rules on.
    'disable-conflicting': { name: 'memory/disable-conflicting', rules: { ...CONFLICTING_RULES } },
  };
}
