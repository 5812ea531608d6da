import { BLOCK_TAGS, linkDensity, textOf } from './dom.ts';
import { overlapOf, shingles } from './score.ts';
import { separateBoxes } from './separate.ts';
import { cleanDeclaredCopy, declaredMinLength, type Candidate } from './candidates.ts';

/** A block of prose: a sentence or two, not mostly links. */
const PROSE_CHARS = 80;
/** Short blocks (a subheading, a caption, a date line) a run passes over before it ends. */
const MAX_GAP = 3;

/** Never part of a story's run: code, and the page's own chrome landmarks. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);
const CONTAINERS = new Set([...BLOCK_TAGS, 'MAIN', 'CENTER']);
/** Overlays that print long prose of their own (a cookie notice, a sign-up box), by class, id or role. */
const OVERLAY = /cookie|consent|gdpr|modal|popup|dialog|newsletter|subscribe/i;
const skipped = (el: Element) => SKIP.has(el.tagName) || OVERLAY.test(`${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('role') ?? ''}`);

export interface TextRun { blocks: Element[]; text: string }

/**
 * The page's main text run: the longest stretch of prose blocks in document order. Short blocks
 * between them (subheadings, captions) do not end it and are part of it; a block that is mostly
 * links does end it (a headline linking to another story, a related-links box), and so do more
 * than a few short blocks in a row. A teaser grid is many runs of one summary each; a story is one
 * run. Read from the page itself, whatever Readability made of it.
 */
export function mainTextRun(body: Element | null): TextRun {
  let best: TextRun = { blocks: [], text: '' };
  let run: Element[] = [], texts: string[] = [], chars = 0, bestChars = 0, pending: Element[] = [];
  const end = () => {
    if (chars > bestChars) { best = { blocks: run, text: texts.join('\n') }; bestChars = chars; }
    run = []; texts = []; chars = 0; pending = [];
  };
  for (const block of leaves(body)) {
    const text = textOf(block);
    if (!text) continue;
    const links = linkDensity(block, text.length);
    if (text.length >= PROSE_CHARS && links < 0.3) {
      if (run.length) for (const gap of pending) { run.push(gap); texts.push(textOf(gap)); }
      run.push(block); texts.push(text); chars += text.length; pending = [];
    } else if (links >= 0.5 || pending.length >= MAX_GAP) {
      end();
    } else {
      pending.push(block);
    }
  }
  end();
  return best;
}

/** Elements without block children, in document order, outside code, chrome landmarks and overlays. */
function leaves(root: Element | null): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    let container = false;
    for (const child of el.children) {
      if (skipped(child)) continue;
      if (CONTAINERS.has(child.tagName) || (child.children.length > 0 && hasContainer(child))) { container = true; break; }
    }
    if (!container) { out.push(el); return; }
    for (const child of el.children) if (!skipped(child)) walk(child);
  };
  if (root) walk(root);
  return out;
}

/** Whether an inline wrapper (a <span>, a custom element) holds blocks somewhere inside. */
function hasContainer(el: Element): boolean {
  for (const child of el.children) {
    if (skipped(child)) continue;
    if (CONTAINERS.has(child.tagName) || hasContainer(child)) return true;
  }
  return false;
}

/** Share of a text's words, in runs of four as the scoring counts them, that the run also holds. */
export function sharedWithRun(text: string, run: string): number {
  const { tp, fp } = overlapOf(shingles(run), shingles(text));
  return tp + fp ? tp / (tp + fp) : 0;
}

/** Below this much text a chosen block is checked against the page's main text run. */
export const SHORT_RESULT = 500;

/**
 * Whether the main text run should replace the chosen block: the run is a few paragraphs, clearly
 * longer than the block (as a declared container must be to win), and the block shares less than
 * half of its words with it (it is not a part of the story, but a promo line or a footer).
 */
export function runMayWin(chosen: Candidate | null, run: string): boolean {
  const length = chosen?.text.length ?? 0;
  if (run.length < SHORT_RESULT || run.length < declaredMinLength(length)) return false;
  return !chosen || sharedWithRun(chosen.text, run) < 0.5;
}

/**
 * The run, cleaned like any candidate, still wins only when it is still a few paragraphs, clearly
 * longer than the block it replaces, and not mostly links (its blocks may have been chrome after all).
 */
export function runStillWins(chosen: Candidate | null, fromRun: Candidate): boolean {
  const length = fromRun.text.length;
  return length >= Math.max(SHORT_RESULT, declaredMinLength(chosen?.text.length ?? 0)) && linkDensity(fromRun.el, length) <= 0.3;
}

/** The run's blocks copied into an inert document (see copyDeclared), words shown apart kept apart. */
export function copyRun(run: TextRun): Element {
  const inert = run.blocks[0].ownerDocument.implementation.createHTMLDocument('');
  const root = inert.createElement('div');
  for (const block of run.blocks) {
    const copy = inert.importNode(block, true);
    separateBoxes(copy, block);
    root.append(copy);
  }
  return cleanDeclaredCopy(root);
}

/**
 * A chosen block under SHORT_RESULT characters may have lost the story (Readability took a promo
 * line, or the story sits in a block it skips): the page's main text run, copied and cleaned by
 * `clean`, replaces it when runMayWin and runStillWins say so. Longer results are not checked,
 * since reading the whole page's blocks costs more than most extractions.
 */
export function refereeShortResult(chosen: Candidate | null, doc: Document, clean: (el: Element) => Candidate | null): Candidate | null {
  if ((chosen?.text.length ?? 0) >= SHORT_RESULT) return chosen;
  const run = mainTextRun(doc.body);
  if (!runMayWin(chosen, run.text)) return chosen;
  const fromRun = clean(copyRun(run));
  return fromRun && runStillWins(chosen, fromRun) ? fromRun : chosen;
}
