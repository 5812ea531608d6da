import { AD_LABELS, NOTICE_LEADS, TEASER_LEADS } from '../data/phrases.ts';
import { CREDIT_WORDS, isCreditLine } from './credits.ts';
import { HEADING, MEDIA, forgetSolid, hasText, linkDensity, solidLengths, firstWordsOf, mayStartWith, mayStartWithPhrase, normalizePhrase, phraseAt, phraseSet, removeWithEmptyAncestors, textOf, type SolidLengths } from '../dom.ts';

const adLabels = phraseSet(AD_LABELS);
const teaserLeads = phraseSet(TEASER_LEADS);
const noticeLeads = phraseSet(NOTICE_LEADS);
const BARE_ONLY = new Set(['more']);
/** First words of every label removeAdLabels looks for: other blocks are skipped before their text is read. */
const LABEL_WORDS = new Set([...firstWordsOf(adLabels), ...firstWordsOf(noticeLeads), ...CREDIT_WORDS]);

/** "Quảng cáo - Kéo xuống để xem tiếp nội dung": every part of the text is an ad label. */
export function isAdLabel(text: string): boolean {
  if (!text || text.length > 120 || !mayStartWithPhrase(text, adLabels)) return false;
  let parts = 0;
  for (const part of text.split(/\s+[-–—|·•]\s+|\n/)) {
    const phrase = normalizePhrase(part);
    if (!phrase) continue;
    if (!adLabels.has(phrase)) return false;
    parts++;
  }
  return parts > 0;
}

function mayHaveCard(link: Element): boolean {
  const next = link.nextElementSibling;
  return !!next && next.tagName !== 'A' && next.tagName !== 'P';
}

/**
 * A card that pops up over a link (a person's name, then their photo, title and latest stories)
 * sits right after the link and starts with the link's own text.
 */
function isHoverCard(link: Element, linkText: string): Element | null {
  if (!mayHaveCard(link) || linkText.length < 3) return null;
  const next = link.nextElementSibling!;
  const text = textOf(next);
  return text.length > linkText.length * 3 && text.startsWith(linkText) ? next : null;
}

/**
 * Remove ad labels, scroll prompts and photo credits (any block or inline whose whole text is
 * one), and the cards that pop up over links.
 */
export function removeAdLabels(root: Element, solid: SolidLengths = solidLengths(root)): number {
  let removed = 0;
  for (const el of root.querySelectorAll('p, div, span, li, h2, h3, h4, h5, h6, section, aside, small, strong, em, b, i, figure, a, cite')) {
    // Every rule here wants a short text (400 characters at most): skip long blocks unread.
    // Until this pass removes something, every element it listed is still in the tree.
    if ((solid.get(el) ?? 0) > 400 || (removed > 0 && !root.contains(el))) continue;
    const isLink = el.tagName === 'A';
    // No label starts otherwise; a link is still read when an element follows it that may be its card.
    const mayLabel = mayStartWith(el, LABEL_WORDS, '©');
    if (!mayLabel && !(isLink && mayHaveCard(el))) continue;
    const text = textOf(el);
    const label = mayLabel && (isAdLabel(text) || (text.length < 400 && !!phraseAt(text, noticeLeads, 8)) || isCreditLine(text, () => inCaption(el, text)));
    // The text decides first (cheap); blocks holding media or code are never touched.
    if ((!label && !isLink) || el.querySelector(MEDIA) || el.closest('pre, code')) continue;
    if (isLink) {
      const card = isHoverCard(el, text);
      if (card) { forgetSolid(card, root, solid); card.remove(); removed++; }
    }
    if (label) {
      removeWithEmptyAncestors(el, root, solid);
      removed++;
    }
  }
  return removed;
}

/** Part of a caption that says more than this element (so the element may be the credit). */
function inCaption(el: Element, text: string): boolean {
  if (el.tagName === 'FIGCAPTION' || text.length > 80) return false;
  const caption = el.closest('figcaption, figure');
  return !!caption && textOf(caption).length > text.length + 15;
}

/** The element that follows, skipping empty ones. */
function nextBlock(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && !hasText(next) && !next.querySelector(MEDIA)) next = next.nextElementSibling;
  return next;
}

/**
 * "Xem thêm: …", "Tin liên quan", "Read more", "Related stories": a label (alone, or with the
 * links it introduces) is removed; a heading label also takes the link list right after it.
 * A sentence that merely starts with "Related" stays (it is long and not made of links).
 */
export function removeTeasers(root: Element, solid: SolidLengths = solidLengths(root)): number {
  let removed = 0;
  // Until this pass removes something, every element it listed is still in the tree.
  let changed = false;
  const teaserWords = firstWordsOf(teaserLeads);
  for (const el of root.querySelectorAll('p, div, li, h2, h3, h4, h5, h6, strong, b, section, ul')) {
    if ((solid.get(el) ?? 0) > 400 || (changed && !root.contains(el)) || !mayStartWith(el, teaserWords)) continue;
    const text = textOf(el);
    if (!text || text.length > 400) continue;
    const hit = phraseAt(text, teaserLeads);
    // "More:" alone labels a list; "More ways to customize" is a heading of the story.
    if (!hit || (BARE_ONLY.has(hit.match) && !hit.whole)) continue;
    const density = linkDensity(el, text.length);
    const labelOnly = hit.whole || normalizePhrase(text).length <= hit.match.length + 2;
    if (labelOnly) {
      // A bare label introduces what follows: take it when it is a list of links.
      const next = nextBlock(el);
      const isHeadingLike = HEADING.test(el.tagName) || text.length < 40;
      if (next && isHeadingLike && linkDensity(next) >= 0.5 && !next.matches('figure, table')) {
        removeWithEmptyAncestors(next, root, solid);
        changed = true;
      }
      if (el.querySelector(MEDIA)) continue;
      removeWithEmptyAncestors(el, root, solid);
      removed++;
      changed = true;
    } else if (density >= 0.4 || (/^[^:]{1,40}:/.test(text) && el.querySelector('a') && text.length < 250)) {
      removeWithEmptyAncestors(el, root, solid);
      removed++;
      changed = true;
    }
  }
  return removed;
}
