import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LibraryError } from './errors';
import { articleIdFor, SCHEMA_VERSION, type SaveArticleInput } from './schema';
import {
  deleteArticle, getAllArticles, getArticle, listIndex, listRecent, mergeArticles, rebuildIndex, restoreArticle,
  RECENT_COUNT, saveArticle, setProgress, setReadState,
} from './store';
import { getUserGlossary, mergeUserGlossary, setUserGlossaryEntry } from './user-glossary';

const input = (n: number, extra: Partial<SaveArticleInput> = {}): SaveArticleInput => ({
  url: `https://news.example/article-${n}?utm_source=x`, title: `Article ${n}`, siteName: 'News',
  contentHtml: `<p>Body ${n}</p>`, textContent: `Body ${n}`, wordCount: 2, readingMinutes: 1, ...extra,
});

describe('library store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('saves, reads and lists', async () => {
    const { article, created } = await saveArticle(input(1));
    expect(created).toBe(true);
    expect(article.url).toBe('https://news.example/article-1');
    expect(article.id).toBe(articleIdFor(article.url));
    expect(await getArticle(article.id)).toEqual(article);
    expect(await listIndex()).toEqual([expect.objectContaining({ id: article.id, title: 'Article 1', readState: 'unread' })]);
    const raw = await fakeBrowser.storage.local.get(`article:${article.id}`);
    expect((raw[`article:${article.id}`] as { schemaVersion: number }).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps a small "recent" list of the newest entries for the first screen', async () => {
    const now = vi.spyOn(Date, 'now');
    for (let i = 0; i < RECENT_COUNT + 5; i++) {
      now.mockReturnValue(1_000 + i);
      await saveArticle(input(i));
    }
    const { entries: recent, damaged } = await listRecent();
    expect(damaged).toEqual([]);
    expect(recent).toHaveLength(RECENT_COUNT);
    expect(recent).toEqual((await listIndex()).slice(0, RECENT_COUNT));
    expect(recent[0].title).toBe(`Article ${RECENT_COUNT + 4}`);
    const deleted = await deleteArticle(recent[0].id);
    expect(deleted?.id).toBe(recent[0].id);
    expect((await listRecent()).entries[0].title).toBe(`Article ${RECENT_COUNT + 3}`);
  });

  it.each([2, 5, 20])('%i concurrent saves all survive', async (n) => {
    const results = await Promise.all(Array.from({ length: n }, (_, i) => saveArticle(input(i))));
    expect(results.every((r) => r.created)).toBe(true);
    const index = await listIndex();
    expect(index).toHaveLength(n);
    expect((await getAllArticles()).map((a) => a.title).sort()).toEqual(results.map((r) => r.article.title).sort());
  });

  it('re-save of the same canonical URL updates, keeping savedAt and reading state', async () => {
    const first = await saveArticle(input(1));
    await setProgress(first.article.id, 0.5);
    await new Promise((r) => setTimeout(r, 5));
    const again = await saveArticle(input(1, { url: 'https://news.example/article-1#top', title: 'New title' }));
    expect(again.created).toBe(false);
    expect(again.article).toMatchObject({ title: 'New title', savedAt: first.article.savedAt, progress: 0.5 });
    expect(again.article.updatedAt).toBeGreaterThan(first.article.updatedAt);
    expect(await listIndex()).toHaveLength(1);
    const told = await saveArticle(input(1, { readState: 'unread', progress: 0 }));
    expect(told.article.progress).toBe(0);
  });

  it('progress ≥ 0.98 marks read; read state can be set', async () => {
    const { article } = await saveArticle(input(1));
    expect((await setProgress(article.id, 0.97)).readState).toBe('unread');
    expect(await setProgress(article.id, 0.985)).toMatchObject({ readState: 'read', progress: 0.985 });
    expect((await setReadState(article.id, 'unread')).readState).toBe('unread');
    expect((await listIndex())[0].readState).toBe('unread');
    await expect(setReadState('nope', 'read')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('delete returns an undo record; restore puts it back exactly', async () => {
    const { article } = await saveArticle(input(1));
    await saveArticle(input(2));
    const deleted = await deleteArticle(article.id);
    expect(deleted).toEqual(article);
    expect(await getArticle(article.id)).toBeNull();
    expect(await listIndex()).toHaveLength(1);
    expect(await deleteArticle(article.id)).toBeNull();
    expect(await restoreArticle(deleted!)).toEqual(article);
    expect(await getArticle(article.id)).toEqual(article);
    expect(await listIndex()).toHaveLength(2);
  });

  it.each([0, 1])('quota failure on write #%i loses nothing and throws storage-full', async (failingCall) => {
    const kept = await saveArticle(input(1));
    const before = await fakeBrowser.storage.local.get();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (calls++ === failingCall) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const err = await saveArticle(input(2)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('storage-full');
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
    // a re-save of an existing article that fails restores the old version too
    calls = 0;
    await expect(saveArticle(input(1, { title: 'changed' }))).rejects.toMatchObject({ code: 'storage-full' });
    expect(await getArticle(kept.article.id)).toEqual(kept.article);
    // and the queue keeps working afterwards
    vi.restoreAllMocks();
    expect((await saveArticle(input(3))).created).toBe(true);
    expect(await listIndex()).toHaveLength(2);
  });

  it('rejects non-http URLs with a typed error', async () => {
    await expect(saveArticle(input(1, { url: 'file:///etc/passwd' }))).rejects.toMatchObject({ code: 'invalid-url' });
  });

  it('rebuilds a corrupt index from the article items', async () => {
    await saveArticle(input(1));
    await saveArticle(input(2));
    await fakeBrowser.storage.local.set({ 'library-index': 'garbage' });
    expect(await listIndex()).toHaveLength(2);
    expect(await rebuildIndex()).toHaveLength(2);
  });

  it('reads v1 records written by the first release', async () => {
    const url = 'https://e.com/old';
    const id = articleIdFor(url);
    await fakeBrowser.storage.local.set({
      [`article:${id}`]: { id, url, title: 'Old', byline: null, siteName: null, lang: 'en', publishedTime: null,
        excerpt: null, html: '<p>old</p>', textContent: 'old', glossary: [], wordCount: 1, readingMinutes: 1,
        savedAt: 1, updatedAt: 2, readState: 'unread' },
    });
    expect(await getArticle(id)).toMatchObject({ contentHtml: '<p>old</p>', status: 'complete', progress: 0 });
    expect(await rebuildIndex()).toHaveLength(1);
  });

  it('mergeArticles adds, updates newer, skips older', async () => {
    const { article } = await saveArticle(input(1));
    const other = { ...article, url: 'https://e.com/new', id: articleIdFor('https://e.com/new') };
    const report = await mergeArticles([
      { ...article, title: 'old', updatedAt: article.updatedAt - 1 },
      other,
    ]);
    expect(report).toEqual({ added: 1, updated: 0, skipped: 1 });
    const stub = { ...article, contentHtml: '', textContent: '', status: 'not-downloaded' as const, readState: 'read' as const, updatedAt: article.updatedAt + 10 };
    expect(await mergeArticles([stub])).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(await getArticle(article.id)).toMatchObject({ readState: 'read', status: 'complete', contentHtml: '<p>Body 1</p>' });
  });

  it('user glossary: set, remove, merge keeps the user entries', async () => {
    await setUserGlossaryEntry('UBND', 'Ủy ban nhân dân');
    await setUserGlossaryEntry('X', 'x');
    await setUserGlossaryEntry('X', null);
    expect(await mergeUserGlossary({ UBND: 'other', HĐND: 'Hội đồng nhân dân' })).toBe(1);
    expect(await getUserGlossary()).toEqual({ UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân' });
  });
});
