/** Small DOM helpers shared by the extraction steps (no live-DOM access: callers pass clones). */

/** Text with runs of whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** For phrase matching: lower case, no diacritics, đ→d, punctuation as spaces. */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Characters other than whitespace under each element of `root`, in one pass: a lower bound of
 * `textOf(el).length`, so rules looking for short blocks can skip long ones without reading them.
 */
export function solidLengths(root: Element): Map<Element, number> {
  const out = new Map<Element, number>();
  const walk = (el: Element): number => {
    let n = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        for (let i = 0; i < data.length; i++) { const c = data.charCodeAt(i); if (c > 32 && c !== 160) n++; }
      } else if (node.nodeType === 1) n += walk(node as Element);
    }
    out.set(el, n);
    return n;
  };
  walk(root);
  return out;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element, textLength = textOf(el).length): number {
  if (!textLength) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  if (el.tagName === 'A') linked = textLength;
  return Math.min(1, linked / textLength);
}

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TABLE', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'HEADER', 'FOOTER', 'NAV', 'FORM', 'HR',
]);

export const HEADING = /^H[1-6]$/;

/** Elements that carry content even without text. */
export const MEDIA = 'img, picture, video, audio, iframe, table, svg, math, figure, pre, hr';

/** Remove an element, then its ancestors (up to `root`) that are left with nothing to show. */
export function removeWithEmptyAncestors(el: Element, root: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && !textOf(parent) && !parent.querySelector(MEDIA)) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Blocks without block children, in document order: the lines a reader sees. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    let hasBlockChild = false;
    for (const child of el.children) if (BLOCK_TAGS.has(child.tagName)) { hasBlockChild = true; break; }
    if (!hasBlockChild) { if (el !== root) out.push(el); return; }
    for (const child of el.children) if (BLOCK_TAGS.has(child.tagName)) walk(child);
  };
  walk(root);
  return out;
}

/** Whether `text` is, or starts with, one of `phrases` (all normalised), as whole words. */
export function phraseAt(text: string, phrases: Set<string>, maxWords = 6): { match: string; whole: boolean } | null {
  const words = normalizePhrase(text).split(' ');
  for (let n = Math.min(maxWords, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (phrases.has(head)) return { match: head, whole: n === words.length };
  }
  return null;
}

export function phraseSet(list: string[]): Set<string> {
  return new Set(list.map(normalizePhrase));
}

/** Parse an HTML fragment with the given window's own parser (the page's, or happy-dom's in Node). */
export function parseFragment(html: string, win: Window): HTMLElement {
  const Parser = (win as unknown as { DOMParser: typeof DOMParser }).DOMParser;
  return new Parser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}
