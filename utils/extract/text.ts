const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, br, tr, pre, dt, dd, section, article, figure, table';

/** Text of a node, block boundaries as line breaks. Appends to the node: give it a throwaway copy. */
export function blockText(container: ParentNode): string {
  for (const el of container.querySelectorAll(BLOCKS)) el.append('\n');
  // Runs of two or more, or a tab or no-break space alone: single spaces need no replacing.
  return container.textContent?.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ').replace(/\s*\n\s*/g, '\n').trim() ?? '';
}
