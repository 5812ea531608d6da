import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { expectSameHtml } from './support/same-html';
import { ensureHugePage } from './support/huge-page';

const session = useGlossSession();

const snapshot = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const overlays = (page: Page) => page.locator('gloss-reader').count();
/** The headline the open reader shows, or null when the reader is closed. */
const readerShows = (page: Page) => page.evaluate(() =>
  document.querySelector('gloss-reader')?.shadowRoot?.querySelector('[data-testid=reader-view] h1')?.textContent?.trim() ?? null);

async function popupMessage(tabId: number): Promise<string> {
  const popup = await openPopup(session.gloss, tabId);
  await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
  await popup.getByTestId('reader-toggle').click();
  await expect.poll(() => popup.getByTestId('popup-message').count(), { timeout: 60_000 }).toBeGreaterThan(0);
  const text = await popup.getByTestId('popup-message').innerText();
  await popup.close();
  return text;
}

describe('pages that are hard to read', () => {
  it('says plainly that an empty page and a frameset have nothing to read', async () => {
    for (const path of ['/pages/bad/empty.html', '/pages/bad/frameset.html']) {
      const { page, tabId } = await openServedPage(session.gloss, session.server, path);
      expect(await popupMessage(tabId), path).toMatch(/doesn't look like an article/);
      expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ problem: 'not-article' });
      await page.close();
    }
  });

  it('shows the reader over hostile page CSS and still restores the page exactly', async () => {
    // hostile-css: all: unset on every element, Gloss's host included; hostile-host: display: none
    // on everything and "hide custom elements until defined" (Gloss's host is never defined).
    for (const path of ['/pages/bad/hostile-css.html', '/pages/bad/hostile-host.html']) {
      const { page, tabId } = await openServedPage(session.gloss, session.server, path);
      const before = await snapshot(page);
      expect(await runCommand(session.gloss, 'toggle-reader', tabId), path).toEqual({ open: true });
      const article = page.getByTestId('reader-article');
      expect(await article.boundingBox(), path).not.toBeNull();
      expect(await article.evaluate((el) => getComputedStyle(el).display), path).not.toBe('none');
      expect(await article.innerText(), path).toContain('flood barrier');
      // What is painted at the centre of the screen is the reader, not the page's red cover.
      const onTop = await page.evaluate(() => {
        const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        const host = hit?.tagName === 'GLOSS-READER' ? hit : null;
        const style = host && getComputedStyle(host);
        return Boolean(style && style.display !== 'none' && style.visibility === 'visible' && style.opacity === '1');
      });
      expect(onTop, path).toBe(true);
      expect(await runCommand(session.gloss, 'toggle-reader', tabId), path).toEqual({ open: false });
      expectSameHtml(await snapshot(page), before);
      await page.close();
    }
  });

  it('keeps one overlay and leaves only the page’s own changes on a page that keeps changing', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/bad/mutating.html');
    await runCommand(session.gloss, 'toggle-reader', tabId);
    expect(await overlays(page)).toBe(1);
    await page.waitForTimeout(400);
    await runCommand(session.gloss, 'toggle-reader', tabId);
    expect(await overlays(page)).toBe(0);
    expect(await page.evaluate(() => [document.documentElement.getAttribute('style'), document.body.getAttribute('style')])).toEqual([null, null]);
    await page.close();
  });

  it('closes the reader when a single-page app moves to another story', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/bad/pushstate.html');
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    await page.evaluate(() => window.postMessage('navigate', '*'));
    await expect.poll(() => overlays(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    await page.close();
  });

  it('never shows the old story under the new address when a single-page app moves on while the reader opens', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/bad/spa-while-opening.html');
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('story'))).toBe('2');
    // The reader may close or read story two; it must not stay on story one under story two's address.
    await expect.poll(() => readerShows(page), { timeout: 20_000 }).not.toBe('Flood barrier holds in record high water');
    if ((await readerShows(page)) === null) {
      expect(await page.evaluate(() => [document.documentElement.getAttribute('style'), document.body.getAttribute('style')])).toEqual([null, null]);
      expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    }
    expect(await readerShows(page)).toBe('Night trains return to the mountain line');
    await page.close();
  });

  it('leaves no trace and keeps working when the page loads another one while the reader opens', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/bad/leaves-while-opening.html');
    const [result] = await Promise.all([runCommand(session.gloss, 'toggle-reader', tabId), page.waitForURL(/arrived=1/)]);
    // Opened just before the page went, or gone before it could answer: either way an answer, not a throw.
    expect([{ open: true }, { problem: 'failed' }]).toContainEqual(result);
    await page.waitForLoadState('load');
    expect(await overlays(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    expect(await readerShows(page)).toBe('Hà Giang khởi công tuyến đường liên xã đầu tiên của năm');
    await page.close();
  });

  it('reads right-to-left text right to left', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/bad/rtl.html');
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    expect(await page.getByTestId('reader-view').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.getByTestId('reader-article').innerText()).toContain('قالت هيئة النهر يوم الثلاثاء');
    await page.close();
  });

  it('opens or declines a 20 MB page within a bounded time, and the tab stays responsive', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, ensureHugePage(), { timeout: 200_000 });
    const result = await runCommand(session.gloss, 'toggle-reader', tabId);
    expect([{ open: true }, { problem: 'too-large' }]).toContainEqual(result);
    // The page still answers promptly (no frozen main thread left behind).
    expect(await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done('painted'))))).toBe('painted');
    if ((result as { open?: boolean }).open) {
      expect(await page.getByTestId('reader-article').innerText()).toContain('flood barrier held back the highest water');
    }
    await page.close();
  }, 300_000);
});
