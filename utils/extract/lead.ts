import { normalizePhrase, textOf } from './dom.ts';

/**
 * Vietnamese sites print the lead (sapo) above the story body, outside the block Readability
 * keeps. When the page's description is also visible on the page, it is that lead.
 * Looks only at small text blocks (no nested blocks), so this is one cheap pass.
 */
export function findLead(doc: Document, description: string | null): string | null {
  if (!description || description.length < 60) return null;
  const want = normalizePhrase(description);
  const head = want.slice(0, 50);
  for (const el of doc.querySelectorAll('body p, body h2, body h3, body div, body span, body strong, body em')) {
    if (el.childElementCount > 3) continue;
    const text = textOf(el);
    if (text.length < want.length * 0.8 || text.length > want.length * 1.4) continue;
    const got = normalizePhrase(text);
    // Sites prefix the lead with their name ("(Dân trí) - …"): compare from where they agree.
    const at = got.indexOf(head);
    if (at >= 0 && at < 40) return text;
  }
  return null;
}

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
