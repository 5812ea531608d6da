import { normalizePhrase, textOf } from './dom.ts';
import { detectLanguageFromText } from './language.ts';
import { nameTokens } from './premark.ts';

const LEAD_NAMES = new Set(['sapo', 'lead', 'chapeau', 'tomtat', 'intro', 'standfirst', 'summary']);

function isLeadBlock(el: Element): boolean {
  for (let node: Element | null = el, i = 0; node && i < 3; node = node.parentElement, i++) {
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (nameTokens(names).some((t) => LEAD_NAMES.has(t))) return true;
  }
  return false;
}

/**
 * Vietnamese sites print the lead (sapo) above the story body, outside the block Readability
 * keeps. When the page's description is also visible on the page, it is that lead.
 * Vietnamese papers print the sapo as the story's first paragraph; elsewhere a summary above
 * the story is usually a standfirst the body leaves out, unless the block is named a lead.
 * `scan.ts` offers each small block of the page to `matches` in one pass.
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
const PARAGRAPHS = new Set(['P', 'H2', 'H3']);
const WRAPPED = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'TABLE', 'FORM', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FIGURE']);

/** Put the lead back at the top of the article when the article lacks it. */
export function restoreLead(root: Element, lead: string | null, articleText: string): boolean {
  if (!lead) return false;
  const probe = normalizePhrase(lead).slice(0, 80);
  if (normalizePhrase(articleText).includes(probe.slice(Math.min(30, probe.length / 2)))) return false;
  const p = root.ownerDocument.createElement('p');
  p.textContent = lead;
  const first = root.firstElementChild;
  // Readability wraps its result in one div; the lead goes first inside it.
  const host = first && first.tagName === 'DIV' && root.childElementCount === 1 ? first : root;
  host.insertBefore(p, host.firstChild);
  return true;
}
