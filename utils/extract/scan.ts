import { chromeHint, DROP_ATTR } from './premark.ts';

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);

/**
 * One pass over the clone's body before Readability runs: mark chrome by class/id/role
 * (Readability drops those attributes). The live collection and attribute reads keep this pass
 * cheap next to Readability's own walks: most elements have neither class, id nor role.
 */
export function premarkPage(doc: Document): void {
  const all = doc.body?.getElementsByTagName('*');
  if (!all) return;
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el.hasAttributes() && (el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('role')) || CHROME_TAGS.has(el.tagName)) {
      const hint = chromeHint(el);
      if (hint) el.setAttribute(DROP_ATTR, hint);
    }
  }
}
