import { normalizePhrase, textOf } from './dom.ts';
import { detectLanguageFromText } from './language.ts';
import { nameTokens } from './premark.ts';

const LEAD_NAMES = new Set(['sapo', 'lead', 'chapeau', 'tomtat', 'intro', 'standfirst', 'summary', 'dek', 'deck', 'teaser', 'subtitle', 'subheadline', 'excerpt']);

function isLeadBlock(el: Element): boolean {
  for (let node: Element | null = el, i = 0; node && i < 3; node = node.parentElement, i++) {
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (nameTokens(names).some((t) => LEAD_NAMES.has(t))) return true;
  }
  return false;
}

/**
 * Whether the block follows the page's headline within a small common container (the story's
 * header): the standfirst sits right under the <h1>, the body container after it.
 */
function underHeadline(el: Element): boolean {
  for (let node = el.parentElement, i = 0; node && i < 3; node = node.parentElement, i++) {
    const h1 = node.querySelector('h1');
    if (h1) return !!(h1.compareDocumentPosition(el) & 4 /* FOLLOWING */) && !h1.contains(el);
  }
  return false;
}

/**
 * Vietnamese sites print the lead (sapo) above the story body, outside the block Readability
 * keeps. When the page's description is also visible on the page, it is that lead.
 * Vietnamese papers print the sapo as the story's first paragraph; elsewhere a summary above
 * the story is usually a standfirst the body leaves out, unless the block is named a lead.
 * `findLead` offers each block of the untouched page, in order, until one matches.
 */
export class LeadFinder {
  found: string | null = null;
  private readonly want: string;
  private readonly head: string;
  private readonly vietnamese: boolean;

  constructor(description: string | null) {
    this.want = description && description.length >= 60 ? normalizePhrase(description) : '';
    this.head = this.want.slice(0, 50);
    this.vietnamese = !!description && detectLanguageFromText(description) === 'vi';
  }

  get active(): boolean { return !!this.want && !this.found; }

  offer(el: Element): void {
    // Paragraph-like blocks, or wrappers of at most one element: a sapo is one block of text.
    if (!LEAD_TAGS.has(el.tagName) || el.childElementCount > (PARAGRAPHS.has(el.tagName) ? 3 : 1)) return;
    // A wrapper around one block is not the lead itself (the block will be offered): skip reading its text.
    if (el.childElementCount === 1 && !PARAGRAPHS.has(el.tagName) && WRAPPED.has(el.firstElementChild!.tagName)) return;
    const raw = el.textContent ?? '';
    if (raw.length < this.want.length * 0.8) return;
    const text = textOf(el);
    if (text.length < this.want.length * 0.8 || text.length > this.want.length * 1.4) return;
    // Sites prefix the lead with their name ("(Dân trí) - …"): compare from where they agree.
    const at = normalizePhrase(text).indexOf(this.head);
    if (at >= 0 && at < 40 && (this.vietnamese || isLeadBlock(el))) this.found = text;
  }
}

const LEAD_TAGS = new Set(['P', 'H2', 'H3', 'DIV', 'SPAN', 'STRONG', 'EM', 'B']);
const LEAD_SELECTOR = [...LEAD_TAGS].map((tag) => tag.toLowerCase()).join(', ');
const PARAGRAPHS = new Set(['P', 'H2', 'H3']);
const WRAPPED = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'TABLE', 'FORM', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FIGURE']);

/** The page's lead: the first block whose text is the description (read-only walk of the page). */
export function findLead(doc: Document, description: string | null): string | null {
  const finder = new LeadFinder(description);
  if (!finder.active) return null;
  // Only the tags a lead can have (offer skips the others): the selector engine filters, not script.
  const all = doc.body?.querySelectorAll(LEAD_SELECTOR) ?? [];
  for (let i = 0; i < all.length && finder.active; i++) finder.offer(all[i]);
  return finder.found;
}

/**
 * Put the page's lead back at the top of the article when the article lacks it. The page is
 * searched only when the article does not already hold the description's opening words — on
 * most pages the lead is in the story, and the search reads the text of every small block.
 */
export function restoreLead(root: Element, articleText: string, doc: Document, description: string | null): boolean {
  let lead: string | null = null;
  if (description && description.length >= 60) {
    // Most often the story holds the description word for word: no need to normalise it all.
    if (articleText.includes(description.slice(0, 60).trim())) return false;
    lead = findLead(doc, description);
  }
  lead ??= namedLead(doc);
  if (!lead) return false;
  // The lead's middle, as the page prints it (sites prefix the lead with their name, "(Dân trí) -"):
  // both texts come from the same page, whitespace collapsed alike.
  const from = Math.floor(lead.length / 3);
  if (articleText.includes(lead.slice(from, from + 50))) return false;
  const p = root.ownerDocument.createElement('p');
  p.textContent = lead;
  const first = root.firstElementChild;
  // Readability wraps its result in one div; the lead goes first inside it.
  const host = first && first.tagName === 'DIV' && root.childElementCount === 1 ? first : root;
  host.insertBefore(p, host.firstChild);
  return true;
}

/**
 * Without a description to match, a block named as a lead (standfirst, dek, sapo, teaser…) right
 * under the headline, of paragraph size, is the lead.
 */
function namedLead(doc: Document): string | null {
  const h1 = doc.body?.querySelector('h1');
  const header = h1?.parentElement;
  if (!header || header === doc.body) return null;
  const blocks = header.querySelectorAll('p, div, h2, span');
  // The story's header is small; a big container around the headline is the page, not its header.
  if (blocks.length > 60) return null;
  for (const el of blocks) {
    if (!(h1.compareDocumentPosition(el) & 4) || el.querySelector('p, div, h2')) continue;
    if (!isLeadBlock(el) || !underHeadline(el)) continue;
    const text = textOf(el);
    if (text.length >= 60 && text.length <= 600) return text;
  }
  return null;
}
