import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, validateSettings, type ReaderSettings } from './reader-settings';

/**
 * Where the reader's settings are kept: `storage.sync` (the reader looks the same on every machine
 * the reader signs into), under the key `reader-settings`.
 *
 * Plain storage calls rather than @wxt-dev/storage: this module is part of the reader's content
 * script, whose first paint has a 45 KB gzip budget, and the library added ~3 KB gzip there. The
 * layout is the one @wxt-dev/storage used for this item (`sync:reader-settings`, version 1, no
 * migrations: the value alone under its key, no `$` version entry), so stored settings carry over.
 * Any shape found is repaired by validateSettings.
 */
const KEY = 'reader-settings';

const area = () => browser.storage.sync;

/** The stored settings, repaired (the defaults when none are stored); rejects when storage cannot be read. */
export async function loadReaderSettings(): Promise<ReaderSettings> {
  const stored = (await area().get(KEY))[KEY];
  return validateSettings(stored ?? DEFAULT_SETTINGS);
}

export async function saveReaderSettings(settings: ReaderSettings): Promise<void> {
  await area().set({ [KEY]: settings });
}

/** Calls `onChange` when another tab, or another synced machine, changes the settings. */
export function watchReaderSettings(onChange: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    const change = changes[KEY];
    // Writes of an equal value (every open reader saves what it shows) are not changes.
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    onChange(validateSettings(change.newValue ?? DEFAULT_SETTINGS));
  };
  area().onChanged.addListener(listener);
  return () => area().onChanged.removeListener(listener);
}
