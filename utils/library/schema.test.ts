import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, articleIdFor, migrateRecord, validateSavedArticle, type SavedArticleV1 } from './schema';

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
