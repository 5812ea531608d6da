import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup } from './support/browser';
import { openServedPage, runCommand } from './support/pages';
import { useGlossSession } from './support/session';

// The popup's analysis prepares the reader off the document (an inert document: nothing in it
// loads or runs), so that the switch only has to show it. What the reader shows and what the
// page sees must be the same as when the reader is built on the spot (keyboard command).

const session = useGlossSession();
const SEED = '/fixtures/seed-thanh-hoa.html';

const readerHtml = (page: Page) => page.locator('[data-testid=reader-view] [data-testid=reader-article]').evaluate((el) => el.innerHTML);
const imageRequests = () => session.server.requests.filter((path) => path.startsWith('/images/'));

async function popupReady(tabId: number) {
  const popup = await openPopup(session.gloss, tabId);
  await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy')).toBe('false');
  await expect.poll(() => popup.getByTestId('reader-toggle').getAttribute('aria-pressed')).toBe('false');
  return popup;
}

describe('the reader prepared by the popup', () => {
  it('loads none of the article images before the switch, and shows what the keyboard command shows', async () => {
    // First in this browser, so no cache can hide a request the preparation would make.
    const requestsBefore = imageRequests().length;
    const { page, tabId } = await openServedPage(session.gloss, session.server, SEED);
    const pageOwn = imageRequests().length - requestsBefore;
    const popup = await popupReady(tabId);
    // Preparing runs right after the analysis; give it ample time to have run (it would have
    // requested the article's images by now if it rendered into the page's document).
    await page.waitForTimeout(1500);
    expect(imageRequests().length - requestsBefore, 'image requests before the switch').toBe(pageOwn);

    await popup.getByTestId('reader-toggle').click();
    await page.getByTestId('reader-article').waitFor();
    // Shown, the reader asks for them (the test server answers 404, which no cache keeps).
    await expect.poll(() => imageRequests().length - requestsBefore).toBeGreaterThan(pageOwn);
    const prepared = await readerHtml(page);
    expect(prepared).toContain('<abbr');
    expect(await page.evaluate(() => document.querySelector('gloss-reader')?.shadowRoot?.mode)).toBe('open');
    await popup.close();
    await page.close();

    // The same page with the reader built on the spot.
    const direct = await openServedPage(session.gloss, session.server, SEED);
    expect(await runCommand(session.gloss, 'toggle-reader', direct.tabId)).toEqual({ open: true });
    expect(prepared).toBe(await readerHtml(direct.page));
    await direct.page.close();
  });

  it("shows the reader's own meaning defined in the popup just before switching on", async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, SEED);
    const popup = await popupReady(tabId);
    const row = popup.locator('[data-testid=glossary-entry][data-abbr="MTTQ"]');
    await row.getByTestId('glossary-edit').click();
    await popup.getByTestId('glossary-edit-input').fill('Mặt trận Tổ quốc (định nghĩa riêng)');
    await popup.getByTestId('glossary-edit-save').click();
    await expect.poll(() => row.getByTestId('glossary-expansion').innerText()).toBe('Mặt trận Tổ quốc (định nghĩa riêng)');

    await popup.getByTestId('reader-toggle').click();
    await page.getByTestId('reader-article').waitFor();
    const titles = await page.locator('[data-testid=reader-article] abbr[title]')
      .evaluateAll((marks) => marks.filter((m) => m.textContent === 'MTTQ').map((m) => m.getAttribute('title')));
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles)).toEqual(new Set(['Mặt trận Tổ quốc (định nghĩa riêng)']));
    await popup.close();
    await page.close();
  });

  it('moves focus to the close button once shown', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, SEED);
    const popup = await popupReady(tabId);
    await popup.getByTestId('reader-toggle').click();
    await page.getByTestId('reader-article').waitFor();
    await expect.poll(() => page.evaluate(() =>
      document.querySelector('gloss-reader')?.shadowRoot?.activeElement?.getAttribute('data-testid'))).toBe('reader-close');
    await page.getByTestId('reader-close').click();
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
