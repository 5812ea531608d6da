import type { GlossaryEntry } from '@/utils/glossary/index';
import { askBackground } from '@/utils/background-client';
import { isProblem } from '@/utils/messages';
import { extractionFor, userDefinitionsStamp, type Analysis } from '@/utils/page-reading';
import { keptStorageRead } from '@/utils/kept-storage-read';
import { USER_GLOSSARY_KEY } from '@/utils/library/user-glossary-key';

export type { Analysis } from '@/utils/page-reading';

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

/** The reader's own definitions as the glossary was built with them, kept while they stay the same (utils/kept-storage-read.ts). */
const keptDefinitionsStamp = keptStorageRead(userDefinitionsStamp, (keys, area) => area === 'local' && keys.includes(USER_GLOSSARY_KEY));

/**
 * Extract the page (from a clone; the live DOM is never touched) and build its glossary.
 * Extraction is cached per URL and mode (utils/page-reading.ts, shared with the popup's
 * first-look script) — the popup asks first and the reader then opens at once. The glossary is
 * rebuilt when the reader's own definitions have changed, so a new one applies at once; otherwise
 * the same Analysis object comes back, which tells the controller that the reader it prepared
 * from it is still the right one.
 */
export async function analysePage(force: boolean): Promise<Analysis> {
  const extraction = await extractionFor(force);
  const { article, tooLarge } = extraction;
  if (tooLarge) return { article, entries: [], tooLarge };
  const definitions = await keptDefinitionsStamp();
  if (extraction.glossed?.definitions === definitions) return extraction.glossed.analysis;
  // The glossary explains whatever the reader would read, even on a page that is not an article.
  const text = [article.title, article.textContent].join('\n');
  const entries = article.textContent ? await glossaryOf(text, article.lang ?? 'en') : [];
  const analysis = { article, entries };
  extraction.glossed = { definitions, analysis };
  return analysis;
}
