import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { GlossBrowser } from './browser';

/** A Gloss JSON backup as a person would have one: three articles, one with a highlight and a note. */
export function backup(): string {
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

export async function openLibrary(gloss: GlossBrowser): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  return page;
}

export const items = (page: Page) => page.getByTestId('library-item');
export const urls = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));

export async function importBackup(page: Page, text = backup()): Promise<void> {
  const file = join(await mkdtemp(join(tmpdir(), 'gloss-lib-')), 'backup.json');
  await writeFile(file, text);
  await page.getByTestId('library-import-file').setInputFiles(file);
  await page.getByTestId('library-message').filter({ hasText: 'added' }).waitFor(); // (also usable in a beforeAll)
}

