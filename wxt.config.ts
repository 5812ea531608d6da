import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { packMinedForExtension } from './utils/glossary/mined-pack.ts';
import type { MinedFile } from './utils/glossary/mined.ts';

// The e2e build differs from production by exactly one host permission:
// a popup opened as a page (as tests do) never receives activeTab, so the
// tests need 127.0.0.1 to reach their fixture pages. Production asks for none.
export const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  hooks: {
    // The mined dictionary (utils/glossary/data/mined, also read by the CLI and the evaluations) ships
    // as two packaged files the background reads on its first glossary (utils/mined-dictionary.ts):
    // imported with ?url, the background's library build would inline them into its script. They ship
    // packed (utils/glossary/mined-pack.ts): only what the look-ups read, a third of the size or less.
    'build:publicAssets': (_wxt, files) => {
      const read = (lang: 'vi' | 'en') => JSON.parse(readFileSync(resolve(import.meta.dirname, 'utils/glossary/data/mined', `${lang}.json`), 'utf8')) as MinedFile;
      const full = { vi: read('vi'), en: read('en') };
      for (const lang of ['vi', 'en'] as const) {
        const other = full[lang === 'vi' ? 'en' : 'vi'];
        files.push({ contents: JSON.stringify(packMinedForExtension(full[lang], lang, other)), relativeDest: `mined/${lang}.json` });
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      // Content scripts use the browser's own extension API object (`browser` in Firefox, `chrome`
      // in Chromium, as WXT does without the polyfill module): the webextension-polyfill is ~3 KB
      // gzip, and the reader's first paint has a 45 KB budget (docs/benchmarks.md, size). What the
      // polyfill adds — promise-returning onMessage listeners in Chromium — they do not use.
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const nativeBrowser = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      config.resolve.alias = Array.isArray(alias) ? [nativeBrowser, ...alias] : [nativeBrowser, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
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
    // Extension pages show saved (untrusted) articles: no inline or remote code, no remote
    // images or connections (the saved copy reads offline and tells no one it is read).
    // Dev mode keeps WXT's default so its reload server can connect.
    ...(mode === 'development'
      ? {}
      : {
          content_security_policy: {
            extension_pages:
              "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; img-src 'self' data:; connect-src 'self'; media-src 'none'; frame-src 'none'",
          },
        }),
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveArticle__',
      },
      // Chrome allows at most 4 commands with a suggested key; this is the third.
      'open-library': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenLibrary__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss-reader.invalid',
              strict_min_version: '115.0',
              // Gloss collects and transmits nothing (see README, Privacy).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
