/**
 * "Pick the article": the reader points at the block that holds the story, and Gloss
 * remembers it per site as a CSS selector. Pure: DOM passed in.
 */

function escapeIdent(value: string): string {
  return value.replace(/[^\w-]/g, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `);
}

/** A selector that finds `el` again on this page and, ideally, on the site's other articles. */
export function selectorFor(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  for (let node: Element | null = el; node && node !== doc.body && node !== doc.documentElement; node = node.parentElement) {
    // Article ids are often per-story numbers; only ids without digits carry over to other pages.
    if (node.id && !/\d/.test(node.id) && doc.querySelectorAll(`#${escapeIdent(node.id)}`).length === 1) {
      parts.unshift(`#${escapeIdent(node.id)}`);
      break;
    }
    const classes = [...node.classList].filter((c) => !/\d/.test(c)).slice(0, 2).map((c) => `.${escapeIdent(c)}`).join('');
    let part = node.tagName.toLowerCase() + classes;
    const parent = node.parentElement;
    if (parent) {
      const same = [...parent.children].filter((child) => child.matches(part));
      if (same.length > 1) part += `:nth-of-type(${[...parent.children].filter((c) => c.tagName === node!.tagName).indexOf(node) + 1})`;
    }
    parts.unshift(part);
  }
  return parts.join(' > ') || 'body';
}

/** The remembered block on this page, if the selector (from storage: untrusted shape) still finds one with text. */
export function resolvePick(doc: Document, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    const el = doc.querySelector(selector);
    return el && (el.textContent?.trim().length ?? 0) > 200 ? el : null;
  } catch {
    return null;
  }
}
