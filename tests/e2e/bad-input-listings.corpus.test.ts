import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPopup, tabIdOf } from './support/browser';
import { useGlossSession } from './support/session';
import { runCommand } from './support/pages';
import { repoRoot, sharedDir } from './support/paths';

const session = useGlossSession();
const corpus = resolve(sharedDir, 'corpus/vi-news');
const english = JSON.parse(readFileSync(resolve(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** file → the address it was saved from (SOURCES.tsv: file in the first column, URL in the seventh). */
const sources = readFileSync(resolve(corpus, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split('\t')).map((cells) => ({ file: cells[0], url: cells[6] }));
const listings = sources.filter(({ file }) => /__(listing|home)__/.test(file));
const articles = sources.filter(({ file }) => file.includes('__article__'));

let visits = 0;

/**
 * A corpus page served on 127.0.0.1 at the path it has on its own site. Gloss's judgement reads
 * the address as well as the page (a section path such as /kinh-doanh.htm), which a made-up
 * fixture path would hide; the host stays 127.0.0.1, so nothing leaves the machine.
 */
async function openAtOwnPath(file: string, url: string) {
  const page = await session.gloss.context.newPage();
  const address = `${session.server.origin}${new URL(url).pathname}?visit=${++visits}`;
  await page.route((requested) => requested.href === address, (route) =>
    route.fulfill({ body: readFileSync(resolve(corpus, file)), contentType: 'text/html; charset=utf-8' }));
  await page.goto(address, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(session.gloss, page) };
}

describe('news listing and home pages are not articles', () => {
  it('has every listing page of the corpus to check', () => {
    expect(listings.length).toBeGreaterThanOrEqual(8);
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(listings)('$file: the popup says so, and the keyboard command opens the reader with a note', async ({ file, url }) => {
    const { page, tabId } = await openAtOwnPath(file, url);
    const popup = await openPopup(session.gloss, tabId);
    await expect.poll(() => popup.getByTestId('popup-message').count(), { timeout: 60_000 }).toBe(1);
    expect(await popup.getByTestId('popup-message').innerText()).toContain(english.notArticle.message);
    await popup.close();
    // A person who asks for the reader gets it (Gloss issue 14.7), told the page may not be an article.
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    expect(await page.getByTestId('reader-note').innerText()).toContain(english.readerNotArticle.message);
    await page.close();
  });

  it.each(articles)('$file, served the same way, is read as an article', async ({ file, url }) => {
    const { page, tabId } = await openAtOwnPath(file, url);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    expect(await page.getByTestId('reader-article').innerText()).toContain('cây xanh');
    await page.close();
  });
});
