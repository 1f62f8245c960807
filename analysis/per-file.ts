import type { TSESLint } from '@typescript-eslint/utils';

/**
 * `compute` memoised per file (per `sourceCode.ast`), for facts a rule looks up on every node of a common type. The
 * file last asked about is checked first, through WeakRefs: a load, where a WeakMap lookup hashes the key. The value
 * is held only by the WeakMap entry of its AST, so neither an AST nor its facts outlive the file.
 */
export function perFile<T extends object>(compute: (sourceCode: Readonly<TSESLint.SourceCode>) => T): (sourceCode: Readonly<TSESLint.SourceCode>) => T {
  const cache = new WeakMap<object, T>();
  let lastAst: WeakRef<object> | undefined;
  let lastValue: WeakRef<T> | undefined;
  return (sourceCode) => {
    const ast = sourceCode.ast;
    if (lastAst?.deref() === ast) {
      const value = lastValue!.deref();
      if (value) return value;
    }
    let value = cache.get(ast);
    if (!value) {
      value = compute(sourceCode);
      cache.set(ast, value);
    }
    lastAst = new WeakRef(ast);
    lastValue = new WeakRef(value);
    return value;
  };
}
