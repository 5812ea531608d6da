/**
 * What follows the browser profile through storage.sync (synced.ts); the articles themselves stay
 * in storage.local (too big: storage.sync holds 100 KB in all).
 */
import { mirrorSyncChanges, reconcileSynced } from './synced';

export const SYNCED_KEYS = [
  'reader-settings', // utils/reader-settings-store.ts
  'user-glossary', // the user's own meanings: utils/library/user-glossary.ts
  'notebook-marks', // the notebook's known/learn marks: utils/notebook/marks.ts
] as const;

/** Background, at every start: settles each value between the two areas, then follows sync's changes. */
export function startProfileSync(): () => void {
  for (const key of SYNCED_KEYS) {
    reconcileSynced(key).then(
      (r) => typeof r === 'object' && !r.synced && console.warn(`Gloss: "${key}" is kept on this device only for now (${r.reason}: ${r.detail})`),
      (error) => console.error(`Gloss could not sync "${key}"`, error),
    );
  }
  return mirrorSyncChanges([...SYNCED_KEYS]);
}
