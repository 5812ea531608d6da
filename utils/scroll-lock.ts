/**
 * Lock the page's scrolling while the reader covers it, and give back exactly what
 * was there: the same `style` attributes (absent stays absent — not even `style=""`)
 * and the same scroll position.
 *
 * `overflow: hidden` on the root stops the viewport from scrolling. The body is locked
 * too only when it scrolls itself (its own overflow is auto or scroll): locking a body that
 * does not scroll changes nothing for the reader, but makes it a clipping box, and the
 * browser then rebuilds the paint properties of the whole page before it can show the
 * reader (~10 ms of the reader's first frame on a large news page, traced).
 */
export function lockScroll(doc: Document): () => void {
  const win = doc.defaultView;
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const elements = [doc.documentElement, scrollsItself(doc.body, win) ? doc.body : null].filter((el): el is HTMLElement => el != null);
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

function scrollsItself(body: HTMLElement | null, win: Window | null): boolean {
  if (!body) return false;
  // Without a window to ask, lock it: the safe side.
  if (!win) return true;
  const { overflow, overflowX, overflowY } = win.getComputedStyle(body);
  return [overflowX, overflowY, ...overflow.split(' ')].some((value) => SCROLLS.has(value));
}

/** Overflow values that let the reader scroll a box (`hidden` boxes scroll only from script). */
const SCROLLS = new Set(['auto', 'scroll', 'overlay']);
