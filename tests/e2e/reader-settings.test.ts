import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Locator, Page } from 'playwright-core';

import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { expectSameHtml } from './support/same-html';

const session = useGlossSession();

const snapshot = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const style = (locator: Locator, property: string) =>
  locator.evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);
const px = (value: string) => Number.parseFloat(value);

async function openReader(page: Page, tabId: number) {
  expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
  await page.getByTestId('reader-article').waitFor();
}

describe('reader comfort settings', () => {
  it('changes theme and text size from the toolbar, keeps them after a reload, and still restores the page', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    const before = await snapshot(page);
    await openReader(page, tabId);
    const reader = page.getByTestId('reader-view');
    const article = page.getByTestId('reader-article');
    const lightBackground = await style(reader, 'background-color');
    const startSize = px(await style(article, 'font-size'));

    // The settings disclosure works from the keyboard.
    const toggle = page.getByTestId('reader-settings-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('reader-theme-dark').click();
    await expect.poll(() => style(reader, 'background-color')).not.toBe(lightBackground);
    expect(await style(reader, 'background-color')).toBe('rgb(23, 24, 26)');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);

    for (let i = 0; i < 3; i++) await page.getByTestId('reader-fontSize-more').click();
    await expect.poll(async () => px(await style(article, 'font-size'))).toBe(startSize + 3);
    // Instant, and without re-extraction: the same article node is still there.
    expect(await article.evaluate((el) => el.isConnected)).toBe(true);

    // Vietnamese with stacked marks (ẫ, ự) in the reader's font, for a human to look at.
    await page.screenshot({ path: join(tmpdir(), 'gloss-reader-settings-dark.png'), caret: 'initial' });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    expectSameHtml(await snapshot(page), before);

    // Let the debounced write reach storage.sync, then reload and reopen.
    await expect.poll(() => session.gloss.worker.evaluate(async () => {
      const stored = await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, { fontSize?: number }>> } } } })
        .chrome.storage.sync.get('reader-settings');
      return stored['reader-settings']?.fontSize;
    })).toBe(startSize + 3);
    await page.reload();
    await page.waitForLoadState('load');
    await openReader(page, tabId);
    await expect.poll(() => style(page.getByTestId('reader-view'), 'background-color')).toBe('rgb(23, 24, 26)');
    expect(px(await style(page.getByTestId('reader-article'), 'font-size'))).toBe(startSize + 3);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    await page.close();
  });

  it('shows reading progress as the reader scrolls', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    await openReader(page, tabId);
    const progress = page.getByTestId('reading-progress');
    expect(await progress.getAttribute('aria-valuenow')).toBe('0');
    await page.getByTestId('reader-view').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('100');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });

  it('has the same toolbar on the saved-article page, where progress follows the window', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    const saved = (await runCommand(session.gloss, 'save-article', tabId)) as { id: string };
    const reader = await session.gloss.context.newPage();
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${encodeURIComponent(saved.id)}`);
    await reader.getByTestId('reader-article').waitFor();
    expect(await reader.getByTestId('reader-close').count()).toBe(0);
    await reader.getByTestId('reader-settings-toggle').click();
    await reader.getByTestId('reader-theme-sepia').click();
    await expect.poll(() => style(reader.getByTestId('reader-view'), 'background-color')).toBe('rgb(244, 236, 216)');
    const progress = reader.getByTestId('reading-progress');
    await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('100');
    await reader.screenshot({ path: join(tmpdir(), 'gloss-reader-page-sepia.png') });
    await reader.close();
    await page.close();
  });

  it('reads aloud, or says plainly that the system has no voice for the language', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    const before = await snapshot(page);
    await openReader(page, tabId);
    const hasVietnamese = await page.evaluate(async () => {
      await new Promise((done) => setTimeout(done, 500));
      return speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith('vi'));
    });
    await page.getByTestId('read-aloud').click();
    if (hasVietnamese) {
      await expect.poll(() => page.locator('[data-testid=reader-article] .gloss-speaking').count()).toBe(1);
      await page.getByTestId('read-aloud-stop').click();
    } else {
      const status = page.getByTestId('read-aloud-status');
      await expect.poll(() => status.innerText(), { timeout: 5000 }).toContain('no Vietnamese voice');
      expect(await page.locator('.gloss-speaking').count()).toBe(0);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    expectSameHtml(await snapshot(page), before);
    await page.close();
  });
});
