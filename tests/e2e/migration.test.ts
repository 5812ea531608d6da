import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { openPopup } from './support/browser';
import { useGlossSession } from './support/session';
import { SCHEMA_VERSION, articleIdFor, type SavedArticleV1 } from '../../utils/library/schema';

// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = useGlossSession();

function v1Article(url: string, fields: Omit<SavedArticleV1, 'id' | 'url' | 'updatedAt'>): SavedArticleV1 {
  return { id: articleIdFor(url), url, ...fields, updatedAt: fields.savedAt + 60_000 };
}

/**
 * What the first release stored (utils/library/schema.ts, SavedArticleV1): article records with
 * `html` and no schemaVersion, leadImageUrl, progress or status; an index of light entries
 * without progress or status, versioned by @wxt-dev/storage ("library-index$"); the user's own
 * meanings. There was no "library-recent" item and no schema marker yet.
 */
const V1_ARTICLES: SavedArticleV1[] = [
  v1Article('https://tin.example/thoi-su/hdnd-tinh-ky-hop-cuoi-nam.html', {
    title: 'HĐND tỉnh khai mạc kỳ họp cuối năm', byline: 'Minh Anh', siteName: 'Tin Việt', lang: 'vi',
    publishedTime: '2023-12-05T08:00:00+07:00', excerpt: 'Kỳ họp xem xét kế hoạch năm 2024.',
    html: '<h2>Kỳ họp thứ 15</h2><p>Sáng 5/12, HĐND tỉnh khai mạc kỳ họp. Chủ tịch UBND tỉnh báo cáo tình hình KT-XH năm 2023.</p>',
    textContent: 'Kỳ họp thứ 15 Sáng 5/12, HĐND tỉnh khai mạc kỳ họp. Chủ tịch UBND tỉnh báo cáo tình hình KT-XH năm 2023.',
    glossary: [
      { abbr: 'HĐND', expansion: 'Hội đồng nhân dân', source: 'dictionary', count: 2 },
      { abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'dictionary', count: 1 },
      { abbr: 'KT-XH', expansion: 'kinh tế - xã hội', source: 'dictionary', count: 1 },
    ],
    wordCount: 24, readingMinutes: 1, savedAt: Date.UTC(2023, 11, 5, 3), readState: 'unread',
  }),
  v1Article('https://news.example/health/smoke-free-parks', {
    title: 'Cities widen smoke-free parks', byline: null, siteName: 'Example News', lang: 'en',
    publishedTime: null, excerpt: null,
    html: '<p>The WHO welcomed the plan to make every city park smoke-free by next summer.</p>',
    textContent: 'The WHO welcomed the plan to make every city park smoke-free by next summer.',
    glossary: [{ abbr: 'WHO', expansion: 'World Health Organization', source: 'dictionary', count: 1 }],
    wordCount: 15, readingMinutes: 1, savedAt: Date.UTC(2023, 10, 20, 9), readState: 'read',
  }),
  v1Article('https://news.example/world/flood-barrier-holds', {
    title: 'Flood barrier holds in record high water', byline: 'R. Tran', siteName: null, lang: 'en',
    publishedTime: '2023-10-01', excerpt: 'Engineers walked the wall at dawn.',
    html: '<p>The new flood barrier held back the highest water in a decade.</p>',
    textContent: 'The new flood barrier held back the highest water in a decade.',
    glossary: [], wordCount: 12, readingMinutes: 1, savedAt: Date.UTC(2023, 9, 1, 12), readState: 'unread',
  }),
];

const V1_STORAGE: Record<string, unknown> = {
  ...Object.fromEntries(V1_ARTICLES.map((a) => [`article:${a.id}`, a])),
  'library-index': [...V1_ARTICLES].sort((a, b) => b.savedAt - a.savedAt)
    .map(({ id, url, title, siteName, savedAt, readingMinutes, readState, lang }) =>
      ({ id, url, title, siteName, savedAt, readingMinutes, readState, lang })),
  'library-index$': { v: 1 },
  'user-glossary': { 'TP.HCM': 'Thành phố Hồ Chí Minh' },
  'user-glossary$': { v: 1 },
};

const storedLibrary = (worker: Worker) =>
  worker.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, Record<string, unknown>>>;

