import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing';
import { canonicalUrl } from './canonical-url';
import { buildLibraryExport, exportLibraryJson, serializeLibraryExport } from './export-json';
import { importLibraryJson, parseLibraryExport } from './import-json';
import { articleIdFor, SCHEMA_VERSION, type SavedArticle } from './schema';
import { getAllArticles, listIndex, saveArticle } from './store';
import { getUserGlossary, setUserGlossaryEntry } from './user-glossary';
import { HIGHLIGHT_COLORS, type Highlight } from './highlight-schema';
import { cleanTags } from './tags';

const nstr = fc.option(fc.string(), { nil: null });
const arbHighlight: fc.Arbitrary<Highlight> = fc.record({
  id: fc.string({ minLength: 1 }), color: fc.constantFrom(...HIGHLIGHT_COLORS), note: fc.string({ unit: 'grapheme' }),
  quote: fc.record({ exact: fc.string({ minLength: 1, unit: 'grapheme' }), prefix: fc.string(), suffix: fc.string() }),
  position: fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
  created: fc.nat(), updated: fc.nat(),
});
const arbArticle: fc.Arbitrary<SavedArticle> = fc.record({
  url: fc.webUrl({ withQueryParameters: true, withFragments: true }).map(canonicalUrl),
  title: fc.string(), byline: nstr, siteName: nstr, lang: nstr, publishedTime: nstr, excerpt: nstr, leadImageUrl: nstr,
  contentHtml: fc.string(), textContent: fc.string({ unit: 'grapheme' }),
  glossary: fc.array(fc.record({
    abbr: fc.string({ minLength: 1 }), expansion: nstr,
    source: fc.constantFrom('article' as const, 'inferred' as const, 'dictionary' as const, 'user' as const, 'unknown' as const),
    count: fc.nat(),
  }), { maxLength: 3 }),
  wordCount: fc.nat(), readingMinutes: fc.nat(), savedAt: fc.nat(), updatedAt: fc.nat(),
  readState: fc.constantFrom('unread' as const, 'read' as const),
  progress: fc.double({ min: 0, max: 1, noNaN: true }),
  status: fc.constantFrom('complete' as const, 'not-downloaded' as const),
  tags: fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }).map(cleanTags),
  highlights: fc.uniqueArray(arbHighlight, { selector: (h) => h.id, maxLength: 3 }),
  notes: fc.string({ unit: 'grapheme' }),
}).map((a) => ({ id: articleIdFor(a.url), ...a }));

const strip = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '');

