import copyRetainedViews from './copy-retained-views.ts';
import { transformOf, type Transform } from './engine.ts';
import fixSpreadPatterns from './fix-spread-patterns.ts';
import fuseArrayChains from './fuse-array-chains.ts';
import hoistAllocations from './hoist-allocations.ts';
import releaseIntermediates from './release-intermediates.ts';
import rewriteInPlace from './rewrite-in-place.ts';
import transferBuffers from './transfer-buffers.ts';
import useTypedArrays from './use-typed-arrays.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rules do. */
export const parser = 'tsx';

/** Every codemod, in the registry's order (the order their sites are listed in). */
export const transforms: Record<string, Transform> = {
  'rewrite-in-place': rewriteInPlace,
  'fix-spread-patterns': fixSpreadPatterns,
  'use-typed-arrays': useTypedArrays,
  'release-intermediates': releaseIntermediates,
  'hoist-allocations': hoistAllocations,
  'copy-retained-views': copyRetainedViews,
  'transfer-buffers': transferBuffers,
  'fuse-array-chains': fuseArrayChains,
};

/**
 * Every codemod over one parse per pass, the way `eslint --fix` runs every rule: each pass applies the
 * non-overlapping rewrites of all of them, until nothing changes. One parse instead of eight is what makes `all`
 * about as fast as a single codemod. `codemods` (a comma-separated list) narrows it to some of them.
 */
export default transformOf((options) => {
  const wanted = typeof options['codemods'] === 'string' && options['codemods'] ? options['codemods'].split(',') : Object.keys(transforms);
  return wanted.map((name) => {
    const transform = transforms[name];
    if (!transform) throw new Error(`unknown codemod "${name}"`);
    return transform.part(options);
  });
});