/**
 * Reload the extension as an update does (the background restarts on the new code) and follow
 * the new worker. Chromium disables a command-line unpacked extension that reloads itself unless
 * developer mode is on, so it is switched on first, as on chrome://extensions.
 */
async function restartExtension(): Promise<Worker> {
  const { context, extensionId } = session.gloss;
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() => new Promise((done) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done)));
  await settings.close();
  const next = context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(extensionId), timeout: 60_000 });
  // Answer first, reload a moment later: the worker that runs this goes away.
  await session.gloss.worker.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 50));
  return next;
}

describe('extension update with a schema change', () => {
  it('migrates version-1 library data: every article listed, readable, current, nothing lost', async () => {
    // This fresh profile's own first start marks its empty library current; let that finish
    // first, or it could mark the version-1 data below as current without reading it.
    await expect.poll(async () => (await storedLibrary(session.gloss.worker))['library-schema'], { timeout: 60_000 }).toBe(SCHEMA_VERSION);
    await session.gloss.worker.evaluate(async (items) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(items);
    }, V1_STORAGE);
    session.gloss.worker = await restartExtension();
    const worker = session.gloss.worker;

    await expect.poll(async () => (await storedLibrary(worker))['library-schema'], { timeout: 60_000 }).toBe(SCHEMA_VERSION);
    const stored = await storedLibrary(worker);
    for (const v1 of V1_ARTICLES) {
      const { html, ...kept } = v1;
      const record = stored[`article:${v1.id}`];
      expect(record, v1.url).toEqual({
        ...kept, contentHtml: html, leadImageUrl: null, progress: v1.readState === 'read' ? 1 : 0,
        status: 'complete', tags: [], highlights: [], notes: '', schemaVersion: SCHEMA_VERSION,
      });
    }
    // The index now carries the fields the list needs, newest first; the user's meanings are untouched.
    expect((stored['library-index'] as unknown as Record<string, unknown>[]).map((e) => [e.url, e.progress, e.status]))
      .toEqual([...V1_ARTICLES].sort((a, b) => b.savedAt - a.savedAt).map((a) => [a.url, a.readState === 'read' ? 1 : 0, 'complete']));
    expect(stored['user-glossary']).toEqual(V1_STORAGE['user-glossary']);
    // Nothing that was there before is gone.
    expect(Object.keys(stored)).toEqual(expect.arrayContaining(Object.keys(V1_STORAGE)));

    const popup = await openPopup(session.gloss, 0);
    await expect.poll(() => popup.getByTestId('saved-item').count()).toBe(V1_ARTICLES.length);
    for (const v1 of V1_ARTICLES) {
      const item = popup.locator(`[data-testid=saved-item][data-url="${v1.url}"]`);
      expect(await item.locator('.saved-title').innerText()).toBe(v1.title);
      // "<site> · <saved date> · <n> min read · <read state>", as the list shows any article.
      const meta = (await item.locator('.saved-meta').innerText()).split(' · ');
      expect(meta.at(-1)).toBe(v1.readState);
      if (v1.siteName) expect(meta[0]).toBe(v1.siteName);
    }

    const [reader] = await Promise.all([
      session.gloss.context.waitForEvent('page'),
      popup.locator(`[data-testid=saved-item][data-url="${V1_ARTICLES[0].url}"]`).click(),
    ]);
    await reader.getByTestId('reader-article').waitFor();
    expect(reader.url()).toContain(`reader.html?id=${V1_ARTICLES[0].id}`);
    expect(await reader.getByTestId('reader-article').innerText()).toContain('Chủ tịch UBND tỉnh báo cáo tình hình KT-XH');
    expect(await reader.locator('[data-testid=reader-article] abbr[title="Ủy ban nhân dân"]').count()).toBeGreaterThan(0);
    await reader.close();
    for (const v1 of V1_ARTICLES.slice(1)) {
      const page = await session.gloss.context.newPage();
      await page.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${v1.id}`);
      await page.getByTestId('reader-article').waitFor();
      expect(await page.getByTestId('reader-article').innerText()).toContain(v1.textContent.slice(0, 40));
      await page.close();
    }
    await popup.close();
  });
});
