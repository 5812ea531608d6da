import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchGloss, openPopup, type GlossBrowser } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { seriousViolations } from './support/axe';
import { docsDir } from './support/paths';
import { importBackup, items, openLibrary, urls } from './support/library-page';

const session = useGlossSession();

describe('library page', () => {
  it('starts empty and says what to do, then lists a saved article and opens it', async () => {
    const library = await openLibrary(session.gloss);
    await library.getByTestId('library-empty').waitFor();
    const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
    const saved = (await runCommand(session.gloss, 'save-article', tabId)) as { id: string };
    // The page follows the stored library: the article saved elsewhere shows up without a reload.
    const item = library.locator(`[data-testid=library-item][data-id="${saved.id}"]`);
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.getAttribute('data-url')).toBe(page.url());
    expect(await item.getByTestId('highlight-count').innerText()).toBe('0');
    const [reader] = await Promise.all([session.gloss.context.waitForEvent('page'), item.click()]);
    await reader.waitForLoadState('load');
    expect(reader.url()).toBe(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${saved.id}`);
    await reader.getByTestId('reader-article').waitFor();
    for (const p of [reader, library, page]) await p.close();
  });

  it('opens from the popup and from the keyboard command', async () => {
    const popup = await openPopup(session.gloss, 0);
    const [fromPopup] = await Promise.all([session.gloss.context.waitForEvent('page'), popup.getByTestId('open-library').click()]);
    await fromPopup.waitForLoadState('load');
    expect(fromPopup.url()).toBe(`chrome-extension://${session.gloss.extensionId}/library.html`);
    const [fromCommand] = await Promise.all([session.gloss.context.waitForEvent('page'), runCommand(session.gloss, 'open-library', 0)]);
    await fromCommand.waitForLoadState('load');
    expect(fromCommand.url()).toBe(fromPopup.url());
    for (const p of [fromCommand, fromPopup, popup]) await p.close();
  });

  it('imports a backup; search narrows the list as one types, without diacritics, over text and highlights', async () => {
    const library = await openLibrary(session.gloss);
    await importBackup(library);
    await expect.poll(() => items(library).count()).toBe(4);
    const withHighlight = library.locator('[data-testid=library-item][data-url="https://news.example/story-2"]');
    expect(await withHighlight.getByTestId('highlight-count').innerText()).toBe('1');

    const search = library.getByTestId('library-search');
    await search.fill('uy ban nhan dan');
    await expect.poll(() => urls(library)).toEqual(['https://news.example/story-1']);
    await search.fill('gia tot'); // the note under a highlight
    await expect.poll(() => urls(library)).toEqual(['https://news.example/story-2']);
    await search.fill('xylophone');
    await library.getByTestId('library-no-matches').waitFor();
    await search.fill('');
    await expect.poll(() => items(library).count()).toBe(4);
    await library.close();
  });

  it('tags selected articles (with suggestions), filters by tag, and undoes a bulk delete', async () => {
    const library = await openLibrary(session.gloss);
    await expect.poll(() => items(library).count()).toBe(4);
    const first = library.locator('[data-testid=library-item][data-url="https://news.example/story-1"]');
    await first.getByTestId('library-select').click();
    const tagInput = library.getByTestId('bulk-tag');
    await tagInput.fill('eco'); // an existing tag is suggested
    await library.getByTestId('tag-suggestion').filter({ hasText: 'economy' }).waitFor();
    await tagInput.fill('Kinh tế');
    await library.getByTestId('bulk-tag-submit').click();
    await expect.poll(() => first.getByTestId('library-tag').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')))).toEqual(['Kinh tế']);

    await library.getByTestId('filter-tag').selectOption('Kinh tế');
    await expect.poll(() => urls(library)).toEqual(['https://news.example/story-1']);
    await library.getByTestId('filter-tag').selectOption('economy');
    await expect.poll(() => urls(library)).toEqual(['https://news.example/story-3']);
    await library.getByTestId('filters-clear').click();

    await library.getByTestId('bulk-clear').click();
    // Keyboard: Space selects the focused row, ↓ moves on.
    await items(library).first().focus();
    await library.keyboard.press('Space');
    await library.keyboard.press('ArrowDown');
    await library.keyboard.press('Space');
    await expect.poll(() => library.getByTestId('library-bulk').innerText()).toContain('2 selected');
    await library.getByTestId('bulk-delete').click();
    await expect.poll(() => items(library).count()).toBe(2);
    await library.getByTestId('library-undo').click();
    await expect.poll(() => items(library).count()).toBe(4);
    await library.close();
  });

  it('exports Gloss JSON, and a fresh profile that imports it keeps tags, highlights and notes', async () => {
    const library = await openLibrary(session.gloss);
    await expect.poll(() => items(library).count()).toBe(4);
    const listed = await urls(library);
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('library-export-json').click()]);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { version: number; articles: { url: string; tags: string[]; highlights: unknown[] }[] };
    expect(exported.version).toBe(4);

    let fresh: GlossBrowser | undefined;
    try {
      fresh = await launchGloss();
      const freshLibrary = await openLibrary(fresh);
      await freshLibrary.getByTestId('library-empty').waitFor();
      await freshLibrary.getByTestId('library-import-file').setInputFiles(file);
      await expect.poll(() => freshLibrary.getByTestId('library-message').innerText()).toContain(`${listed.length} added`);
      await expect.poll(() => urls(freshLibrary)).toEqual(listed);
      const tagsOf = (url: string) => freshLibrary.locator(`[data-testid=library-item][data-url="${url}"] [data-testid=library-tag]`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));
      expect(await tagsOf('https://news.example/story-1')).toEqual(['Kinh tế']);
      expect(await tagsOf('https://news.example/story-3')).toEqual(['economy']);
      expect(await freshLibrary.locator('[data-testid=library-item][data-url="https://news.example/story-2"] [data-testid=highlight-count]').innerText()).toBe('1');
      const stored = await fresh.worker.evaluate(async () => {
        const all = await chrome.storage.local.get(null);
        return Object.values(all).filter((v) => (v as { url?: string })?.url === 'https://news.example/story-2');
      });
      expect(stored).toEqual([expect.objectContaining({ highlights: [expect.objectContaining({ id: 'h1', note: 'giá tốt', color: 'green' })] })]);
    } finally {
      await fresh?.close();
    }
    await library.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations in the %s theme', async (scheme) => {
    const library = await openLibrary(session.gloss);
    await library.emulateMedia({ colorScheme: scheme });
    await library.setViewportSize({ width: 1100, height: 640 });
    await expect.poll(() => items(library).count()).toBe(4);
    await library.locator('[data-testid=library-item][data-url="https://news.example/story-2"]').getByTestId('library-select').click();
    expect(await seriousViolations(library)).toEqual([]);
    // The README's picture of the library, taken by the run that checks it.
    await library.screenshot({ path: resolve(docsDir, `library-${scheme}.png`), caret: 'initial' });
    await library.close();
  });
});

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
