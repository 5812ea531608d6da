/**
 * JSON backup of the whole library (format documented in docs/export-format.md).
 * Output is deterministic apart from `exportedAt` — fixed key order, articles
 * newest first — so backups diff cleanly and export→import→export is identical.
 */
import { SCHEMA_VERSION, type SavedArticle } from './schema';
import { getAllArticles } from './store';
import { getUserGlossary } from './user-glossary';

export const EXPORT_FORMAT = 'gloss-library';
/** The file version equals the article schema version of the records inside. */
export const EXPORT_VERSION = SCHEMA_VERSION;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string; // ISO 8601
  articles: SavedArticle[];
  userGlossary: Record<string, string>;
}

/** Copies every field in declaration order (stored objects may have any key order, plus schemaVersion). */
export function exportRecord(a: SavedArticle): SavedArticle {
  return {
    id: a.id, url: a.url, title: a.title, byline: a.byline, siteName: a.siteName, lang: a.lang,
    publishedTime: a.publishedTime, excerpt: a.excerpt, leadImageUrl: a.leadImageUrl,
    contentHtml: a.contentHtml, textContent: a.textContent,
    glossary: a.glossary.map(({ abbr, expansion, source, count }) => ({ abbr, expansion, source, count })),
    wordCount: a.wordCount, readingMinutes: a.readingMinutes, savedAt: a.savedAt, updatedAt: a.updatedAt,
    readState: a.readState, progress: a.progress, status: a.status,
    tags: [...a.tags],
    highlights: a.highlights.map(({ id, color, note, quote, position, created, updated }) => ({
      id, color, note, quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { start: position.start, end: position.end }, created, updated,
    })),
    notes: a.notes,
  };
}

const byNewest = (a: SavedArticle, b: SavedArticle) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildLibraryExport(
  articles: SavedArticle[], userGlossary: Record<string, string>, now: Date = new Date(),
): LibraryExport {
  const glossary = Object.fromEntries(Object.keys(userGlossary).sort().map((k) => [k, userGlossary[k]]));
  return {
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(),
    articles: [...articles].sort(byNewest).map(exportRecord), userGlossary: glossary,
  };
}

export function serializeLibraryExport(data: LibraryExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Reads the whole library from storage and returns the file's text. */
export async function exportLibraryJson(now: Date = new Date()): Promise<string> {
  const [articles, glossary] = await Promise.all([getAllArticles(), getUserGlossary()]);
  return serializeLibraryExport(buildLibraryExport(articles, glossary, now));
}

/** Suggested download name, e.g. gloss-library-2025-01-31.json */
export const exportFileName = (now: Date = new Date()) => `gloss-library-${now.toISOString().slice(0, 10)}.json`;
