import { ESLintUtils } from '@typescript-eslint/utils';

/** The `meta.docs` shape of this plugin's rules. */
export interface MemoryRuleDocs {
  description: string;
  /** In the `recommended` and `recommended-type-checked` configs. */
  recommended?: boolean;
  /** The rule cannot run without type information. */
  requiresTypeChecking?: boolean;
  /**
   * The rule works without type information and has a `typeAware` option that makes it use the TypeScript
   * checker; `recommended-type-checked` turns that option on.
   */
  typeAware?: boolean;
}

export const REPO_URL = 'https://github.com/eslint-plugin-memory/eslint-plugin-memory';

/** Creates a rule whose `meta.docs.url` points at `docs/rules/<name>.md`. */
export const createRule = ESLintUtils.RuleCreator<MemoryRuleDocs>(
  (name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`,
);
