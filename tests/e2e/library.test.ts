import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { launchGloss, openPopup, type GlossBrowser } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';

// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = useGlossSession();

describe('saved reads', () => {
  it('saves from the popup, lists it, reopens it offline, and updates on a second save', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html?utm_source=x');
    const canonical = page.url().replace(/[?&]utm_source=x/, (m) => (m.startsWith('?') ? '?' : '')).replace('?&', '?');
    const popup = await openPopup(session.gloss, tabId);
    await expect.poll(() => popup.getByTestId('save-article').isEnabled()).toBe(true);
    await popup.getByTestId('save-article').click();
    await expect.poll(() => popup.getByTestId('save-status').innerText()).toContain('Saved');

    const item = popup.locator(`[data-testid=saved-item][data-url="${canonical}"]`);
    await expect.poll(() => item.count()).toBe(1);
    await popup.getByTestId('save-article').click();
    await expect.poll(() => popup.getByTestId('save-status').innerText()).toContain('updated');
    expect(await popup.getByTestId('saved-item').count()).toBe(1);

    // Search without diacritics finds the Vietnamese text.
    await popup.getByTestId('saved-search').fill('ban thuong vu thanh uy');
    await expect.poll(() => item.count()).toBe(1);
    await popup.getByTestId('saved-search').fill('xylophone');
    await expect.poll(() => popup.getByTestId('saved-item').count()).toBe(0);
    await popup.getByTestId('saved-search').fill('');

    const [reader] = await Promise.all([session.gloss.context.waitForEvent('page'), item.click()]);
    await reader.waitForLoadState('load');
    expect(reader.url()).toMatch(/\/reader\.html\?id=[\w-]+$/);
    await reader.getByTestId('reader-article').waitFor();
    expect(await reader.getByTestId('reader-article').innerText()).toContain('Ban Thường vụ Thành ủy TP Thanh Hóa');
    await reader.close();
    await popup.close();
    await page.close();
  });

  it('keeps both articles when two popups save at the same moment, and undoes a delete', async () => {
    const first = await openServedPage(session.gloss, session.server, '/fixtures/dev/vi-01-hdnd-ky-hop-cuoi-nam.html');
    const second = await openServedPage(session.gloss, session.server, '/fixtures/dev/en-01-smoke-free-parks-who.html');
    const popups = [await openPopup(session.gloss, first.tabId), await openPopup(session.gloss, second.tabId)];
    for (const p of popups) await expect.poll(() => p.getByTestId('save-article').isEnabled()).toBe(true);
    await Promise.all(popups.map((p) => p.getByTestId('save-article').click()));
    for (const p of popups) await expect.poll(() => p.getByTestId('save-status').count()).toBe(1);
    for (const p of popups.slice(1)) await p.close();

    const popup = popups[0];
    for (const { page } of [first, second]) {
      await expect.poll(() => popup.locator(`[data-testid=saved-item][data-url="${page.url()}"]`).count()).toBe(1);
    }
    const before = await popup.getByTestId('saved-item').count();
    await popup.locator(`[data-testid=saved-item][data-url="${second.page.url()}"] [data-testid=saved-delete]`).click();
    await expect.poll(() => popup.getByTestId('saved-item').count()).toBe(before - 1);
    await popup.getByTestId('saved-undo').click();
    await expect.poll(() => popup.getByTestId('saved-item').count()).toBe(before);
    await popup.close();
    await first.page.close();
    await second.page.close();
  });

  it('says plainly when a saved article is not in the library', async () => {
    const reader = await session.gloss.context.newPage();
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=missing`);
    await expect.poll(() => reader.getByTestId('popup-message').innerText()).toContain("isn't in your library");
    await reader.close();
  });

  it('exports JSON, and a fresh profile that imports it lists the same articles', async () => {
    const popup = await openPopup(session.gloss, 0);
    await expect.poll(() => popup.getByTestId('saved-item').count()).toBeGreaterThan(1);
    const listed = await popup.getByTestId('saved-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-url')));
    const options = await session.gloss.context.newPage();
    await options.goto(`chrome-extension://${session.gloss.extensionId}/options.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    const file = await download.path();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'gloss-library' });

    let fresh: GlossBrowser | undefined;
    try {
      fresh = await launchGloss();
      const freshOptions = await fresh.context.newPage();
      await freshOptions.goto(`chrome-extension://${fresh.extensionId}/options.html`);
      await freshOptions.getByTestId('import-file').setInputFiles(file);
      await expect.poll(() => freshOptions.getByTestId('popup-message').innerText()).toContain(`${listed.length} added`);
      const freshPopup = await openPopup(fresh, 0);
      await expect.poll(() => freshPopup.getByTestId('saved-item').count()).toBe(listed.length);
      expect(await freshPopup.getByTestId('saved-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-url')))).toEqual(listed);
    } finally {
      await fresh?.close();
    }
    await options.close();
    await popup.close();
  });

  it('lists the other articles and says so when stored records are damaged, keeping their data', async () => {
    type Entry = { id: string; url: string; title: string };
    const storage = <T>(fn: () => Promise<T>) => session.gloss.worker.evaluate(fn);
    const before = await storage(async () => (await chrome.storage.local.get('library-index'))['library-index'] as Entry[]);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const [garbage, missing] = before;
    // One record overwritten with something that is not an article, another one's item gone.
    await session.gloss.worker.evaluate(async ([g, m]) => {
      await chrome.storage.local.set({ [`article:${g}`]: 'not an article {' });
      await chrome.storage.local.remove(`article:${m}`);
    }, [garbage.id, missing.id] as const);

    const popup = await openPopup(session.gloss, 0);
    const items = popup.getByTestId('saved-item');
    await expect.poll(() => popup.getByTestId('saved-damaged').count()).toBe(1);
    await expect.poll(() => items.count()).toBe(before.length - 2);
    const listed = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-url')));
    expect(listed).toEqual(before.slice(2).map((e) => e.url));
    // (tab 0 does not exist, so the popup also shows its "can't run here" message)
    const notice = await popup.locator('.saved [data-testid=popup-message]').innerText();
    expect(notice).toContain('could not be read: 2');
    expect(notice).toContain(garbage.title);
    expect(notice).toContain(missing.title);

    // Nothing destroyed: the garbage is kept, word for word, under a damaged: key.
    const kept = await storage(async () => Object.entries(await chrome.storage.local.get(null))
      .filter(([key]) => key.startsWith('damaged:')).map(([key, value]) => ({ key, value })));
    expect(kept).toEqual([{ key: expect.stringMatching(`^damaged:${garbage.id}:`), value: expect.objectContaining({ raw: 'not an article {' }) }]);

    // Its saved-article page says what happened instead of "not in your library".
    const reader = await session.gloss.context.newPage();
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${garbage.id}`);
    await expect.poll(() => reader.getByTestId('popup-message').innerText()).toContain('damaged');
    expect(await reader.getByTestId('original-link').getAttribute('href')).toBe(garbage.url);
    await reader.close();

    await popup.getByTestId('saved-damaged-dismiss').click();
    await expect.poll(() => popup.getByTestId('saved-damaged').count()).toBe(0);
    expect(await items.count()).toBe(before.length - 2);
    await popup.close();
  });

  it('reads a saved article offline, with its abbreviation marks, once the site is gone', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    const saved = (await runCommand(session.gloss, 'save-article', tabId)) as { id: string };
    await page.close();
    await session.server.close(); // the "network" is gone from here on
    const reader = await session.gloss.context.newPage();
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${saved.id}`);
    await reader.getByTestId('reader-article').waitFor();
    expect(await reader.getByTestId('reader-article').innerText()).toContain('Ban Thường vụ Thành ủy TP Thanh Hóa');
    expect(await reader.locator('[data-testid=reader-article] abbr[title]').count()).toBeGreaterThan(5);
    await reader.close();
  });
});
