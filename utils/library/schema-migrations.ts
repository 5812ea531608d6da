/**
 * Schema versions of the stored SavedArticle and the step from each to the next. Every read
 * (validateSavedArticle) migrates in memory; migrate-stored.ts persists it once after an update.
 */
import type { SavedArticle } from './schema';

type Loose = Record<string, unknown>;

export const SCHEMA_VERSION = 4;

/** v1 (first release): no schemaVersion field, `html` instead of `contentHtml`, no leadImageUrl/progress/status. */
export interface SavedArticleV1 extends Omit<SavedArticleV3, 'contentHtml' | 'leadImageUrl' | 'progress' | 'status' | 'schemaVersion'> {
  html: string;
}
/** v2: `html` renamed to `contentHtml`, `leadImageUrl` added. */
export interface SavedArticleV2 extends Omit<SavedArticleV3, 'progress' | 'status' | 'schemaVersion'> {
  schemaVersion: 2;
}
/** v3: `progress` and `status` added. v4 adds `tags`, `highlights` and `notes`. */
export interface SavedArticleV3 extends Omit<SavedArticle, 'tags' | 'highlights' | 'notes'> {
  schemaVersion: 3;
}

/** MIGRATIONS[n] turns a v(n-1) record into a vn record; unknown fields pass through untouched. */
export const MIGRATIONS: Record<number, (r: Loose) => Loose> = {
  2: ({ html, ...r }) => ({ ...r, contentHtml: r.contentHtml ?? html ?? '', leadImageUrl: r.leadImageUrl ?? null }),
  3: (r) => ({
    ...r,
    progress: r.progress ?? (r.readState === 'read' ? 1 : 0),
    status: r.status ?? (typeof r.contentHtml === 'string' && r.contentHtml !== '' ? 'complete' : 'not-downloaded'),
  }),
  4: (r) => ({ ...r, tags: r.tags ?? [], highlights: r.highlights ?? [], notes: r.notes ?? '' }),
};

export function migrateRecord(r: Loose, from: number): Loose {
  let out = r;
  for (let v = from + 1; v <= SCHEMA_VERSION; v++) out = MIGRATIONS[v](out);
  return { ...out, schemaVersion: SCHEMA_VERSION };
}
