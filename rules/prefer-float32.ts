import { float32Pattern } from '../analysis/float32.ts';
import { createRule } from '../utils/create-rule.ts';
import { ruleEnv } from '../utils/env.ts';
import { minLengthOption, patternListeners, typeAwareOption } from '../utils/pattern-rule.ts';

export type Options = [{ all?: boolean; marker?: string; minLength?: number; names?: string[]; typeAware?: boolean }];
export type MessageId = 'preferFloat32' | 'useFloat32';

export default createRule<Options, MessageId>({
  name: 'prefer-float32',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce 32-bit float buffers where the user has said their precision is enough',
      recommended: false,
      typeAware: true,
    },
    hasSuggestions: true,
    messages: {
      preferFloat32: '`{{ name }}` is marked as needing only 32-bit precision: as a `Float32Array` it {{ saving }}.',
      useFloat32: 'Use a `Float32Array`{{ caveat }}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          all: {
            type: 'boolean',
            description: 'Every candidate in the files this rule is enabled for (scope it with `files` in the flat config).',
          },
          marker: {
            type: 'string',
            description: 'Text in a comment just before the declaration that marks it as 32-bit (default `@float32`).',
          },
          minLength: minLengthOption('Buffers of a literal size below this are not reported.'),
          names: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions for variable names that hold 32-bit data (e.g. `^(vertices|positions|weights)$`).',
          },
          typeAware: typeAwareOption('take the element type of `number[]` candidates from it.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ all: false, marker: '@float32', minLength: 16, names: [], typeAware: false }],
  },
  create(context, [options]) {
    const env = ruleEnv(context, options.typeAware ?? false);
    const choice = { all: options.all ?? false, marker: options.marker ?? '@float32', names: (options.names ?? []).map((pattern) => new RegExp(pattern, 'u')) };
    const analysisOptions = { minLength: options.minLength ?? 16, choice };
    return patternListeners(context, float32Pattern, env, analysisOptions);
  },
});
