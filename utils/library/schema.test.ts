import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS, SCHEMA_VERSION, articleIdFor, migrateRecord, toIndexEntry, validateSavedArticle, withListFields,
  type Highlight, type SavedArticleV1, type SavedArticleV3,
} from './schema';

const v1: SavedArticleV1 = {
  id: 'x', url: 'https://e.com/a?utm_source=z', title: 'T', byline: 'B', siteName: 'S', lang: 'vi',
  publishedTime: '2024-01-02', excerpt: 'E', html: '<p>Hi</p>', textContent: 'Hi',
  glossary: [{ abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'article', count: 2 }],
  wordCount: 1, readingMinutes: 1, savedAt: 1000, updatedAt: 2000, readState: 'read',
};

describe('schema', () => {
  it('ids are stable, URL-safe and distinct', () => {
    const a = articleIdFor('https://e.com/a');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(articleIdFor('https://e.com/a')).toBe(a);
    const ids = new Set(Array.from({ length: 5000 }, (_, i) => articleIdFor(`https://e.com/a/${i}`)));
    expect(ids.size).toBe(5000);
  });

  it('migrates v1 → current keeping every field', () => {
    const res = validateSavedArticle(v1);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.repairs).toEqual([]);
    const { html, id: _id, url: _url, ...rest } = v1;
    expect(res.article).toMatchObject({ ...rest, contentHtml: html, leadImageUrl: null, progress: 1, status: 'complete' });
    expect(res.article.url).toBe('https://e.com/a');
    expect(res.article.id).toBe(articleIdFor('https://e.com/a'));
    expect(migrateRecord({ ...v1 }, 1).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('v2 → v3 adds progress and status', () => {
    const { html, ...rest } = v1;
    const res = validateSavedArticle({ ...rest, contentHtml: '', leadImageUrl: 'https://e.com/i.png', readState: 'unread', schemaVersion: 2 });
    expect(res.ok && res.article).toMatchObject({ progress: 0, status: 'not-downloaded', leadImageUrl: 'https://e.com/i.png' });
    void html;
  });

  it('repairs bad values (lenient mode)', () => {
    const res = validateSavedArticle({
      ...v1, schemaVersion: 3, contentHtml: '<p>x</p>', title: 42, byline: {}, progress: 7, readState: 'maybe',
      status: 'weird', wordCount: -3, savedAt: '2024-05-01T00:00:00Z', leadImageUrl: null,
      glossary: [v1.glossary[0], { abbr: '' }, null],
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.article).toMatchObject({
      title: '', byline: null, progress: 1, readState: 'unread', status: 'complete', wordCount: 0,
      savedAt: Date.parse('2024-05-01T00:00:00Z'),
    });
    expect(res.article.glossary).toHaveLength(1);
    expect(res.repairs.map((r) => r.path)).toEqual(expect.arrayContaining(['title', 'byline', 'progress', 'glossary[1]']));
  });

  it('strict mode reports the field path', () => {
    const res = validateSavedArticle({ ...v1, schemaVersion: 3, contentHtml: '', leadImageUrl: null, progress: 0, status: 'complete', title: 5 }, { strict: true, path: 'articles[3]' });
    expect(res).toEqual({ ok: false, error: { path: 'articles[3].title', message: 'not a string' } });
  });

  it('rejects non-objects, bad URLs and future versions', () => {
    expect(validateSavedArticle(null).ok).toBe(false);
    expect(validateSavedArticle([]).ok).toBe(false);
    expect(validateSavedArticle({ ...v1, url: 'nope' })).toEqual({ ok: false, error: { path: 'url', message: 'not a URL' } });
    expect(validateSavedArticle({ ...v1, schemaVersion: SCHEMA_VERSION + 1 }).ok).toBe(false);
  });
});

describe('schema v4: tags, highlights, notes', () => {
  const { html, ...v1rest } = v1;
  const v3: SavedArticleV3 = { ...v1rest, contentHtml: html, leadImageUrl: null, progress: 1, status: 'complete', schemaVersion: 3 };
  const good: Highlight = {
    id: 'h1', color: 'green', note: 'ghi chú', quote: { exact: 'Ủy ban', prefix: 'Ngày 2, ', suffix: ' nhân dân' },
    position: { start: 8, end: 14 }, created: 5, updated: 6,
  };

  it('v3 → v4 adds empty tags, highlights and notes and changes nothing else', () => {
    const res = validateSavedArticle(v3);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.repairs).toEqual([]);
    const { schemaVersion: _v, id: _id, url: _url, ...rest } = v3;
    expect(res.article).toEqual({ ...rest, id: articleIdFor('https://e.com/a'), url: 'https://e.com/a', tags: [], highlights: [], notes: '' });
    expect(MIGRATIONS[4]({ ...v3 })).toMatchObject({ tags: [], highlights: [], notes: '' });
  });

  it('keeps good v4 values exactly', () => {
    const res = validateSavedArticle({ ...v3, schemaVersion: 4, tags: ['Kinh tế', 'work'], highlights: [good], notes: 'n' }, { strict: true });
    expect(res.ok && res.article).toMatchObject({ tags: ['Kinh tế', 'work'], highlights: [good], notes: 'n' });
  });

  it('repairs bad tags, highlights and notes, dropping only highlights with no quote', () => {
    const res = validateSavedArticle({
      ...v3, schemaVersion: 4, notes: 7,
      tags: ['  Kinh   tế ', 'kinh te', 3, '', 'work'],
      highlights: [
        { ...good, color: 'purple', note: null, position: { start: 9, end: 2 } },
        { ...good, id: 'h2', quote: { exact: '' } },
        'junk',
        { quote: { exact: 'x' }, created: 9 },
      ],
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.article.tags).toEqual(['Kinh tế', 'work']);
    expect(res.article.notes).toBe('');
    expect(res.article.highlights).toEqual([
      { ...good, color: 'yellow', note: '', position: { start: 0, end: 0 } },
      { id: 'h-repaired-9-3', color: 'yellow', note: '', quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 0 }, created: 9, updated: 9 },
    ]);
    expect(res.repairs.map((r) => r.path)).toEqual(expect.arrayContaining([
      'tags[2]', 'tags[3]', 'notes', 'highlights[0].color', 'highlights[0].position', 'highlights[1].quote.exact', 'highlights[2]', 'highlights[3].id',
    ]));
  });

  it('strict mode (import) refuses a broken highlight with its path', () => {
    const res = validateSavedArticle({ ...v3, schemaVersion: 4, tags: [], notes: '', highlights: [{ ...good, color: 'purple' }] }, { strict: true, path: 'articles[0]' });
    expect(res).toEqual({ ok: false, error: { path: 'articles[0].highlights[0].color', message: 'not one of yellow, green, blue, pink' } });
  });

  it('the index entry carries tags, publishedTime and the highlight count', () => {
    const res = validateSavedArticle({ ...v3, schemaVersion: 4, tags: ['a'], highlights: [good], notes: '' });
    expect(res.ok && toIndexEntry(res.article)).toMatchObject({ tags: ['a'], publishedTime: '2024-01-02', highlightCount: 1 });
    expect(withListFields({ id: 'x', url: 'u', title: 't', siteName: null, savedAt: 1, updatedAt: 1, readingMinutes: 1, readState: 'unread', progress: 0, lang: null, status: 'complete' }))
      .toMatchObject({ tags: [], publishedTime: null, highlightCount: 0 });
  });
});
