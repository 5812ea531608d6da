import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateStoredLibrary } from './migrate-stored';
import { SCHEMA_VERSION, articleIdFor, type SavedArticleV1 } from './schema';
import { getAllArticles, listIndex } from './store';

/** What the first release stored for one article: no schemaVersion, `html`, no progress/status. */
function v1Record(n: number, extra: Partial<SavedArticleV1> = {}): SavedArticleV1 {
  const url = `https://news.example/story-${n}`;
  return {
    id: articleIdFor(url), url, title: `Story ${n}`, byline: null, siteName: 'News', lang: 'en',
    publishedTime: null, excerpt: null, html: `<p>Body ${n}</p>`, textContent: `Body ${n}`, glossary: [],
    wordCount: 2, readingMinutes: 1, savedAt: 1000 + n, updatedAt: 1000 + n, readState: 'unread', ...extra,
  };
}

const stored = async () => fakeBrowser.storage.local.get(null) as Promise<Record<string, Record<string, unknown>>>;

describe('migrating the stored library after an update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('rewrites version-1 records and the index in the current schema, losing nothing', async () => {
    const one = v1Record(1, { readState: 'read' });
    const two = v1Record(2);
    await fakeBrowser.storage.local.set({
      [`article:${one.id}`]: one, [`article:${two.id}`]: two,
      // A version-1 index lacks progress and status.
      'library-index': [two, one].map(({ id, url, title, siteName, savedAt, readingMinutes, readState, lang }) =>
        ({ id, url, title, siteName, savedAt, readingMinutes, readState, lang })),
      'user-glossary': { UBND: 'Ủy ban nhân dân' },
    });
    await migrateStoredLibrary();
    const after = await stored();
    expect(after[`article:${one.id}`]).toMatchObject({
      schemaVersion: SCHEMA_VERSION, contentHtml: '<p>Body 1</p>', progress: 1, status: 'complete', leadImageUrl: null,
      title: 'Story 1', readState: 'read', savedAt: 1001,
    });
    expect(after[`article:${one.id}`]).not.toHaveProperty('html');
    expect(after[`article:${two.id}`]).toMatchObject({ schemaVersion: SCHEMA_VERSION, progress: 0 });
    expect(await listIndex()).toEqual([
      expect.objectContaining({ id: two.id, progress: 0, status: 'complete' }),
      expect.objectContaining({ id: one.id, progress: 1, status: 'complete' }),
    ]);
    expect(after['user-glossary']).toEqual({ UBND: 'Ủy ban nhân dân' });
    expect(after['library-schema']).toBe(SCHEMA_VERSION);
  });

  it('moves a record stored under an outdated id to its own key, and keeps unreadable records (aside, as damaged)', async () => {
    const moved = v1Record(3);
    await fakeBrowser.storage.local.set({ 'article:old-id': { ...moved, id: 'old-id' }, 'article:broken': { url: 42 } });
    await migrateStoredLibrary();
    const after = await stored();
    expect(after).not.toHaveProperty('article:old-id');
    expect(after[`article:${moved.id}`]).toMatchObject({ title: 'Story 3', schemaVersion: SCHEMA_VERSION });
    // The index rebuild that follows reads every record: the unreadable one is moved aside
    // unchanged and listed as damaged (damaged.ts), never deleted.
    expect(after).not.toHaveProperty('article:broken');
    const kept = Object.entries(after).filter(([key]) => key.startsWith('damaged:broken:'));
    expect(kept.map(([, value]) => value)).toEqual([expect.objectContaining({ key: 'article:broken', raw: { url: 42 } })]);
    expect(after['library-damaged']).toEqual([expect.objectContaining({ id: 'broken', reason: 'url: not a URL' })]);
    expect((await getAllArticles()).map((a) => a.title)).toEqual(['Story 3']);
  });

  it('does nothing once the library is current', async () => {
    await migrateStoredLibrary();
    // Written behind the marker's back: a later start must not even read the articles again.
    const late = v1Record(4);
    await fakeBrowser.storage.local.set({ [`article:${late.id}`]: late });
    await migrateStoredLibrary();
    expect((await stored())[`article:${late.id}`]).not.toHaveProperty('schemaVersion');
  });
});

describe('migrating a version-3 library of 5,000 articles to version 4', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds tags, highlights and notes to every record and the index, losing nothing', async () => {
    const items: Record<string, unknown> = {};
    const index: Record<string, unknown>[] = [];
    for (let n = 0; n < 5000; n++) {
      const { html, ...r } = v1Record(n, { readState: n % 2 ? 'read' : 'unread' });
      const v3 = { ...r, contentHtml: html, leadImageUrl: null, progress: n % 2, status: 'complete', schemaVersion: 3 };
      items[`article:${r.id}`] = v3;
      const { id, url, title, siteName, savedAt, updatedAt, readingMinutes, readState, progress, lang, status } = v3;
      index.push({ id, url, title, siteName, savedAt, updatedAt, readingMinutes, readState, progress, lang, status });
    }
    index.reverse();
    await fakeBrowser.storage.local.set({ ...items, 'library-index': index, 'library-schema': 3 });
    await migrateStoredLibrary();
    const after = await stored();
    let checked = 0;
    for (const [key, before] of Object.entries(items)) {
      const { schemaVersion: _old, ...fields } = before as Record<string, unknown>;
      expect(after[key]).toEqual({ ...fields, schemaVersion: 4, tags: [], highlights: [], notes: '' });
      checked++;
    }
    expect(checked).toBe(5000);
    const list = await listIndex();
    expect(list).toHaveLength(5000);
    expect(list[0]).toMatchObject({ title: 'Story 4999', tags: [], highlightCount: 0, publishedTime: null });
    expect(after['library-schema']).toBe(SCHEMA_VERSION);
  }, 60_000);
});
