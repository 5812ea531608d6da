import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup } from './support/browser';
import { openServedPage, runCommand } from './support/pages';
import { useGlossSession } from './support/session';
import { expectSameHtml } from './support/same-html';

// What real news pages do to a reader: add an overlay after it opened, print a location stamp as its
// own box glued to the first word, put the URL slug in the title and the site's name in meta author.
// The pages are in tests/e2e/pages/ (no ../shared needed).

/** The service worker's extension API, as far as this file reads it. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const session = useGlossSession();
const open = (path: string) => openServedPage(session.gloss, session.server, path);
const snapshot = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const readerText = async (page: Page) => collapse(await page.locator('[data-testid=reader-view] [data-testid=reader-article]').innerText());

/** What a page script does once the reader is open: a fixed overlay with the highest z-index, last in the body. */
const addPageOverlay = (page: Page) => page.evaluate(() => {
  const overlay = document.createElement('div');
  overlay.id = 'late-overlay';
  overlay.setAttribute('style', 'position: fixed; inset: 0; z-index: 2147483647; background: rgba(200, 0, 0, 0.9);');
  overlay.textContent = 'Subscribe to keep reading';
  document.body.append(overlay);
});
/** The element hit at a point, as the page sees it (a hit in our shadow root reports its host). */
const hitAt = (page: Page, x: number, y: number) => page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.localName ?? null, [x, y]);

describe('the reader in the top layer', () => {
  it('stays above an overlay the page adds later; Escape, focus and the exact restore still work', async () => {
    const { page, tabId } = await open('/pages/late-overlay.html');
    await page.evaluate(() => window.scrollTo(0, 200));
    const before = await snapshot(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);

    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    const reader = page.getByTestId('reader-view');
    await reader.waitFor();
    expect(await reader.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    // Focus moves into the reader, to its close button.
    await expect.poll(() => page.evaluate(() =>
      (document.querySelector('gloss-reader')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.testid ?? null)).toBe('reader-close');

    await addPageOverlay(page);
    // The reader is what the page hits, over the page's overlay and its own fixed top bar.
    for (const [x, y] of [[550, 400], [550, 20], [10, 790]]) expect(await hitAt(page, x, y)).toBe('gloss-reader');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    expect(await hitAt(page, 550, 400)).toBe('div');
    await page.evaluate(() => document.getElementById('late-overlay')?.remove());
    expectSameHtml(await snapshot(page), before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await page.close();
  });

  it('takes a real click on its close button over the late overlay', async () => {
    const { page, tabId } = await open('/pages/late-overlay.html');
    const before = await snapshot(page);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    await addPageOverlay(page);
    // Playwright clicks only what is on top at the button's point: the overlay would take the click.
    await page.getByTestId('reader-close').click({ timeout: 5000 });
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    await page.evaluate(() => document.getElementById('late-overlay')?.remove());
    expectSameHtml(await snapshot(page), before);
    await page.close();
  });
});

describe('words the page shows apart', () => {
  it('keeps a location stamp apart from the first word in the popup glossary and in the reader', async () => {
    const { page, tabId } = await open('/pages/location-stamp.html');
    const popup = await openPopup(session.gloss, tabId);
    await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy')).toBe('false');
    const abbrs = await popup.getByTestId('glossary-entry').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-abbr')));
    expect(abbrs).toContain('HCM');
    expect(abbrs.filter((abbr) => abbr?.includes('Nếu'))).toEqual([]);
    expect(await popup.locator('[data-testid=glossary-entry][data-abbr="HCM"] [data-testid=glossary-expansion]').innerText()).toBe('Hồ Chí Minh');

    await popup.getByTestId('reader-toggle').click();
    await page.getByTestId('reader-article').waitFor();
    const text = await readerText(page);
    // A stamp set apart by a margin, and one shown as an inline-block (not in capitals in the markup).
    expect(text).toContain('TP HCM Nếu giá dầu');
    expect(text).toContain('Cần Thơ Sáng nay');
    await popup.close();
    await page.close();
  });

  it('keeps a location stamp apart in saved text and in the saved article shown offline', async () => {
    const { page, tabId } = await open('/pages/location-stamp.html');
    const saved = (await runCommand(session.gloss, 'save-article', tabId)) as { id: string };
    await page.close();
    const stored = await session.gloss.worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], `article:${saved.id}`) as { textContent: string };
    expect(collapse(stored.textContent)).toContain('TP HCM Nếu giá dầu');
    expect(collapse(stored.textContent)).toContain('Cần Thơ Sáng nay');
    const reader = await session.gloss.context.newPage();
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${saved.id}`);
    await reader.getByTestId('reader-article').waitFor();
    expect(collapse(await reader.getByTestId('reader-article').innerText())).toContain('TP HCM Nếu giá dầu');
    await reader.close();
  });
});

describe('title and byline', () => {
  it('shows the headline without its URL slug, and the author, the site once and the date in the page language', async () => {
    const { page, tabId } = await open('/pages/title-byline.html');
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    const reader = page.getByTestId('reader-view');
    expect(collapse(await reader.locator('h1').innerText())).toBe('Giới trẻ đổ xô vào lò luyện thi công chức ở Hàn Quốc');
    const meta = collapse(await page.getByTestId('reader-meta').innerText());
    expect(meta).toMatch(/^Minh Anh · Tin Mẫu · 2 tháng 3, 2026 · \d+ min read$/);
    await page.close();
  });
});
