import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useGlossSession } from './support/session';
import { saveServedPage } from './support/highlight';
import { openServedPage, runCommand } from './support/pages';
import { seriousViolations } from './support/axe';
import { docsDir } from './support/paths';

// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = useGlossSession();
// Two real Vietnamese articles (tests/fixtures): a city party-resolution report and a provincial council session.
const THANH_HOA = '/fixtures/seed-thanh-hoa.html';
const COUNCIL = '/fixtures/dev/vi-01-hdnd-ky-hop-cuoi-nam.html';
const url = (page: string) => `chrome-extension://${session.gloss.extensionId}/${page}`;
const entry = (page: Page, abbr: string) => page.locator(`[data-testid=notebook-entry][data-abbr="${abbr}"]`);
const listedAbbrs = (page: Page) => page.getByTestId('notebook-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-abbr')!));

async function openNotebook(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const notebook = await session.gloss.context.newPage();
  await notebook.emulateMedia({ colorScheme: scheme });
  await notebook.goto(url('notebook.html'));
  await notebook.getByTestId('notebook-entry').first().waitFor();
  return notebook;
}

interface SavedGlossary { all: string[]; explained: string[] }

/** Each saved article's own glossary as stored at save time: every abbreviation, and those with a meaning. */
async function savedGlossaries(ids: string[]): Promise<Record<string, SavedGlossary>> {
  return session.gloss.worker.evaluate(async (articleIds) => {
    const out: Record<string, { all: string[]; explained: string[] }> = {};
    for (const id of articleIds) {
      const record = (await chrome.storage.local.get(`article:${id}`))[`article:${id}`];
      const entries = record.glossary as { abbr: string; expansion: string | null; count: number }[];
      out[id] = { all: entries.filter((e) => e.count > 0).map((e) => e.abbr), explained: entries.filter((e) => e.expansion).map((e) => e.abbr) };
    }
    return out;
  }, ids);
}

