import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { repoRoot } from './support/paths';

// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = useGlossSession();
const english = JSON.parse(readFileSync(resolve(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

const storedLibrary = () => session.gloss.worker.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;

/** The popup on a tab Gloss cannot read: its notice, once the glossary has stopped waiting. */
async function popupNotice(tabId: number): Promise<{ popup: Page; text: string }> {
  const popup = await openPopup(session.gloss, tabId);
  await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
  await expect.poll(() => popup.getByTestId('popup-message').count(), { timeout: 60_000 }).toBe(1);
  return { popup, text: await popup.getByTestId('popup-message').innerText() };
}

/** Open a URL Gloss may not enter; such tabs hide their URL from the extension, so the new tab id is found by difference. */
async function openBrowserPage(url: string): Promise<{ page: Page; tabId: number }> {
  const tabIds = () => session.gloss.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab: { id: number }) => tab.id)) as Promise<number[]>;
  const before = await tabIds();
  const page = await session.gloss.context.newPage();
  await page.goto(url);
  const added = (await tabIds()).filter((id) => !before.includes(id));
  expect(added, url).toHaveLength(1);
  return { page, tabId: added[0] };
}

describe('documents that are not web pages', () => {
  it('explains that pages the browser keeps to itself are off-limits, from the popup and the keyboard', async () => {
    const urls = [
      'chrome://version/',
      'chrome://extensions/',
      // Chromium neither runs nor refuses an extension's script here: Gloss must not wait for ever.
      `view-source:${session.server.origin}/pages/sample-article.html`,
      'data:text/html,<h1>Made up</h1><p>A page with no address of its own.</p>',
      `chrome-extension://${session.gloss.extensionId}/options.html`,
    ];
    const libraryBefore = await storedLibrary();
    for (const url of urls) {
      const { page, tabId } = await openBrowserPage(url);
      const { popup, text } = await popupNotice(tabId);
      expect(text, url).toBe(english.pageRestricted.message);
      expect(await popup.getByTestId('reader-toggle').isDisabled(), url).toBe(true);
      await popup.close();
      expect(await runCommand(session.gloss, 'toggle-reader', tabId), url).toEqual({ problem: 'restricted' });
      expect(await runCommand(session.gloss, 'save-article', tabId), url).toEqual({ problem: 'restricted' });
      await page.close();
    }
    expect(await storedLibrary()).toEqual(libraryBefore);
  });


  it('says a PDF is a PDF, from the popup and the keyboard, and leaves the PDF and the library as they were', async () => {
    const article = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
    expect(await runCommand(session.gloss, 'save-article', article.tabId)).toMatchObject({ created: true });
    await article.page.close();
    const libraryBefore = await storedLibrary();

    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/bad/report.pdf');
    // Chromium shows the PDF in its own viewer, inside a document that keeps the PDF's type.
    expect(await page.evaluate(() => document.contentType)).toBe('application/pdf');
    const pageBefore = await page.evaluate(() => document.documentElement.outerHTML);

    const { popup, text } = await popupNotice(tabId);
    expect(text).toBe(english.pagePdf.message);
    // Nothing to switch on or save here, and no empty glossary pretending the page was read.
    expect(await popup.getByTestId('reader-toggle').isDisabled()).toBe(true);
    expect(await popup.getByTestId('save-article').isDisabled()).toBe(true);
    expect(await popup.getByTestId('glossary-entry').count()).toBe(0);
    // The library below is still the reader's own.
    expect(await popup.getByTestId('saved-item').count()).toBe(1);

    // The keyboard commands and the popup's "open anyway" request answer the same, without throwing.
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ problem: 'pdf' });
    expect(await runCommand(session.gloss, 'save-article', tabId)).toEqual({ problem: 'pdf' });
    expect(await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'reader.toggle', tabId: id, force: true, open: true }), tabId))
      .toEqual({ problem: 'pdf' });
    await popup.close();

    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pageBefore);
    expect(await page.locator('gloss-reader').count()).toBe(0);
    expect(await storedLibrary()).toEqual(libraryBefore);
    await page.close();
  });
});
