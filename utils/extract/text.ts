/** Elements that end a line of text, and table cells, which sit side by side. */
const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, br, tr, pre, dt, dd, section, article, figure, table, '
  + 'ul, ol, dl, header, footer, main, nav, aside, address, details, summary, caption, hr, center, hgroup, fieldset, legend, td, th';

/** Text of a node, block boundaries as line breaks, cells apart. Appends to the node: give it a throwaway copy. */
export function blockText(container: ParentNode): string {
  // A line break after a block; a tab (a space below) after a cell.
  for (const el of container.querySelectorAll(BLOCKS)) el.append(el.localName === 'td' || el.localName === 'th' ? '\t' : '\n');
  // Runs of two or more, or a tab or no-break space alone: single spaces need no replacing.
  return container.textContent?.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ').replace(/\s*\n\s*/g, '\n').trim() ?? '';
}
