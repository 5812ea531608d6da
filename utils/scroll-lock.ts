/**
 * Lock the page's scrolling while the reader covers it, and give back exactly what
 * was there: the same `style` attributes (absent stays absent — not even `style=""`)
 * and the same scroll position.
 */
export function lockScroll(doc: Document): () => void {
  const win = doc.defaultView;
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const elements = [doc.documentElement, doc.body].filter((el): el is HTMLElement => el != null);
  const saved = elements.map((el) => ({ el, style: el.getAttribute('style') }));
  // Written as an attribute string, not through the CSSOM: the attribute is what we
  // must give back byte for byte.
  for (const { el, style } of saved) {
    el.setAttribute('style', `${style ? `${style.trim().replace(/;?$/, ';')} ` : ''}overflow: hidden !important;`);
  }
  return () => {
    for (const { el, style } of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
    win?.scrollTo(scrollX, scrollY);
  };
}
