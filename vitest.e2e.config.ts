import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium; one file at a
// time so two browsers never fight over the machine's two cores.
// GLOSS_CORPUS=1 (npm run test:corpus) runs the end-to-end files that read ../shared instead.
const corpus = process.env.GLOSS_CORPUS === '1';

export default defineConfig({
  test: {
    include: [corpus ? 'tests/e2e/**/*.corpus.test.ts' : 'tests/e2e/**/*.test.ts'],
    exclude: corpus ? ['node_modules/**'] : ['node_modules/**', '**/*.corpus.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
