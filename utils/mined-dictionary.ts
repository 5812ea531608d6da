import { browser } from 'wxt/browser';
import { installMined, type MinedFile } from '@/utils/glossary/mined';

/**
 * The corpus-mined dictionary layer ships as two plain JSON files (`mined/{vi,en}.json`, copied by the
 * build: wxt.config.ts; not bundled into any script): the background reads them from the extension itself
 * on its first glossary request, once per worker start.
 * The reader's first-paint content script never sees them. If they cannot be read, the glossary still runs
 * on the hand dictionary, and the next request tries again.
 */
let loading: Promise<void> | null = null;

// Copied by the build hook, so WXT's list of public paths does not know them.
const packagedUrl = browser.runtime.getURL as (path: string) => string;

export function ensureMinedDictionary(): Promise<void> {
  loading ??= Promise.all((['vi', 'en'] as const).map(async (lang) => {
    const url = packagedUrl(`/mined/${lang}.json`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    installMined(lang, (await response.json()) as MinedFile);
  })).then(() => undefined, (error: unknown) => {
    console.warn('Gloss: mined dictionary not loaded', error);
    loading = null;
  });
  return loading;
}
