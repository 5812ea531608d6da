/**
 * Restores a JSON backup. The whole file is validated before anything is
 * written, so a malformed, truncated or hand-broken file changes nothing and
 * the error names the exact field ("articles[3].url: not a URL").
 */
import { EXPORT_FORMAT } from './export-json';
import { SCHEMA_VERSION, formatIssue, validateSavedArticle, type SavedArticle } from './schema';
import { mergeArticles, type MergeReport } from './store';
import { mergeUserGlossary } from './user-glossary';

export interface ParsedLibrary { version: number; articles: SavedArticle[]; userGlossary: Record<string, string> }
export type ParseResult = { ok: true; value: ParsedLibrary } | { ok: false; error: string };
export type ImportResult = { ok: true; report: MergeReport & { glossaryAdded: number } } | { ok: false; error: string };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Pure, strict validation of a backup file's text. */
export function parseLibraryExport(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not valid JSON (${(err as Error).message})` };
  }
  if (!isPlainObject(data)) return { ok: false, error: 'file: not a JSON object' };
  if (data.format !== EXPORT_FORMAT) return { ok: false, error: `format: expected "${EXPORT_FORMAT}"` };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version: not a positive integer' };
  }
  if (version > SCHEMA_VERSION) {
    return { ok: false, error: `version: ${version} is newer than this version of Gloss supports (${SCHEMA_VERSION})` };
  }
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
    return { ok: false, error: 'exportedAt: not a date' };
  }
  if (!Array.isArray(data.articles)) return { ok: false, error: 'articles: not an array' };
  const articles: SavedArticle[] = [];
  const firstIndexById = new Map<string, number>();
  for (let i = 0; i < data.articles.length; i++) {
    const res = validateSavedArticle(data.articles[i], { strict: true, path: `articles[${i}]`, fromVersion: version });
    if (!res.ok) return { ok: false, error: formatIssue(res.error) };
    const dup = firstIndexById.get(res.article.id);
    if (dup !== undefined) return { ok: false, error: `articles[${i}].url: same article as articles[${dup}]` };
    firstIndexById.set(res.article.id, i);
    articles.push(res.article);
  }
  if (!isPlainObject(data.userGlossary)) return { ok: false, error: 'userGlossary: not an object' };
  for (const [abbr, expansion] of Object.entries(data.userGlossary)) {
    if (typeof expansion !== 'string') return { ok: false, error: `userGlossary.${abbr}: not a string` };
  }
  return { ok: true, value: { version, articles, userGlossary: data.userGlossary as Record<string, string> } };
}

/** Validates, then merges by canonical URL (newer updatedAt wins); the user's own glossary entries win. */
export async function importLibraryJson(text: string): Promise<ImportResult> {
  const parsed = parseLibraryExport(text);
  if (!parsed.ok) return parsed;
  const report = await mergeArticles(parsed.value.articles);
  const glossaryAdded = await mergeUserGlossary(parsed.value.userGlossary);
  return { ok: true, report: { ...report, glossaryAdded } };
}
