import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { articleMetaParts } from '@/utils/reader-meta';

const article = { byline: 'Minh Anh', siteName: 'VnExpress', publishedTime: '2026-03-02T12:00:00Z', lang: 'vi' };

describe('the line under the reader title', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });

  it('names the author, the site once and the date in the article language', () => {
    expect(articleMetaParts(article)).toEqual(['Minh Anh', 'VnExpress', new Intl.DateTimeFormat('vi', { dateStyle: 'long' }).format(new Date(article.publishedTime))]);
    expect(articleMetaParts(article)[2]).toMatch(/tháng/);
    expect(articleMetaParts({ ...article, lang: 'en' })[2]).toMatch(/March/);
  });

  it('drops a byline that only names the site (articles saved before)', () => {
    expect(articleMetaParts({ ...article, byline: 'VnExpress', publishedTime: null })).toEqual(['VnExpress']);
    expect(articleMetaParts({ ...article, byline: 'baodautu.vn', siteName: 'baodautu', publishedTime: null })).toEqual(['baodautu']);
  });

  it('falls back to the UI language for a language tag Intl rejects', () => {
    expect(articleMetaParts({ ...article, byline: null, siteName: null, lang: 'not a tag!' })).toEqual(['March 2, 2026']);
  });
});
