import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { repoRoot } from './support/paths';

// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = useGlossSession();
const english = JSON.parse(readFileSync(resolve(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

const storedLibrary = () => session.gloss.worker.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;

/**
 * Make storage.local refuse writes in the service worker (the library's only writer) the way a
 * full profile does: 'every' write, or only the one that carries the index ('index'), which comes
 * after the article item was already written and so needs a rollback. 'none' puts things back.
 */
function storageFull(mode: 'every' | 'index' | 'none') {
  return session.gloss.worker.evaluate((which) => {
    const scope = globalThis as unknown as { browser?: typeof chrome; __glossRealSet?: Map<object, unknown> };
    scope.__glossRealSet ??= new Map();
    const realSets = scope.__glossRealSet;
    // Chromium's `browser` and `chrome` may be one object or two: both paths must refuse.
    for (const area of new Set([chrome.storage.local, scope.browser?.storage?.local].filter(Boolean))) {
      if (!realSets.has(area)) realSets.set(area, area.set);
      const realSet = realSets.get(area) as (...args: unknown[]) => Promise<void>;
      area.set = which === 'none' ? realSet : function (this: unknown, ...args: unknown[]) {
        const items = args[0] as Record<string, unknown>;
        if (which === 'every' || 'library-index' in items) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
        return realSet.apply(this, args);
      };
    }
  }, mode);
}

describe('storage full', () => {
  it('fails the save with a message and keeps the library exactly as it was, then saves once there is room', async () => {
    const first = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    expect(await runCommand(session.gloss, 'save-article', first.tabId)).toMatchObject({ created: true });
    const before = await storedLibrary();

    const second = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
    for (const mode of ['every', 'index'] as const) {
      const popup = await openPopup(session.gloss, second.tabId);
      await expect.poll(() => popup.getByTestId('saved-item').count()).toBe(1);
      await expect.poll(() => popup.getByTestId('save-article').isEnabled()).toBe(true);
      expect(await popup.getByTestId('popup-message').count()).toBe(0);
      await storageFull(mode);
      await popup.getByTestId('save-article').click();
      await expect.poll(() => popup.getByTestId('popup-message').count(), { timeout: 30_000 }).toBe(1);
      expect(await popup.getByTestId('popup-message').innerText(), mode).toBe(english.storageFull.message);
      // The keyboard command and a re-save of the article already kept fail the same way.
      expect(await runCommand(session.gloss, 'save-article', second.tabId), mode).toEqual({ problem: 'storage-full' });
      expect(await runCommand(session.gloss, 'save-article', first.tabId), mode).toEqual({ problem: 'storage-full' });
      await storageFull('none');
      expect(await storedLibrary(), mode).toEqual(before);
      expect(await popup.getByTestId('saved-item').count()).toBe(1);
      expect(await popup.locator(`[data-testid=saved-item][data-url="${first.page.url()}"]`).count()).toBe(1);
      await popup.close();
    }

    // Nothing is stuck: with room again, the same save goes through and the first article stays as it was.
    expect(await runCommand(session.gloss, 'save-article', second.tabId)).toMatchObject({ created: true });
    const popup = await openPopup(session.gloss, second.tabId);
    await expect.poll(() => popup.getByTestId('saved-item').count()).toBe(2);
    const firstArticle = Object.keys(before).find((key) => key.startsWith('article:'))!;
    expect((await storedLibrary())[firstArticle]).toEqual(before[firstArticle]);
    await popup.close();
    await first.page.close();
    await second.page.close();
  });
});
