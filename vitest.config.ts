import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// `npm run test:unit`. Files named *.corpus.test.ts read ../shared and run only in
// `npm run test:corpus` (vitest.corpus.config.ts), so `npm test` passes in a clone without it.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx', 'utils/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', '**/*.corpus.test.ts'],
    testTimeout: 60_000,
  },
});
