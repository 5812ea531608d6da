import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addHighlight, changeArticleTags, removeHighlight, renameTagEverywhere, setArticleNotes, updateHighlight } from './annotations';
import { newHighlightId, type Highlight } from './highlight-schema';
import type { SaveArticleInput } from './schema';
import { deleteArticles, getArticle, listIndex, restoreArticles, saveArticle, updateArticles } from './store';

const input = (n: number): SaveArticleInput => ({
  url: `https://news.example/a-${n}`, title: `Article ${n}`, contentHtml: `<p>Ủy ban nhân dân ${n}</p>`, textContent: `Ủy ban nhân dân ${n}`,
});
const highlight = (n: number, extra: Partial<Highlight> = {}): Highlight => ({
  id: `h${n}`, color: 'yellow', note: '', quote: { exact: 'Ủy ban', prefix: '', suffix: ' nhân' },
  position: { start: 0, end: 6 }, created: n, updated: n, ...extra,
});

describe('highlights, notes and tags through the one writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds, edits and removes a highlight; the removed one is the undo token', async () => {
    const { article } = await saveArticle(input(1));
    await addHighlight(article.id, highlight(1));
    const edited = await updateHighlight(article.id, 'h1', { note: 'the people’s committee', color: 'pink' });
    expect(edited.highlights).toEqual([expect.objectContaining({ id: 'h1', note: 'the people’s committee', color: 'pink' })]);
    expect((await listIndex())[0].highlightCount).toBe(1);
    const { removed, article: after } = await removeHighlight(article.id, 'h1');
    expect(after.highlights).toEqual([]);
    await addHighlight(article.id, removed!);
    expect((await getArticle(article.id))!.highlights).toEqual([removed]);
  });

  it('loses nothing when several pages write the same article at once', async () => {
    const { article } = await saveArticle(input(1));
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => addHighlight(article.id, highlight(i))),
      setArticleNotes(article.id, 'note'),
      changeArticleTags([article.id], ['vn']),
      saveArticle(input(1)), // a re-save keeps highlights, notes and tags
    ]);
    const stored = (await getArticle(article.id))!;
    expect(stored.highlights).toHaveLength(20);
    expect(stored).toMatchObject({ notes: 'note', tags: ['vn'] });
  });

  it('refuses a malformed highlight and an edit of a missing one', async () => {
    const { article } = await saveArticle(input(1));
    await expect(addHighlight(article.id, { ...highlight(1), color: 'purple' as 'pink' })).rejects.toMatchObject({ code: 'invalid-data' });
    await expect(updateHighlight(article.id, 'nope', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(addHighlight('0000000000000000', highlight(1))).rejects.toMatchObject({ code: 'not-found' });
    expect(newHighlightId()).not.toBe(newHighlightId());
  });

  it('tags: bulk add/remove, rename (merging), folded comparison', async () => {
    const a = (await saveArticle(input(1))).article;
    const b = (await saveArticle(input(2))).article;
    expect(await changeArticleTags([a.id, b.id], ['Kinh tế', 'kinh te', 'x'])).toHaveLength(2);
    expect(await changeArticleTags([a.id, b.id], ['x'])).toHaveLength(0); // nothing changed, nothing written
    await changeArticleTags([b.id], ['economy'], ['X']);
    expect((await getArticle(b.id))!.tags).toEqual(['Kinh tế', 'economy']);
    await renameTagEverywhere('kinh te', 'economy');
    expect((await getArticle(a.id))!.tags).toEqual(['economy', 'x']);
    expect((await getArticle(b.id))!.tags).toEqual(['economy']);
    expect((await listIndex()).map((e) => e.tags)).toEqual(expect.arrayContaining([['economy', 'x'], ['economy']]));
  });

  it('bulk delete and restore in one write each', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await saveArticle(input(i))).article.id);
    await changeArticleTags(ids, ['keep']);
    const records = await deleteArticles(ids.slice(0, 2));
    expect(records).toHaveLength(2);
    expect(await listIndex()).toHaveLength(1);
    await restoreArticles(records);
    expect((await listIndex()).map((e) => e.tags)).toEqual([['keep'], ['keep'], ['keep']]);
    const read = await updateArticles(ids, (x) => ({ readState: 'read', progress: 1 + 0 * x.progress }));
    expect(read.every((r) => r.readState === 'read')).toBe(true);
  });
});
