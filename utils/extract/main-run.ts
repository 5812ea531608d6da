import { linkDensity, textOf } from './dom.ts';
import { countCards } from './judge.ts';
import { overlapOf, recallOf, type shingleMemo } from './score.ts';

/** The page's main run of prose: the block whose own paragraphs hold the most text. */
export interface TextRun { el: Element; text: string }

const PROSE_MIN = 40;

/**
 * Prose paragraphs (<p> with at least a sentence and few links) of the untouched page, grouped by
 * their parent; the group with the most text is the main run. Paragraphs beside a heading that is
 * a link are the summaries of teaser cards, not prose of this page.
 */
export function mainTextRun(doc: Document): TextRun | null {
  const groups = new Map<Element, string[]>();
  const cards = new Map<Element, boolean>();
  for (const p of doc.body?.getElementsByTagName('p') ?? []) {
    const parent = p.parentElement;
    if (!parent) continue;
    const text = textOf(p);
    if (text.length < PROSE_MIN || linkDensity(p, text.length) > 0.3) continue;
    let card = cards.get(parent);
    if (card === undefined) cards.set(parent, card = !!parent.querySelector('h2 a[href], h3 a[href], h4 a[href]'));
    if (card) continue;
    const list = groups.get(parent);
    if (list) list.push(text); else groups.set(parent, [text]);
  }
  let best: TextRun | null = null;
  for (const [el, texts] of groups) {
    const text = texts.join(' ');
    if (!best || text.length > best.text.length) best = { el, text };
  }
  return best;
}

type Shingler = ReturnType<typeof shingleMemo>;

/** Share of the run's text that a block holds (shingle recall). */
export function holdsRun(shingles: Shingler, run: TextRun, text: string): number {
  return recallOf(overlapOf(shingles(run.text), shingles(text)));
}

/** Whether a block is itself teasers: story cards, or mostly link text. */
export function looksLikeTeasers(block: Element, textLength: number): boolean {
  return countCards(block) >= 3 || linkDensity(block, textLength) > 0.3;
}

/** A block of teasers lost the story when it holds less than half of the page's main run of prose. */
export function lostTheStory(text: string, run: TextRun | null, shingles: Shingler): run is TextRun {
  return !!run && run.text.length >= 80 && holdsRun(shingles, run, text) < 0.5;
}
