/**
 * Pocket export import (CSV: title,url,time_added,tags,status). Pocket never
 * gave us the content, so entries become 'not-downloaded' links the reader can
 * fetch later. The whole file is validated first: any bad row aborts the
 * import with its line number and nothing is written.
 */
import { canonicalUrl } from './canonical-url';
import { parseCsv } from './csv';
import { articleIdFor, type SavedArticle } from './schema';
import { cleanTags } from './tags';
import { mergeArticles, type MergeReport } from './store';

const REQUIRED = ['title', 'url', 'time_added', 'tags', 'status'] as const;

export type PocketParseResult =
  | { ok: true; articles: SavedArticle[]; duplicates: number }
  | { ok: false; error: string };

/** Pocket writes tags as "tag1|tag2" (empty when none). */
export const pocketTags = (field: string): string[] => cleanTags(field.split('|'));

/** Pure: CSV text → validated records, with their Pocket tags. */
export function parsePocketCsv(text: string): PocketParseResult {
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, error: csv.error };
  const [header, ...rows] = csv.records;
  if (!header) return { ok: false, error: 'line 1: empty file' };
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const col = {} as Record<(typeof REQUIRED)[number], number>;
  for (const name of REQUIRED) {
    col[name] = names.indexOf(name);
    if (col[name] < 0) return { ok: false, error: `line ${header.line}: missing column "${name}" (expected ${REQUIRED.join(',')})` };
  }
  const articles: SavedArticle[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const { line, fields } of rows) {
    if (fields.length !== names.length) {
      return { ok: false, error: `line ${line}: expected ${names.length} fields, found ${fields.length}` };
    }
    let url: string;
    try { url = canonicalUrl(fields[col.url]); } catch { return { ok: false, error: `line ${line}: url: not a URL` }; }
    const time = fields[col.time_added].trim();
    if (!/^\d{1,12}$/.test(time)) return { ok: false, error: `line ${line}: time_added: not a Unix time` };
    const status = fields[col.status].trim();
    if (status !== 'unread' && status !== 'archive') {
      return { ok: false, error: `line ${line}: status: expected "unread" or "archive"` };
    }
    const id = articleIdFor(url);
    if (seen.has(id)) { duplicates++; continue; }
    seen.add(id);
    const savedAt = Number(time) * 1000;
    const read = status === 'archive';
    articles.push({
      id, url, title: fields[col.title].trim() || url, byline: null, siteName: null, lang: null,
      publishedTime: null, excerpt: null, leadImageUrl: null, contentHtml: '', textContent: '', glossary: [],
      wordCount: 0, readingMinutes: 0, savedAt, updatedAt: savedAt,
      readState: read ? 'read' : 'unread', progress: read ? 1 : 0, status: 'not-downloaded',
      tags: pocketTags(fields[col.tags]), highlights: [], notes: '',
    });
  }
  return { ok: true, articles, duplicates };
}

/** Validates the whole file, then merges (articles already saved stay as they are unless Pocket's entry is newer). */
export async function importPocketCsv(text: string): Promise<{ ok: true; report: MergeReport } | { ok: false; error: string }> {
  const parsed = parsePocketCsv(text);
  if (!parsed.ok) return parsed;
  const report = await mergeArticles(parsed.articles);
  return { ok: true, report: { ...report, skipped: report.skipped + parsed.duplicates } };
}
