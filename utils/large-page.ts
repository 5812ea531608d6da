/**
 * Huge pages (tens of MB, hundreds of thousands of elements) would freeze the tab if the
 * whole document were cloned and scored. Above a size limit, Gloss reads only the most
 * likely story container — copied into a small document with the page's metadata — or
 * declines plainly. Everything here is a handful of selector queries: bounded work.
 */
export const MAX_ELEMENTS = 25_000;

const CONTAINERS = 'article, [itemprop="articleBody"], main, [role="main"], #content, .content, .article, .post';

export function countElements(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

/** Text carried by paragraphs directly under `root` (cheap proxy for "this is the story"). */
function paragraphText(root: Element): number {
  let total = 0;
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 2000; i++) total += paragraphs[i].textContent?.length ?? 0;
  return total;
}

/**
 * A small document holding the page's head (title, meta, JSON-LD) and its best story
 * container, or null when no container is both small enough and story-like.
 */
export function reduceLargeDocument(doc: Document): Document | null {
  let best: Element | null = null;
  let bestText = 0;
  for (const candidate of Array.from(doc.querySelectorAll(CONTAINERS)).slice(0, 200)) {
    if (candidate.getElementsByTagName('*').length > MAX_ELEMENTS) continue;
    const text = paragraphText(candidate);
    if (text > bestText) {
      best = candidate;
      bestText = text;
    }
  }
  if (!best || bestText < 500) return null;
  return documentFor(doc, best);
}

/** A small document holding the page's head metadata and one container of it (a copy: the page is untouched). */
export function documentFor(doc: Document, container: Element): Document {
  const small = doc.implementation.createHTMLDocument(doc.title);
  small.documentElement.lang = doc.documentElement.lang;
  // Relative links and images must still resolve against the page's own address.
  const base = small.createElement('base');
  base.href = doc.baseURI;
  small.head.append(base);
  for (const node of Array.from(doc.head?.querySelectorAll('meta, link[rel="canonical"], script[type="application/ld+json"]') ?? [])) {
    small.head.append(small.importNode(node, true));
  }
  small.body.append(small.importNode(container, true));
  return small;
}
