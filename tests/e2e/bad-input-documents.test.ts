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

describe('documents that are not web pages', () => {
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
