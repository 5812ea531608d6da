import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shared, withPage } from './support.ts';
import { extractArticle } from '../../utils/extract/index.ts';
import { cleanTitle } from '../../utils/extract/metadata.ts';
import { normalizeForCheck, shingleRecall } from '../../utils/extract/score.ts';

/**
 * No regression on Mozilla's Readability test pages that are readerable: the pipeline never
 * throws, keeps (on average) all of Readability's expected text, and gives Readability's title
 * — or that title with the site's name stripped, which Gloss does on purpose ("Story | eHow").
 */
const dir = shared('corpus/readability-test-pages');
const URL = 'http://fakehost/test/page.html';
const pages = readdirSync(dir)
  .filter((d) => existsSync(`${dir}/${d}/source.html`))
  .filter((d) => JSON.parse(readFileSync(`${dir}/${d}/expected-metadata.json`, 'utf8')).readerable);

describe('Readability test pages', () => {
  it('has the 122 readerable pages', () => expect(pages.length).toBe(122));

  it('keeps their text and titles', async () => {
    const recalls: number[] = [];
    const titleMismatches: string[] = [];
    for (const name of pages) {
      const meta = JSON.parse(readFileSync(`${dir}/${name}/expected-metadata.json`, 'utf8'));
      const expectedText = await withPage(readFileSync(`${dir}/${name}/expected.html`, 'utf8'), URL, (doc) => doc.body?.textContent ?? '');
      await withPage(readFileSync(`${dir}/${name}/source.html`, 'utf8'), URL, (doc, win) => {
        const article = extractArticle(doc, { window: win, force: true });
        recalls.push(shingleRecall(expectedText, article.textContent));
        const expected = normalizeForCheck(meta.title ?? '');
        const stripped = normalizeForCheck(cleanTitle(meta.title ?? '', doc, article.siteName, 'fakehost'));
        const got = normalizeForCheck(article.title);
        if (got !== expected && got !== stripped) titleMismatches.push(`${name}: "${meta.title}" → "${article.title}"`);
      });
    }
    const mean = recalls.reduce((a, b) => a + b, 0) / recalls.length;
    expect(mean).toBeGreaterThanOrEqual(0.99);
    expect(titleMismatches).toEqual([]);
  }, 180_000);
});
