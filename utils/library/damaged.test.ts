import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkLibrary, dismissDamaged } from './damaged';
import { getAllArticles, listDamaged, listIndex, listRecent, readSavedArticle } from './read';
import type { SaveArticleInput } from './schema';
import { rebuildIndex, saveArticle } from './store';

const input = (n: number): SaveArticleInput => ({
  url: `https://news.example/article-${n}`, title: `Article ${n}`, siteName: 'News',
  contentHtml: `<p>Body ${n}</p>`, textContent: `Body ${n}`, wordCount: 2, readingMinutes: 1,
});

async function library(n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push((await saveArticle(input(i))).article);
  return out;
}

const stored = async () => fakeBrowser.storage.local.get();

describe('damaged records', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('lists the others when an article item is garbage, and reads say "damaged", not "missing"', async () => {
    const [a, b, c] = await library(3);
    await fakeBrowser.storage.local.set({ [`article:${b.id}`]: 'garbage' });
    expect((await getAllArticles()).map((x) => x.id).sort()).toEqual([a.id, c.id].sort());
    expect(await readSavedArticle(b.id)).toMatchObject({ status: 'damaged', reason: 'record: not an object', raw: 'garbage' });
    expect(await readSavedArticle(a.id)).toMatchObject({ status: 'ok', article: { title: 'Article 0' } });
    expect(await readSavedArticle('0000000000000000')).toEqual({ status: 'missing' });
  });

  it('keeps a garbage record aside, takes it out of the lists and records title, URL and reason', async () => {
    const [a, b, c] = await library(3);
    await fakeBrowser.storage.local.set({ [`article:${b.id}`]: { id: b.id, url: 42 } });
    const report = await checkLibrary([a.id, b.id, c.id]);
    expect(report.damaged).toEqual([b.id]);

    expect((await listIndex()).map((e) => e.id).sort()).toEqual([a.id, c.id].sort());
    const { entries, damaged } = await listRecent();
    expect(entries.map((e) => e.id)).not.toContain(b.id);
    expect(damaged).toEqual([expect.objectContaining({
      id: b.id, title: 'Article 1', url: b.url, reason: 'url: not a URL', dismissed: false,
    })]);
    // The raw value survives, byte for byte, under the key the registry names.
    const all = await stored();
    expect(all[`article:${b.id}`]).toBeUndefined();
    const keptAt = damaged[0].keptAt!.replace(/^local:/, '');
    expect(all[keptAt]).toEqual({ key: `article:${b.id}`, reason: 'url: not a URL', foundAt: damaged[0].foundAt, raw: { id: b.id, url: 42 } });
    // The reader page still says what happened to it.
    expect(await readSavedArticle(b.id)).toMatchObject({ status: 'damaged' });
  });

  it('records an index entry whose article item is missing, and changes nothing when all is well', async () => {
    const [a, b] = await library(2);
    const before = await stored();
    expect(await checkLibrary([a.id, b.id])).toEqual({ damaged: [] });
    expect(await stored()).toEqual(before);

    await fakeBrowser.storage.local.remove(`article:${a.id}`);
    expect((await checkLibrary([a.id, b.id])).damaged).toEqual([a.id]);
    expect(await listDamaged()).toEqual([expect.objectContaining({ id: a.id, reason: 'missing', keptAt: null, title: 'Article 0' })]);
    expect((await listIndex()).map((e) => e.id)).toEqual([b.id]);
  });

  it('skips garbage inside the index array without losing the good entries', async () => {
    const [a, b] = await library(2);
    const index = (await fakeBrowser.storage.local.get('library-index'))['library-index'] as unknown[];
    await fakeBrowser.storage.local.set({ 'library-index': [null, 7, { id: 3 }, ...index] });
    expect((await listIndex()).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('a re-save over a garbage record keeps the garbage aside first', async () => {
    const [a] = await library(1);
    await fakeBrowser.storage.local.set({ [`article:${a.id}`]: ['not', 'an', 'article'] });
    const { article, created } = await saveArticle({ ...input(0), title: 'Saved again' });
    expect(created).toBe(true);
    expect(article.title).toBe('Saved again');
    const [record] = await listDamaged();
    expect(record).toMatchObject({ id: a.id, reason: 'record: not an object' });
    expect((await stored())[record.keptAt!.replace(/^local:/, '')]).toMatchObject({ raw: ['not', 'an', 'article'] });
  });

  it('rebuildIndex is the whole-library check: garbage items are kept aside with what the old index knew', async () => {
    const [a, b, c] = await library(3);
    await fakeBrowser.storage.local.set({ [`article:${c.id}`]: 12, 'article:ffffffffffffffff': { title: 'orphan' } });
    expect((await rebuildIndex()).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    const damaged = await listDamaged();
    expect(damaged.map((d) => d.id).sort()).toEqual([c.id, 'ffffffffffffffff'].sort());
    expect(damaged.find((d) => d.id === c.id)).toMatchObject({ title: 'Article 2', url: c.url });
    expect(damaged.find((d) => d.id === 'ffffffffffffffff')).toMatchObject({ title: null, url: null });
    const all = await stored();
    expect(Object.keys(all).filter((k) => k.startsWith('damaged:'))).toHaveLength(2);
  });

  it('dismissing hides the notice but keeps the records and the data', async () => {
    const [a] = await library(2);
    await fakeBrowser.storage.local.set({ [`article:${a.id}`]: 'garbage' });
    await checkLibrary([a.id]);
    await dismissDamaged();
    const [record] = await listDamaged();
    expect(record).toMatchObject({ id: a.id, dismissed: true });
    expect((await stored())[record.keptAt!.replace(/^local:/, '')]).toMatchObject({ raw: 'garbage' });
    // found again later (say, another copy went bad): the notice comes back
    await fakeBrowser.storage.local.set({ [`article:${a.id}`]: 'garbage again' });
    await checkLibrary([a.id]);
    const again = await listDamaged();
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: a.id, dismissed: false, title: 'Article 0' });
    expect(again[0].keptAt).not.toBe(record.keptAt); // both copies are kept
    expect((await stored())[record.keptAt!.replace(/^local:/, '')]).toMatchObject({ raw: 'garbage' });
  });
});
