import { leafBlocks, linkDensity, removeWithEmptyAncestors, solidLengths, textOf, type SolidLengths } from '../dom.ts';

/** Story lines: a list item or paragraph of plain text is the story's even when it recurs (meal plans, spec lists). */
const STORY_LINES = new Set(['P', 'LI', 'DD', 'DT', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

/**
 * The same short line three times or more ("Whatsapp Facebook Pinterest") is a widget repeated
 * through the page, never the story — unless it is a plain-text paragraph or list item that reads
 * as words (some lower-case), not a row of names, or a heading or lead-in line ("What We Like",
 * "Ingredients:") that a review or a plan repeats per section.
 * A long caption printed again (per slide of a slideshow, after each photo) is kept once.
 * Captions and table cells are spared the first rule.
 */
/** A story line that reads as words (some lower-case), a heading, or a lead-in ending with a colon. */
function readsAsStory(el: Element, text: string): boolean {
  return /(^|\s)\p{Ll}/u.test(text) || /^H[2-6]$/.test(el.tagName) || /:$/.test(text);
}

/** In a slide (list item, figure) or right after an image: where captions are printed. */
function isCaptionLike(el: Element): boolean {
  if (el.closest('li, figure')) return true;
  const before = el.previousElementSibling;
  return !!before && (before.matches('img, picture') || !!before.querySelector('img, picture'));
}

export function removeRepeats(root: Element, solid: SolidLengths = solidLengths(root), leaves = leafBlocks(root)): number {
  const byText = new Map<string, Element[]>();
  const long = new Map<string, Element[]>();
  let removed = 0;
  // Equal texts have equal solid lengths: a line whose length no other line shares is read no further.
  const sameLength = new Map<number, number>();
  for (const el of leaves) { const n = solid.get(el) ?? 0; sameLength.set(n, (sameLength.get(n) ?? 0) + 1); }
  for (const el of leaves) {
    const n = solid.get(el) ?? 0;
    if (n === 0 || (sameLength.get(n) ?? 0) < 2) continue;
    const text = textOf(el);
    if (!text) continue;
    if (text.length >= 100 && !el.querySelector('img, picture, video, table')) {
      const copies = long.get(text);
      if (copies) copies.push(el); else long.set(text, [el]);
    }
    if (text.length > 120) continue;
    // Two words at least: a single word repeated ("link", a photo credit) is usually the story's.
    if (!text.includes(' ') || el.closest('figure, table, figcaption, pre')) continue;
    // "Eat every 2–3 hours" under each meal of a plan is the story's; "Whatsapp Facebook Pinterest" is a widget.
    // So are a review's or a course's section headings and lead-ins, even in title case ("What We Like",
    // "IN CONCLUSION", "What You'll Learn:"): measured on the dev fold of the multilingual evaluation.
    if (STORY_LINES.has(el.tagName) && readsAsStory(el, text) && linkDensity(el, text.length) < 0.5) continue;
    const list = byText.get(text);
    if (list) list.push(el); else byText.set(text, [el]);
  }
  // A slideshow prints each caption again (per slide, short and full, in a gallery view). When the
  // first copy sits where captions do, keep it alone — unless the copies are the bulk of the text.
  let total = -1;
  for (const [text, copies] of long) {
    if (copies.length < 2) continue;
    if (total < 0) total = textOf(root).length;
    if ((copies.length - 1) * text.length > total * 0.3 || !isCaptionLike(copies[0])) continue;
    for (const el of copies.slice(1)) { if (root.contains(el)) { removeWithEmptyAncestors(el, root, solid); removed++; } }
  }
  for (const list of byText.values()) {
    if (list.length < 3) continue;
    for (const el of list) { if (root.contains(el)) { removeWithEmptyAncestors(el, root, solid); removed++; } }
  }
  return removed;
}
