import type { TSESLint } from '@typescript-eslint/utils';

import { buildConfigs } from './configs/index.ts';
import pkg from './package.json' with { type: 'json' };
import { rules } from './rules/index.ts';

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'memory' },
  rules,
  configs: {} as ReturnType<typeof buildConfigs>,
} satisfies TSESLint.FlatConfig.Plugin;

plugin.configs = buildConfigs(plugin as TSESLint.FlatConfig.Plugin, rules);

export { rules };
export const configs = plugin.configs;
export default plugin;
