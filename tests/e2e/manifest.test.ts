import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './support/paths';

// Reads the manifests `npm run build` and `npm run build:e2e` wrote (test:e2e runs both first).
const manifest = (dir: string) => JSON.parse(readFileSync(resolve(repoRoot, '.output', dir, 'manifest.json'), 'utf8'));

describe('built manifests', () => {
  const production = manifest('chrome-mv3');
  const e2e = manifest('chrome-mv3-e2e');

  it('asks for exactly the permissions Gloss needs, and no host access in production', () => {
    expect(production.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus']);
    expect(production.host_permissions).toBeUndefined();
    expect(production.optional_host_permissions).toBeUndefined();
    expect(production.content_scripts ?? []).toEqual([]);
    expect(production.commands['toggle-reader'].suggested_key.default).toBe('Alt+Shift+R');
  });

  it('differs in the e2e build only by the 127.0.0.1 host permission', () => {
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
    const { host_permissions: _added, ...rest } = e2e;
    expect(rest).toEqual(production);
  });
});
