import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// `npm run test:corpus`, unit part: the tests that read ../shared (fixtures, corpora).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.corpus.test.ts', 'utils/**/*.corpus.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 120_000,
  },
});
