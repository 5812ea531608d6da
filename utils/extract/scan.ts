import { chromeHint, DROP_ATTR } from './premark.ts';
import { LeadFinder } from './lead.ts';

export interface PageScan {
  /** The page's lead (sapo), when it repeats the description. */
  lead: string | null;
}

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);

/**
 * One pass over the clone's body before Readability runs: mark chrome by class/id/role
 * (Readability drops those attributes), look for the lead.
 */
export function scanPage(doc: Document, description: string | null): PageScan {
  const lead = new LeadFinder(description);
  const all = doc.body?.querySelectorAll('*') ?? [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('role') || CHROME_TAGS.has(el.tagName)) {
      const hint = chromeHint(el);
      if (hint) el.setAttribute(DROP_ATTR, hint);
    }
    if (lead.active) lead.offer(el);
  }
  return { lead: lead.found };
}
