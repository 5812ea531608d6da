import viUrl from '@/utils/glossary/data/mined/vi.json?url';
import enUrl from '@/utils/glossary/data/mined/en.json?url';
import { installMined, type MinedFile } from '@/utils/glossary/mined';

/**
 * The corpus-mined dictionary layer ships as two plain JSON files (emitted by the build, not bundled into
 * any script): the background reads them from the extension itself on the first glossary request, once.
 * The reader's first-paint content script never sees them. If they cannot be read, the glossary still runs
 * on the hand dictionary, and the next request tries again.
 */
let loading: Promise<void> | null = null;

export function ensureMinedDictionary(): Promise<void> {
  loading ??= Promise.all(([['vi', viUrl], ['en', enUrl]] as const).map(async ([lang, url]) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    installMined(lang, (await response.json()) as MinedFile);
  })).then(() => undefined, (error: unknown) => {
    console.warn('Gloss: mined dictionary not loaded', error);
    loading = null;
  });
  return loading;
}
