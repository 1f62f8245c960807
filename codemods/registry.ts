/** Every codemod the CLI runs, with the rules whose analysis it applies. The transform is `codemods/<name>.ts`. */
export const codemods: Record<string, { description: string; rules: string[] }> = {
  'rewrite-in-place': {
    description: 'Rewrites copy-and-rebind (xs = xs.map(f), xs = xs.filter(p), xs = [...xs, v], ...) into in-place updates',
    rules: ['prefer-in-place'],
  },
  'fix-spread-patterns': {
    description: 'Rewrites spread accumulators in reduce callbacks and loops into mutation, and large argument spreads (push(...ys), Math.max(...xs), String.fromCharCode(...codes)) into loops',
    rules: ['no-accumulating-spread', 'no-large-spread-arguments'],
  },
  'fuse-array-chains': {
    description: 'Rewrites array chains that build an intermediate array (Array.from(x).map(f), [...x].map(f), map().filter(), ...) into one pass',
    rules: ['no-intermediate-arrays'],
  },
};
