import { LibraryError } from '@/utils/library/errors';
import { addHighlight, changeArticleTags, removeHighlight, renameTagEverywhere, setArticleNotes, updateHighlight } from '@/utils/library/annotations';
import type { SavedArticle } from '@/utils/library/schema';
import { deleteArticles, restoreArticles, updateArticles } from '@/utils/library/store';
import type { Annotations, BackgroundRequests, LibraryEditError, MessageOf, ResponseOf } from '@/utils/messages';
import { searchCache } from './library';

type Handler<K extends keyof BackgroundRequests> = (m: MessageOf<BackgroundRequests, K>) => Promise<ResponseOf<BackgroundRequests, K>>;

const annotationsOf = ({ id, updatedAt, tags, notes, highlights }: SavedArticle): Annotations => ({ id, updatedAt, tags, notes, highlights });

function failure(error: unknown): { ok: false; error: LibraryEditError } {
  if (error instanceof LibraryError) return { ok: false, error: error.code };
  console.error('Gloss could not change the library', error);
  return { ok: false, error: 'failed' };
}

/** Runs an edit of one article; its new text (notes, highlights, tags are searchable) goes to the search index. */
async function edit(run: () => Promise<SavedArticle>) {
  try {
    const article = await run();
    await searchCache.upsert(article);
    return { ok: true as const, annotations: annotationsOf(article) };
  } catch (error) {
    return failure(error);
  }
}

async function bulk(run: () => Promise<SavedArticle[]>, reindex = true) {
  try {
    const articles = await run();
    for (const a of articles) await (reindex ? searchCache.upsert(a) : searchCache.touch(a));
    return { ok: true as const, changed: articles.length };
  } catch (error) {
    return failure(error);
  }
}

const highlightRemove: Handler<'library.highlight.remove'> = async ({ id, highlightId }) => {
  try {
    const { article, removed } = await removeHighlight(id, highlightId);
    await searchCache.upsert(article);
    return { ok: true, annotations: annotationsOf(article), removed };
  } catch (error) {
    return failure(error);
  }
};

export const annotationHandlers: { [K in
  | 'library.highlight.add' | 'library.highlight.update' | 'library.highlight.remove' | 'library.notes.set'
  | 'library.tags.change' | 'library.tags.rename' | 'library.setReadStateMany' | 'library.deleteMany' | 'library.restoreMany']: Handler<K> } = {
  'library.highlight.add': ({ id, highlight }) => edit(() => addHighlight(id, highlight)),
  'library.highlight.update': ({ id, highlightId, patch }) => edit(() => updateHighlight(id, highlightId, patch)),
  'library.highlight.remove': highlightRemove,
  'library.notes.set': ({ id, notes }) => edit(() => setArticleNotes(id, notes)),
  'library.tags.change': ({ ids, add, remove }) => bulk(() => changeArticleTags(ids, add, remove)),
  'library.tags.rename': ({ from, to }) => bulk(() => renameTagEverywhere(from, to)),
  'library.setReadStateMany': ({ ids, state }) =>
    bulk(() => updateArticles(ids, (a) => (a.readState === state ? null : { readState: state, progress: state === 'read' ? 1 : a.progress })), false),
  'library.deleteMany': async ({ ids }) => {
    const records = await deleteArticles(ids);
    for (const r of records) await searchCache.remove(r.id);
    return records;
  },
  'library.restoreMany': ({ records }) => bulk(() => restoreArticles(records)),
};
