import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { GlossaryEntry } from '../glossary/index';
import { deleteArticles, saveArticle } from '../library/store';
import { CACHE_KEY, notebookSources } from './sources';

const text = 'Sáng nay, Ủy ban nhân dân (UBND) tỉnh họp. UBND giao Sở Tài chính hướng dẫn.';

/** A stand-in glossary engine: finds UBND, and counts how often it was asked. */
const glossary = vi.fn(async (body: string): Promise<GlossaryEntry[]> => [
  { abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'article', count: body.split('UBND').length - 1, domain: 'gov', firstIndex: body.indexOf('UBND') },
]);

describe('the notebook sources (each saved article’s abbreviations)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    glossary.mockClear();
  });

  it('gives each article its abbreviations with the sentence of the first use, and caches them', async () => {
    const { article } = await saveArticle({ url: 'https://bao.example/a', title: 'Tin tỉnh', contentHtml: `<p>${text}</p>`, textContent: text, lang: 'vi' });
    const [source] = await notebookSources(glossary);
    expect(source).toMatchObject({ id: article.id, title: 'Tin tỉnh' });
    expect(source.entries).toEqual([{ abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'article', count: 2, domain: 'gov' }]);
    expect(source.sentences.UBND).toBe('Sáng nay, Ủy ban nhân dân (UBND) tỉnh họp.');
    expect(glossary).toHaveBeenCalledTimes(1);

    // The second time, from the cache.
    expect(await notebookSources(glossary)).toEqual([source]);
    expect(glossary).toHaveBeenCalledTimes(1);

    // A deleted article leaves the cache.
    await deleteArticles([article.id]);
    expect(await notebookSources(glossary)).toEqual([]);
    expect((await fakeBrowser.storage.local.get(CACHE_KEY))[CACHE_KEY]).toEqual({});
  });

  it('reads an article again when it was saved again (its text may have changed)', async () => {
    await saveArticle({ url: 'https://bao.example/a', title: 'Tin tỉnh', contentHtml: `<p>${text}</p>`, textContent: text, lang: 'vi' });
    await notebookSources(glossary);
    const longer = `${text} UBND cũng báo cáo.`;
    await new Promise((done) => setTimeout(done, 2));
    await saveArticle({ url: 'https://bao.example/a', title: 'Tin tỉnh', contentHtml: `<p>${longer}</p>`, textContent: longer, lang: 'vi' });
    const [source] = await notebookSources(glossary);
    expect(glossary).toHaveBeenCalledTimes(2);
    expect(source.entries[0].count).toBe(3);
  });
});
