import { extractArticle, type ExtractedArticle } from '@/utils/extract/index';
import { buildGlossary, type GlossaryEntry } from '@/utils/glossary/index';
import { getUserGlossary } from '@/utils/library/user-glossary';

export interface Analysis {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
}

const extractions = new Map<string, ExtractedArticle>();

/**
 * Extract the page (from a clone; the live DOM is never touched) and build its glossary.
 * Extraction is cached per URL and mode — the popup asks first and the reader then opens
 * at once; the glossary is rebuilt each time (it is fast) so the reader's own new
 * definitions apply immediately.
 */
export async function analysePage(force: boolean): Promise<Analysis> {
  const key = `${force}:${location.href}`;
  let article = extractions.get(key);
  if (!article) {
    article = extractArticle(document, { window, force });
    extractions.set(key, article);
  }
  const userDefinitions = await getUserGlossary().catch(() => ({}));
  // The glossary explains whatever the reader would read, even on a page that is not an article.
  const text = [article.title, article.textContent].join('\n');
  const entries = article.textContent ? buildGlossary(text, { lang: article.lang ?? 'en', userDefinitions }) : [];
  return { article, entries };
}
