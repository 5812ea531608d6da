import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, tabIdOf } from './support/browser';
import { runCommand } from './support/pages';
import { useGlossSession } from './support/session';

// The popup's first look injects a small script (entrypoints/first-look.content: the page's reading,
// no reader); the reader's script joins it afterwards (utils/first-look-reader.ts). What the person
// sees must not change: the same glossary, a switch that opens the reader, a second popup answered
// from the tab — and the reader's script in the page once, whoever asks for it first.

// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = useGlossSession();
const SEED = '/fixtures/seed-thanh-hoa.html';

/**
 * Open a served page whose main world counts Gloss's script injections: each content script's start
 * posts a "content script started" notice to the window with the script's name (WXT's
 * ContentScriptContext does, in the top frame), which the page sees.
 */
async function openCountedPage(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.gloss.context.newPage();
  await page.addInitScript(() => {
    const started: string[] = [];
    (window as unknown as { __started: string[] }).__started = started;
    addEventListener('message', (event) => {
      const name = (event.data as { contentScriptName?: unknown } | null)?.contentScriptName;
      if (typeof name === 'string') started.push(name);
    });
  });
  await page.goto(`${session.server.origin}${path}?first-look=${Math.random()}`, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(session.gloss, page) };
}

/** The scripts started in the page, sorted; the reader's controls (injected after its first paint) left out. */
const started = (page: Page) => page.evaluate(() => (window as unknown as { __started: string[] }).__started
  .filter((name) => name !== 'reader-controls').sort());

async function glossaryOf(popup: Page): Promise<string[]> {
  await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy')).toBe('false');
  return popup.locator('[data-testid=glossary-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-abbr') ?? '').sort());
}

const readerMarks = (page: Page) => page.locator('[data-testid=reader-article] abbr')
  .evaluateAll((marks) => [...new Set(marks.map((m) => m.textContent ?? ''))].sort());

describe("the popup's first-look script", () => {
  it('reads the page for the popup, then the reader joins it once and opens with the same glossary', async () => {
    const { page, tabId } = await openCountedPage(SEED);
    const popup = await openPopup(session.gloss, tabId);
    const glossary = await glossaryOf(popup);
    expect(glossary).toContain('MTTQ');
    // The reader's script is brought in after the glossary reached the tab (content.glossed).
    await expect.poll(() => started(page)).toEqual(['first-look', 'reader-overlay']);

    await popup.getByTestId('reader-toggle').click();
    await page.getByTestId('reader-article').waitFor();
    for (const abbr of await readerMarks(page)) expect(glossary).toContain(abbr);
    expect(await readerMarks(page)).toContain('MTTQ');
    await popup.close();

    // The popup again: answered by the reader's script from what the tab kept, nothing injected.
    const again = await openPopup(session.gloss, tabId);
    expect(await glossaryOf(again)).toEqual(glossary);
    await expect.poll(() => again.getByTestId('reader-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await started(page)).toEqual(['first-look', 'reader-overlay']);
    await again.close();
    await page.close();
  });

  it('a switch on a tab where only the first-look script is brings the reader in itself, once', async () => {
    const { page, tabId } = await openCountedPage(SEED);
    // The first look without a popup to hand a glossary back: only the first-look script is there.
    const reading = await session.gloss.worker.evaluate(async (id) => {
      const [injected] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content-scripts/first-look.js'] });
      return injected.result as { readerable: boolean; text: string };
    }, tabId);
    expect(reading.readerable).toBe(true);
    expect(reading.text).toContain('MTTQ');
    expect(await started(page)).toEqual(['first-look']);

    // The keyboard command: its request reaches the first-look script, which has the reader's script joined.
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    await page.getByTestId('reader-article').waitFor();
    expect(await readerMarks(page)).toContain('MTTQ');
    expect(await started(page)).toEqual(['first-look', 'reader-overlay']);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: false });
    expect(await started(page)).toEqual(['first-look', 'reader-overlay']);
    await page.close();
  });

  it('a switch while the reader is joining (right after the glossary was handed over) waits for it: one reader script', async () => {
    const { page, tabId } = await openCountedPage(SEED);
    const answers = await session.gloss.worker.evaluate(async (id) => {
      const [injected] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content-scripts/first-look.js'] });
      const { definitions } = injected.result as { definitions: string };
      // The glossary handed over (the reader's script is asked for next) and the switch, back to back.
      return Promise.all([
        chrome.tabs.sendMessage(id, { type: 'content.glossed', definitions, entries: [] }),
        chrome.tabs.sendMessage(id, { type: 'content.toggle' }),
      ]);
    }, tabId);
    expect(answers).toEqual([{ kept: true }, { open: true }]);
    await page.getByTestId('reader-article').waitFor();
    await page.waitForTimeout(300);
    expect(await started(page)).toEqual(['first-look', 'reader-overlay']);
    await page.close();
  });

  it('a switch without any popup injects only the reader, as before', async () => {
    const { page, tabId } = await openCountedPage(SEED);
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
    await page.getByTestId('reader-article').waitFor();
    expect(await started(page)).toEqual(['reader-overlay']);
    await page.close();
  });
});
