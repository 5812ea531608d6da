import { leafBlocks, removeWithEmptyAncestors, textOf } from '../dom.ts';

/**
 * The same short line three times or more ("Whatsapp Facebook Pinterest") is a
 * widget repeated through the page, never the story. Captions and table cells are spared.
 */
export function removeRepeats(root: Element): number {
  const byText = new Map<string, Element[]>();
  for (const el of leafBlocks(root)) {
    const text = textOf(el);
    // Two words at least: a single word repeated ("link", a photo credit) is usually the story's.
    if (!text || text.length > 120 || !text.includes(' ') || el.closest('figure, table, figcaption, pre')) continue;
    const list = byText.get(text);
    if (list) list.push(el); else byText.set(text, [el]);
  }
  let removed = 0;
  for (const list of byText.values()) {
    if (list.length < 3) continue;
    for (const el of list) { if (root.contains(el)) { removeWithEmptyAncestors(el, root); removed++; } }
  }
  return removed;
}
