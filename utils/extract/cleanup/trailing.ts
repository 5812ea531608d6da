import { TRAILER_LEADS, TRAILER_SYMBOLS } from '../data/phrases.ts';
import { leafBlocks, linkDensity, normalizePhrase, phraseAt, phraseSet, removeWithEmptyAncestors, textOf } from '../dom.ts';

const trailerLeads = phraseSet(TRAILER_LEADS);

/** A short closing line: copyright, re-publication notice, comment/share/follow/sign-up prompt, tags. */
export function isTrailerLine(text: string, siteWords: string[] = []): boolean {
  if (!text || text.length > 300) return false;
  if (TRAILER_SYMBOLS.test(text) || /\b(all rights reserved|copyright)\b|bản quyền|ghi rõ nguồn/i.test(text)) {
    // A wire service's notice ("© 2019 Associated Press…") belongs to the story it came with;
    // the site's own notice, or one naming nobody we know, is page chrome.
    const said = normalizePhrase(text).replace(/ /g, '');
    return siteWords.length === 0 || siteWords.some((w) => said.includes(w)) || !/\b(press|news agency|reuters|wire)\b/i.test(text);
  }
  const hit = phraseAt(text, trailerLeads);
  if (!hit) return false;
  // "Share" alone or "Tags: a, b" is chrome; "Share prices fell…" and "Follow the money." are sentences.
  return hit.whole || /^[^:]{1,30}:/.test(text) || (hit.match.includes(' ') && text.length < 120);
}

/**
 * Walk back from the end of the article removing closing chrome, and stop at the first line
 * that reads as story. Captions and media are never touched.
 */
export function removeTrailers(root: Element, siteWords: string[] = []): number {
  const blocks = leafBlocks(root);
  let removed = 0;
  for (let i = blocks.length - 1; i >= 0 && removed < 12; i--) {
    const el = blocks[i];
    if (!root.contains(el)) continue;
    if (el.closest('figure, table') || el.querySelector('img, picture, video, iframe')) break;
    const text = textOf(el);
    if (!text) continue;
    const linky = text.length < 200 && linkDensity(el, text.length) >= 0.8;
    const contact = /^(\S+@\S+\.\w+|(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|linkedin)\.com\/\S*)$/i.test(text);
    if (!isTrailerLine(text, siteWords) && !linky && !contact) break;
    removeWithEmptyAncestors(el, root);
    removed++;
  }
  return removed;
}
