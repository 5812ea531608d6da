import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/utils/background-client';
import { listDamaged, readSavedArticle, type ArticleRead } from '@/utils/library/read';
import type { SavedArticle } from '@/utils/library/schema';

export type SavedArticleState =
  | { status: 'loading' }
  | { status: 'ok'; article: SavedArticle }
  | { status: 'missing' }
  | { status: 'damaged'; url: string | null };

/**
 * The saved article named by `?id=` (reads storage directly; writes go through the background).
 * A damaged record is reported to the background, which keeps its data aside and tells the popup.
 */
export function useSavedArticle(id: string | null): SavedArticleState {
  const [state, setState] = useState<SavedArticleState>({ status: 'loading' });
  useEffect(() => {
    if (!id) return setState({ status: 'missing' });
    void readSavedArticle(id).then(async (read: ArticleRead) => {
      if (read.status !== 'damaged') return setState(read.status === 'ok' ? read : { status: 'missing' });
      if (read.raw !== undefined) await askBackground({ type: 'library.check', ids: [id] });
      // Its address, if the index knew it: the reader can save the page again.
      setState({ status: 'damaged', url: (await listDamaged()).find((d) => d.id === id)?.url ?? null });
    }, () => setState({ status: 'missing' }));
  }, [id]);
  return state;
}

