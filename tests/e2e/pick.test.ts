import { describe, expect, it } from 'vitest';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { expectSameHtml } from './support/same-html';

const session = useGlossSession();

declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

describe('pick the article', () => {
  it('uses the block the reader clicks, remembers it for the site, and Escape cancels', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/pick.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    await page.getByTestId('pick-article').click();
    await expect.poll(() => page.locator('gloss-picker').count()).toBe(1);
    expect(await page.locator('gloss-reader').count()).toBe(0);

    // Escape cancels: nothing of Gloss is left on the page.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('gloss-picker').count()).toBe(0);
    expectSameHtml(await page.evaluate(() => document.documentElement.outerHTML), before);

    // Pick again, this time from the popup, and click the letters block.
    const popup = await openPopup(session.gloss, tabId);
    await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy')).toBe('false');
    // The answer comes only once a block is clicked, so the message is sent, not awaited.
    await popup.evaluate(() => {
      void chrome.runtime.sendMessage({ type: 'reader.pick', tabId: Number(new URLSearchParams(location.search).get('tab')) });
    });
    await expect.poll(() => page.locator('gloss-picker').count()).toBe(1);
    await page.bringToFront();
    await expect.poll(() => page.locator('gloss-picker').count()).toBe(1);
    const letters = page.locator('.reader-notes p').first();
    await letters.hover();
    await letters.click();
    await page.getByTestId('reader-article').waitFor();
    const text = await page.getByTestId('reader-article').innerText();
    expect(text).toContain('old ferry crossing');
    expect(text).not.toContain('flood barrier held back');

    // Remembered for the site: a fresh visit opens the picked block again.
    await runCommand(session.gloss, 'toggle-reader', tabId);
    const again = await openServedPage(session.gloss, session.server, '/pages/pick.html');
    expect(await runCommand(session.gloss, 'toggle-reader', again.tabId)).toEqual({ open: true });
    expect(await again.page.getByTestId('reader-article').innerText()).toContain('footbridge is too narrow');
    await again.page.close();
    await popup.close();
    await page.close();
  });
});
