import { hasText, linkDensity, removeWithEmptyAncestors, solidLengths, textOf, type SolidLengths } from '../dom.ts';

const words = (s: string) => s.split(' ').filter(Boolean).length;

/** A list whose items are (nearly) all links: navigation, "most read", tag clouds. */
function isLinkList(list: Element): boolean {
  const items = [...list.children].filter((li) => li.tagName === 'LI' && hasText(li));
  if (items.length < 2) return false;
  // Headlines and menu entries are short; a list of linked paragraphs is part of the story.
  const chars = items.reduce((n, li) => n + textOf(li).length, 0);
  if (chars / items.length > 150) return false;
  const linky = items.filter((li) => linkDensity(li) >= 0.6).length;
  return linky / items.length >= 0.7;
}

/** Siblings that each lead with a headline link (teaser cards, "more stories" grids). */
function isTeaserGrid(el: Element): boolean {
  const kids = [...el.children].filter((c) => hasText(c));
  if (kids.length < 3) return false;
  let teasers = 0;
  for (const kid of kids) {
    const text = textOf(kid);
    const link = kid.tagName === 'A' ? kid : kid.querySelector('a');
    const linkText = textOf(link);
    if (link && text.length < 400 && words(linkText) >= 4 && linkText.length >= text.length * 0.4) teasers++;
  }
  return teasers >= 3 && teasers / kids.length >= 0.7;
}

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;

/**
 * Cards of other stories: a linked picture (to a page, not to the image file) with a short headline
 * that is not a sentence ("RANDY ANDY · Andrew parties in unearthed pics"). Three or more siblings
 * of that shape are a "more stories" grid even when their headlines are not links.
 */
function isCardGrid(el: Element): boolean {
  const kids = [...el.children].filter((c) => hasText(c));
  if (kids.length < 3) return false;
  let cards = 0;
  for (const kid of kids) {
    if (kid.matches('figure, dl, dt, dd') || kid.querySelector('figcaption')) return false;
    const pic = kid.querySelector('a[href] img, a[href] picture');
    const href = pic?.closest('a')?.getAttribute('href') ?? '';
    const text = textOf(kid);
    if (pic && href && !IMAGE_FILE.test(href) && text.length < 250 && !/[.!?]["”’]?$/.test(text)) cards++;
  }
  return cards >= 3 && cards / kids.length >= 0.7;
}

/**
 * Remove link-dense blocks that are small next to the story: lists of links, teaser grids,
 * and paragraphs that are nothing but one headline link. Tables and figures are kept.
 */
export function removeLinkLists(root: Element, totalChars: number, solid: SolidLengths = solidLengths(root)): number {
  let removed = 0;
  for (const el of root.querySelectorAll('ul, ol, div, section, p, dl')) {
    // Every rule below needs links: a block without any is never read.
    if ((solid.get(el) ?? 0) > totalChars * 0.35 || !el.querySelector('a') || (removed > 0 && !root.contains(el)) || el.closest('table, figure, blockquote')) continue;
    const text = textOf(el);
    if (!text || text.length > totalChars * 0.35) continue;
    const density = linkDensity(el, text.length);
    let drop = false;
    if (el.tagName === 'UL' || el.tagName === 'OL') drop = isLinkList(el);
    else if (el.tagName === 'P') drop = density >= 0.9 && words(text) >= 4 && !el.querySelector('img');
    else if (el.tagName === 'DL') drop = density >= 0.7;
    else drop = (density >= 0.6 && el.querySelectorAll('a').length >= 3) || (density >= 0.3 && isTeaserGrid(el)) || isCardGrid(el);
    if (drop) { removeWithEmptyAncestors(el, root, solid); removed++; }
  }
  return removed;
}
