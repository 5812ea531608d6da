/**
 * Persists schema migrations after an extension update. Reads already migrate each
 * record in memory (validateSavedArticle), but that leaves old records in storage for
 * ever, and an index written by an old version lacks the fields list views now need.
 * The background runs this at every start (an update always restarts it); a small
 * marker item makes every start after the first a single tiny read.
 */
import { storage } from 'wxt/utils/storage';
import { serialized } from './queue';
import { SCHEMA_VERSION, validateSavedArticle } from './schema';
import { rebuildIndex } from './store';

/** The schema version the stored articles were last brought up to (absent before the first migration). */
const schemaItem = storage.defineItem<number>('local:library-schema', { fallback: 0 });
/** Records per storage write: one 50 MB setItems call would be one huge IPC message. */
const BATCH = 100;

type StoredKey = `local:${string}`;

/** Rewrites older article records in the current schema; returns how many it rewrote. */
function rewriteOldRecords(): Promise<number> {
  return serialized(async () => {
    const all = await storage.snapshot('local');
    const writes: { key: StoredKey; value: unknown }[] = [];
    const moved: StoredKey[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith('article:') || key.endsWith('$')) continue;
      if ((value as { schemaVersion?: unknown } | null)?.schemaVersion === SCHEMA_VERSION) continue;
      const res = validateSavedArticle(value);
      // A record that cannot be read stays exactly as it is (lists skip it; nothing is deleted here).
      if (!res.ok) continue;
      const target = `article:${res.article.id}`;
      // An id from an older canonical-URL rule would leave the record unreachable; move it unless taken.
      if (target !== key && target in all) continue;
      writes.push({ key: `local:${target}`, value: { ...res.article, schemaVersion: SCHEMA_VERSION } });
      if (target !== key) moved.push(`local:${key}`);
    }
    for (let i = 0; i < writes.length; i += BATCH) await storage.setItems(writes.slice(i, i + BATCH));
    if (moved.length) await storage.removeItems(moved);
    return writes.length;
  });
}

/**
 * Brings the stored library up to SCHEMA_VERSION once. Nothing is lost if it stops half-way
 * (the service worker ends, storage is full): unmigrated records still read, and the
 * marker is only set at the end, so the next start finishes the job.
 */
export async function migrateStoredLibrary(): Promise<void> {
  if ((await schemaItem.getValue()) === SCHEMA_VERSION) return;
  if (await rewriteOldRecords()) await rebuildIndex();
  await schemaItem.setValue(SCHEMA_VERSION);
}
