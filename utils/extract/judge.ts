import { ARTICLE_TYPES, COLLECTION_TYPES, type JsonLdInfo } from './jsonld.ts';
import { textOf } from './dom.ts';

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
  /** The URL path looks like a section (/kinh-doanh) rather than a story (/slug-123.html). */
  sectionUrl: boolean;
  /** Readability's isProbablyReaderable on the page; left out when nothing else needed it. */
  probablyReaderable?: boolean;
}

const words = (s: string) => (s.match(/\S+/g) ?? []).length;

/**
 * The address the page gives itself (canonical link, then og:url), else where it was loaded from:
 * a saved or mirrored page keeps its own, and a section page stays one wherever it is served.
 */
export function declaredUrl(doc: Document, url: string): string {
  const declared = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')
    ?? doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  if (!declared) return url;
  try { return new URL(declared, url || undefined).href; } catch { return url; }
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
  // One pass over the links: their share of the text, and the distinct headline-length ones.
  let linked = 0;
  const teasers = new Set<string>();
  for (const a of raw.querySelectorAll('a')) {
    const text = textOf(a);
    linked += text.length;
    if (text.length < 200 && a.hasAttribute('href') && words(text) >= 5) teasers.add(a.getAttribute('href') ?? text);
  }
  return { rawChars, rawLinkDensity: rawChars ? Math.min(1, linked / rawChars) : 0, rawTeasers: teasers.size };
}

export function ldFlags(ld: JsonLdInfo): { ldArticle: boolean; ldCollection: boolean } {
  const ldArticle = ld.types.some((t) => ARTICLE_TYPES.test(t) && t !== 'VideoObject');
  // Site-level types alone (WebSite, Organization, BreadcrumbList) on a page without an article type.
  const ldCollection = !ldArticle && ld.types.length > 0 && ld.types.every((t) => COLLECTION_TYPES.test(t) || /^(ListItem|ContactPoint|PostalAddress|ImageObject|SearchAction|EntryPoint|Person)$/.test(t));
  return { ldArticle, ldCollection };
}

/**
 * Evidence that the page is a listing or home page: its main block is made of teasers (many
 * headline links for its size, mostly link text, or it loses much of itself to clean-up), its
 * declared types are site-level only, og:type says "website", and the URL looks like a section.
 * Declared article types count against. Three points make a listing: the weak hints alone
 * (types, og:type, URL) need to agree, or to join a structural one.
 */
export function listingScore(s: JudgeSignals): number {
  const teaserRate = s.rawChars ? (s.rawTeasers * 1000) / s.rawChars : 0;
  let score = 0;
  if (s.rawLinkDensity > 0.5) score += 2;
  if (s.rawTeasers >= 8 && teaserRate >= 3.5) score += 2;
  const kept = s.rawChars ? s.cleanChars / s.rawChars : 1;
  if (kept < 0.6) score += kept < 0.5 ? 2 : 1;
  if (s.ldCollection) score += 1;
  if (s.ogType === 'website') score += 1;
  if (s.sectionUrl) score += 1;
  if (s.ldArticle) score -= 2;
  if (s.ogType === 'article') score -= 1;
  return score;
}

/**
 * Is this page one story? It needs something to read, no listing evidence, and a positive
 * sign: Readability's own isProbablyReaderable, or a declared article type.
 */
export function judge(s: JudgeSignals, probe?: () => boolean): boolean {
  if (s.cleanChars < 200 || listingScore(s) >= 3) return false;
  if (s.ldArticle || (s.ogType === 'article' && s.cleanChars >= 500)) return true;
  // The page-wide probe is measured only when the cheaper signals leave the question open.
  if (s.probablyReaderable === undefined && probe) s.probablyReaderable = probe();
  return !!s.probablyReaderable;
}
