/**
 * W3C Web Annotation anchoring of highlights in the reader's article body, through
 * dom-anchor-text-quote / dom-anchor-text-position (approximate matching with diff-match-patch,
 * so a highlight still finds its passage when a re-save or a new extraction changed the text
 * around it). Offsets are in `root.textContent`: the article body as the reader shows it.
 */
import * as textQuote from 'dom-anchor-text-quote';
import * as textPosition from 'dom-anchor-text-position';
import type { TextPosition, TextQuote } from '../library/highlight-schema';

export interface Selectors { quote: TextQuote; position: TextPosition }

/** The selectors for a range inside `root` (quote with up to 32 characters of context each side). */
export function describeRange(root: Node, range: Range): Selectors {
  const position = textPosition.fromRange(root, range);
  const { exact, prefix, suffix } = textQuote.fromTextPosition(root, position);
  return { quote: { exact, prefix, suffix }, position: { start: position.start, end: position.end } };
}

/** How much of the quote a fuzzy match may differ by and still count (of its length). */
const MAX_DIFFERENCE = 0.25;

/**
 * The text position of a highlight in `root`, or null when it no longer anchors. The stored
 * position is tried first (exact text there, nothing changed), then the quote near that position.
 */
export function locate(root: Node, { quote, position }: Selectors): TextPosition | null {
  const text = root.textContent ?? '';
  if (!quote.exact) return null;
  if (position.end > position.start && text.slice(position.start, position.end) === quote.exact) return position;
  // The quote exactly, once: the commonest change (text added or removed before it) needs no fuzz.
  const first = text.indexOf(quote.exact);
  if (first >= 0 && text.indexOf(quote.exact, first + 1) < 0) return { start: first, end: first + quote.exact.length };
  let found: TextPosition | null = null;
  try {
    found = textQuote.toTextPosition(root, quote, { hint: position.start });
  } catch {
    found = null; // the library throws on quotes it cannot search (too long a pattern)
  }
  if (!found || found.end <= found.start) return null;
  const refined = refine(text, found, quote);
  return similar(text.slice(refined.start, refined.end), quote.exact) ? refined : null;
}

/** Context the ends are aligned on. */
const EDGE = 12;
const MIN_EDGE = 4;

/**
 * The fuzzy search finds where a quote starts and takes its old length; where text inside it
 * changed, the ends are set again where its context (prefix, suffix) is found next to them.
 */
function refine(text: string, found: TextPosition, quote: TextQuote): TextPosition {
  let { start, end } = found;
  const slack = Math.ceil(quote.exact.length * MAX_DIFFERENCE) + 1;
  const before = quote.prefix.slice(-EDGE);
  if (before.length >= MIN_EDGE) {
    const at = text.lastIndexOf(before, start);
    if (at >= 0 && Math.abs(start - (at + before.length)) <= slack) start = at + before.length;
  }
  const after = quote.suffix.slice(0, EDGE);
  if (after.length >= MIN_EDGE) {
    const at = text.indexOf(after, Math.max(start, end - slack));
    if (at >= 0 && at - end <= slack) end = at;
  }
  return end > start ? { start, end } : found;
}

/** A DOM range for a highlight in `root`, or null when it no longer anchors. */
export function anchor(root: Node, selectors: Selectors): Range | null {
  const found = locate(root, selectors);
  return found && textPosition.toRange(root, found);
}

/** Close enough: lengths within the allowed difference and most characters shared in order. */
function similar(a: string, b: string): boolean {
  const limit = Math.ceil(b.length * MAX_DIFFERENCE);
  if (Math.abs(a.length - b.length) > limit) return false;
  return editDistanceWithin(a, b, limit);
}

/** Levenshtein distance ≤ limit, in O(n·limit) with a band (quotes can be long). */
function editDistanceWithin(a: string, b: string, limit: number): boolean {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(limit + 1);
    current[0] = i;
    let best = current[0];
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < best) best = current[j];
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}
