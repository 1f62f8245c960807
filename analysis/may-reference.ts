import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The names `ReferenceTracker` follows as the global object by default (`globalThis.require`, `window.Worker`). */
const GLOBAL_OBJECT_NAMES = ['global', 'globalThis', 'self', 'window'];
const IMPORT_TYPE = /^(?:Import|Export(?:All|Named))Declaration$/;

/**
 * Whether a `ReferenceTracker` (default global object names) could find anything in the file for a trace map whose
 * ESM/CommonJS module keys are `modules` and whose global keys are `globals` (`require` for CommonJS): false when no
 * import or export names one of those modules and none of those globals, nor a global object, is referenced. The
 * tracker then yields nothing, so a file-wide search (run for every file that has one call) can be skipped.
 */
export function mayReference(globalScope: TSESLint.Scope.Scope, modules: readonly string[], globals: readonly string[]): boolean {
  for (const statement of (globalScope.block as TSESTree.Program).body) {
    if (!IMPORT_TYPE.test(statement.type)) continue;
    const source = (statement as { source?: TSESTree.StringLiteral | null }).source;
    if (source && modules.includes(source.value)) return true;
  }
  const referenced = (name: string): boolean => (globalScope.set.get(name)?.references.length ?? 0) > 0;
  return globals.some(referenced) || GLOBAL_OBJECT_NAMES.some(referenced);
}
