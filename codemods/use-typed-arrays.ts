import { float32Pattern } from '../analysis/float32.ts';
import { FLOAT32_PRECISION, typedArrayPattern } from '../analysis/typed-array.ts';
import type { SitePattern } from '../analysis/types.ts';
import { createTransform } from './engine.ts';

/** jscodeshift's parser setting; unused, since the transform parses with typescript-eslint like the rules do. */
export const parser = 'tsx';

interface Options {
  minLength: number;
  api: boolean;
  float32: { names: RegExp[]; marker: string } | undefined;
}

/**
 * `prefer-typed-array`'s rewrites across a codebase, and with `--float32` `prefer-float32`'s for the declarations
 * the user marked (by comment or name): asking for `--float32` is the consent the editor suggestion asks for. With
 * `--api`, buffers that leave their function only by `return` are rewritten with the function's return type.
 */
const pattern: SitePattern<Options> = {
  nodeTypes: typedArrayPattern.nodeTypes,
  analyze(node, env, options) {
    if (options.float32) {
      const choice = { all: false, names: options.float32.names, marker: options.float32.marker };
      const finding = float32Pattern.analyze(node, env, { minLength: options.minLength, choice });
      // `--float32` consents to the precision, not to anything else: another reason keeps it a suggestion.
      if (finding) return finding.reason === FLOAT32_PRECISION ? { ...finding, rule: 'prefer-float32', kind: 'fix', reason: undefined } : { ...finding, rule: 'prefer-float32' };
    }
    const finding = typedArrayPattern.analyze(node, env, { minLength: options.minLength, api: options.api });
    return finding && { ...finding, rule: 'prefer-typed-array' };
  },
};

export default createTransform(
  { codemod: 'use-typed-arrays', rule: 'prefer-typed-array', pattern, options: { minLength: 16, api: false, float32: undefined } },
  (options) => ({
    minLength: Number(options['minLength'] ?? 16),
    api: options['api'] === true || options['api'] === 'true',
    float32:
      options['float32'] === true || options['float32'] === 'true'
        ? {
            names: namePatterns(String(options['float32Names'] ?? '')),
            marker: String(options['float32Marker'] ?? '@float32'),
          }
        : undefined,
  }),
);

/** `--float32-names a,b` as regular expressions (a comma inside a pattern is not supported). */
function namePatterns(list: string): RegExp[] {
  const patterns: RegExp[] = [];
  for (const source of list.split(',')) if (source) patterns.push(new RegExp(source, 'u'));
  return patterns;
}
