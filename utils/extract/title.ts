import { normalizePhrase, textOf } from './dom.ts';

/**
 * The headline without what sites add to it for search engines and tabs: their name ("Story -
 * VnExpress", "Tuổi Trẻ Online | Story"), a keyword tail naming the site ("Story: Tin, Video clip,
 * Hình ảnh Ngôi Sao"), or a URL slug, words of the headline again without diacritics ("…Hàn
 * Quốc-lo luyen thi cong chuc o han"). Compared with the page's own headings (<h1>, og:title, twitter:title): one
 * that the title starts with, followed by a separator, is the headline.
 */

const SEPARATOR = /\s+[|\-–—:»·/\\]\s+|\s*\|\s*/;
/**
 * A separator right after a known headline, spaces optional ("Headline-slug"). Not a colon: after
 * a headline it opens the headline's own second half as often as a site's tail.
 */
const SEPARATOR_AHEAD = /^\s*[|\-–—»·/\\]/;
const squash = (s: string) => normalizePhrase(s).replace(/ /g, '');

/** The host's labels that may name the site ("www.vnexpress.net" → vnexpress). */
function hostLabels(host: string): string[] {
  return host.replace(/^www\d?\./, '').split('.').filter((l) => l.length > 2 && !/^\d+$/.test(l)).map(squash);
}

/** Whether a title segment names the site: its name, or the host's registrable label. */
export function isSiteSegment(segment: string, siteName: string | null, host: string): boolean {
  const s = squash(segment);
  if (!s) return true;
  const site = siteName ? squash(siteName) : '';
  if (site && (s === site || (s.length >= 4 && site.includes(s)) || (site.length >= 4 && s.includes(site)))) return true;
  return hostLabels(host).some((label) => s === label || (label.length >= 4 && s.startsWith(label))
    || (label.length >= 5 && s.endsWith(label)) || s.includes(`${label}com`) || s.includes(`${label}net`) || s.includes(`${label}vn`));
}

/**
 * A tail of plain lower-case ASCII words (three or more) after a separator — spaces optional —
 * that only repeats words of the headline before it, without their diacritics: the URL slug.
 * (Plain English is ASCII too, hence every word, and a headline of three words or more.)
 */
function withoutSlug(title: string): string {
  const match = /^(.*[^\s|\-–—:/])\s*[-–—|:/]\s*([a-z0-9]+(?:[ -][a-z0-9]+){2,})$/.exec(title);
  if (!match) return title;
  const [, head, tail] = match;
  const own = normalizePhrase(head).split(' ');
  if (own.length < 3) return title;
  const words = new Set(own);
  return tail.split(/[ -]/).every((w) => words.has(w)) ? head.trim() : title;
}

/** The page's own statements of the headline: its first <h1>s and the social titles. */
function headingsOf(doc: Document): string[] {
  // The live collection stops at the third <h1>; querySelectorAll would walk the whole page.
  const h1s = doc.getElementsByTagName('h1');
  const out: string[] = [];
  for (let i = 0; i < 3 && h1s[i]; i++) out.push(textOf(h1s[i]));
  for (const el of doc.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"], meta[property="twitter:title"]')) {
    out.push((el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim());
  }
  return out.filter((h) => h.length > 10);
}

/** Drop segments naming the site from either end: "Story - VnExpress" → "Story", "Site | Story" → "Story". */
function withoutSiteSegments(t: string, siteName: string | null, host: string): string {
  let out = t;
  if (SEPARATOR.test(out)) {
    const parts = out.split(new RegExp(`(${SEPARATOR.source})`));
    // parts alternate text, separator, text…
    let start = 0, end = parts.length - 1;
    while (end > start && isSiteSegment(parts[end], siteName, host)) end -= 2;
    while (start < end && isSiteSegment(parts[start], siteName, host)) start += 2;
    out = parts.slice(start, end + 1).join('').trim();
  }
  // "Story: Tin, Video clip, Hình ảnh Ngôi Sao": a colon tail is the site's only when it names it.
  const colon = out.lastIndexOf(': ');
  if (colon > 0 && isSiteSegment(out.slice(colon + 2), siteName, host)) out = out.slice(0, colon).trim();
  return out;
}

export function cleanTitle(title: string, doc: Document, siteName: string | null, host: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  // A heading of the page that the title starts with, then a separator: the title adds only the tail.
  const heading = headingsOf(doc).find((h) => t.length > h.length && t.startsWith(h) && SEPARATOR_AHEAD.test(t.slice(h.length)));
  if (heading) return heading;
  // The slug and the site's name come in either order ("Story-slug - Site", "Site | Story - slug"):
  // strip both until neither changes the title.
  let out = t;
  for (let previous = ''; out !== previous;) {
    previous = out;
    out = withoutSiteSegments(withoutSlug(out), siteName, host);
  }
  return out.length >= 8 ? out : t;
}
