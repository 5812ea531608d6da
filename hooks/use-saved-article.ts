import { useEffect, useState } from 'preact/hooks';
import { getArticle } from '@/utils/library/store';
import type { SavedArticle } from '@/utils/library/schema';

/** The saved article named by `?id=` (reads storage directly; writes go through the background). */
export function useSavedArticle(id: string | null): SavedArticle | null | undefined {
  const [article, setArticle] = useState<SavedArticle | null | undefined>(undefined);
  useEffect(() => {
    if (!id) return setArticle(null);
    void getArticle(id).then(setArticle, () => setArticle(null));
  }, [id]);
  return article;
}
