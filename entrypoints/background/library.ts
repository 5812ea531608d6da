import { LibraryError } from '@/utils/library/errors';
import { fromExtracted } from '@/utils/library/schema';
import {
  deleteArticle, getAllArticles, restoreArticle, saveArticle, setProgress, setReadState,
} from '@/utils/library/store';
import {
  addToSearchIndex, buildSearchIndex, removeFromSearchIndex, search, type LibrarySearchIndex,
} from '@/utils/library/search';
import { importLibraryJson } from '@/utils/library/import-json';
import { importPocketCsv } from '@/utils/library/import-pocket';
import { setUserGlossaryEntry } from '@/utils/library/user-glossary';
import { isProblem, type ImportOutcome, type SaveResult } from '@/utils/messages';
import { sendToTab } from './tab-reader';

// The background is the library's only writer (one queue in utils/library/store.ts),
// and it keeps the full-text index in memory, built on first search.
let index: Promise<LibrarySearchIndex> | null = null;

function searchIndex(): Promise<LibrarySearchIndex> {
  index ??= getAllArticles().then((articles) => buildSearchIndex(articles));
  return index;
}

/** Forget the in-memory index (after imports, which may change many articles at once). */
function resetIndex() {
  index = null;
}

export async function saveTab(tabId: number): Promise<SaveResult> {
  const page = await sendToTab(tabId, { type: 'content.article' });
  if (isProblem(page)) return page;
  try {
    const { article, created } = await saveArticle(fromExtracted(page.url, page.article, page.entries, page.leadImageUrl));
    if (index) addToSearchIndex(await index, article);
    return { id: article.id, created };
  } catch (error) {
    if (error instanceof LibraryError && error.code === 'storage-full') return { problem: 'storage-full' };
    console.error('Gloss could not save the article', error);
    return { problem: 'failed' };
  }
}

export const libraryHandlers = {
  'library.save': ({ tabId }: { tabId: number }) => saveTab(tabId),
  'library.search': async ({ query }: { query: string }) => search(await searchIndex(), query),
  'library.delete': async ({ id }: { id: string }) => {
    const record = await deleteArticle(id);
    if (record && index) removeFromSearchIndex(await index, id);
    return record;
  },
  'library.restore': async ({ record }: { record: Parameters<typeof restoreArticle>[0] }) => {
    const article = await restoreArticle(record);
    if (index) addToSearchIndex(await index, article);
    return true;
  },
  'library.setReadState': async ({ id, state }: { id: string; state: 'read' | 'unread' }) =>
    Boolean(await setReadState(id, state)),
  'library.setProgress': async ({ id, progress }: { id: string; progress: number }) =>
    Boolean(await setProgress(id, progress)),
  'glossary.define': async ({ abbr, expansion }: { abbr: string; expansion: string | null }) => {
    await setUserGlossaryEntry(abbr, expansion);
    return true;
  },
  'library.import': async ({ kind, text }: { kind: 'gloss-json' | 'pocket-csv'; text: string }): Promise<ImportOutcome> => {
    const result = kind === 'gloss-json' ? await importLibraryJson(text) : await importPocketCsv(text);
    resetIndex();
    return result.ok ? { ok: true, report: result.report } : { ok: false, error: result.error };
  },
};
