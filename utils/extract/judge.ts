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
  /** Story cards inside Readability's block: nested <article> elements and headings that are links. */
  rawCards: number;
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

export function rawSignals(raw: Element | null): Pick<JudgeSignals, 'rawChars' | 'rawLinkDensity' | 'rawTeasers' | 'rawCards'> {
  if (!raw) return { rawChars: 0, rawLinkDensity: 0, rawTeasers: 0, rawCards: 0 };
  const rawChars = textOf(raw).length;
  // One pass over the links: their share of the text, and the distinct headline-length ones.
  let linked = 0;
  const teasers = new Set<string>();
  for (const a of raw.querySelectorAll('a')) {
    const text = textOf(a);
    linked += text.length;
    if (text.length < 200 && a.hasAttribute('href') && words(text) >= 5) teasers.add(a.getAttribute('href') ?? text);
  }
  return { rawChars, rawLinkDensity: rawChars ? Math.min(1, linked / rawChars) : 0, rawTeasers: teasers.size, rawCards: countCards(raw) };
}

/**
 * Cards of other stories: innermost <article> elements in the block, and headings that are mostly
 * a link (a story's own subheadings are not links) outside those. Read before any clean-up.
 */
export function countCards(raw: Element): number {
  const cards = new Set<Element>();
  for (const a of raw.querySelectorAll('article')) if (!a.querySelector('article')) cards.add(a);
  let count = cards.size;
  for (const h of raw.querySelectorAll('h2, h3, h4, h5, h6')) {
    const card = h.closest('article');
    if (card && cards.has(card)) continue;
    const text = textOf(h);
    if (words(text) < 3) continue;
    let linked = 0;
    for (const a of h.querySelectorAll('a[href]')) linked += textOf(a).length;
    if (linked >= text.length * 0.7) count++;
  }
  return count;
}

export function ldFlags(ld: JsonLdInfo): { ldArticle: boolean; ldCollection: boolean } {
  const ldArticle = ld.types.some((t) => ARTICLE_TYPES.test(t) && t !== 'VideoObject');
  // Site-level types alone (WebSite, Organization, BreadcrumbList) on a page without an article type.
  const ldCollection = !ldArticle && ld.types.length > 0 && ld.types.every((t) => COLLECTION_TYPES.test(t) || /^(ListItem|ContactPoint|PostalAddress|ImageObject|SearchAction|EntryPoint|Person)$/.test(t));
  return { ldArticle, ldCollection };
}

/** Many distinct headline-length links for the block's size: a page of teasers. */
const per1000 = (n: number, chars: number) => (chars ? (n * 1000) / chars : 0);
// A page of teasers shows their headlines as a good share of its text: many long links inside
// prose with little link text overall are a guide's citations or product links, not teasers.
const teaserHeavy = (s: JudgeSignals) => s.rawTeasers >= 8 && per1000(s.rawTeasers, s.rawChars) >= 3.5 && s.rawLinkDensity >= 0.3;
const cardHeavy = (s: JudgeSignals) => s.rawCards >= 8 && per1000(s.rawCards, s.rawChars) >= 3.5;
const linkBlock = (s: JudgeSignals) => s.rawLinkDensity > 0.5;

/**
 * Strong evidence of a listing or home page, all read from the page and from Readability's block
 * before any clean-up (what the clean-up removes says more about the clean-up than about the page):
 * the block is teasers or links, confirmed by a second sign (more structure, a site-level-only
 * schema, og:type "website", a section URL); or the page declares a site-level-only schema, says
 * "website" and sits at a section URL. A declared article type outweighs all but teasers that are
 * also most of the text.
 */
export function strongListing(s: JudgeSignals): boolean {
  const structure = [teaserHeavy(s), linkBlock(s), cardHeavy(s)].filter(Boolean).length;
  const hint = s.ldCollection || s.ogType === 'website' || s.sectionUrl;
  if (s.ldArticle) return teaserHeavy(s) && linkBlock(s) && hint;
  if ((teaserHeavy(s) || linkBlock(s)) && (structure >= 2 || hint)) return true;
  return s.ldCollection && s.ogType === 'website' && s.sectionUrl;
}

/**
 * Weaker listing evidence, for pages with no positive sign at all: each structural or declared
 * hint is a point (og:type "article" takes one away); two points refuse such a page.
 */
export function listingPoints(s: JudgeSignals): number {
  const some = (s.rawTeasers >= 5 && per1000(s.rawTeasers, s.rawChars) >= 1.5) || s.rawCards >= 5;
  return 2 * (+teaserHeavy(s) + +linkBlock(s)) + +cardHeavy(s) + +some + +(s.rawLinkDensity > 0.3)
    + +s.ldCollection + +(s.ogType === 'website') + +s.sectionUrl - +(s.ogType === 'article');
}

/** Below this much text there is nothing to read (the extraction failed, or the page is empty). */
const NOTHING = 100;
/** A page with no positive sign needs a few sentences: a headline and a short item, a photo story. */
const A_FEW_SENTENCES = 150;

/**
 * Is this page one story? Never refused when Readability's isProbablyReaderable or a declared
 * article type (JSON-LD, or og:type with 500 characters) says yes, unless the listing evidence is
 * strong. Without either, a page with a few sentences of text and almost no listing evidence is a
 * story too (short items, photo stories, Q&A).
 */
export function judge(s: JudgeSignals, probe?: () => boolean): boolean {
  if (s.cleanChars < NOTHING || strongListing(s)) return false;
  if (s.ldArticle || (s.ogType === 'article' && s.cleanChars >= 500)) return true;
  // The page-wide probe is measured only when the cheaper signals leave the question open.
  if (s.probablyReaderable === undefined && probe) s.probablyReaderable = probe();
  if (s.probablyReaderable) return true;
  return s.cleanChars >= A_FEW_SENTENCES && listingPoints(s) < 2;
}