describe('JSON export / import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('export → import into an empty store → export is identical (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(arbArticle, { selector: (a) => a.id, maxLength: 8 }),
        fc.dictionary(fc.string({ minLength: 1 }), fc.string(), { maxKeys: 4 }),
        async (articles, glossary) => {
          fakeBrowser.reset();
          const first = serializeLibraryExport(buildLibraryExport(articles, glossary));
          const res = await importLibraryJson(first);
          expect(res).toMatchObject({ ok: true, report: { added: articles.length, updated: 0, skipped: 0 } });
          expect(strip(await exportLibraryJson())).toBe(strip(first));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('exports every field and the user glossary', async () => {
    const { article } = await saveArticle({ url: 'https://e.com/a', title: 'A', contentHtml: '<p>a</p>', textContent: 'a' });
    await setUserGlossaryEntry('UBND', 'Ủy ban nhân dân');
    const data = JSON.parse(await exportLibraryJson(new Date('2025-01-02T03:04:05Z')));
    expect(data).toEqual({
      format: 'gloss-library', version: SCHEMA_VERSION, exportedAt: '2025-01-02T03:04:05.000Z',
      articles: [article], userGlossary: { UBND: 'Ủy ban nhân dân' },
    });
    expect(Object.keys(data.articles[0])).toHaveLength(22);
  });

  it('merges by canonical URL and reports added/updated/skipped', async () => {
    const { article } = await saveArticle({ url: 'https://e.com/a', title: 'A', contentHtml: '<p>a</p>', textContent: 'a' });
    const newer = { ...article, url: 'https://e.com/a?utm_source=backup', title: 'A2', updatedAt: article.updatedAt + 1 };
    const same = { ...article, url: 'https://e.com/b', id: articleIdFor('https://e.com/b') };
    const file = serializeLibraryExport(buildLibraryExport([newer, same], {}));
    expect(await importLibraryJson(file)).toEqual({ ok: true, report: { added: 1, updated: 1, skipped: 0, glossaryAdded: 0 } });
    expect(await importLibraryJson(file)).toEqual({ ok: true, report: { added: 0, updated: 0, skipped: 2, glossaryAdded: 0 } });
    expect((await listIndex()).map((e) => e.title).sort()).toEqual(['A', 'A2']);
  });

  it('imports v1 files through the migration chain', async () => {
    const v1 = { id: 'whatever', url: 'https://e.com/old', title: 'Old', byline: null, siteName: null, lang: null,
      publishedTime: null, excerpt: null, html: '<p>x</p>', textContent: 'x', glossary: [], wordCount: 1,
      readingMinutes: 1, savedAt: 5, updatedAt: 6, readState: 'read' };
    const file = JSON.stringify({ format: 'gloss-library', version: 1, exportedAt: '2024-01-01T00:00:00Z', articles: [v1], userGlossary: {} });
    expect(await importLibraryJson(file)).toMatchObject({ ok: true, report: { added: 1 } });
    expect((await getAllArticles())[0]).toMatchObject({ contentHtml: '<p>x</p>', progress: 1, status: 'complete' });
  });

  describe('rejects bad files with the exact problem and changes nothing', () => {
    const good = () => JSON.parse(serializeLibraryExport(buildLibraryExport([
      { id: '', url: 'https://e.com/1', title: 'One', byline: null, siteName: null, lang: null, publishedTime: null,
        excerpt: null, leadImageUrl: null, contentHtml: '', textContent: '', glossary: [], wordCount: 0,
        readingMinutes: 0, savedAt: 1, updatedAt: 1, readState: 'unread', progress: 0, status: 'not-downloaded',
        tags: [], highlights: [], notes: '' },
      { id: '', url: 'https://e.com/2', title: 'Two', byline: null, siteName: null, lang: null, publishedTime: null,
        excerpt: null, leadImageUrl: null, contentHtml: '', textContent: '', glossary: [], wordCount: 0,
        readingMinutes: 0, savedAt: 2, updatedAt: 2, readState: 'unread', progress: 0, status: 'not-downloaded',
        tags: [], highlights: [], notes: '' },
    ], { A: 'a' })));
    const cases: Array<[string, (d: { articles: Record<string, unknown>[] } & Record<string, unknown>) => unknown, string]> = [
      ['truncated', (d) => JSON.stringify(d).slice(0, 100), 'not valid JSON'],
      ['wrong format', (d) => ({ ...d, format: 'pocket' }), 'format: expected "gloss-library"'],
      ['future version', (d) => ({ ...d, version: 99 }), 'version: 99 is newer'],
      ['bad url', (d) => { d.articles[1].url = 'not a url'; return d; }, 'articles[1].url: not a URL'],
      ['bad progress', (d) => { d.articles[0].progress = 'half'; return d; }, 'articles[0].progress: not a non-negative number'],
      ['progress > 1', (d) => { d.articles[0].progress = 2; return d; }, 'articles[0].progress: greater than 1'],
      ['missing title', (d) => { delete d.articles[1].title; return d; }, 'articles[1].title: missing'],
      ['bad glossary', (d) => { d.articles[0].glossary = [{ abbr: 'X' }]; return d; }, 'articles[0].glossary[0]: not a glossary entry'],
      ['duplicate', (d) => { d.articles[0].url = 'https://e.com/1?utm_source=x'; return d; }, 'articles[1].url: same article as articles[0]'],
      ['articles not array', (d) => ({ ...d, articles: {} }), 'articles: not an array'],
      ['glossary value', (d) => ({ ...d, userGlossary: { A: 1 } }), 'userGlossary.A: not a string'],
      ['not an object', () => [], 'file: not a JSON object'],
    ];
    it.each(cases)('%s', async (_name, mutate, message) => {
      await saveArticle({ url: 'https://e.com/keep', title: 'Keep', contentHtml: '', textContent: '' });
      const before = await fakeBrowser.storage.local.get();
      const out = mutate(good());
      const text = typeof out === 'string' ? out : JSON.stringify(out);
      const res = await importLibraryJson(text);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error).toContain(message);
      expect(parseLibraryExport(text).ok).toBe(false);
      expect(await fakeBrowser.storage.local.get()).toEqual(before);
      expect(await getUserGlossary()).toEqual({});
    });
  });
});
