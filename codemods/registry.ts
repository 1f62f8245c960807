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
  'use-typed-arrays': {
    description: 'Rewrites fixed-size number[] buffers (new Array(n).fill(0), Array.from({ length: n }, f), push in a counted loop) into typed arrays; --float32 for marked ones',
    rules: ['prefer-typed-array', 'prefer-float32'],
  },
  'release-intermediates': {
    description: 'Releases large intermediates (file contents, parsed documents, buffers) after their last use: read where used, or set to undefined, so they do not stay reachable across an await, a later phase or a closure',
    rules: ['no-retained-intermediate'],
  },
  'hoist-allocations': {
    description: 'Allocates buffers made on every turn of a loop (Buffer.alloc(n), new Float64Array(n), new ArrayBuffer(n)) once before it, reset where they were made',
    rules: ['no-allocation-in-loop'],
  },
  'copy-retained-views': {
    description: 'Copies small slices of large strings and views of large buffers that are kept (stored, returned, captured), so they no longer keep the whole parent alive',
    rules: ['no-retained-view'],
  },
  'transfer-buffers': {
    description: 'Adds transfer lists to postMessage(x) and new Worker(f, { workerData: x }) that send typed arrays, Buffers or ArrayBuffers, so their memory moves instead of being copied',
    rules: ['prefer-transfer'],
  },
  'fuse-array-chains': {
    description: 'Rewrites array chains that build an intermediate array (Array.from(x).map(f), [...x].map(f), map().filter(), ...) into one pass',
    rules: ['no-intermediate-arrays'],
  },
};
