import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage } from './support/pages';
import { fixturesDir } from './support/paths';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[\s-–]+/g, ' ').trim();
const gold = JSON.parse(readFileSync(resolve(fixturesDir, 'seed-thanh-hoa.gold.json'), 'utf8')) as {
  required: { abbr: string; expansion: string }[];
  forbidden: string[];
};

const session = useGlossSession();

describe('the glossary on the seed article', () => {
  it('lists every required abbreviation with its meaning, and no Roman numeral', async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    const popup = await openPopup(session.gloss, tabId);
    const glossary = popup.getByTestId('glossary');
    await expect.poll(() => glossary.getAttribute('aria-busy')).toBe('false');
    for (const { abbr, expansion } of gold.required) {
      const row = popup.locator(`[data-testid=glossary-entry][data-abbr="${abbr}"]`);
      expect(await row.count(), abbr).toBe(1);
      expect(fold(await row.getByTestId('glossary-expansion').innerText()), abbr).toBe(fold(expansion));
    }
    for (const abbr of gold.forbidden) {
      expect(await popup.locator(`[data-testid=glossary-entry][data-abbr="${abbr}"]`).count(), abbr).toBe(0);
    }

    // Reader view: every use is an <abbr title=expansion>; the popup finds the first use.
    await popup.getByTestId('reader-toggle').click();
    await page.getByTestId('reader-article').waitFor();
    for (const { abbr, expansion } of gold.required) {
      const titles = await page.locator('[data-testid=reader-article] abbr[title]')
        .evaluateAll((marks, text) => marks.filter((m) => m.textContent === text).map((m) => m.getAttribute('title')), abbr);
      expect(titles.length, abbr).toBeGreaterThan(0);
      expect(fold(titles[0]!), abbr).toBe(fold(expansion));
    }
    await popup.locator('[data-testid=glossary-entry][data-abbr="MTTQ"] .glossary-main').click();
    await expect.poll(() => page.locator('abbr.gloss-flash').innerText()).toBe('MTTQ');
    await popup.close();
    await page.close();
  });

  it("applies the reader's own meaning from the popup, here and on later pages", async () => {
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/fixtures/seed-thanh-hoa.html');
    const popup = await openPopup(session.gloss, tabId);
    const row = popup.locator('[data-testid=glossary-entry][data-abbr="MTTQ"]');
    await row.getByTestId('glossary-edit').click();
    await popup.getByTestId('glossary-edit-input').fill('Mặt trận Tổ quốc Việt Nam');
    await popup.getByTestId('glossary-edit-save').click();
    await expect.poll(() => row.getByTestId('glossary-expansion').innerText()).toBe('Mặt trận Tổ quốc Việt Nam');
    expect(await row.locator('.badge').innerText()).toBe('yours');
    await popup.close();
    await page.close();

    const later = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
    const laterPopup = await openPopup(session.gloss, later.tabId);
    const laterRow = laterPopup.locator('[data-testid=glossary-entry][data-abbr="MTTQ"]');
    await expect.poll(() => laterRow.getByTestId('glossary-expansion').innerText()).toBe('Mặt trận Tổ quốc Việt Nam');
    await laterPopup.close();
    await later.page.close();
  });
});
