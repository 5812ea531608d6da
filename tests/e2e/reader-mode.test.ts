import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openPopup } from './support/browser';
import { openServedPage } from './support/pages';
import { useGlossSession } from './support/session';
import { docsDir, fixturesDir } from './support/paths';
import { expectSameHtml } from './support/same-html';

const seedGold = JSON.parse(readFileSync(resolve(fixturesDir, 'seed-thanh-hoa.gold.json'), 'utf8'));
const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

const session = useGlossSession();

const openPage = (path: string) => openServedPage(session.gloss, session.server, path);

const readerText = (page: Page) =>
  page.locator('[data-testid=reader-view] [data-testid=reader-article]').innerText();
const snapshot = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

describe('reader mode on the seed article', () => {
  it('opens a clean reader view from the popup and restores the page exactly', async () => {
    const { page, tabId } = await openPage('/fixtures/seed-thanh-hoa.html');
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await snapshot(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);

    const popup = await openPopup(session.gloss, tabId);
    const toggle = popup.getByTestId('reader-toggle');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    // Playwright locators pierce open shadow roots: the reader lives in one.
    await page.bringToFront();
    await page.getByTestId('reader-article').waitFor();
    const text = collapse(await readerText(page));
    for (const passage of seedGold.text_must_include) expect(text).toContain(collapse(passage));
    expect(await page.evaluate(() => document.querySelector('gloss-reader')?.shadowRoot?.mode)).toBe('open');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    // caret: 'initial' keeps Playwright from touching the page's inputs (it would leave style="").
    await page.screenshot({ path: resolve(docsDir, 'reader-view.png'), caret: 'initial' });

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    expectSameHtml(await snapshot(page), before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await popup.close();
    await page.close();
  });

  it('closes with Escape and with the close button, and never stacks two overlays', async () => {
    const { page, tabId } = await openPage('/fixtures/seed-thanh-hoa.html');
    const before = await snapshot(page);
    const popup = await openPopup(session.gloss, tabId);
    const toggle = popup.getByTestId('reader-toggle');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

    await toggle.click();
    await page.bringToFront();
    await page.getByTestId('reader-view').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    expectSameHtml(await snapshot(page), before);
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

    await toggle.click();
    await page.getByTestId('reader-close').click();
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    expectSameHtml(await snapshot(page), before);

    // Two toggles sent at once: open then close, in order — never two overlays.
    await session.gloss.worker.evaluate(async (id) => {
      const handle = (globalThis as unknown as { gloss: { handleCommand: (c: string, t: object) => Promise<unknown> } }).gloss;
      await Promise.all([handle.handleCommand('toggle-reader', { id }), handle.handleCommand('toggle-reader', { id })]);
    }, tabId);
    expect(await page.locator('gloss-reader').count()).toBe(0);
    expectSameHtml(await snapshot(page), before);
    await popup.close();
    await page.close();
  });

  it('toggles through the keyboard command handler', async () => {
    const { page, tabId } = await openPage('/fixtures/seed-thanh-hoa.html');
    const before = await snapshot(page);
    const run = () => session.gloss.worker.evaluate((id) => {
      const handle = (globalThis as unknown as { gloss: { handleCommand: (c: string, t: object) => Promise<unknown> } }).gloss;
      return handle.handleCommand('toggle-reader', { id });
    }, tabId);
    expect(await run()).toEqual({ open: true });
    expect(await page.locator('[data-testid=reader-view]').count()).toBe(1);
    expect(await run()).toEqual({ open: false });
    expect(await page.locator('gloss-reader').count()).toBe(0);
    expectSameHtml(await snapshot(page), before);
    await page.close();
  });
});

describe('pages that are not articles', () => {
  it('explains that browser pages are off-limits', async () => {
    const page = await session.gloss.context.newPage();
    await page.goto('chrome://version');
    const tabId = await session.gloss.worker.evaluate(async () =>
      (await chrome.tabs.query({})).find((tab: { url?: string }) => tab.url?.startsWith('chrome://version'))?.id, undefined);
    const popup = await openPopup(session.gloss, tabId!);
    await expect.poll(() => popup.getByTestId('popup-message').innerText()).toContain("can't run on this page");
    expect(await popup.getByTestId('glossary').getAttribute('aria-busy')).toBe('false');
    await popup.close();
    await page.close();
  });
});

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
