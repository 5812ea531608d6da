import { browser } from 'wxt/browser';
import { extractUnsanitised } from '@/utils/extract/pipeline';
import type { ExtractedArticle } from '@/utils/extract/types';
import type { GlossaryEntry } from '@/utils/glossary/index';
import type { ReadResult } from '@/utils/messages';
import { USER_GLOSSARY_KEY } from '@/utils/library/user-glossary-key';
import { MAX_ELEMENTS, countElements, documentFor, reduceLargeDocument } from '@/utils/large-page';
import { resolvePick } from '@/utils/pick-selector';
import { pickRuleFor, pickRuleIn } from '@/utils/pick-rules';

/**
 * The page's reading — judgement and extraction, cached per URL and mode — shared by the two
 * scripts that may read a tab: the popup's small first-look script (entrypoints/first-look.content)
 * and the reader's (entrypoints/reader-overlay.content), which joins it when the reader is wanted.
 * Both bundle this module; its state lives once, on their shared isolated world's global under a
 * registered symbol (a page element cannot clobber a symbol-keyed global), so the reader takes
 * over what the first look read and the glossary the popup handed it, without reading again.
 */

export interface Analysis {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
  /** The page was too large to read, and no story container small enough was found. */
  tooLarge?: boolean;
}

export interface Extraction {
  article: ExtractedArticle;
  tooLarge: boolean;
  /** The last analysis made from it, and the reader's own definitions it was made with. */
  glossed?: { definitions: string; analysis: Analysis };
}

interface ReadingState {
  extractions: Map<string, Extraction>;
  /** What the last `readPage` handed the popup, waiting for the glossary it builds from it. */
  lastRead: { extraction: Extraction; definitions: string; href: string } | null;
}

const STATE_KEY = Symbol.for('gloss.page-reading');

function state(): ReadingState {
  const global = globalThis as { [STATE_KEY]?: ReadingState };
  return (global[STATE_KEY] ??= { extractions: new Map(), lastRead: null });
}

const TOO_LARGE: ExtractedArticle = {
  readerable: false, error: 'not-article', title: '', byline: null, siteName: null, lang: null, publishedTime: null,
  excerpt: null, content: '', textContent: '', wordCount: 0, readingMinutes: 0,
};

/**
 * Extract from the block the reader picked on this site, or from the page itself, or for a
 * huge page from just its story container. Unsanitised (and so without DOMPurify in the first-look
 * script): everything that shows the article goes through the sanitising sink
 * (components/reader-shell.ts → setSanitizedHtml), and saving sanitises what it stores
 * (reader-overlay.content/controller.ts) — one DOMPurify pass where it matters, not two.
 */
function extract(force: boolean, picked: Element | null): { article: ExtractedArticle; tooLarge: boolean } {
  if (picked) {
    // The reader chose this block as the article: it is one, however short.
    const { error: _notArticle, ...article } = extractUnsanitised(documentFor(document, picked), { window, force: true });
    return { article: { ...article, readerable: true }, tooLarge: false };
  }
  const source = countElements(document) > MAX_ELEMENTS ? reduceLargeDocument(document) : document;
  if (!source) return { article: { ...TOO_LARGE, title: document.title }, tooLarge: true };
  return { article: extractUnsanitised(source, { window, force }), tooLarge: false };
}

/** Forget cached extractions (after the reader picks the article themselves). */
export function forgetReading(): void {
  state().extractions.clear();
  state().lastRead = null;
}

/**
 * The reader's own definitions as stored, as a string to compare. Read raw (one storage call, no
 * round trip through the background): the storage library stays out of the content scripts.
 */
export async function userDefinitionsStamp(): Promise<string> {
  return definitionsStampIn(await browser.storage.local.get(USER_GLOSSARY_KEY).catch(() => ({})));
}

function definitionsStampIn(stored: Record<string, unknown>): string {
  return JSON.stringify(stored[USER_GLOSSARY_KEY] ?? null);
}

/**
 * What a reading needs from storage.local — the reader's own definitions and the site's pick
 * rule — read by the caller ahead of time (the first-look script asks as it loads: its
 * round trip then runs while the rest of the script is evaluated, not before the extraction).
 */
export type StoredForReading = Promise<Record<string, unknown>>;

/** The page's extraction in this mode, cached per URL and mode; the pick rule from `stored` when given. */
export async function extractionFor(force: boolean, stored?: StoredForReading): Promise<Extraction> {
  const { extractions } = state();
  const key = `${force}:${location.href}`;
  // On an article, "open anyway" reads exactly what the judged extraction read: reuse it.
  const judged = force ? extractions.get(`false:${location.href}`) : undefined;
  let extraction = extractions.get(key) ?? (judged?.article.readerable ? judged : undefined);
  if (!extraction) {
    const host = location.hostname;
    const rule = stored ? pickRuleIn(await stored.catch(() => ({})), host) : await pickRuleFor(host);
    const picked = resolvePick(document, rule);
    extraction = extract(force, picked);
    extractions.set(key, extraction);
  }
  return extraction;
}

/**
 * The popup's first look (`content.read`): the article the reader would show (the judged reading,
 * or the forced one on a page that is not an article) and the text to explain, without the
 * glossary — the popup has the background build that, and hands it back (primeGlossary).
 * `entries` instead of the text when the popup opened on this reading before. `stored`: storage.local
 * read ahead by the caller (StoredForReading), else read here.
 */
export async function readPage(readerOpen: boolean, stored?: StoredForReading): Promise<ReadResult> {
  // Asked before extracting: the storage read's round trip runs while the page is read.
  const stamp = stored ? stored.then(definitionsStampIn, () => definitionsStampIn({})) : userDefinitionsStamp();
  const judged = await extractionFor(false, stored);
  const extraction = judged.article.readerable ? judged : await extractionFor(true, stored);
  const definitions = await stamp;
  state().lastRead = { extraction, definitions, href: location.href };
  const { article, tooLarge } = extraction;
  const reading = { readerable: judged.article.readerable, title: article.title, lang: article.lang, definitions, readerOpen };
  // The popup opened again on the same page: the glossary it built last time still holds.
  const glossed = extraction.glossed?.definitions === definitions ? extraction.glossed.analysis.entries : undefined;
  if (glossed) return { ...reading, text: '', entries: glossed };
  const text = tooLarge || !article.textContent ? '' : [article.title, article.textContent].join('\n');
  return { ...reading, text };
}

/**
 * Keep the glossary the popup built from the last `readPage`, so the reader opens with it and
 * does not ask the background again. Refused when the reading or the reader's own definitions
 * have changed since.
 */
export async function primeGlossary(definitions: string, entries: GlossaryEntry[]): Promise<boolean> {
  const read = state().lastRead;
  if (!Array.isArray(entries) || !read || read.definitions !== definitions || read.href !== location.href) return false;
  if (definitions !== await userDefinitionsStamp()) return false;
  read.extraction.glossed = { definitions, analysis: { article: read.extraction.article, entries } };
  return true;
}

/** Whether the popup handed a glossary over for the page as it is now: the reader can then be prepared. */
export function hasPrimedGlossary(): boolean {
  const read = state().lastRead;
  return read?.href === location.href && read.extraction.glossed?.definitions === read.definitions;
}
