#!/usr/bin/env node
// `npm run test:corpus`: the tests that read ../shared (fixtures and corpora), which `npm test`
// leaves out so that it passes in a clone without them. Says in one line which folder is missing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const needed = ['fixtures', 'corpus/vi-news', 'corpus/readability-test-pages', 'corpus/article-extraction-benchmark']
  .map((part) => resolve(shared, part));
const missing = existsSync(shared) ? needed.filter((dir) => !existsSync(dir)) : [shared];
if (missing.length > 0) {
  console.error(`test:corpus needs the shared corpora beside the repo; missing: ${missing.join(', ')}`);
  process.exit(1);
}

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vitest', 'run', '--config', 'vitest.corpus.config.ts']);
run('npm', ['run', '-s', 'build:e2e']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], { GLOSS_CORPUS: '1' });
