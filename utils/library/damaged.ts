/**
 * Damaged records: an `article:<id>` item that is not a valid article, or an index entry whose
 * article item is missing. The reader's data is never destroyed: the raw value is moved aside
 * under `damaged:<id>:<token>` (keepAside), its index entry leaves the lists, and the small
 * `library-damaged` registry remembers title, URL and reason so the popup can say what happened.
 * Writer side (background only, inside the one-writer queue); reads are in read.ts.
 */
import { storage } from 'wxt/utils/storage';
import { keepAside, type DamageFound } from './damaged-record';
import { DAMAGED_KEY, articleKey } from './keys';
import { serialized } from './queue';
import { listDamaged, readArticleItems, readIndex, type ArticleRead } from './read';
import type { IndexEntry } from './schema';
import { commit } from './store';

export interface CheckReport {
  /** Ids found damaged by this check (now kept aside and left out of the index). */
  damaged: string[];
}

const BATCH = 250;

/**
 * Reads the records of `ids` (the ones on screen, or one the reader page could not open) and
 * keeps aside any that is unreadable, or indexed but missing. Cheap enough for every popup
 * opening: ~20 records, and the index only when something is wrong. (A whole-library check
 * reads every record: rebuildIndex does that.)
 */
export function checkLibrary(ids: string[]): Promise<CheckReport> {
  return serialized(async () => {
    const suspects = new Map<string, Exclude<ArticleRead, { status: 'ok' }>>();
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const [id, read] of await readArticleItems(ids.slice(i, i + BATCH))) if (read.status !== 'ok') suspects.set(id, read);
    }
    if (!suspects.size) return { damaged: [] };
    const index = await readIndex();
    const indexed = new Map(index.map((e) => [e.id, e]));
    const found: DamageFound[] = [];
    for (const [id, read] of suspects) {
      const entry = indexed.get(id) ?? null;
      if (read.status === 'damaged') found.push({ id, reason: read.reason, raw: read.raw, entry });
      else if (entry) found.push({ id, reason: 'missing', raw: undefined, entry }); // else: deleted meanwhile
    }
    if (!found.length) return { damaged: [] };
    await keepFoundAside(found, index);
    return { damaged: found.map((f) => f.id) };
  });
}

/** Inside the queue: raw values aside, registry updated, their entries out of the index, then the items removed. */
export async function keepFoundAside(found: DamageFound[], index: IndexEntry[]): Promise<void> {
  const gone = new Set(found.map((f) => f.id));
  const items = keepAside(found, await listDamaged(), Date.now());
  await commit(items, index.filter((e) => !gone.has(e.id)), found.filter((f) => f.raw !== undefined).map((f) => articleKey(f.id)));
}

/** Records damage found while reading (search index, export); the same keeping-aside as checkLibrary. */
export function reportDamaged(ids: string[]): Promise<CheckReport> {
  return ids.length ? checkLibrary(ids) : Promise.resolve({ damaged: [] });
}

/** The reader closed the notice: records are marked dismissed; the kept data stays. */
export function dismissDamaged(): Promise<void> {
  return serialized(async () => {
    const registry = await listDamaged();
    if (registry.some((d) => !d.dismissed)) {
      await storage.setItem(DAMAGED_KEY, registry.map((d) => ({ ...d, dismissed: true })));
    }
  });
}
