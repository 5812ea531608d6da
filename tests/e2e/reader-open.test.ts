import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup } from './support/browser';
import { openServedPage, runCommand } from './support/pages';
import { useGlossSession } from './support/session';

// Opening the reader fast, without changing what it shows or what the page sees. The popup's
// analysis prepares the reader off the document (an inert document: nothing in it loads or
// runs), so the switch only has to show it: it must show what the reader built on the spot
// (keyboard command) shows. The scroll lock leaves a body that does not scroll alone.

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

describe('the scroll lock', () => {
  it('also locks a body that scrolls itself, and gives everything back exactly', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
    // A layout where the body, not the viewport, is the scroller.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'html, body { height: 100%; margin: 0; } body { overflow: auto; } main { min-height: 300vh; }';
      document.head.append(style);
      document.body.scrollTop = 200;
    });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    const overflow = () => page.evaluate(() => [getComputedStyle(document.documentElement).overflowY, getComputedStyle(document.body).overflowY]);
    expect(await overflow()).toEqual(['hidden', 'hidden']);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: false });
    expect(await overflow()).toEqual(['visible', 'auto']);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
