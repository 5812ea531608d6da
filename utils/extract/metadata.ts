import { SOURCE_LINE } from './data/phrases.ts';
import { normalizePhrase, textOf } from './dom.ts';
import { names, str, type JsonLdInfo } from './jsonld.ts';

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

const SEPARATOR = /\s+[|\-–—:»·/\\]\s+|\s*\|\s*/;
const squash = (s: string) => normalizePhrase(s).replace(/ /g, '');

/** Whether a title segment names the site: its name, or the host's registrable label. */
function isSiteSegment(segment: string, siteName: string | null, host: string): boolean {
  const s = squash(segment);
  if (!s) return true;
  const site = siteName ? squash(siteName) : '';
  const hostLabels = host.replace(/^www\d?\./, '').split('.').filter((l) => l.length > 2).map(squash);
  if (site && (s === site || (s.length >= 4 && site.includes(s)) || (site.length >= 4 && s.includes(site)))) return true;
  return hostLabels.some((label) => s === label || (label.length >= 4 && s.startsWith(label)) || s.includes(`${label}com`) || s.includes(`${label}net`) || s.includes(`${label}vn`));
}

/**
 * The headline without the site's name: "Story - VnExpress" → "Story", "Site | Story" → "Story".
 * A segment goes only when it names the site; a heading on the page equal to a prefix wins.
 */
export function cleanTitle(title: string, doc: Document, siteName: string | null, host: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!SEPARATOR.test(t)) return t;
  const heading = [...doc.querySelectorAll('h1')].slice(0, 3).map(textOf).find((h) => h.length > 10 && t.startsWith(h) && t.length > h.length);
  if (heading && SEPARATOR.test(t.slice(heading.length, heading.length + 4))) return heading;
  const parts = t.split(new RegExp(`(${SEPARATOR.source})`));
  // parts alternate text, separator, text…; drop site segments from either end.
  let start = 0, end = parts.length - 1;
  while (end > start && isSiteSegment(parts[end], siteName, host)) end -= 2;
  while (start < end && isSiteSegment(parts[start], siteName, host)) start += 2;
  const out = parts.slice(start, end + 1).join('').trim();
  return out.length >= 8 ? out : t;
}

const DATE_LIKE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|GMT|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*,|\bthứ (hai|ba|tư|năm|sáu|bảy)\b|chủ nhật|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}/i;

/** A byline that is a person or desk: not a date, a URL, or a "Theo …" source line. */
export function cleanByline(candidate: string | null | undefined, fromMeta: string | null): string | null {
  const fix = (s: string | null | undefined) => {
    const b = (s ?? '').replace(/\s+/g, ' ').replace(/^(by|bởi|tác giả)\s*:?\s+/i, '').trim();
    if (!b || b.length > 100 || /^https?:/.test(b)) return null;
    if (DATE_LIKE.test(b) && !/[\p{L}]{3,}.*[\p{L}]{3,}/u.test(b.replace(DATE_LIKE, ''))) return null;
    return b.replace(DATE_LIKE, '').replace(/[\s|,–-]+$/, '').trim() || null;
  };
  const own = fix(candidate);
  if (own && !SOURCE_LINE.test(own)) return own;
  return fix(fromMeta) ?? null;
}
