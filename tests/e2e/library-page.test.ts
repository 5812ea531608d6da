import { describe, expect, it } from 'vitest';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchGloss, openPopup, type GlossBrowser } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { seriousViolations } from './support/axe';
import { docsDir } from './support/paths';
import { readStoredZip } from './support/read-zip';

const session = useGlossSession();

/** A Gloss JSON backup as a person would have one: three articles, one with a highlight and a note. */
function backup(): string {
  const article = (n: number, title: string, text: string, extra: object = {}) => ({
    url: `https://news.example/story-${n}`, title, byline: null, siteName: n === 3 ? 'Daily' : 'Báo Mẫu', lang: n === 3 ? 'en' : 'vi',
    publishedTime: `2025-0${n}-01`, excerpt: null, leadImageUrl: null, contentHtml: `<p>${text}</p>`, textContent: text,
    glossary: [], wordCount: text.split(' ').length, readingMinutes: 1, savedAt: 1_700_000_000_000 + n * 1000,
    updatedAt: 1_700_000_000_000 + n * 1000, readState: 'unread', progress: n / 10, status: 'complete', tags: [], highlights: [], notes: '', ...extra,
  });
  return JSON.stringify({
    format: 'gloss-library', version: 4, exportedAt: '2025-06-01T00:00:00.000Z', userGlossary: {},
    articles: [
      article(1, 'Ủy ban nhân dân tỉnh họp phiên thường kỳ', 'Chủ tịch Ủy ban nhân dân tỉnh chủ trì phiên họp về ngân sách.'),
      article(2, 'Giá lúa gạo tăng mạnh', 'Nông dân phấn khởi khi giá lúa tăng.', {
        highlights: [{ id: 'h1', color: 'green', note: 'giá tốt', quote: { exact: 'giá lúa tăng', prefix: 'khi ', suffix: '.' },
          position: { start: 22, end: 34 }, created: 1, updated: 1 }],
      }),
      article(3, 'Central bank keeps rates', 'The central bank kept interest rates unchanged.', { tags: ['economy'] }),
    ],
  });
}

async function openLibrary(gloss: GlossBrowser): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  return page;
}

const items = (page: Page) => page.getByTestId('library-item');
const urls = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));

async function importBackup(page: Page, text = backup()): Promise<void> {
  const file = join(await mkdtemp(join(tmpdir(), 'gloss-lib-')), 'backup.json');
  await writeFile(file, text);
  await page.getByTestId('library-import-file').setInputFiles(file);
  await expect.poll(() => page.getByTestId('library-message').innerText()).toMatch(/added/);
}

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

  it('exports the selected articles as Markdown for notes apps, and copies every highlight shown', async () => {
    const library = await openLibrary(session.gloss);
    await expect.poll(() => items(library).count()).toBe(4);
    const story = (n: number) => library.locator(`[data-testid=library-item][data-url="https://news.example/story-${n}"]`);
    await story(1).getByTestId('library-select').click();
    await story(2).getByTestId('library-select').click();
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('library-export-markdown').click()]);
    expect(download.suggestedFilename()).toMatch(/^gloss-library-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = readStoredZip(await readFile(await download.path()));
    expect([...files.keys()]).toEqual([expect.stringMatching(/^gloss-library\/[a-z0-9-]+\.md$/), expect.stringMatching(/^gloss-library\/[a-z0-9-]+\.md$/)]);
    const fileOf = (n: number) => [...files.values()].find((md) => md.includes(`\nurl: "https://news.example/story-${n}"\n`)) ?? '';
    // Front matter a notes app reads (YAML), then the title; highlights as quotes with their notes under them.
    expect(fileOf(1)).toMatch(/^---\ntitle: "Ủy ban nhân dân tỉnh họp phiên thường kỳ"\nurl: "https:\/\/news\.example\/story-1"\nsite: "Báo Mẫu"\n/);
    expect(fileOf(1)).toContain(`\ntags: ["Kinh tế"]\nsaved: ${new Date(1_700_000_001_000).toISOString()}\n`);
    expect(fileOf(1)).toContain('Chủ tịch Ủy ban nhân dân tỉnh chủ trì phiên họp về ngân sách.');
    expect(fileOf(2)).toContain('\ntags: []\n');
    expect(fileOf(2)).toContain('\n## Highlights\n\n> giá lúa tăng\n\ngiá tốt\n');

    // "Copy all highlights" with nothing selected: every article listed that has some, read back from the clipboard.
    await library.getByTestId('bulk-clear').click();
    await library.getByTestId('library-copy-highlights').click();
    await expect.poll(() => library.getByTestId('library-message').innerText()).toBe('Copied the highlights of 1 articles.');
    // Pasted where a notes app would read it: a served page allowed to read the clipboard.
    await session.gloss.context.grantPermissions(['clipboard-read'], { origin: session.server.origin });
    const { page: paste } = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
    await paste.bringToFront();
    expect(await paste.evaluate(() => navigator.clipboard.readText()))
      .toBe('## [Giá lúa gạo tăng mạnh](<https://news.example/story-2>)\n\n> giá lúa tăng\n\ngiá tốt');
    for (const p of [paste, library]) await p.close();
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
