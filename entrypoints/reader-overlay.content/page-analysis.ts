import { browser } from 'wxt/browser';
import { extractArticle, type ExtractedArticle } from '@/utils/extract/index';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { askBackground } from '@/utils/background-client';
import { isProblem } from '@/utils/messages';
import { USER_GLOSSARY_KEY } from '@/utils/library/user-glossary-key';
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
 * huge page from just its story container. Unsanitised: everything that shows the article goes
 * through the sanitising sink (components/reader-shell.ts → setSanitizedHtml), and saving
 * sanitises what it stores (controller.ts) — one DOMPurify pass where it matters, not two.
 */
function extract(force: boolean, picked: Element | null): { article: ExtractedArticle; tooLarge: boolean } {
  if (picked) {
    // The reader chose this block as the article: it is one, however short.
    const { error: _notArticle, ...article } = extractArticle(documentFor(document, picked), { window, force: true, sanitize: false });
    return { article: { ...article, readerable: true }, tooLarge: false };
  }
  const source = countElements(document) > MAX_ELEMENTS ? reduceLargeDocument(document) : document;
  if (!source) return { article: { ...TOO_LARGE, title: document.title }, tooLarge: true };
  return { article: extractArticle(source, { window, force, sanitize: false }), tooLarge: false };
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
  lastRead = null;
}

/**
 * When the popup has not handed a glossary over (`content.glossed`), the background builds it
 * (utils/article-glossary.ts): the engine and its dictionaries weigh more than the rest of this
 * script, and the page never needs them itself.
 */
async function glossaryOf(text: string, lang: string): Promise<GlossaryEntry[]> {
  const entries = await askBackground({ type: 'glossary.build', text, lang });
  if (!Array.isArray(entries)) throw new Error(`Gloss could not build the glossary (${isProblem(entries) ? entries.problem : 'no answer'})`);
  return entries;
}

/**
 * The reader's own definitions as stored, as a string to compare. Read raw (one storage call, no
 * round trip through the background): the storage library stays out of this script.
 */
async function userDefinitionsStamp(): Promise<string> {
  const stored: Record<string, unknown> = await browser.storage.local.get(USER_GLOSSARY_KEY).catch(() => ({}));
  return JSON.stringify(stored[USER_GLOSSARY_KEY] ?? null);
}

/** The page's extraction in this mode, cached per URL and mode. */
async function extractionFor(force: boolean): Promise<Extraction> {
  const key = `${force}:${location.href}`;
  // On an article, "open anyway" reads exactly what the judged extraction read: reuse it.
  const judged = force ? extractions.get(`false:${location.href}`) : undefined;
  let extraction = extractions.get(key) ?? (judged?.article.readerable ? judged : undefined);
  if (!extraction) {
    const picked = resolvePick(document, await pickRuleFor(location.hostname));
    extraction = extract(force, picked);
    extractions.set(key, extraction);
  }
  return extraction;
}

/** What the last `readPage` handed the popup, waiting for the glossary it builds from it. */
let lastRead: { extraction: Extraction; definitions: string; href: string } | null = null;

/**
 * The popup's first look: the article the reader would show (the judged reading, or the forced
 * one on a page that is not an article) and the text to explain, without the glossary — the popup
 * builds that itself rather than wait for the background (see primeGlossary).
 */
export async function readPage(): Promise<{
  article: ExtractedArticle; judgedReaderable: boolean; text: string; definitions: string; entries?: GlossaryEntry[];
}> {
  const judged = await extractionFor(false);
  const extraction = judged.article.readerable ? judged : await extractionFor(true);
  const definitions = await userDefinitionsStamp();
  lastRead = { extraction, definitions, href: location.href };
  const { article, tooLarge } = extraction;
  // The popup opened again on the same page: the glossary it built last time still holds.
  const glossed = extraction.glossed?.definitions === definitions ? extraction.glossed.analysis.entries : undefined;
  if (glossed) return { article, judgedReaderable: judged.article.readerable, text: '', definitions, entries: glossed };
  const text = tooLarge || !article.textContent ? '' : [article.title, article.textContent].join('\n');
  return { article, judgedReaderable: judged.article.readerable, text, definitions };
}

/**
 * Keep the glossary the popup built from the last `readPage`, so the reader opens with it and
 * does not ask the background again. Refused when the reading or the reader's own definitions
 * have changed since.
 */
export async function primeGlossary(definitions: string, entries: GlossaryEntry[]): Promise<boolean> {
  const read = lastRead;
  if (!read || read.definitions !== definitions || read.href !== location.href) return false;
  if (definitions !== await userDefinitionsStamp()) return false;
  read.extraction.glossed = { definitions, analysis: { article: read.extraction.article, entries } };
  return true;
}

/**
 * Extract the page (from a clone; the live DOM is never touched) and build its glossary.
 * Extraction is cached per URL and mode — the popup asks first and the reader then opens
 * at once. The glossary is rebuilt when the reader's own definitions have changed, so a new
 * one applies at once; otherwise the same Analysis object comes back, which tells the
 * controller that the reader it prepared from it is still the right one.
 */
export async function analysePage(force: boolean): Promise<Analysis> {
  const extraction = await extractionFor(force);
  const { article, tooLarge } = extraction;
  if (tooLarge) return { article, entries: [], tooLarge };
  const definitions = await userDefinitionsStamp();
  if (extraction.glossed?.definitions === definitions) return extraction.glossed.analysis;
  // The glossary explains whatever the reader would read, even on a page that is not an article.
  const text = [article.title, article.textContent].join('\n');
  const entries = article.textContent ? await glossaryOf(text, article.lang ?? 'en') : [];
  const analysis = { article, entries };
  extraction.glossed = { definitions, analysis };
  return analysis;
}
