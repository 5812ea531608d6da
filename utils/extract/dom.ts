/** Small DOM helpers shared by the extraction steps (no live-DOM access: callers pass clones). */

/**
 * What `/\s+/g → ' '` changes: runs of two or more, and single whitespace other than a space.
 * Same result, but the single spaces between words (most of them) are not matched one by one.
 */
const SPACE_RUNS = /\s\s+|[^\S ]/g;

/** Text with runs of whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(SPACE_RUNS, ' ').trim();
}

/** About the first `chars` characters of `textOf(node)`, without collapsing the whitespace of all of it. */
export function textStart(node: Node | null | undefined, chars: number): string {
  return (node?.textContent ?? '').slice(0, chars * 4).replace(SPACE_RUNS, ' ').trim().slice(0, chars);
}

/**
 * Whether a node shows any text (anything but whitespace): `!!textOf(node)` without building the
 * text, stopping at the first visible character. Removal loops ask this of big wrappers.
 */
export function hasText(node: Node | null | undefined): boolean {
  if (!node) return false;
  if (node.nodeType === 3) return /[^\s]/.test((node as Text).data);
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if ((child.nodeType === 3 || child.nodeType === 1) && hasText(child)) return true;
  }
  return false;
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

const SPACES = /\s+/g;

/** Characters of `text` other than whitespace (`\s`). */
export function solidLength(text: string): number {
  return text.replace(SPACES, '').length;
}

/**
 * Characters other than whitespace (as `\s` means it, like textOf) under each element of `root`,
 * in one pass: a lower bound of `textOf(el).length`, so rules looking for short blocks can skip
 * long ones without reading them; and equal for blocks whose textOf is equal.
 */
export function solidLengths(root: Element): SolidLengths {
  const out = new Map<Element, number>();
  const walk = (el: Element): number => {
    let n = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      // The regex engine counts (a loop over characters in script ran in the interpreter on every new page).
      if (node.nodeType === 3) n += solidLength((node as Text).data);
      else if (node.nodeType === 1) n += walk(node as Element);
    }
    out.set(el, n);
    return n;
  };
  walk(root);
  return out;
}

export type SolidLengths = Map<Element, number>;

/**
 * Keep `solidLengths(root)` exact when `el` leaves the tree: its characters leave every ancestor
 * up to `root`. The clean-up passes share one map instead of walking the text once per pass.
 */
export function forgetSolid(el: Element, root: Element, solid: SolidLengths): void {
  const chars = solid.get(el) ?? 0;
  if (!chars) return;
  for (let p = el.parentElement; p; p = p.parentElement) {
    solid.set(p, (solid.get(p) ?? chars) - chars);
    if (p === root) break;
  }
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
export function removeWithEmptyAncestors(el: Element, root: Element, solid?: SolidLengths): void {
  if (solid) forgetSolid(el, root, solid);
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && !hasText(parent) && !parent.querySelector(MEDIA)) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Blocks without block children, in document order: the lines a reader sees. */
export function leafBlocks(root: Element, limit = Infinity): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    let hasBlockChild = false;
    for (const child of el.children) if (BLOCK_TAGS.has(child.tagName)) { hasBlockChild = true; break; }
    if (!hasBlockChild) { if (el !== root) out.push(el); return; }
    for (const child of el.children) {
      if (out.length >= limit) return;
      if (BLOCK_TAGS.has(child.tagName)) walk(child);
    }
  };
  walk(root);
  return out;
}

/** Whether `text` is, or starts with, one of `phrases` (all normalised), as whole words. */
export function phraseAt(text: string, phrases: Set<string>, maxWords = 6): { match: string; whole: boolean } | null {
  if (!mayStartWithPhrase(text, phrases)) return null;
  const words = normalizePhrase(text).split(' ');
  for (let n = Math.min(maxWords, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (phrases.has(head)) return { match: head, whole: n === words.length };
  }
  return null;
}

const firstWords = new WeakMap<Set<string>, Set<string>>();
/**
 * The first run of Latin letters, combining marks and digits: the text's first word before
 * normalising, when that word can be one of ours (every phrase is Latin once normalised; a word
 * with another script's letters never is). Not `/[\p{L}\p{M}\p{N}]+/u`: that class was the
 * clean-up's slowest step on a page the engine has not warmed up.
 */
// eslint-disable-next-line no-misleading-character-class -- combining marks belong to the word one by one (NFD text spells diacritics with them)
const FIRST_TOKEN = /[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1dc0-\u1dff\u1e00-\u1eff]+/;

/**
 * False when the first word of `text` starts none of `phrases`, decided from that word alone, so
 * the clean-up need not normalise every paragraph of the story in full.
 */
export function mayStartWithPhrase(text: string, phrases: Set<string>): boolean {
  const token = FIRST_TOKEN.exec(text);
  return !!token && firstWordsOf(phrases).has(normalizeWord(token[0]));
}

/** The normalised first words of `phrases` (remembered per set). */
export function firstWordsOf(phrases: Set<string>): Set<string> {
  let first = firstWords.get(phrases);
  if (!first) {
    first = new Set([...phrases].map((p) => p.split(' ')[0]));
    firstWords.set(phrases, first);
  }
  return first;
}

const normalizedWords = new Map<string, string>();
/** normalizePhrase of one word, remembered: the same first words open many blocks of a page. */
function normalizeWord(word: string): string {
  let out = normalizedWords.get(word);
  if (out === undefined) {
    out = normalizePhrase(word);
    if (normalizedWords.size > 5000) normalizedWords.clear();
    normalizedWords.set(word, out);
  }
  return out;
}

const HEAD_CHARS = 48;

/** The text of `node` up to at least `chars` characters (fewer when it has fewer), in document order. */
function leadingText(node: Node, chars: number): string {
  // In document order without recursion (this runs for most elements of the article).
  let out = '';
  let cur: Node | null = node.firstChild;
  while (cur) {
    if (cur.nodeType === 3) {
      out += (cur as Text).data;
      if (out.length >= chars) return out;
    } else if (cur.nodeType === 1 && cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    while (!cur.nextSibling) {
      cur = cur.parentNode;
      if (!cur || cur === node) return out;
    }
    cur = cur.nextSibling;
  }
  return out;
}

/**
 * Whether the text of `el` may start with one of `words` (normalised), or with one of `marks`,
 * read from its first few dozen characters only — not its whole text. True when those characters
 * cannot tell (a word running past them).
 */
export function mayStartWith(el: Element, words: Set<string>, marks = ''): boolean {
  const head0 = leadingText(el, HEAD_CHARS);
  const cut = head0.length >= HEAD_CHARS;
  let head = head0;
  head = head.trimStart();
  if (marks && head && marks.includes(head[0])) return true;
  const token = FIRST_TOKEN.exec(head);
  if (!token) return cut;
  if (cut && token.index + token[0].length >= head.length) return true;
  return words.has(normalizeWord(token[0]));
}

export function phraseSet(list: string[]): Set<string> {
  return new Set(list.map(normalizePhrase));
}

/** Parse an HTML fragment with the given window's own parser (the page's, or happy-dom's in Node). */
export function parseFragment(html: string, win: Window): HTMLElement {
  const Parser = (win as unknown as { DOMParser: typeof DOMParser }).DOMParser;
  return new Parser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}
