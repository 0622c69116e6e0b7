import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/content/**/*.test.ts'],
    // Build tests run real `astro build`s of fixture sites.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores: builds in parallel only slow each other down.
    fileParallelism: false,
  },
});
