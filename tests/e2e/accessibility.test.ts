import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { seriousViolations } from './support/axe';
import { docsDir } from './support/paths';

const session = useGlossSession();

// Screenshots for the README are taken on the way: the run that checks a view also pictures it.
const shot = (name: string) => ({ path: resolve(docsDir, `${name}.png`), caret: 'initial' as const });

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (scheme) => {
  it('popup, reader view and saved-article page have no serious or critical axe violations', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    await page.emulateMedia({ colorScheme: scheme });
    const saved = (await runCommand(session.gloss, 'save-article', tabId)) as { id: string };

    const popup = await openPopup(session.gloss, tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 420, height: 760 });
    await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy')).toBe('false');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot(shot(`popup-${scheme}`));

    await popup.getByTestId('reader-toggle').click();
    await page.getByTestId('reader-article').waitFor();
    expect(await seriousViolations(page, 'gloss-reader')).toEqual([]);
    await page.screenshot(shot(`reader-view-${scheme}`));
    await runCommand(session.gloss, 'toggle-reader', tabId);

    const reader = await session.gloss.context.newPage();
    await reader.emulateMedia({ colorScheme: scheme });
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${saved.id}`);
    await reader.getByTestId('reader-article').waitFor();
    expect(await seriousViolations(reader)).toEqual([]);
    if (scheme === 'light') await reader.screenshot(shot('saved-article'));

    const options = await session.gloss.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${session.gloss.extensionId}/options.html`);
    await options.getByTestId('export-json').waitFor();
    expect(await seriousViolations(options)).toEqual([]);

    for (const p of [options, reader, popup, page]) await p.close();
  });
});

describe('keyboard alone', () => {
  it('reaches the reader switch, opens a saved article with Enter, and closes the reader with Escape', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
    await runCommand(session.gloss, 'save-article', tabId);
    const popup = await openPopup(session.gloss, tabId);
    await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy')).toBe('false');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reader-toggle');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('reader-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);

    await popup.bringToFront();
    await popup.getByTestId('saved-item').first().focus();
    const [reader] = await Promise.all([session.gloss.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await reader.getByTestId('reader-article').waitFor();
    for (const p of [reader, popup, page]) await p.close();
  });
});
