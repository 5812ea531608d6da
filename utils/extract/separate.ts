/**
 * Words never join. A page can show two runs of text as separate boxes with no space between them
 * in its markup — `<span class="location-stamp">TP HCM</span>Nếu…` styled as a box or given a
 * margin, a menu of links laid out by flexbox. Read as text (textContent, or the reader, which
 * drops the page's styles) they run together: "TP HCMNếu". Before anything reads the page, a space
 * goes between such an element and the text it touches.
 *
 * Only inline elements (span, a, strong…) glued letter to letter to their neighbours are looked at:
 * block elements are separated by the reader's layout and by blockText (text.ts). On the live page
 * the browser says how each of those few is shown (one getComputedStyle each); on a page without
 * styles (the CLI under happy-dom, an inert copy) structure decides: an inline `style` that makes
 * a box, or a capitalised word glued after a word in capitals.
 */

/** Elements shown inline by default: the ones that run into their neighbours when read as text. */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);
/** Text that never shows: skipped when looking for a neighbour's first or last character. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);
const BOX_STYLE = /(?:^|;)\s*(?:display\s*:\s*(?!inline\s*(?:;|$)|contents|none)[a-z-]+|float\s*:\s*(?:left|right|inline-start|inline-end))/i;
const WORD = /[\p{L}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** Pseudo-element content that reads as a separator (" - ", "|", " "…). */
const SEPARATOR_CONTENT = /^["'].*[\s|\-–—·:/].*["']$/;

/**
 * The first (or last) character `node` shows: '' where a block, a line break or an image ends the
 * run of text, null when it shows nothing.
 */
function edgeOf(node: Node, atEnd: boolean, depth = 0): string | null {
  if (node.nodeType === 3) {
    const data = (node as Text).data;
    return data ? data[atEnd ? data.length - 1 : 0] : null;
  }
  if (node.nodeType !== 1) return null;
  const name = (node as Element).localName;
  if (UNSEEN.has(name)) return null;
  if (!INLINE.has(name) || depth > 6) return '';
  for (let child = atEnd ? node.lastChild : node.firstChild; child; child = atEnd ? child.previousSibling : child.nextSibling) {
    const edge = edgeOf(child, atEnd, depth + 1);
    if (edge !== null) return edge;
  }
  return null;
}

/** The character shown right after (or before) `el`, looking out through inline parents. */
function neighbourOf(el: Element, after: boolean): string {
  let node: Element = el;
  for (let hops = 0; hops < 6; hops++) {
    for (let s = after ? node.nextSibling : node.previousSibling; s; s = after ? s.nextSibling : s.previousSibling) {
      const edge = edgeOf(s, !after);
      if (edge !== null) return edge;
    }
    const parent = node.parentElement;
    if (!parent || !INLINE.has(parent.localName)) return '';
    node = parent;
  }
  return '';
}

interface Glue { before: string; after: string; first: string; last: string }

/** Where `el` touches a neighbour letter to letter (or digit), with the characters on each side; null if nowhere. */
function glueOf(el: Element): Glue | null {
  const first = edgeOf(el, false) ?? '';
  const last = edgeOf(el, true) ?? '';
  const before = WORD.test(first) ? neighbourOf(el, false) : '';
  const after = WORD.test(last) ? neighbourOf(el, true) : '';
  if (!WORD.test(before) && !WORD.test(after)) return null;
  // A drop cap ("<span class=dropcap>T</span>he…") is one letter of the word that follows.
  if ((el.textContent ?? '').trim().length <= 1) return null;
  return { before, after, first, last };
}

type Sides = { before: boolean; after: boolean };

/**
 * How the browser shows `shown`: a box of its own, or set apart by margins, padding or a separator
 * drawn in CSS. Null when the window computes no display (a DOM without a renderer).
 */
function styledApart(view: Window, shown: Element, glue: Glue): Sides | null {
  const style = view.getComputedStyle(shown);
  const display = style.display;
  if (!display) return null;
  if (display === 'none' || display === 'contents') return { before: false, after: false };
  const float = style.getPropertyValue('float');
  if (display !== 'inline' || (float && float !== 'none')) return { before: true, after: true };
  const rtl = style.direction === 'rtl';
  const gap = (side: 'left' | 'right') =>
    (parseFloat(style.getPropertyValue(`margin-${side}`)) || 0) + (parseFloat(style.getPropertyValue(`padding-${side}`)) || 0) >= 4;
  const drawn = (pseudo: '::before' | '::after') => SEPARATOR_CONTENT.test(view.getComputedStyle(shown, pseudo).content);
  return {
    before: WORD.test(glue.before) && (gap(rtl ? 'right' : 'left') || drawn('::before')),
    after: WORD.test(glue.after) && (gap(rtl ? 'left' : 'right') || drawn('::after')),
  };
}

/**
 * Without styles: an inline style that makes a box, or "TP HCM" glued to "Nếu". (A block inside an
 * inline element ends the run of text itself: edgeOf stops there, and blockText breaks the line.)
 */
function structuredApart(el: Element, glue: Glue): Sides {
  if (BOX_STYLE.test(el.getAttribute('style') ?? '')) return { before: true, after: true };
  // A word in capitals then a capitalised word is two words (a dateline, a stamp), never one.
  return { before: false, after: CAPITAL.test(glue.last) && !/\p{Ll}/u.test(el.textContent ?? '') && CAPITALISED.test(nextText(el)) };
}

/** The start of the text node right after `el`, for structuredApart's capitals rule. */
function nextText(el: Element): string {
  const next = el.nextSibling;
  return next?.nodeType === 3 ? (next as Text).data.slice(0, 2) : '';
}

/** The window whose styles apply to `doc`, if it is a page being shown (not a parsed or inert copy). */
function viewOf(doc: Document | null): Window | null {
  const view = doc?.defaultView;
  return view && view.document === doc && typeof view.getComputedStyle === 'function' ? view : null;
}

/**
 * Put a space where an inline element shown apart touches a neighbour's letters, in `copy`: a deep
 * copy of `source` (the same elements in the same order: `source` itself is only read). Returns
 * how many spaces went in.
 */
export function separateBoxes(copy: Document | Element, source: Document | Element): number {
  const view = viewOf(source.ownerDocument ?? (source as Document));
  const elements = copy.getElementsByTagName('*');
  const shown = view ? source.getElementsByTagName('*') : null;
  let spaces = 0;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (!INLINE.has(el.localName)) continue;
    const glue = glueOf(el);
    if (!glue) continue;
    const original = shown?.[i];
    const styled = view && original?.localName === el.localName ? styledApart(view, original, glue) : null;
    const apart = styled ?? structuredApart(el, glue);
    if (apart.before && WORD.test(glue.before)) { el.before(' '); spaces++; }
    if (apart.after && WORD.test(glue.after)) { el.after(' '); spaces++; }
  }
  return spaces;
}
