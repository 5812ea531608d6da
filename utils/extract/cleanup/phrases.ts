import { AD_LABELS, NOTICE_LEADS, TEASER_LEADS } from '../data/phrases.ts';
import { HEADING, MEDIA, linkDensity, normalizePhrase, phraseAt, phraseSet, removeWithEmptyAncestors, textOf } from '../dom.ts';

const adLabels = phraseSet(AD_LABELS);
const teaserLeads = phraseSet(TEASER_LEADS);
const noticeLeads = phraseSet(NOTICE_LEADS);

/** "Quảng cáo - Kéo xuống để xem tiếp nội dung": every part of the text is an ad label. */
export function isAdLabel(text: string): boolean {
  if (!text || text.length > 120) return false;
  const parts = text.split(/\s+[-–—|·•]\s+|\n/).map(normalizePhrase).filter(Boolean);
  return parts.length > 0 && parts.every((p) => adLabels.has(p));
}

/** Remove ad labels and scroll prompts: any block or inline whose whole text is one. */
export function removeAdLabels(root: Element): number {
  let removed = 0;
  for (const el of root.querySelectorAll('p, div, span, li, h2, h3, h4, h5, h6, section, aside, small, strong, em, b, i, figure, a')) {
    if (!root.contains(el) || el.querySelector(MEDIA)) continue;
    const text = textOf(el);
    if (isAdLabel(text) || (text.length < 400 && phraseAt(text, noticeLeads, 8))) { removeWithEmptyAncestors(el, root); removed++; }
  }
  return removed;
}

/** The element that follows, skipping empty ones. */
function nextBlock(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && !textOf(next) && !next.querySelector(MEDIA)) next = next.nextElementSibling;
  return next;
}

/**
 * "Xem thêm: …", "Tin liên quan", "Read more", "Related stories": a label (alone, or with the
 * links it introduces) is removed; a heading label also takes the link list right after it.
 * A sentence that merely starts with "Related" stays (it is long and not made of links).
 */
export function removeTeasers(root: Element): number {
  let removed = 0;
  for (const el of root.querySelectorAll('p, div, li, h2, h3, h4, h5, h6, strong, b, section, ul')) {
    if (!root.contains(el)) continue;
    const text = textOf(el);
    if (!text || text.length > 400) continue;
    const hit = phraseAt(text, teaserLeads);
    if (!hit) continue;
    const density = linkDensity(el, text.length);
    const labelOnly = hit.whole || normalizePhrase(text).length <= hit.match.length + 2;
    if (labelOnly) {
      // A bare label introduces what follows: take it when it is a list of links.
      const next = nextBlock(el);
      const isHeadingLike = HEADING.test(el.tagName) || text.length < 40;
      if (next && isHeadingLike && linkDensity(next) >= 0.5 && !next.matches('figure, table')) {
        removeWithEmptyAncestors(next, root);
      }
      if (el.querySelector(MEDIA)) continue;
      removeWithEmptyAncestors(el, root);
      removed++;
    } else if (density >= 0.4 || (/^[^:]{1,40}:/.test(text) && el.querySelector('a') && text.length < 250)) {
      removeWithEmptyAncestors(el, root);
      removed++;
    }
  }
  return removed;
}
