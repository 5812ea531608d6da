/** Small DOM helpers for the highlighter's plain-DOM widgets (they load with the reader's controls). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document, tag: K, attributes: Record<string, string> = {}, text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(doc: Document, testid: string, label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', class: 'gloss-button', 'data-testid': testid, ...attributes }, label);
  // Pressing a button must not clear the reader's text selection before the click lands.
  b.addEventListener('mousedown', (event) => event.preventDefault());
  b.addEventListener('click', onClick);
  return b;
}

/** Puts `box` (absolutely positioned inside `frame`) under `anchor`, kept within the frame's width. */
export function placeUnder(box: HTMLElement, anchor: DOMRect, frame: HTMLElement, width: number): void {
  const area = frame.getBoundingClientRect();
  box.style.top = `${anchor.bottom - area.top + 8}px`;
  box.style.left = `${Math.max(0, Math.min(anchor.left - area.left, area.width - width))}px`;
}
