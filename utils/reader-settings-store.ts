import { DEFAULT_SETTINGS, validateSettings, type ReaderSettings } from './reader-settings';
import { readSynced, watchSynced, writeSynced, type SyncResult } from './sync/synced';

/**
 * Where the reader's settings are kept: `storage.sync` (the reader looks the same on every machine
 * the reader signs into), under the key `reader-settings`, with a copy in `storage.local` that
 * holds when sync refuses a write (utils/sync/synced.ts; the reader's toolbar then says so).
 *
 * Plain storage calls rather than @wxt-dev/storage: this module is part of the reader's content
 * script, whose first paint has a 45 KB gzip budget, and the library added ~3 KB gzip there. The
 * layout is the one @wxt-dev/storage used for this item (`sync:reader-settings`, version 1, no
 * migrations: the value alone under its key, no `$` version entry), so stored settings carry over.
 * Any shape found is repaired by validateSettings. One value replaced whole: any context may write
 * it (the last change wins, which is what the reader asked for).
 */
export const READER_SETTINGS_KEY = 'reader-settings';

/** The stored settings, repaired (the defaults when none are stored); rejects when storage cannot be read. */
export async function loadReaderSettings(): Promise<ReaderSettings> {
  return validateSettings((await readSynced(READER_SETTINGS_KEY)) ?? DEFAULT_SETTINGS);
}

export function saveReaderSettings(settings: ReaderSettings): Promise<SyncResult> {
  return writeSynced(READER_SETTINGS_KEY, settings);
}

/** Calls `onChange` when another tab, or another synced machine, changes the settings. */
export function watchReaderSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return watchSynced(READER_SETTINGS_KEY, (value) => onChange(validateSettings(value ?? DEFAULT_SETTINGS)));
}
