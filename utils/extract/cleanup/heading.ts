import { leafBlocks, removeWithEmptyAncestors, textOf } from '../dom.ts';
import { DATE_WORDS } from '../data/phrases.ts';

const dateWords = new Set(DATE_WORDS.flatMap((w) => w.split(' ')));
const TOKENS = /[\p{L}][\p{L}.'’]*|\d+(?:st|nd|rd|th|h)?|[^\s\p{L}\d]/gu;
const CLOCK = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'at', 'on', 'the', 'h', 'giờ', 'lúc', 'uhr', 'um', 'às', 'à', 'a', 'las', 'de', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'hst', 'gmt', 'utc', 'bst', 'cet', 'ist', 'et', 'ct', 'pt']);
const SEPARATORS = /^[,:;/|.()–—+·•-]$/;

/** A line that only dates the story ("Updated 1:35 a.m., Nov. 20, 2019", "Thứ hai, 20/11/2023 10:05"). */
export function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  const tokens = text.toLowerCase().match(TOKENS) ?? [];
  if (!tokens.length) return false;
  // A bare "Updated" label counts; anything else needs a number or a relative day.
  if (!/\d|today|yesterday|hôm nay/i.test(text) && !(tokens.length === 1 && /^(published|updated|posted|cập)$/.test(tokens[0]))) return false;
  if (!tokens.every((t) => /^\d/.test(t) || SEPARATORS.test(t) || dateWords.has(t) || dateWords.has(t.replace(/\.$/, '')))) return false;
  // A bare clock time ("4:14 p.m.") heads an entry of a live story; a date line names a day, a year or a verb.
  return tokens.some((t) => /^\d{4}$/.test(t) || (dateWords.has(t) && !CLOCK.has(t))) || /\d\s*[/.-]\s*\d/.test(text.replace(/\d+:\d+/g, ''));
}

/**
 * The top of an article repeats what the reader shows on its own: the headline, the byline,
 * the date. Remove such lines while they come before the story's first real paragraph.
 */
export function removeHeaderLines(root: Element, title: string, byline: string | null, firstLeaves?: Element[]): number {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const t = norm(title);
  const b = byline ? norm(byline) : '';
  let removed = 0;
  // Text beside block siblings is no leaf until they go: look again while lines go.
  for (let pass = 0; pass < 3; pass++) {
    const before = removed;
    removed += headerPass(root, t, b, pass === 0 ? firstLeaves : undefined);
    if (removed === before) break;
  }
  return removed;
}

const HEADER_LINES = 12;

function headerPass(root: Element, t: string, b: string, leaves = leafBlocks(root, HEADER_LINES)): number {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  let removed = 0;
  for (const el of leaves.slice(0, HEADER_LINES)) {
    if (el.closest('figure') || el.querySelector('img, picture, video')) continue;
    const text = textOf(el);
    if (!text) continue;
    const n = norm(text);
    const drop = isDateLine(text) || (t && n === t) || (b && (n === b || n === `by ${b}`)) ||
      (text.length < (/[|•·]/.test(text) ? 140 : 80) && /^(?:[Bb]y|[Bb]ởi)\s+\p{Lu}/u.test(text) && !/[.!?]$/.test(text));
    if (drop) { removeWithEmptyAncestors(el, root); removed++; continue; }
    if (text.length > 200) break;
  }
  return removed;
}
