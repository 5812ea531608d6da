import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shared, withPage } from './support.ts';
import { extractArticle } from '../../utils/extract/index.ts';
import { declaredUrl, isSectionUrl } from '../../utils/extract/judge.ts';

const dir = shared('corpus/vi-news');
const urls = new Map(readFileSync(`${dir}/SOURCES.tsv`, 'utf8').split('\n').slice(1).map((l) => l.split('\t')).map((c) => [c[0], c[6]]));
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('article judgement on real Vietnamese pages', () => {
  it.each(files)('%s', async (file) => {
    const want = file.includes('__article__');
    const article = await withPage(readFileSync(`${dir}/${file}`, 'utf8'), urls.get(file) ?? 'https://example.invalid/', (doc, win) => extractArticle(doc, { window: win }));
    expect(article.readerable).toBe(want);
    if (want) {
      expect(article.lang).toBe('vi');
      expect(article.wordCount).toBeGreaterThan(300);
    } else {
      expect(article.error).toBe('not-article');
      expect(article.content).toBe('');
    }
  });

  // Served from a long, article-like path (a mirror, a test server): the page's own canonical address still tells.
  it.each(files)('%s judged the same when served from an unrelated address', async (file) => {
    const served = `http://127.0.0.1:8080/mirror/saved-copy-of-${file.replace(/\.html$/, '')}-page.html`;
    const article = await withPage(readFileSync(`${dir}/${file}`, 'utf8'), served, (doc, win) => extractArticle(doc, { window: win }));
    expect(article.readerable).toBe(file.includes('__article__'));
  });

  it('extracts a listing anyway when forced', async () => {
    const file = files.find((f) => f.includes('__listing__'))!;
    const article = await withPage(readFileSync(`${dir}/${file}`, 'utf8'), urls.get(file)!, (doc, win) => extractArticle(doc, { window: win, force: true }));
    expect(article.readerable).toBe(false);
    expect(article.textContent.length).toBeGreaterThan(0);
  });

  it.each([
    ['https://vnexpress.net/kinh-doanh', true],
    ['https://tuoitre.vn/', true],
    ['https://tuoitre.vn/thanh-tra-vu-chat-cay-xanh-ha-noi-20150323.htm', false],
    ['https://example.com/news/2019/11/some-long-story-slug-here', false],
  ])('section URL %s → %s', (url, want) => expect(isSectionUrl(url)).toBe(want));

  it('reads the canonical address, then og:url, then where the page was loaded from', async () => {
    const at = 'http://127.0.0.1/x/y.html';
    const canonical = '<link rel="canonical" href="/kinh-doanh"><meta property="og:url" content="https://a.example/og">';
    expect(await withPage(`<html><head>${canonical}</head></html>`, at, (doc) => declaredUrl(doc, at))).toBe('http://127.0.0.1/kinh-doanh');
    expect(await withPage('<html><head><meta property="og:url" content="https://a.example/og"></head></html>', at, (doc) => declaredUrl(doc, at))).toBe('https://a.example/og');
    expect(await withPage('<html><head></head></html>', at, (doc) => declaredUrl(doc, at))).toBe(at);
  });
});
