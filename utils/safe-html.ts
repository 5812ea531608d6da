import { sanitizeArticleHtml } from './extract/sanitize';

/**
 * The only sink for page-derived HTML in Gloss's UI. It sanitises again right at the
 * sink, so no caller can hand it unsanitised markup by mistake.
 */
export function setSanitizedHtml(element: Element, html: string): void {
  // An element of an inert document (the overlay renders the reader in one before showing it)
  // has no window of its own: DOMPurify then runs on the window of the code that calls.
  const win = (element.ownerDocument.defaultView ?? globalThis.window) as Window;
  element.innerHTML = sanitizeArticleHtml(html, win);
}
