import { extractArticle, type ExtractedArticle } from '@/utils/extract/index';
import { buildGlossary, type GlossaryEntry } from '@/utils/glossary/index';

export interface Analysis {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
}

const cache = new Map<string, Analysis>();

/**
 * Extract the page (from a clone; the live DOM is never touched) and build its glossary.
 * Cached per URL and mode: the popup asks first, and the reader then opens instantly.
 */
export function analysePage(force: boolean): Analysis {
  const key = `${force}:${location.href}`;
  let analysis = cache.get(key);
  if (!analysis) {
    // The glossary explains whatever the reader would read, so it is built from the
    // forced extraction even when the page does not look like an article.
    const article = extractArticle(document, { window, force });
    const text = [article.title, article.textContent].join('\n');
    const entries = article.textContent ? buildGlossary(text, { lang: article.lang ?? 'en' }) : [];
    analysis = { article, entries };
    cache.set(key, analysis);
  }
  return analysis;
}
