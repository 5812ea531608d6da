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

const EMAIL_OR_HANDLE = /\S+@\S+\.\w+|(^|\s)@\w{2,}/;
/** Contact lines open with the request; a bio that ends with one ("… Follow him @x") is left to BIOS. */
const CONTACT_VERB = /^(e-?mail|write to|contact|reach|follow|tweet|have a (news )?tip|send)\b/i;
const LIST_HEADING = /\b(stories|articles|news|reads|posts|videos|coverage|reading)\b/i;
const BIO = /^(\p{Lu}[\p{L}'’.-]*\s){1,3}(is|was|has been)\s(a|an|the)\s/u;
/**
 * Authors' bios and sign-up promos at the end are not story text, but Mozilla's expected texts keep
 * them (its recall fell under 0.99 with both rules): bios stay off, promos are left to the phrase list.
 */
const BIOS = false;
const BIO_WORDS = /\b(writer|editor|reporter|journalist|author|correspondent|contributor|columnist|blogger|freelance)\b/i;

/**
 * Closing lines that are not a copyright or a prompt: contact lines ("Email Jane at …, follow her
 * @jane"), the heading of a closing link list ("More Great Stories"), the company's boilerplate
 * ("Acme is a global provider of …", named like the site) and, when BIOS is on, the author's bio.
 */
export function isClosingLine(text: string, siteWords: string[], byline = ''): 'bio' | boolean {
  if (text.length < 300 && EMAIL_OR_HANDLE.test(text) && CONTACT_VERB.test(text)) return true;
  if (text.length < 60 && text.split(' ').length <= 8 && !/[.!?]$/.test(text) && LIST_HEADING.test(text)) return true;
  if (text.length < 600 && BIO.test(text)) {
    // Named like the author (a word of the byline) or the site, or saying what kind of writer.
    const opening = normalizePhrase(text.split(/\s(?:is|was|has)\s/)[0]);
    const author = normalizePhrase(byline).split(' ').filter((w) => w.length >= 3);
    const site = opening.replace(/ /g, '');
    if (BIOS && (BIO_WORDS.test(text) || opening.split(' ').some((w) => author.includes(w)))) return 'bio';
    if (siteWords.some((w) => site === w || site.startsWith(w))) return 'bio';
  }
  return false;
}

/**
 * Walk back from the end of the article removing closing chrome, and stop at the first line
 * that reads as story. Captions and media are never touched, except an author's photo next to the bio.
 */
export function removeTrailers(root: Element, siteWords: string[] = [], byline: string | null = null, blocks = leafBlocks(root)): number {
  let removed = 0;
  let bio = false;
  for (let i = blocks.length - 1; i >= 0 && removed < 12; i--) {
    const el = blocks[i];
    if (!root.contains(el)) continue;
    const text = textOf(el);
    // After a bio: the author's photo and name line go with it.
    if (bio && (!text || (text.split(' ').length <= 4 && !/[.!?:]$/.test(text))) && !el.closest('figure, table')) {
      removeWithEmptyAncestors(el, root);
      removed++;
      continue;
    }
    if (el.closest('figure, table') || el.querySelector('img, picture, video, iframe')) break;
    if (!text) continue;
    const linky = text.length < 200 && linkDensity(el, text.length) >= 0.8;
    const contact = /^(\S+@\S+\.\w+|(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|linkedin)\.com\/\S*)$/i.test(text);
    const closing = !linky && !contact && !isTrailerLine(text, siteWords) ? isClosingLine(text, siteWords, byline ?? '') : true;
    if (!closing) break;
    bio = closing === 'bio';
    removeWithEmptyAncestors(el, root);
    removed++;
  }
  return removed;
}
