import { linkDensity, parseFragment } from './dom.ts';
import { overlapOf, recallOf, shingleMemo } from './score.ts';
import { premarkChrome } from './premark.ts';

/**
 * Story containers the page declares itself ([itemprop=articleBody], the <article>), read from
 * the untouched page: Readability rearranges its clone, and most pages never need these.
 */
export function findDeclared(doc: Document): Element[] {
  const out: Element[] = [];
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (body) out.push(body);
  const articles = doc.getElementsByTagName('article');
  if (articles.length > 0 && articles.length <= 3) {
    let best: Element | null = null, bestLen = 0;
    for (const a of articles) {
      const len = a.textContent?.length ?? 0;
      if (len > bestLen) { best = a; bestLen = len; }
    }
    if (best && !out.some((o) => o.contains(best) || best.contains(o))) out.push(best);
  }
  return out;
}

/** A working copy of a declared container, without what Readability would strip and with chrome marked. */
export function copyDeclared(el: Element): Element {
  // Copy into an inert document (no browsing context). A clone owned by the live page would
  // load its images and run their inline handlers (onerror…) again, in the page, on Gloss's account.
  return cleanDeclaredCopy(el.ownerDocument.implementation.createHTMLDocument('').importNode(el, true));
}

/** copyDeclared's work on a copy already made in an inert document (changed in place and returned). */
export function cleanDeclaredCopy(copy: Element): Element {
  // The headline goes too: the reader shows it on its own.
  for (const junk of copy.querySelectorAll('script, style, noscript, template, link, meta, form, button, input, select, textarea, h1, [hidden], [aria-hidden="true"]')) junk.remove();
  premarkChrome(copy);
  return copy;
}

/** JSON-LD articleBody as plain text (some sites put HTML in it). */
export function plainArticleBody(value: unknown, win: Window): string | null {
  if (typeof value !== 'string' || value.length < 200) return null;
  if (!/<[a-z]/i.test(value)) return value.trim();
  return parseFragment(value, win).textContent?.trim() || null;
}

export interface Candidate { el: Element; text: string; source: string }

/** Without a JSON-LD body, a declared container wins only with at least this much text (Readability kept `rLen`). */
export function declaredMinLength(rLen: number): number {
  return rLen * 1.3 + 200;
}

type Shingler = ReturnType<typeof shingleMemo>;

const f1 = (shingles: Shingler, truth: string, text: string) => {
  const { tp, fp, fn } = overlapOf(shingles(truth), shingles(text));
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
};
const recall = (shingles: Shingler, reference: string, text: string) => recallOf(overlapOf(shingles(reference), shingles(text)));

/**
 * Pick the story among Readability's result and the page's declared containers.
 * With a JSON-LD articleBody, the candidate closest to it wins when Readability kept clearly
 * less than the story has. Without one, a declared container wins only when it holds what
 * Readability kept and substantially more, and is not a block of links.
 */
/** Whether Readability kept clearly less than the JSON-LD articleBody has. */
export function missesBody(readability: Candidate | null, ldBody: string | null, shingles: Shingler = shingleMemo()): boolean {
  const rLen = readability?.text.length ?? 0;
  return !!ldBody && ldBody.length > rLen * 1.25 && (!readability || recall(shingles, ldBody, readability.text) < 0.85);
}

/** `misses` and `shingles`: what missesBody answered, and the shingles it cut, when the caller asked it first. */
export function chooseCandidate(readability: Candidate | null, declared: Candidate[], ldBody: string | null,
  shingles: Shingler = shingleMemo(), misses = missesBody(readability, ldBody, shingles)): Candidate | null {
  const rLen = readability?.text.length ?? 0;
  const pool = [readability, ...declared].filter((c): c is Candidate => !!c && c.text.length > 0);
  if (ldBody && misses) {
    let best = readability, bestScore = readability ? f1(shingles, ldBody, readability.text) : 0;
    for (const c of pool) {
      const score = f1(shingles, ldBody, c.text);
      if (score > bestScore + 0.1) { best = c; bestScore = score; }
    }
    return best;
  }
  let best = readability;
  for (const c of declared) {
    if (c.text.length < declaredMinLength(rLen) || linkDensity(c.el, c.text.length) > 0.3) continue;
    const holds = !readability || rLen < 200 || recall(shingles, readability.text, c.text) >= 0.85;
    if (holds && c.text.length > (best?.text.length ?? 0)) best = c;
  }
  return best;
}
