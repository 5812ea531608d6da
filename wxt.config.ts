import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build differs from production by exactly one host permission:
// a popup opened as a page (as tests do) never receives activeTab, so the
// tests need 127.0.0.1 to reach their fixture pages. Production asks for none.
export const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  webExt: {
    // `npm start` opens this page: the bundled sample article served locally.
    startUrls: ['http://127.0.0.1:5174/sample-article.html'],
    // Debian's Chromium when present (CHROME_PATH overrides; scripts/start.mjs sets it).
    binaries: process.env.CHROME_PATH ? { chrome: process.env.CHROME_PATH } : undefined,
    chromiumArgs: ['--lang=en-US'],
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOST_PERMISSIONS } : {}),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'gloss@gloss-reader.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
});
