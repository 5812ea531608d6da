import { DROP_ATTR } from '../premark.ts';
import { BLOCK_TAGS, linkDensity, removeWithEmptyAncestors, solidLengths, textOf, type SolidLengths } from '../dom.ts';

/** Hints that name chrome even when the block is mostly plain text (a bio, a comment box). */
const ALWAYS = new Set(['comment', 'comments', 'binhluan', 'newsletter', 'subscribe', 'signup', 'copyright', 'advert',
  'advertisement', 'ads', 'ad', 'adv', 'sponsor', 'sponsored', 'share', 'sharing', 'social', 'follow', 'breadcrumb',
  'breadcrumbs', 'print', 'toolbar', 'tags', 'tag', 'taglist', 'tag-list', 'keywords', 'rating', 'outbrain', 'taboola']);

/**
 * Remove blocks premarked as chrome by their class/id — but only blocks that are small next to
 * the article (a hint on the story's own wrapper must not empty it) and never figures or tables
 * with their captions. A hint shared by small blocks that together hold most of the text names
 * the story's own entries, not chrome (a live ticker's "live-match-comment" items): those stay.
 */
export function removeMarked(root: Element, totalChars: number, solid: SolidLengths = solidLengths(root)): number {
  const chrome = new Map<Element, string>();
  for (const el of root.querySelectorAll(`[${DROP_ATTR}]`)) {
    // Longer than a third of the story for sure: never removed here, so never read.
    if ((solid.get(el) ?? 0) > totalChars * 0.3) continue;
    const hint = el.getAttribute(DROP_ATTR) ?? '';
    if (looksLikeChrome(el, hint, totalChars)) chrome.set(el, hint);
  }
  const held = textByHint(chrome);
  let removed = 0;
  for (const [el, hint] of chrome) {
    if ((held.get(hint) ?? 0) > totalChars * STORY_SHARE || (removed > 0 && !root.contains(el))) continue;
    removeWithEmptyAncestors(el, root, solid);
    removed++;
  }
  return removed;
}

/** Blocks of one hint holding more than this share of the text are the story's. */
const STORY_SHARE = 0.5;

function looksLikeChrome(el: Element, hint: string, totalChars: number): boolean {
  if (el.matches('figure, table, blockquote, figcaption, pre') || el.closest('figure, table')) return false;
  // Images with their captions are the story's, whatever the wrapper is called.
  if (el.querySelector('figure, table, img, picture, video') && !ALWAYS.has(hint)) return false;
  const length = textOf(el).length;
  // An inline link or span inside a sentence ("<a class=textTag>space travel</a>") is the story's own words.
  if (!BLOCK_TAGS.has(el.tagName) && length > 0 && textOf(el.parentElement).length > length * 1.5) return false;
  if (length > totalChars * 0.3) return false;
  // A related-links box is mostly links; a share bar has little text. Both go; a long plain
  // paragraph that happens to carry a chrome class stays unless the hint is unambiguous.
  return (ALWAYS.has(hint) && length < 600) || linkDensity(el, length) >= 0.3 || length < 160 || el.tagName === 'NAV';
}

/** Text under the outermost chrome blocks of each hint (a block inside another is counted once). */
function textByHint(chrome: Map<Element, string>): Map<string, number> {
  const held = new Map<string, number>();
  for (const [el, hint] of chrome) {
    let inner = false;
    for (let up = el.parentElement; up && !inner; up = up.parentElement) inner = chrome.has(up);
    if (!inner) held.set(hint, (held.get(hint) ?? 0) + textOf(el).length);
  }
  return held;
}
