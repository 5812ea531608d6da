/**
 * Painting highlights: a range becomes one `<mark>` per text node it covers (a highlight across
 * paragraphs, links or abbreviation marks cannot be one element), and taking them away puts the
 * text back as it was. Text is only split and wrapped, never reparsed.
 */

/** Text nodes the range covers, each with the part of it inside the range; whitespace-only ones are left out. */
function coveredText(range: Range): { node: Text; start: number; end: number }[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const out: { node: Text; start: number; end: number }[] = [];
  const take = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start && node.data.slice(start, end).trim() !== '') out.push({ node, start, end });
  };
  if (root.nodeType === 3) {
    take(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) take(node as Text);
  }
  return out;
}

/** Wraps the text of `range` in elements from `make` (one per text node); returns them in document order. */
export function wrapRange(range: Range, make: () => HTMLElement): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of coveredText(range)) {
    let piece = node;
    if (start > 0) piece = piece.splitText(start);
    if (end - start < piece.data.length) piece.splitText(end - start);
    const mark = make();
    piece.replaceWith(mark);
    mark.append(piece);
    marks.push(mark);
  }
  return marks;
}

/** Takes marks away, keeping their content where they were, and joins the text split for them. */
export function unwrap(marks: Iterable<HTMLElement>): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}
