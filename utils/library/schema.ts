/**
 * The SavedArticle record, its schema versions and the repairing validator.
 * Stored records carry `schemaVersion`; per-article keys are dynamic, so the
 * version lives inside the value rather than in @wxt-dev/storage's "key$"
 * metadata (which would double the number of keys for 5,000 articles).
 */
import type { ExtractedArticle } from '../extract/types';
import type { GlossaryEntry } from '../glossary';
import { canonicalUrl } from './canonical-url';
import { validateHighlights, type Highlight } from './highlight-schema';
import { cleanTags } from './tags';
import { SCHEMA_VERSION, migrateRecord } from './schema-migrations';

export type { GlossaryEntry, Highlight };
export type ReadState = 'unread' | 'read';
/** 'not-downloaded': a link imported (e.g. from Pocket) whose content was never fetched. */
export type ArticleStatus = 'complete' | 'not-downloaded';

export interface SavedArticle {
  id: string; // articleIdFor(url): 16 hex chars, URL/key safe
  url: string; // canonical
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null; // as the page declared it (not normalised)
  excerpt: string | null;
  leadImageUrl: string | null;
  contentHtml: string; // sanitised by utils/extract; never re-sanitised here
  textContent: string;
  glossary: GlossaryEntry[];
  wordCount: number;
  readingMinutes: number;
  savedAt: number; // epoch ms, first save; kept across re-saves
  updatedAt: number; // epoch ms, last change of any field
  readState: ReadState;
  progress: number; // 0..1 scroll position
  status: ArticleStatus;
  /** v4: the reader's labels (tags.ts: cleaned, no duplicates under folding). */
  tags: string[];
  /** v4: highlights with their notes (highlight-schema.ts), in the order they were made. */
  highlights: Highlight[];
  /** v4: the reader's own note on the whole article ('' when none). */
  notes: string;
}

/**
 * Light per-article metadata kept in the single index item (list views need only this).
 * `updatedAt` lets the background's persisted search index tell which articles changed since it
 * was written; entries written before it existed lack it (see search-cache.ts).
 */
export type IndexEntry = Pick<SavedArticle,
  'id' | 'url' | 'title' | 'siteName' | 'savedAt' | 'updatedAt' | 'readingMinutes' | 'readState' | 'progress' | 'lang' | 'status'>
  /** v4 (the library page's list, filters and sorts); entries written before lack them (see withListFields). */
  & Partial<Pick<SavedArticle, 'tags' | 'publishedTime'>> & { highlightCount?: number };

export interface SaveArticleInput {
  url: string;
  title: string;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  leadImageUrl?: string | null;
  contentHtml: string;
  textContent: string;
  glossary?: GlossaryEntry[];
  wordCount?: number;
  readingMinutes?: number;
  status?: ArticleStatus;
  /** When omitted, a re-saved article keeps its own read state / progress. */
  readState?: ReadState;
  progress?: number;
  /** When omitted, a re-saved article keeps its own tags, highlights and notes. */
  tags?: string[];
  highlights?: Highlight[];
  notes?: string;
}

/** Maps the extractor's output to a save request (`content` is already sanitised HTML). */
export function fromExtracted(url: string, a: ExtractedArticle, glossary: GlossaryEntry[] = [], leadImageUrl: string | null = null): SaveArticleInput {
  const { title, byline, siteName, lang, publishedTime, excerpt, content, textContent, wordCount, readingMinutes } = a;
  return { url, title, byline, siteName, lang, publishedTime, excerpt, leadImageUrl, contentHtml: content, textContent, glossary, wordCount, readingMinutes };
}

export { MIGRATIONS, SCHEMA_VERSION, migrateRecord, type SavedArticleV1, type SavedArticleV2, type SavedArticleV3 } from './schema-migrations';

