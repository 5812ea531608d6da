import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SEARCH_CACHE_VERSION, SearchCache } from './search-cache';
import type { SaveArticleInput } from './schema';
import { deleteArticle, saveArticle, setProgress } from './store';

const input = (n: number, text: string, extra: Partial<SaveArticleInput> = {}): SaveArticleInput => ({
  url: `https://news.example/article-${n}`, title: `Bài số ${n}`, siteName: 'Tin tức',
  contentHtml: `<p>${text}</p>`, textContent: text, wordCount: 2, readingMinutes: 1, ...extra,
});

/** Article keys read from storage since the spy was made (what a load cost); `all` includes the others. */
function articleReads() {
  const spy = vi.spyOn(fakeBrowser.storage.local, 'get');
  const keys = () => spy.mock.calls.flatMap(([k]) => [k ?? []].flat()).map(String);
  return Object.assign(() => keys().filter((k) => k.startsWith('article:')), { all: keys });
}

async function seed() {
  const a = (await saveArticle(input(1, 'Ủy ban nhân dân tỉnh Nghệ An họp bàn ngân sách'))).article;
  const b = (await saveArticle(input(2, 'Sạt lở bờ sông Hậu, hộ dân phải di dời'))).article;
  const c = (await saveArticle(input(3, 'Central bank holds interest rates'))).article;
  return { a, b, c };
}

const stored = async () => (await fakeBrowser.storage.local.get('library-search'))['library-search'] as
  { version: string; rev: string; stamps: Record<string, number>; index: string } | undefined;

describe('persisted search index', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('a fresh background loads the stored index instead of re-reading every article', async () => {
    const { a, b } = await seed();
    const first = new SearchCache();
    expect(await first.query('uy ban nhan dan')).toEqual([a.id]);
    await first.persist();
    expect(await stored()).toMatchObject({ version: SEARCH_CACHE_VERSION, stamps: { [a.id]: a.updatedAt } });

    const reads = articleReads();
    const restarted = new SearchCache();
    expect(await restarted.query('sat lo song hau')).toEqual([b.id]);
    expect(await restarted.query('sạt')).toEqual([b.id]); // prefix, diacritics either way
    expect(reads()).toEqual([]);
    // Nothing changed since it was stored (same library-rev): not even the library index is read.
    expect(reads.all()).not.toContain('library-index');
  });

  it('stores only an index that matches its rev, even when a save lands before the index hears of it', async () => {
    const { a } = await seed();
    const cache = new SearchCache();
    await cache.load();
    await cache.persist();
    // A save whose follow-up (upsert) has not reached the cache yet when the write runs.
    const d = (await saveArticle(input(4, 'Đà Nẵng đón khách quốc tế'))).article;
    await cache.persist();
    const reads = articleReads();
    const restarted = new SearchCache();
    expect(await restarted.query('da nang')).toEqual([d.id]);
    expect(await restarted.query('nghe an')).toEqual([a.id]);
    expect(reads()).toEqual([]);
    expect((await stored())!.rev).toBe((await fakeBrowser.storage.local.get('library-rev'))['library-rev']);
  });

  it('catches up with saves, re-saves and deletes it missed, reading only those articles', async () => {
    const { a, b, c } = await seed();
    const first = new SearchCache();
    await first.load();
    await first.persist();

    // Changes made while no background kept the index (or before it was written).
    await deleteArticle(b.id);
    const d = (await saveArticle(input(4, 'Đà Nẵng đón khách quốc tế'))).article;
    const c2 = (await saveArticle(input(3, 'Inflation report from the statistics office'))).article;

    const reads = articleReads();
    const restarted = new SearchCache();
    expect(await restarted.query('da nang')).toEqual([d.id]);
    expect(await restarted.query('sat lo')).toEqual([]);
    expect(await restarted.query('inflation')).toEqual([c.id]);
    expect(await restarted.query('interest rates')).toEqual([]);
    expect(await restarted.query('ngan sach')).toEqual([a.id]);
    expect(reads().sort()).toEqual([`article:${c2.id}`, `article:${d.id}`].sort());
  });

  it('rebuilds when the stored index is from another format or unreadable', async () => {
    const { a } = await seed();
    const first = new SearchCache();
    await first.load();
    await first.persist();
    const good = (await stored())!;
    for (const bad of [{ ...good, version: '0.0' }, { ...good, index: '{"truncated' }, 'garbage', { version: SEARCH_CACHE_VERSION }]) {
      await fakeBrowser.storage.local.set({ 'library-search': bad });
      const reads = articleReads();
      const cache = new SearchCache();
      expect(await cache.query('nghe an')).toEqual([a.id]);
      expect(reads()).toHaveLength(3);
      vi.restoreAllMocks();
    }
  });

  it('follows writes made while loaded, and stores them shortly after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { a, b } = await seed();
      const cache = new SearchCache({ persistDelayMs: 1000 });
      await cache.load();
      await vi.runAllTimersAsync(); // the first write after a build
      const d = (await saveArticle(input(4, 'Đà Nẵng đón khách quốc tế'))).article;
      await cache.upsert(d);
      await deleteArticle(b.id);
      await cache.remove(b.id);
      expect(await cache.query('da nang')).toEqual([d.id]);
      expect(await cache.query('song hau')).toEqual([]);
      expect((await stored())!.stamps[d.id]).toBeUndefined(); // not yet: debounced
      await vi.advanceTimersByTimeAsync(1000);
      expect((await stored())!.stamps).toMatchObject({ [d.id]: d.updatedAt });
      expect((await stored())!.stamps[b.id]).toBeUndefined();

      // Progress moves updatedAt but not the text: the stamp follows, no re-read after a restart.
      const read = await setProgress(a.id, 0.5);
      await cache.touch(read);
      await cache.persist();
      const reads = articleReads();
      expect(await new SearchCache().query('nghe an')).toEqual([a.id]);
      expect(reads()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands unreadable records to onDamaged and answers from the others', async () => {
    const { a, b } = await seed();
    await fakeBrowser.storage.local.set({ [`article:${b.id}`]: 'garbage' });
    const onDamaged = vi.fn();
    const cache = new SearchCache({ onDamaged });
    expect(await cache.query('nghe an')).toEqual([a.id]);
    expect(await cache.query('song hau')).toEqual([]);
    expect(onDamaged).toHaveBeenCalledWith([b.id]);
  });

  it('index entries from before updatedAt was indexed count as current', async () => {
    const { a } = await seed();
    const first = new SearchCache();
    await first.load();
    await first.persist();
    const index = (await fakeBrowser.storage.local.get('library-index'))['library-index'] as Record<string, unknown>[];
    // as an earlier version of Gloss wrote it (with a change since, so the cache must look)
    await fakeBrowser.storage.local.set({ 'library-index': index.map(({ updatedAt: _u, ...rest }) => rest), 'library-rev': 'older-version' });
    const reads = articleReads();
    expect(await new SearchCache().query('nghe an')).toEqual([a.id]);
    expect(reads()).toEqual([]);
  });
});
