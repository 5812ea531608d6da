/**
 * What read-aloud reads: the article's blocks in reading order, and each block's text as it
 * should be spoken (abbreviations as their expansions). Pure DOM logic, no speech API.
 */

/** Elements read as one paragraph each. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, caption, dt, dd, pre, td, th';
/** Never spoken: code, controls and whatever is hidden or explicitly marked as not for speech. */
const SILENT = 'script, style, template, noscript, svg, math, [hidden], [aria-hidden="true"], [data-speech="skip"]';

/**
 * The paragraphs of an article body, in document order. A block that contains other blocks
 * (a <li> or <blockquote> of <p>s) is read through them, so no text is read twice.
 */
export function readableBlocks(root: Element): HTMLElement[] {
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (el) => !el.querySelector(BLOCKS) && !el.closest(SILENT) && utteranceText(el) !== '',
  );
  // An article with no block markup at all (bare text) is still readable as one paragraph.
  if (blocks.length === 0 && utteranceText(root) !== '') return [root as HTMLElement];
  return blocks;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text to speak for one element: each <abbr title> is replaced by its title (the expansion),
 * so "UBND" is heard as "Ủy ban nhân dân". Where the expansion is also written next to it —
 * "Ủy ban nhân dân (UBND)" in the article, or "UBND (Ủy ban nhân dân)" when spelled out at first
 * use — it is heard once, not twice.
 */
export function utteranceText(element: Element): string {
  const parts: string[] = [];
  const expansions = new Set<string>();
  const visit = (node: Node) => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const el = node as Element;
    if (el.matches(SILENT)) return;
    const expansion = el.tagName === 'ABBR' ? el.getAttribute('title')?.trim() : undefined;
    if (expansion) {
      expansions.add(expansion);
      parts.push(expansion);
      return;
    }
    // <br> and table cells separate words even without whitespace in the markup.
    if (el.tagName === 'BR') parts.push(' ');
    el.childNodes.forEach(visit);
    if (/^(TD|TH|LI|P|DIV)$/.test(el.tagName)) parts.push(' ');
  };
  element.childNodes.forEach(visit);
  let text = parts.join('').replace(/\s+/g, ' ').trim();
  for (const expansion of expansions) {
    const x = escapeRegExp(expansion);
    text = text.replace(new RegExp(`${x}\\s*\\(\\s*${x}\\s*\\)`, 'giu'), expansion);
  }
  return text;
}

/**
 * Split a paragraph into utterances of at most `max` characters, at sentence ends where
 * possible: some engines (Chrome's network voices) stop an utterance after ~15 seconds.
 * A full stop only ends a sentence when a space follows, so "TP.HCM" or "3.5" stay whole.
 */
export function splitUtterance(text: string, max = 220): string[] {
  const chunks: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current && current.length + 1 + piece.length > max) {
      chunks.push(current);
      current = piece;
    } else {
      current = current ? `${current} ${piece}` : piece;
    }
  };
  for (const sentence of text.split(/(?<=[.!?…;:])\s+/u).filter(Boolean)) {
    if (sentence.length <= max) {
      push(sentence);
      continue;
    }
    // An overlong sentence: break after commas, then between words.
    for (const clause of sentence.split(/(?<=,)\s+/u)) {
      if (clause.length <= max) push(clause);
      else for (const word of clause.split(/\s+/u)) push(word);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
