import { describe, expect, it } from 'vitest';
import { openPopup } from './support/browser';
import { openServedPage } from './support/pages';
import { useGlossSession } from './support/session';

// Reads ../shared/corpus (served at /corpus/): runs in `npm run test:corpus`, not `npm test`.
const session = useGlossSession();

const openPage = (path: string) => openServedPage(session.gloss, session.server, path);

describe('a real listing page', () => {
  it('says a listing page is not an article and opens it anyway on request', async () => {
    const { page, tabId } = await openPage('/corpus/vi-news/vnexpress__listing__kinh-doanh.html');
    const popup = await openPopup(session.gloss, tabId);
    const message = popup.getByTestId('popup-message');
    await expect.poll(() => message.innerText()).toContain("doesn't look like an article");
    await popup.getByTestId('open-anyway').click();
    await expect.poll(() => page.locator('[data-testid=reader-view]').count()).toBe(1);
    // The notice stays, and the reader says it too (tests/e2e/reader-not-article.test.ts).
    expect(await message.innerText()).toContain("doesn't look like an article");
    expect(await page.getByTestId('reader-note').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
