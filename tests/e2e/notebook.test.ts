import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { useGlossSession } from './support/session';
import { saveServedPage } from './support/highlight';
import { seriousViolations } from './support/axe';

// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = useGlossSession();
const SCHOOLS = '/pages/notebook/vi-truong-hoc.html';
const HEALTH = '/pages/notebook/vi-y-te.html';
const url = (page: string) => `chrome-extension://${session.gloss.extensionId}/${page}`;

async function openNotebook(): Promise<Page> {
  const notebook = await session.gloss.context.newPage();
  await notebook.goto(url('notebook.html'));
  await notebook.getByTestId('notebook-entry').first().waitFor();
  return notebook;
}

/** The abbreviations with a meaning that each saved article's own glossary holds. */
async function savedGlossaries(ids: string[]): Promise<Record<string, string[]>> {
  return session.gloss.worker.evaluate(async (articleIds) => {
    const out: Record<string, string[]> = {};
    for (const id of articleIds) {
      const record = (await chrome.storage.local.get(`article:${id}`))[`article:${id}`];
      out[id] = record.glossary.filter((e: { expansion: string | null }) => e.expansion).map((e: { abbr: string }) => e.abbr);
    }
    return out;
  }, ids);
}

describe('abbreviation notebook', () => {
  let schools = '';
  let health = '';

  it('lists the abbreviations of two saved Vietnamese articles, with meanings, counts and links to their first use', async () => {
    schools = await saveServedPage(session, SCHOOLS);
    health = await saveServedPage(session, HEALTH);
    const glossaries = await savedGlossaries([schools, health]);
    const expected = [...new Set([...glossaries[schools], ...glossaries[health]])];
    expect(expected).toEqual(expect.arrayContaining(['UBND', 'THPT', 'HĐND', 'NSNN']));

    const notebook = await openNotebook();
    const listed = await notebook.getByTestId('notebook-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-abbr')));
    expect(listed).toEqual(expect.arrayContaining(expected));
    const ubnd = notebook.locator('[data-testid=notebook-entry][data-abbr=UBND]');
    expect(await ubnd.getByTestId('notebook-expansion').innerText()).toBe('Ủy ban nhân dân');
    expect(await ubnd.getByTestId('notebook-article-link').count()).toBe(2);
    expect(await notebook.locator('[data-testid=notebook-entry][data-abbr=HĐND]').getByTestId('notebook-expansion').innerText()).toBe('Hội đồng nhân dân');

    // Filter by article: the health article has no THPT.
    await notebook.getByTestId('notebook-article').selectOption(health);
    await expect.poll(() => notebook.locator('[data-testid=notebook-entry][data-abbr=THPT]').count()).toBe(0);
    expect(await notebook.locator('[data-testid=notebook-entry][data-abbr=HĐND]').count()).toBe(1);
    // Filter by domain: education keeps THPT, drops HĐND.
    await notebook.getByTestId('notebook-article').selectOption('');
    await notebook.getByTestId('notebook-domain').selectOption('edu');
    await expect.poll(() => notebook.locator('[data-testid=notebook-entry][data-abbr=HĐND]').count()).toBe(0);
    expect(await notebook.locator('[data-testid=notebook-entry][data-abbr=THPT]').count()).toBe(1);
    await notebook.getByTestId('notebook-domain').selectOption('');

    // A link opens the saved article at the abbreviation's first use.
    const link = ubnd.getByTestId('notebook-article-link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/reader\.html\?id=\w+&abbr=UBND$/);
    await link.click();
    await notebook.waitForURL(/reader\.html/);
    await expect.poll(() => notebook.evaluate(() => document.activeElement?.textContent)).toBe('UBND');
    await notebook.close();
  });

  it('"I know this" stops the reader underlining it, and undo brings it back', async () => {
    const notebook = await openNotebook();
    const ubnd = notebook.locator('[data-testid=notebook-entry][data-abbr=UBND]');
    await ubnd.getByTestId('notebook-known').click();
    await expect.poll(() => ubnd.getByTestId('notebook-known').getAttribute('aria-pressed')).toBe('true');
    const reader = await session.gloss.context.newPage();
    const underlined = async () => {
      await reader.goto(url(`reader.html?id=${schools}`));
      await reader.getByTestId('reader-article').waitFor();
      return reader.locator('[data-testid=reader-article] abbr[title]').evaluateAll((els) => els.map((e) => e.textContent));
    };
    const marked = await underlined();
    expect(marked).not.toContain('UBND');
    expect(marked).toContain('THPT');
    await notebook.getByTestId('notebook-undo').click();
    await expect.poll(() => ubnd.getByTestId('notebook-known').getAttribute('aria-pressed')).toBe('false');
    expect(await underlined()).toContain('UBND');
    await reader.close();
    await notebook.close();
  });

  it('"Learn" adds a card; a review session shows it, Space flips it and a key rates it', async () => {
    const notebook = await openNotebook();
    await notebook.locator('[data-testid=notebook-entry][data-abbr=HĐND]').getByTestId('notebook-learn').click();
    await expect.poll(() => notebook.locator('[data-testid=notebook-entry][data-abbr=HĐND] [data-testid=notebook-learn]').getAttribute('aria-pressed')).toBe('true');

    const review = await session.gloss.context.newPage();
    await review.goto(url('review.html'));
    const card = review.getByTestId('review-card');
    await card.waitFor();
    expect(await card.getAttribute('data-abbr')).toBe('HĐND');
    expect(await review.getByTestId('review-back').count()).toBe(0);
    await review.keyboard.press('Space');
    expect(await review.getByTestId('review-back').innerText()).toBe('Hội đồng nhân dân');
    expect(await card.innerText()).toContain('HĐND');
    await review.keyboard.press('3');
    await review.getByTestId('review-done').waitFor();
    expect(await review.getByTestId('review-progress').getAttribute('aria-valuenow')).toBe('1');
    const stored = await session.gloss.worker.evaluate(async () => (await chrome.storage.local.get('review-cards'))['review-cards']);
    expect(stored['HĐND'].fsrs.reps).toBe(1);
    expect(stored['HĐND'].fsrs.due).toBeGreaterThan(Date.now());
    // Nothing is due any more: a new session has nothing to show.
    await review.reload();
    await review.getByTestId('review-done').waitFor();
    await review.close();
    await notebook.close();
  });

  it('exports a CSV that Anki imports', async () => {
    const notebook = await openNotebook();
    const [download] = await Promise.all([notebook.waitForEvent('download'), notebook.getByTestId('notebook-export').click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n').slice(0, 4)).toEqual(['#separator:Comma', '#html:false', '#notetype:Basic', '#columns:Front,Back,Sentence,Articles,Tags']);
    expect(csv).toMatch(/\r\nUBND,Ủy ban nhân dân,/);
    await notebook.close();
  });

  it.each(['light', 'dark'] as const)('notebook and review have no serious or critical axe violations (%s)', async (scheme) => {
    const notebook = await session.gloss.context.newPage();
    await notebook.emulateMedia({ colorScheme: scheme });
    await notebook.goto(url('notebook.html'));
    await notebook.getByTestId('notebook-entry').first().waitFor();
    expect(await seriousViolations(notebook)).toEqual([]);
    const review = await session.gloss.context.newPage();
    await review.emulateMedia({ colorScheme: scheme });
    // A card to show: HĐND again (rated into the future, so mark another).
    await notebook.locator('[data-testid=notebook-entry][data-abbr=THPT] [data-testid=notebook-learn]').click();
    await expect.poll(() => notebook.locator('[data-testid=notebook-entry][data-abbr=THPT] [data-testid=notebook-learn]').getAttribute('aria-pressed')).toBe('true');
    await review.goto(url('review.html'));
    await review.getByTestId('review-card').waitFor();
    await review.keyboard.press('Space');
    expect(await seriousViolations(review)).toEqual([]);
    await notebook.locator('[data-testid=notebook-entry][data-abbr=THPT] [data-testid=notebook-learn]').click();
    await review.close();
    await notebook.close();
  });
});
