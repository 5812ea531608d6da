import { LibraryError } from '@/utils/library/errors';
import { fromExtracted } from '@/utils/library/schema';
import { deleteArticle, restoreArticle, saveArticle, setProgress, setReadState } from '@/utils/library/store';
import { checkLibrary, dismissDamaged, reportDamaged, type CheckReport } from '@/utils/library/damaged';
import { SearchCache } from '@/utils/library/search-cache';
import { importLibraryJson } from '@/utils/library/import-json';
import { importPocketCsv } from '@/utils/library/import-pocket';
import { setUserGlossaryEntry } from '@/utils/library/user-glossary';
import { isProblem, type ImportOutcome, type SaveResult } from '@/utils/messages';
import { sendToTab } from '@/utils/tab-messaging';

// The background is the library's only writer (one queue in utils/library/store.ts), and it keeps
// the full-text index: loaded from storage on the first search, updated on every write, persisted
// shortly after (utils/library/search-cache.ts).
export const searchCache = new SearchCache({ onDamaged: (ids) => void reportDamaged(ids).then(followCheck) });

/** Damaged records leave the search index. */
async function followCheck(report: CheckReport): Promise<void> {
  for (const id of report.damaged) await searchCache.remove(id);
}

export async function saveTab(tabId: number): Promise<SaveResult> {
  const page = await sendToTab(tabId, { type: 'content.article' });
  if (isProblem(page)) return page;
  try {
    const { article, created } = await saveArticle(fromExtracted(page.url, page.article, page.entries, page.leadImageUrl));
    await searchCache.upsert(article);
    return { id: article.id, created };
  } catch (error) {
    if (error instanceof LibraryError && error.code === 'storage-full') return { problem: 'storage-full' };
    console.error('Gloss could not save the article', error);
    return { problem: 'failed' };
  }
}

export const libraryHandlers = {
  'library.save': ({ tabId }: { tabId: number }) => saveTab(tabId),
  // An empty query answers [] at once but still loads the index: the popup sends one when its
  // search box gets focus, so the first real query finds the index ready.
  'library.search': async ({ query, limit }: { query: string; limit?: number }) => searchCache.query(query, limit),
  'library.delete': async ({ id }: { id: string }) => {
    const record = await deleteArticle(id);
    if (record) await searchCache.remove(id);
    return record;
  },
  'library.restore': async ({ record }: { record: Parameters<typeof restoreArticle>[0] }) => {
    await searchCache.upsert(await restoreArticle(record));
    return true;
  },
  'library.setReadState': async ({ id, state }: { id: string; state: 'read' | 'unread' }) => {
    await searchCache.touch(await setReadState(id, state));
    return true;
  },
  'library.setProgress': async ({ id, progress }: { id: string; progress: number }) => {
    await searchCache.touch(await setProgress(id, progress));
    return true;
  },
  'library.check': async ({ ids }: { ids: string[] }) => {
    const report = await checkLibrary(ids);
    await followCheck(report);
    return { damaged: report.damaged.length };
  },
  'library.dismissDamaged': async () => {
    await dismissDamaged();
    return true;
  },
  'glossary.define': async ({ abbr, expansion }: { abbr: string; expansion: string | null }) => {
    await setUserGlossaryEntry(abbr, expansion);
    return true;
  },
  'library.import': async ({ kind, text }: { kind: 'gloss-json' | 'pocket-csv'; text: string }): Promise<ImportOutcome> => {
    const result = kind === 'gloss-json' ? await importLibraryJson(text) : await importPocketCsv(text);
    searchCache.refresh();
    return result.ok ? { ok: true, report: result.report } : { ok: false, error: result.error };
  },
};
