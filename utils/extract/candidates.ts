import { linkDensity, parseFragment, textOf } from './dom.ts';
import { shingleOverlap, shingleRecall } from './score.ts';

/**
 * Story containers the page declares itself ([itemprop=articleBody], <article>), copied before
 * Readability rearranges the document, so they can be compared with what Readability kept.
 */
export function collectDeclared(doc: Document): Element[] {
  const out: Element[] = [];
  const body = doc.querySelector('[itemprop="articleBody" i]');
  if (body) out.push(body);
  const articles = [...doc.querySelectorAll('article')];
  if (articles.length > 0 && articles.length <= 3) {
    let best: Element | null = null, bestLen = 0;
    for (const a of articles) {
      const len = textOf(a).length;
      if (len > bestLen) { best = a; bestLen = len; }
    }
    if (best && !out.some((o) => o.contains(best) || best.contains(o))) out.push(best);
  }
  return out.map((el) => {
    const copy = el.cloneNode(true) as Element;
    // What Readability would strip anyway, and the headline, which the reader shows on its own.
    for (const junk of copy.querySelectorAll('script, style, noscript, template, link, meta, form, button, input, select, textarea, h1')) junk.remove();
    return copy;
  });
}

/** JSON-LD articleBody as plain text (some sites put HTML in it). */
export function plainArticleBody(value: unknown, win: Window): string | null {
  if (typeof value !== 'string' || value.length < 200) return null;
  if (!/<[a-z]/i.test(value)) return value.trim();
  return parseFragment(value, win).textContent?.trim() || null;
}

export interface Candidate { el: Element; text: string; source: string }

const f1 = (truth: string, text: string) => {
  const { tp, fp, fn } = shingleOverlap(truth, text);
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
};

/**
 * Pick the story among Readability's result and the page's declared containers.
 * With a JSON-LD articleBody, the candidate closest to it wins when Readability kept clearly
 * less than the story has. Without one, a declared container wins only when it holds what
 * Readability kept and substantially more, and is not a block of links.
 */
export function chooseCandidate(readability: Candidate | null, declared: Candidate[], ldBody: string | null): Candidate | null {
  const rLen = readability?.text.length ?? 0;
  const pool = [readability, ...declared].filter((c): c is Candidate => !!c && c.text.length > 0);
  if (ldBody && ldBody.length > rLen * 1.25 && (!readability || shingleRecall(ldBody, readability.text) < 0.85)) {
    let best = readability, bestScore = readability ? f1(ldBody, readability.text) : 0;
    for (const c of pool) {
      const score = f1(ldBody, c.text);
      if (score > bestScore + 0.1) { best = c; bestScore = score; }
    }
    return best;
  }
  if (rLen >= 500 && !declared.length) return readability;
  let best = readability;
  for (const c of declared) {
    if (c.text.length < rLen * 1.3 + 200 || linkDensity(c.el, c.text.length) > 0.3) continue;
    const holds = !readability || rLen < 200 || shingleRecall(readability.text, c.text) >= 0.85;
    if (holds && c.text.length > (best?.text.length ?? 0)) best = c;
  }
  return best;
}