describe('abbreviation notebook', () => {
  let thanhHoa = '';
  let council = '';
  let glossaries: Record<string, SavedGlossary> = {};

  it('lists the abbreviations of two saved Vietnamese articles, with meanings, counts and links to their first use', async () => {
    thanhHoa = await saveServedPage(session, THANH_HOA);
    council = await saveServedPage(session, COUNCIL);
    glossaries = await savedGlossaries([thanhHoa, council]);
    const expected = [...new Set([...glossaries[thanhHoa].explained, ...glossaries[council].explained])];
    expect(expected).toEqual(expect.arrayContaining(['UBND', 'HĐND', 'MTTQ', 'NSNN']));

    // Opened from the popup, as a reader would.
    const popup = await session.gloss.context.newPage();
    await popup.goto(url('popup.html'));
    const [notebook] = await Promise.all([session.gloss.context.waitForEvent('page'), popup.getByTestId('open-notebook').click()]);
    expect(notebook.url()).toBe(url('notebook.html'));
    await popup.close();
    await notebook.getByTestId('notebook-entry').first().waitFor();
    const listed = await listedAbbrs(notebook);
    expect(listed).toEqual(expect.arrayContaining(expected));
    const ubnd = entry(notebook, 'UBND');
    expect(await ubnd.getByTestId('notebook-expansion').innerText()).toBe('Ủy ban nhân dân');
    expect(await ubnd.getByTestId('notebook-article-link').count()).toBe(2);
    expect(await entry(notebook, 'HĐND').getByTestId('notebook-expansion').innerText()).toBe('Hội đồng nhân dân');

    // Filter by article: only what the council article holds stays; what only the Thanh Hóa one has goes.
    const onlyThanhHoa = glossaries[thanhHoa].all.filter((a) => !glossaries[council].all.includes(a));
    expect(onlyThanhHoa.length).toBeGreaterThan(0);
    await notebook.getByTestId('notebook-article').selectOption(council);
    await expect.poll(async () => (await listedAbbrs(notebook)).filter((a) => onlyThanhHoa.includes(a))).toEqual([]);
    expect(await listedAbbrs(notebook)).toEqual(expect.arrayContaining(glossaries[council].explained));
    await notebook.getByTestId('notebook-article').selectOption('');

    // Filter by domain: every entry left has that domain, and some entries went.
    const domain = await notebook.getByTestId('notebook-domain').locator('option').nth(1).getAttribute('value');
    await notebook.getByTestId('notebook-domain').selectOption(domain!);
    await expect.poll(async () => (await listedAbbrs(notebook)).length).toBeLessThan(listed.length);
    const domainsLeft = await notebook.getByTestId('notebook-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-domains')!.split(' ')));
    expect(domainsLeft.length).toBeGreaterThan(0);
    for (const domains of domainsLeft) expect(domains).toContain(domain);
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
    const ubnd = entry(notebook, 'UBND');
    await ubnd.getByTestId('notebook-known').click();
    await expect.poll(() => ubnd.getByTestId('notebook-known').getAttribute('aria-pressed')).toBe('true');
    const reader = await session.gloss.context.newPage();
    const underlined = async () => {
      await reader.goto(url(`reader.html?id=${thanhHoa}`));
      await reader.getByTestId('reader-article').waitFor();
      return reader.locator('[data-testid=reader-article] abbr[title]').evaluateAll((els) => els.map((e) => e.textContent));
    };
    const marked = await underlined();
    expect(marked).not.toContain('UBND');
    expect(marked).toContain('MTTQ');
    // The reader over the page too.
    const { page, tabId } = await openServedPage(session.gloss, session.server, THANH_HOA);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    const overPage = page.locator('gloss-reader [data-testid=reader-article] abbr[title]');
    await overPage.first().waitFor();
    const markedOverPage = await overPage.evaluateAll((els) => els.map((e) => e.textContent));
    expect(markedOverPage).not.toContain('UBND');
    expect(markedOverPage).toContain('MTTQ');
    await page.close();
    await notebook.getByTestId('notebook-undo').click();
    await expect.poll(() => ubnd.getByTestId('notebook-known').getAttribute('aria-pressed')).toBe('false');
    expect(await underlined()).toContain('UBND');
    await reader.close();
    await notebook.close();
  });

  it('"Learn" adds a card; a review session shows it, Space flips it and a key rates it', async () => {
    const review = await session.gloss.context.newPage();
    await review.goto(url('review.html'));
    // No card yet: the page says how to get one.
    await review.getByTestId('review-empty').waitFor();

    const notebook = await openNotebook();
    const learn = entry(notebook, 'HĐND').getByTestId('notebook-learn');
    await learn.click();
    await expect.poll(() => learn.getAttribute('aria-pressed')).toBe('true');

    await review.reload();
    const card = review.getByTestId('review-card');
    await card.waitFor();
    expect(await card.getAttribute('data-abbr')).toBe('HĐND');
    expect(await review.getByTestId('review-progress').getAttribute('aria-valuenow')).toBe('0');
    expect(await review.getByTestId('review-back').count()).toBe(0);
    await review.keyboard.press('Space');
    expect(await review.getByTestId('review-back').innerText()).toBe('Hội đồng nhân dân');
    expect(await card.innerText()).toContain('HĐND');
    // A second press straight after the first must not rate the card twice.
    await review.keyboard.press('3');
    await review.keyboard.press('3');
    await review.getByTestId('review-done').waitFor();
    expect(await review.getByTestId('review-progress').getAttribute('aria-valuenow')).toBe('1');
    const stored = await session.gloss.worker.evaluate(async () => (await chrome.storage.local.get('review-cards'))['review-cards']);
    expect(stored['HĐND'].fsrs.reps).toBe(1);
    expect(stored['HĐND'].fsrs.due).toBeGreaterThan(Date.now());
    // Nothing is due any more: a new session has nothing to show.
    await review.reload();
    await review.getByTestId('review-done').waitFor();
    expect(await review.getByTestId('review-card').count()).toBe(0);
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
    const notebook = await openNotebook(scheme);
    expect(await seriousViolations(notebook)).toEqual([]);
    await notebook.screenshot({ path: resolve(docsDir, `notebook-${scheme}.png`), caret: 'initial' });
    // A card to show (HĐND was rated into the future): learn UBND too.
    const learn = entry(notebook, 'UBND').getByTestId('notebook-learn');
    await learn.click();
    await expect.poll(() => learn.getAttribute('aria-pressed')).toBe('true');
    const review = await session.gloss.context.newPage();
    await review.emulateMedia({ colorScheme: scheme });
    await review.goto(url('review.html'));
    await review.getByTestId('review-card').waitFor();
    await review.keyboard.press('Space');
    await review.getByTestId('review-back').waitFor();
    expect(await seriousViolations(review)).toEqual([]);
    await review.screenshot({ path: resolve(docsDir, `review-${scheme}.png`), caret: 'initial' });
    await learn.click();
    await expect.poll(() => learn.getAttribute('aria-pressed')).toBe('false');
    await review.close();
    await notebook.close();
  });
});
