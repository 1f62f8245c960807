/** Every codemod the CLI runs, with the rules whose analysis it applies. The transform is `codemods/<name>.ts`. */
export const codemods: Record<string, { description: string; rules: string[] }> = {
  'rewrite-in-place': {
    description: 'Rewrites copy-and-rebind (xs = xs.map(f), xs = xs.filter(p), xs = [...xs, v], ...) into in-place updates',
    rules: ['prefer-in-place'],
  },
};
