/*
 * No DOMPurify here: the content scripts' reading imports this without the sanitiser (pipeline.ts).
 */

/**
 * The article for a caller that sanitises at its own sink (ExtractOptions.sanitize false): what
 * DOMPurify would drop with its content is dropped here too, so the text is the text the reader
 * will see; the HTML itself is NOT safe until that sink has sanitised it.
 */
export function unsanitisedInto(root: Element): { container: Element; html: string } {
  // Only what changes the text: comments show none, and unwrapping keeps the text where it was.
  for (const el of root.querySelectorAll(DROPPED_SELECTOR)) el.remove();
  return { container: root, html: root.innerHTML };
}

/** Elements DOMPurify removes with all their content (FORBID_CONTENTS), or that have none. */
export const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'MATH', 'TITLE', 'NOEMBED', 'NOFRAMES',
  'XMP', 'PLAINTEXT', 'INPUT', 'LINK', 'META', 'BASE', 'EMBED', 'FRAME', 'FRAMESET']);

const DROPPED_SELECTOR = [...DROPPED].map((tag) => tag.toLowerCase()).join(', ');
