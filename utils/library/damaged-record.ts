/**
 * A stored article found unreadable (see damaged.ts). Kept in the small `library-damaged` item
 * so every list can tell the reader about it without reading any article.
 */
import { DAMAGED_KEY, damagedKey, newRev } from './keys';

export interface DamagedRecord {
  id: string;
  /** Why it could not be read, e.g. "record: not an object", "url: not a URL", "missing". */
  reason: string;
  /** Last known title and URL (from its index entry) so the reader can find it again; null if unknown. */
  title: string | null;
  url: string | null;
  foundAt: number;
  /** The storage key that holds the raw value as it was found; null when there was nothing to keep. */
  keptAt: string | null;
  /** The reader closed the notice; the record (and the kept data) stay. */
  dismissed: boolean;
}

export function isDamagedRecord(value: unknown): value is DamagedRecord {
  const d = value as Record<string, unknown> | null;
  return typeof d === 'object' && d !== null && typeof d.id === 'string' && typeof d.reason === 'string'
    && typeof d.foundAt === 'number';
}

/** What a reader of the library found wrong with one article key. `raw` undefined: nothing stored. */
export interface DamageFound {
  id: string;
  reason: string;
  raw: unknown;
  /** Its index entry, if it had one: the title and URL the reader will recognise. */
  entry: { title: string; url: string } | null;
}

/**
 * The storage writes that keep what was found: each raw value under a new `damaged:<id>:<token>`
 * key (never overwritten), and the registry with one record per id. The caller commits them.
 */
export function keepAside(found: DamageFound[], registry: DamagedRecord[], now: number): { key: `local:${string}`; value: unknown }[] {
  const items: { key: `local:${string}`; value: unknown }[] = [];
  const byId = new Map(registry.map((d) => [d.id, d]));
  for (const f of found) {
    const keptAt = f.raw === undefined ? null : damagedKey(f.id, newRev());
    if (keptAt) items.push({ key: keptAt, value: { key: `article:${f.id}`, reason: f.reason, foundAt: now, raw: f.raw } });
    const before = byId.get(f.id);
    byId.set(f.id, {
      id: f.id, reason: f.reason, foundAt: now, dismissed: false,
      title: f.entry?.title ?? before?.title ?? null, url: f.entry?.url ?? before?.url ?? null,
      keptAt: keptAt ?? before?.keptAt ?? null,
    });
  }
  items.push({ key: DAMAGED_KEY, value: [...byId.values()].sort((a, b) => b.foundAt - a.foundAt) });
  return items;
}
