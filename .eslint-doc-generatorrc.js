/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['recommended-type-checked', '☑️'],
    ['all', '🌐'],
  ],
  ignoreConfig: ['all', 'disable-conflicting'],
  ruleDocSectionInclude: ['Why \\(measured\\)', 'Examples', 'When Not To Use It'],
  ruleDocSectionOptions: true,
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'requiresTypeChecking'],
  urlConfigs: 'https://github.com/eslint-plugin-memory/eslint-plugin-memory#configs',
};
