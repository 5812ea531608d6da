import { describe, expect, it } from 'vitest';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';

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
    expect(await reader.locator('abbr[title]').count()).toBeGreaterThanOrEqual(0);
    await reader.close();
    await popup.close();
    await page.close();
  });

  it('keeps both articles when two tabs save at the same moment, and undoes a delete', async () => {
    const first = await openServedPage(session.gloss, session.server, '/fixtures/dev/vi-01-hdnd-ky-hop-cuoi-nam.html');
    const second = await openServedPage(session.gloss, session.server, '/fixtures/dev/en-01-smoke-free-parks-who.html');
    const results = await Promise.all([runCommand(session.gloss, 'save-article', first.tabId), runCommand(session.gloss, 'save-article', second.tabId)]);
    for (const result of results) expect(result).toMatchObject({ created: true });

    const popup = await openPopup(session.gloss, first.tabId);
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

  it('shows an empty-state hint and a clear message for an id that is not saved', async () => {
    const reader = await session.gloss.context.newPage();
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=missing`);
    await expect.poll(() => reader.getByTestId('popup-message').innerText()).toContain("isn't in your library");
    await reader.close();
  });
});
