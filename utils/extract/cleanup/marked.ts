import { DROP_ATTR } from '../premark.ts';
import { BLOCK_TAGS, linkDensity, removeWithEmptyAncestors, solidLengths, textOf, type SolidLengths } from '../dom.ts';

/** Hints that name chrome even when the block is mostly plain text (a bio, a comment box). */
const ALWAYS = new Set(['comment', 'comments', 'binhluan', 'newsletter', 'subscribe', 'signup', 'copyright', 'advert',
  'advertisement', 'ads', 'ad', 'adv', 'sponsor', 'sponsored', 'share', 'sharing', 'social', 'follow', 'breadcrumb',
  'breadcrumbs', 'print', 'toolbar', 'tags', 'tag', 'taglist', 'tag-list', 'keywords', 'rating', 'outbrain', 'taboola']);

/**
 * Remove blocks premarked as chrome by their class/id — but only blocks that are small next to
 * the article (a hint on the story's own wrapper must not empty it) and never figures or tables
 * with their captions.
 */
export function removeMarked(root: Element, totalChars: number, solid: SolidLengths = solidLengths(root)): number {
  let removed = 0;
  const marked = root.querySelectorAll(`[${DROP_ATTR}]`);
  for (const el of marked) {
    // Longer than a third of the story for sure: never removed here, so never read.
    // Until this pass removes something, every element it listed is still in the tree.
    if ((solid.get(el) ?? 0) > totalChars * 0.3 || (removed > 0 && !root.contains(el))) continue;
    const hint = el.getAttribute(DROP_ATTR) ?? '';
    if (el.matches('figure, table, blockquote, figcaption, pre') || el.closest('figure, table')) continue;
    // Images with their captions are the story's, whatever the wrapper is called.
    if (el.querySelector('figure, table, img, picture, video') && !ALWAYS.has(hint)) continue;
    const length = textOf(el).length;
    // An inline link or span inside a sentence ("<a class=textTag>space travel</a>") is the story's own words.
    if (!BLOCK_TAGS.has(el.tagName) && length > 0 && textOf(el.parentElement).length > length * 1.5) continue;
    if (length > totalChars * 0.3) continue;
    const density = linkDensity(el, length);
    // A related-links box is mostly links; a share bar has little text. Both go; a long plain
    // paragraph that happens to carry a chrome class stays unless the hint is unambiguous.
    if ((ALWAYS.has(hint) && length < 600) || density >= 0.3 || length < 160 || el.tagName === 'NAV') {
      removeWithEmptyAncestors(el, root, solid);
      removed++;
    }
  }
  return removed;
}
