import { ARTICLE_TYPES, COLLECTION_TYPES, type JsonLdInfo } from './jsonld.ts';
import { linkDensity, textOf } from './dom.ts';

/** What the judgement looks at; computed once per page, exported for the eval and tests. */
export interface JudgeSignals {
  ldArticle: boolean;
  ldCollection: boolean;
  ogType: string | null;
  /** Text of what Readability kept, before and after clean-up. */
  rawChars: number;
  cleanChars: number;
  /** Link density of Readability's block before clean-up. */
  rawLinkDensity: number;
  /** Links with headline-length text inside Readability's block (teasers of other stories). */
  rawTeasers: number;
  /** Paragraphs of the cleaned article with a sentence's worth of plain text. */
  paragraphs: number;
  /** Headline links on the whole page. */
  pageTeasers: number;
  /** The URL path looks like a section (/kinh-doanh) rather than a story (/slug-123.html). */
  sectionUrl: boolean;
}

const words = (s: string) => (s.match(/\S+/g) ?? []).length;

export function countTeasers(root: ParentNode, minWords = 5): number {
  const seen = new Set<string>();
  for (const a of root.querySelectorAll('a[href]')) {
    const text = textOf(a);
    if (words(text) >= minWords && text.length < 200) seen.add(a.getAttribute('href') ?? text);
  }
  return seen.size;
}

export function isSectionUrl(url: string): boolean {
  let path: string;
  try { path = new URL(url).pathname; } catch { return false; }
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return true;
  const last = segments[segments.length - 1].replace(/\.(html?|chn|aspx?|php)$/i, '');
  if (/\d{5,}/.test(last) || last.split(/[-_]/).length >= 5) return false;
  return segments.length <= 2 && last.split(/[-_]/).length <= 4;
}

export function rawSignals(raw: Element | null): Pick<JudgeSignals, 'rawChars' | 'rawLinkDensity' | 'rawTeasers'> {
  if (!raw) return { rawChars: 0, rawLinkDensity: 0, rawTeasers: 0 };
  const rawChars = textOf(raw).length;
  return { rawChars, rawLinkDensity: linkDensity(raw, rawChars), rawTeasers: countTeasers(raw) };
}

export function countParagraphs(root: Element): number {
  let n = 0;
  for (const p of root.querySelectorAll('p, li, blockquote, pre, td')) {
    const text = textOf(p);
    if (text.length >= 80 && linkDensity(p, text.length) < 0.3) n++;
  }
  return n;
}

export function ldFlags(ld: JsonLdInfo): { ldArticle: boolean; ldCollection: boolean } {
  const ldArticle = ld.types.some((t) => ARTICLE_TYPES.test(t) && t !== 'VideoObject');
  const ldCollection = ld.types.some((t) => /^(CollectionPage|ItemList|SearchResultsPage)$/.test(t)) ||
    (!ldArticle && ld.types.length > 0 && ld.types.every((t) => COLLECTION_TYPES.test(t)));
  return { ldArticle, ldCollection };
}

/**
 * Is this page one story? Listing and home pages are made of teasers: many headline links,
 * a Readability block that is mostly links or loses most of its text to clean-up. A story has
 * one dominant block of plain paragraphs. Declared types (JSON-LD, og:type) tip close calls;
 * the URL shape is the weakest hint.
 */
export function judge(s: JudgeSignals): boolean {
  if (s.cleanChars < 250) return false;
  let score = 0;
  if (s.ldArticle) score += 2;
  if (s.ldCollection && !s.ldArticle) score -= 2;
  if (s.ogType === 'article') score += 1;
  if (s.sectionUrl) score -= 1;
  const kept = s.rawChars ? s.cleanChars / s.rawChars : 0;
  if (kept < 0.5) score -= 2;
  if (s.rawLinkDensity > 0.35) score -= 2;
  if (s.rawTeasers >= 8) score -= 2;
  if (s.paragraphs >= 3 && s.cleanChars >= 500) score += 2;
  if (s.cleanChars < 500) score -= 1;
  return score >= 0;
}
