import { extractArticle, type ExtractedArticle } from '@/utils/extract/index';
import { buildGlossary, type GlossaryEntry } from '@/utils/glossary/index';
import { getUserGlossary } from '@/utils/library/user-glossary';
import { MAX_ELEMENTS, countElements, documentFor, reduceLargeDocument } from '@/utils/large-page';
import { resolvePick } from '@/utils/pick-selector';
import { pickRuleFor } from '@/utils/pick-rules';

export interface Analysis {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
  /** The page was too large to read, and no story container small enough was found. */
  tooLarge?: boolean;
}

const TOO_LARGE: ExtractedArticle = {
  readerable: false, error: 'not-article', title: '', byline: null, siteName: null, lang: null, publishedTime: null,
  excerpt: null, content: '', textContent: '', wordCount: 0, readingMinutes: 0,
};

/**
 * Extract from the block the reader picked on this site, or from the page itself, or for a
 * huge page from just its story container.
 */
function extract(force: boolean, picked: Element | null): { article: ExtractedArticle; tooLarge: boolean } {
  if (picked) {
    // The reader chose this block as the article: it is one, however short.
    const { error: _notArticle, ...article } = extractArticle(documentFor(document, picked), { window, force: true });
    return { article: { ...article, readerable: true }, tooLarge: false };
  }
  const source = countElements(document) > MAX_ELEMENTS ? reduceLargeDocument(document) : document;
  if (!source) return { article: { ...TOO_LARGE, title: document.title }, tooLarge: true };
  return { article: extractArticle(source, { window, force }), tooLarge: false };
}

interface Extraction {
  article: ExtractedArticle;
  tooLarge: boolean;
  /** The last analysis made from it, and the reader's own definitions it was made with. */
  glossed?: { definitions: string; analysis: Analysis };
}

const extractions = new Map<string, Extraction>();

/** Forget cached extractions (after the reader picks the article themselves). */
export function forgetAnalysis(): void {
  extractions.clear();
}

/**
 * Extract the page (from a clone; the live DOM is never touched) and build its glossary.
 * Extraction is cached per URL and mode — the popup asks first and the reader then opens
 * at once. The glossary is rebuilt when the reader's own definitions have changed, so a new
 * one applies at once; otherwise the same Analysis object comes back, which tells the
 * controller that the reader it prepared from it is still the right one.
 */
export async function analysePage(force: boolean): Promise<Analysis> {
  const key = `${force}:${location.href}`;
  let extraction = extractions.get(key);
  if (!extraction) {
    const picked = resolvePick(document, await pickRuleFor(location.hostname));
    extraction = extract(force, picked);
    extractions.set(key, extraction);
  }
  const { article, tooLarge } = extraction;
  if (tooLarge) return { article, entries: [], tooLarge };
  const userDefinitions = await getUserGlossary().catch(() => ({}));
  const definitions = JSON.stringify(userDefinitions);
  if (extraction.glossed?.definitions === definitions) return extraction.glossed.analysis;
  // The glossary explains whatever the reader would read, even on a page that is not an article.
  const text = [article.title, article.textContent].join('\n');
  const entries = article.textContent ? buildGlossary(text, { lang: article.lang ?? 'en', userDefinitions }) : [];
  const analysis = { article, entries };
  extraction.glossed = { definitions, analysis };
  return analysis;
}
