// `npm run test:corpus`: the real-code run alone (about six minutes, so the default `vitest run` leaves it out).
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    globals: true,
    include: ['tests/corpus/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 900_000,
  },
});
