import { sanitizeArticleHtml } from './extract/sanitize';

/**
 * The only sink for page-derived HTML in Gloss's UI. It sanitises again right at the
 * sink, so no caller can hand it unsanitised markup by mistake.
 */
export function setSanitizedHtml(element: Element, html: string): void {
  const win = element.ownerDocument.defaultView as Window;
  element.innerHTML = sanitizeArticleHtml(html, win);
}
