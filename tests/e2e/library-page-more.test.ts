import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, type GlossBrowser } from './support/browser';
import { useGlossSession } from './support/session';
import { openServedPage, runCommand } from './support/pages';
import { readStoredZip } from './support/read-zip';
import { importBackup, items, openLibrary, urls } from './support/library-page';

// The library page's other paths (library-page.test.ts has opening, search, bulk tags and delete,
// the JSON round trip and axe): Markdown export, copy all highlights, sorts, filters, bulk read state,
// tag rename and removal, and the Pocket CSV import.

const session = useGlossSession();

beforeAll(async () => {
  // The backup's three articles (one tagged "economy", one with a highlight and its note), one more
  // tag, and a page saved today.
  const library = await openLibrary(session.gloss);
  await importBackup(library);
  const first = await library.locator('[data-testid=library-item][data-url="https://news.example/story-1"]').getAttribute('data-id');
  expect(await library.evaluate((id) => chrome.runtime.sendMessage({ type: 'library.tags.change', ids: [id], add: ['Kinh tế'] }), first))
    .toMatchObject({ ok: true });
  const { page, tabId } = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
  await runCommand(session.gloss, 'save-article', tabId);
  await page.close();
  await items(library).nth(3).waitFor();
  await library.close();
}, 60_000);

describe('library page: exports, sorts, filters, tags, Pocket import', () => {
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

  it('sorts, filters by read state, site, highlights and saved dates, marks read in bulk, renames and removes tags', async () => {
    const library = await openLibrary(session.gloss);
    await expect.poll(() => items(library).count()).toBe(4);
    const story = (n: number) => `https://news.example/story-${n}`;
    const sample = (await urls(library)).find((url) => !url?.startsWith('https://news.example/'))!; // "Hà Giang…", saved today
    const row = (url: string) => library.locator(`[data-testid=library-item][data-url="${url}"]`);
    const tagsOf = (url: string) => row(url).getByTestId('library-tag').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));

    expect(await urls(library)).toEqual([sample, story(3), story(2), story(1)]); // newest saved first
    await library.getByTestId('library-sort').selectOption('title');
    await expect.poll(() => urls(library)).toEqual([story(3), story(2), sample, story(1)]); // Central, Giá, Hà, Ủy
    await library.getByTestId('library-sort').selectOption('progress');
    await expect.poll(() => urls(library)).toEqual([story(3), story(2), story(1), sample]); // 30 %, 20 %, 10 %, 0 %
    await library.getByTestId('library-sort').selectOption('saved');

    await library.getByTestId('filter-site').selectOption('Daily');
    await expect.poll(() => urls(library)).toEqual([story(3)]);
    await library.getByTestId('filters-clear').click();
    await library.getByTestId('filter-highlights').check();
    await expect.poll(() => urls(library)).toEqual([story(2)]);
    await library.getByTestId('filters-clear').click();
    await library.getByTestId('filter-to').fill('2024-01-01'); // the backup's articles were saved in November 2023
    await expect.poll(() => urls(library)).toEqual([story(3), story(2), story(1)]);
    await library.getByTestId('filters-clear').click();
    await library.getByTestId('filter-from').fill('2024-01-01');
    await expect.poll(() => urls(library)).toEqual([sample]);
    await library.getByTestId('filters-clear').click();

    // Mark read in bulk, filter by read state, and back to unread.
    for (const n of [1, 3]) await row(story(n)).getByTestId('library-select').click();
    await library.getByTestId('bulk-read').click();
    await library.getByTestId('filter-read').selectOption('read');
    await expect.poll(() => urls(library)).toEqual([story(3), story(1)]);
    await library.getByTestId('filter-read').selectOption('unread');
    await expect.poll(() => urls(library)).toEqual([sample, story(2)]);
    await library.getByTestId('filter-read').selectOption('all');
    await library.getByTestId('bulk-unread').click();
    await library.getByTestId('filter-read').selectOption('unread');
    await expect.poll(() => items(library).count()).toBe(4);
    await library.getByTestId('filters-clear').click();
    await library.getByTestId('bulk-clear').click();

    // Rename a tag everywhere, then back; remove a tag from one article.
    const renameTag = async (from: string, to: string) => {
      await library.locator(`[data-testid=tag-row][data-tag="${from}"]`).getByTestId('tag-rename').click();
      await library.getByTestId('tag-rename-input').fill(to);
      await library.getByTestId('tag-rename-save').click();
    };
    await renameTag('economy', 'kinh doanh');
    await expect.poll(() => tagsOf(story(3))).toEqual(['kinh doanh']);
    expect(await library.locator('[data-testid=tag-row][data-tag="economy"]').count()).toBe(0);
    await renameTag('kinh doanh', 'economy');
    await expect.poll(() => tagsOf(story(3))).toEqual(['economy']);
    await row(story(1)).locator('[data-testid=library-tag][data-tag="Kinh tế"] .tag-remove').click();
    await expect.poll(() => tagsOf(story(1))).toEqual([]);
    await library.close();
  });

  it('imports a Pocket CSV export with its tags', async () => {
    const csv = 'title,url,time_added,tags,status\r\n'
      + '"Ngân hàng giữ lãi suất, thị trường đi ngang",https://pocket.example/lai-suat,1700000000,kinh tế|đọc sau,unread\r\n'
      + 'City council approves budget,https://pocket.example/budget,1700000100,,archive\r\n';
    const file = join(await mkdtemp(join(tmpdir(), 'gloss-pocket-')), 'ril_export.csv');
    await writeFile(file, csv);
    let fresh: GlossBrowser | undefined;
    try {
      fresh = await launchGloss();
      const library = await openLibrary(fresh);
      await library.getByTestId('library-empty').waitFor();
      await library.getByTestId('library-import-file').setInputFiles(file);
      await expect.poll(() => library.getByTestId('library-message').innerText()).toContain('2 added');
      await expect.poll(() => urls(library)).toEqual(['https://pocket.example/budget', 'https://pocket.example/lai-suat']);
      const tags = await library.locator('[data-testid=library-item][data-url="https://pocket.example/lai-suat"] [data-testid=library-tag]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));
      expect(tags).toEqual(['kinh tế', 'đọc sau']);
      await library.getByTestId('filter-read').selectOption('read'); // Pocket's "archive"
      await expect.poll(() => urls(library)).toEqual(['https://pocket.example/budget']);
    } finally {
      await fresh?.close();
    }
  });

});

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
