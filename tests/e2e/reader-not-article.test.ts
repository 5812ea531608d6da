import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { expectSameHtml } from './support/same-html';

const session = useGlossSession();

const snapshot = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** The popup on a tab, once its analysis has answered. */
async function analysedPopup(tabId: number): Promise<Page> {
  const popup = await openPopup(session.gloss, tabId);
  await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
  return popup;
}

describe('turning Reader mode on always opens the reader', () => {
  it('opens a 120-word photo story from the popup switch, as an article', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/photo-story/rice-terraces-turn-gold-before-the-harvest.html');
    const before = await snapshot(page);
    const popup = await analysedPopup(tabId);
    // A headline and a few captioned photos are a story: no "not an article" notice.
    expect(await popup.getByTestId('popup-message').count()).toBe(0);
    await popup.getByTestId('reader-toggle').click();
    await expect.poll(() => popup.getByTestId('reader-toggle').getAttribute('aria-pressed')).toBe('true');
    const article = page.getByTestId('reader-article');
    await article.waitFor();
    const text = await article.innerText();
    expect(text).toContain('Mist lifts from the terraces at dawn');
    expect(text).toContain('the best hour of the season');
    expect(await page.getByTestId('reader-note').count()).toBe(0);
    await popup.getByTestId('reader-toggle').click();
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    expectSameHtml(await snapshot(page), before);
    await popup.close();
    await page.close();
  });

  it('opens a listing page anyway, with a quiet note offering to pick the article; the popup keeps its notice', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/news/index.html');
    const popup = await analysedPopup(tabId);
    const message = popup.getByTestId('popup-message');
    await expect.poll(() => message.innerText()).toContain("doesn't look like an article");

    await popup.getByTestId('reader-toggle').click();
    await expect.poll(() => popup.getByTestId('reader-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('reader-article').innerText()).toContain('Flood barrier holds back the highest water');
    const note = page.getByTestId('reader-note');
    expect(await note.innerText()).toContain('This page may not be an article.');
    // The popup still says what it thinks of the page; "Open anyway" is done, picking is still offered.
    expect(await message.innerText()).toContain("doesn't look like an article");
    expect(await popup.getByTestId('open-anyway').count()).toBe(0);
    expect(await popup.getByTestId('popup-pick').count()).toBe(1);
    await popup.close();

    // The note's button starts the picker over the page (the reader closes for it); Escape cancels.
    await page.getByTestId('reader-note-pick').click();
    await expect.poll(() => page.locator('gloss-picker').count()).toBe(1);
    expect(await page.locator('gloss-reader').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('gloss-picker').count()).toBe(0);

    // The keyboard command (and the context menu, the same handler) opens it too, and closes it.
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    expect(await page.getByTestId('reader-note').count()).toBe(1);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: false });
    await page.close();
  });
});
