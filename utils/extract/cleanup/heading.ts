import { leafBlocks, removeWithEmptyAncestors, textOf } from '../dom.ts';

const DATELINE = /^(\|\s*)?(published|updated|posted|last updated|modified|cập nhật|đăng|ngày đăng)\b[\s:]*/i;
const DATE_ONLY = /^[\s,|:–-]*(\s|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,4}|[ap]\.?m\.?|(e|c|m|p)[sd]?t|gmt|utc|at|thứ \S+|ngày|tháng|năm|lúc|[+,:/|.()–-])+[\s,|:–-]*$/i;

/** A line that only dates the story ("Updated 1:35 a.m., Nov. 20, 2019", "Thứ hai, 20/11/2023 10:05"). */
export function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  const rest = text.replace(DATELINE, '');
  return rest === '' || DATE_ONLY.test(rest);
}

/**
 * The top of an article repeats what the reader shows on its own: the headline, the byline,
 * the date. Remove such lines while they come before the story's first real paragraph.
 */
export function removeHeaderLines(root: Element, title: string, byline: string | null): number {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const t = norm(title);
  const b = byline ? norm(byline) : '';
  let removed = 0;
  for (const el of leafBlocks(root).slice(0, 10)) {
    if (el.closest('figure') || el.querySelector('img, picture, video')) continue;
    const text = textOf(el);
    if (!text) continue;
    const n = norm(text);
    const drop = isDateLine(text) || (t && n === t) || (b && (n === b || n === `by ${b}`)) ||
      (text.length < 80 && /^(?:[Bb]y|[Bb]ởi)\s+\p{Lu}/u.test(text) && !/[.!?]$/.test(text));
    if (drop) { removeWithEmptyAncestors(el, root); removed++; continue; }
    if (text.length > 200) break;
  }
  return removed;
}