/** 64-bit hash (two 32-bit FNV-1a-style lanes with different seeds) of the canonical URL, as 16 hex chars. */
export function articleIdFor(canonical: string): string {
  let h1 = 0x811c9dc5 ^ 0x2545f491;
  let h2 = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function toIndexEntry(a: SavedArticle): IndexEntry {
  const { id, url, title, siteName, savedAt, updatedAt, readingMinutes, readState, progress, lang, status, tags, publishedTime } = a;
  return { id, url, title, siteName, savedAt, updatedAt, readingMinutes, readState, progress, lang, status, tags, publishedTime, highlightCount: a.highlights.length };
}

/** An index entry with the v4 list fields filled in (entries written by v3 lack them until the migration rewrites the index). */
export type ListEntry = IndexEntry & Required<Pick<IndexEntry, 'tags' | 'publishedTime' | 'highlightCount'>>;
export function withListFields(e: IndexEntry): ListEntry {
  return {
    ...e,
    tags: Array.isArray(e.tags) ? e.tags.filter((t): t is string => typeof t === 'string') : [],
    publishedTime: typeof e.publishedTime === 'string' ? e.publishedTime : null,
    highlightCount: typeof e.highlightCount === 'number' ? e.highlightCount : 0,
  };
}

type Loose = Record<string, unknown>;

export interface ValidationIssue { path: string; message: string }
export type ValidationResult =
  | { ok: true; article: SavedArticle; repairs: ValidationIssue[] }
  | { ok: false; error: ValidationIssue };
export interface ValidateOptions {
  /** Import mode: any problem is an error (nothing is silently repaired). */
  strict?: boolean;
  /** Prefix for issue paths, e.g. "articles[3]". */
  path?: string;
  /** Schema version of the input when it has no `schemaVersion` field (stored records default to 1). */
  fromVersion?: number;
}

const GLOSSARY_SOURCES = new Set(['article', 'inferred', 'dictionary', 'user', 'unknown']);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Validates (and in non-strict mode repairs, Dark Reader style) one record.
 * Repairs are what lets a half-corrupt storage item still open instead of
 * breaking the whole library; a record without a usable URL is rejected.
 */
export function validateSavedArticle(input: unknown, opts: ValidateOptions = {}): ValidationResult {
  const at = (k: string) => (opts.path ? `${opts.path}.${k}` : k);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, error: { path: opts.path ?? '', message: 'not an object' } };
  }
  const version = (input as Loose).schemaVersion ?? opts.fromVersion ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION) {
    return { ok: false, error: { path: at('schemaVersion'), message: `unsupported version ${String(version)}` } };
  }
  const r = migrateRecord(input as Loose, version);
  let url: string;
  try {
    url = canonicalUrl(String(r.url ?? ''));
    if (typeof r.url !== 'string') throw new TypeError();
  } catch {
    return { ok: false, error: { path: at('url'), message: 'not a URL' } };
  }
  const repairs: ValidationIssue[] = [];
  const fix = <T>(k: string, message: string, value: T): T => (repairs.push({ path: at(k), message }), value);
  const str = (k: string, fallback = ''): string =>
    typeof r[k] === 'string' ? (r[k] as string) : fix(k, r[k] === undefined ? 'missing' : 'not a string', fallback);
  const nstr = (k: string): string | null =>
    r[k] === null || typeof r[k] === 'string' ? (r[k] as string | null)
      : fix(k, r[k] === undefined ? 'missing' : 'not a string or null', null);
  const num = (k: string, fallback: number): number => {
    const v = r[k];
    if (isCount(v)) return v;
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v)) && k.endsWith('At')) return fix(k, 'not a number', Date.parse(v));
    return fix(k, v === undefined ? 'missing' : 'not a non-negative number', fallback);
  };
  let glossary: GlossaryEntry[] = [];
  if (!Array.isArray(r.glossary)) fix('glossary', 'not an array', null);
  else glossary = r.glossary.filter((e: unknown, i): e is GlossaryEntry => {
    const g = e as Loose | null;
    const good = !!g && typeof g.abbr === 'string' && g.abbr !== '' && (g.expansion === null || typeof g.expansion === 'string')
      && GLOSSARY_SOURCES.has(g.source as string) && isCount(g.count) && Number.isInteger(g.count);
    return good || fix(`glossary[${i}]`, 'not a glossary entry {abbr, expansion, source, count}', false);
  }).map(({ abbr, expansion, source, count }) => ({ abbr, expansion, source, count }));
  const contentHtml = str('contentHtml');
  const readState: ReadState = r.readState === 'read' || r.readState === 'unread' ? r.readState
    : fix('readState', "not 'unread' or 'read'", 'unread');
  let progress = num('progress', readState === 'read' ? 1 : 0);
  if (progress > 1) progress = fix('progress', 'greater than 1', 1);
  const savedAt = num('savedAt', isCount(r.updatedAt) ? r.updatedAt : 0);
  let tags: string[] = [];
  if (!Array.isArray(r.tags)) fix('tags', 'not an array', null);
  else {
    r.tags.forEach((t, i) => { if (typeof t !== 'string' || !t.trim()) fix(`tags[${i}]`, 'not a tag', null); });
    tags = cleanTags(r.tags);
  }
  const highlights = validateHighlights(r.highlights, at('highlights'), (i) => repairs.push(i));
  const article: SavedArticle = {
    id: articleIdFor(url), url, title: str('title'), byline: nstr('byline'), siteName: nstr('siteName'),
    lang: nstr('lang'), publishedTime: nstr('publishedTime'), excerpt: nstr('excerpt'),
    leadImageUrl: nstr('leadImageUrl'), contentHtml, textContent: str('textContent'), glossary,
    wordCount: num('wordCount', 0), readingMinutes: num('readingMinutes', 0),
    savedAt, updatedAt: num('updatedAt', savedAt), readState, progress,
    status: r.status === 'complete' || r.status === 'not-downloaded' ? r.status
      : fix('status', "not 'complete' or 'not-downloaded'", contentHtml ? 'complete' : 'not-downloaded'),
    tags, highlights, notes: str('notes'),
  };
  if (opts.strict && repairs.length) return { ok: false, error: repairs[0] };
  return { ok: true, article, repairs };
}

export const formatIssue = (i: ValidationIssue): string => (i.path ? `${i.path}: ${i.message}` : i.message);
