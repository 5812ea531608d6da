import { normalizePhrase, textOf } from './dom.ts';

/** Where pages print the author: rel=author, schema.org microdata, byline and author classes. */
const BYLINE_SELECTOR = '[rel="author"], [itemprop~="author"], [class*="byline" i], [class*="author" i], [id*="byline" i]';
/** Bylines of other stories and of commenters. */
const ELSEWHERE = 'li, aside, nav, [class*="comment" i], [class*="related" i]';
/** Registry endings a site's name may carry ("baodautu.vn"), squashed. */
const ENDINGS = /(?:com|net|org|vn|co|uk|info|edu|gov)+$/;

const squash = (s: string) => normalizePhrase(s).replace(/ /g, '');
const bare = (s: string) => {
  const cut = s.replace(ENDINGS, '');
  return cut.length >= 4 ? cut : s;
};

/** Whether a byline is only the site's name or host ("VnExpress", "baodautu.vn", "Báo Đầu tư"). */
export function namesSite(byline: string, siteName: string | null, host: string): boolean {
  const b = bare(squash(byline));
  if (!b) return false;
  const labels = host.replace(/^www\d?\./, '').split('.').filter((l) => l.length > 2 && !/^\d+$/.test(l));
  return [siteName ?? '', ...labels].some((name) => name && bare(squash(name)) === b);
}

/**
 * The author as the page prints it: the first short, name-like text of a byline element, outside
 * lists, asides and comments (other stories' and readers' names), and outside the page's footer.
 */
export function pageByline(doc: Document): string | null {
  const found = doc.body?.querySelectorAll(BYLINE_SELECTOR) ?? [];
  for (let i = 0; i < found.length && i < 40; i++) {
    const el = found[i];
    if (el.closest(ELSEWHERE) || (el.closest('footer') && !el.closest('article'))) continue;
    const text = textOf(el);
    if (text.length < 3 || text.length > 60 || text.split(' ').length > 8 || !/\p{L}{2}/u.test(text)) continue;
    return text;
  }
  return null;
}
