import { Readability } from '@mozilla/readability';
import { copyRun, mainTextRun, runStillWins, SHORT_RESULT } from './text-run.ts';
import type { Candidate } from './candidates.ts';
import { premarkBeforeClassesGo } from './premark.ts';
import { rawSignals } from './judge.ts';

type RawSignals = ReturnType<typeof rawSignals>;

/**
 * Some pages print their story only inside `<noscript>` and render it by script (blog platforms
 * that build the post client-side): the visible document holds a shell, Readability and the main
 * text run find nothing, and the page would be refused. When the chosen block is short and exactly
 * one `<noscript>` holds a long run of prose, Readability's reading of that noscript (else the run
 * itself) competes as a candidate, and the page is judged on it rather than on the empty shell.
 *
 * The noscript's markup is parsed by DOMParser (no browsing context: nothing runs, nothing loads),
 * and what wins is cleaned like any candidate and sanitised where the HTML is used.
 */
export interface NoscriptStory {
  candidate: Candidate;
  /** The judgement's signals, read from the noscript's candidate before clean-up. */
  signals: RawSignals;
  /** The inert document it was parsed into, for isProbablyReaderable. */
  doc: Document;
}

/**
 * The markup a `<noscript>` holds. Parsed with scripting on (a browser), its content is one text
 * node of raw markup; parsed with scripting off (DOMParser, happy-dom), it is elements.
 */
function markupOf(noscript: Element): string {
  return noscript.children.length ? noscript.innerHTML : (noscript.textContent ?? '');
}

/**
 * A noscript's markup parsed by DOMParser: a document without a browsing context, where scripts
 * never run and images, styles and frames never load.
 */
function parseInert(noscript: Element, win: Window): Document {
  const Parser = (win as unknown as { DOMParser: typeof DOMParser }).DOMParser;
  return new Parser().parseFromString(markupOf(noscript), 'text/html');
}

/**
 * The story a page keeps only in a `<noscript>`, when the chosen block is short (the visible page
 * holds no article): the one noscript whose main text run is a story (≥ SHORT_RESULT characters of
 * prose). Readability runs on the noscript's document (a story told in text and <br>s, with images
 * between, is several short runs to mainTextRun, one block to Readability); its block, cleaned by
 * `clean`, wins if it still wins over the chosen block as the text run would (runStillWins), else
 * the run's blocks do. Several such noscripts, or none, leave the choice as it is: teasers in a
 * listing's noscript are runs of one summary each, never a story.
 */
export function noscriptStory(chosen: Candidate | null, doc: Document, win: Window, clean: (el: Element) => Candidate | null): NoscriptStory | null {
  if ((chosen?.text.length ?? 0) >= SHORT_RESULT) return null;
  let found: { doc: Document; run: ReturnType<typeof mainTextRun> } | null = null;
  for (const noscript of doc.querySelectorAll('noscript')) {
    // Markup is never shorter than its text: a short one cannot hold a story (tracking pixels).
    if (markupOf(noscript).length < SHORT_RESULT) continue;
    const inert = parseInert(noscript, win);
    const run = mainTextRun(inert.body);
    if (run.text.length < SHORT_RESULT) continue;
    if (found) return null;
    found = { doc: inert, run };
  }
  if (!found) return null;
  const read = readInert(found.doc);
  if (read) {
    const fromReadability = clean(read.el);
    if (fromReadability && runStillWins(chosen, fromReadability)) return { candidate: { ...fromReadability, source: 'noscript' }, signals: read.signals, doc: found.doc };
  }
  // The run's blocks are copied (copyRun): the raw signals are read from the untouched body.
  const signals = rawSignals(found.doc.body);
  const fromRun = clean(copyRun(found.run));
  if (!fromRun || !runStillWins(chosen, fromRun)) return null;
  return { candidate: { ...fromRun, source: 'noscript-run' }, signals, doc: found.doc };
}

/** Readability on a copy of the inert document, chrome marked as on the page; raw signals before clean-up. */
function readInert(doc: Document): { el: Element; signals: RawSignals } | null {
  const copy = doc.cloneNode(true) as Document;
  const reader = new Readability<Element>(copy, { serializer: (node) => node as Element });
  premarkBeforeClassesGo(reader, copy);
  const el = reader.parse()?.content ?? null;
  return el ? { el, signals: rawSignals(el) } : null;
}
