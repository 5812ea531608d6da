import { SOURCE_LINE } from './data/phrases.ts';
import { names, str, type JsonLdInfo } from './jsonld.ts';

export { cleanTitle } from './title.ts';
import { namesSite, pageByline } from './byline.ts';

export interface PageMeta {
  ogType: string | null;
  description: string | null;
  siteName: string | null;
  author: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** <meta> values by lower-cased property/name/itemprop, first one wins; one pass. */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const content = str(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

export function readMeta(doc: Document, ld: JsonLdInfo): PageMeta {
  const values = metaValues(doc);
  const meta = (key: string) => values.get(key.toLowerCase()) ?? null;
  const a = ld.article ?? {};
  return {
    ogType: meta('og:type')?.toLowerCase() ?? null,
    description: str(a.description) ?? meta('og:description') ?? meta('description'),
    siteName: meta('og:site_name') ?? names(a.publisher)[0] ?? meta('application-name'),
    author: names(a.author).join(', ') || meta('author') || meta('article:author'),
    publishedTime: str(a.datePublished) ?? meta('article:published_time') ?? meta('datePublished')
      ?? meta('pubdate') ?? meta('dc.date') ?? str(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    lang: str(a.inLanguage),
  };
}

const DATE_LIKE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|GMT|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*,|\bthứ (hai|ba|tư|năm|sáu|bảy)\b|chủ nhật|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}/i;

/** Where the page around a byline tells the site: its name and host. */
export interface BylineContext {
  siteName: string | null;
  host: string;
  /** The untouched page, searched for a printed byline when the others name no one. */
  doc?: Document;
}

const fixByline = (s: string | null | undefined): string | null => {
  const b = (s ?? '').replace(/\s+/g, ' ').replace(/^(by|bởi|tác giả)\s*:?\s+/i, '').trim();
  if (!b || b.length > 100 || /^https?:/.test(b)) return null;
  if (DATE_LIKE.test(b) && !/[\p{L}]{3,}.*[\p{L}]{3,}/u.test(b.replace(DATE_LIKE, ''))) return null;
  return b.replace(DATE_LIKE, '').replace(/[\s|,–-]+$/, '').trim() || null;
};

/**
 * A byline that is a person or desk: not a date, a URL, a "Theo …" source line, or the site's own
 * name (pages put it in meta author: the reader would show "VnExpress · VnExpress"). In order:
 * what Readability found (meta, JSON-LD, a byline element), the page's meta author or schema.org
 * author, then a byline the page prints (pageByline).
 */
export function cleanByline(candidate: string | null | undefined, fromMeta: string | null, context?: BylineContext): string | null {
  const isSite = (b: string) => !!context && namesSite(b, context.siteName, context.host);
  const own = fixByline(candidate);
  if (own && !SOURCE_LINE.test(own) && !isSite(own)) return own;
  const meta = fixByline(fromMeta);
  if (meta && !isSite(meta)) return meta;
  const printed = context?.doc ? fixByline(pageByline(context.doc)) : null;
  return printed && !SOURCE_LINE.test(printed) && !isSite(printed) ? printed : null;
}
