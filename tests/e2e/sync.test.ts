import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useGlossSession } from './support/session';

// Own meanings follow the profile through Chromium's real storage.sync, whose quotas Chromium
// enforces (8,192 bytes an item): a big glossary goes out in chunks; one too big for sync stays on
// this machine, and the options page says so.
const session = useGlossSession();

/** n own meanings in Vietnamese (multi-byte: UTF-8 bytes, not characters, count against the quota). */
const meanings = (n: number, from = 0) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`UBND${from + i}`, `Ủy ban nhân dân phường số ${from + i}`]));

function backup(userGlossary: Record<string, string>): string {
  const text = 'Ủy ban nhân dân phường họp.';
  return JSON.stringify({
    format: 'gloss-library', version: 4, exportedAt: '2025-06-01T00:00:00.000Z', userGlossary,
    articles: [{
      url: 'https://news.example/sync', title: 'Họp phường', byline: null, siteName: 'Báo Mẫu', lang: 'vi', publishedTime: null,
      excerpt: null, leadImageUrl: null, contentHtml: `<p>${text}</p>`, textContent: text, glossary: [], wordCount: 5, readingMinutes: 1,
      savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, readState: 'unread', progress: 0, status: 'complete', tags: [], highlights: [], notes: '',
    }],
  });
}

async function importInto(library: Page, text: string) {
  const file = join(await mkdtemp(join(tmpdir(), 'gloss-sync-')), 'backup.json');
  await writeFile(file, text);
  await library.getByTestId('library-import-file').setInputFiles(file);
  await expect.poll(() => library.getByTestId('library-message').innerText()).toMatch(/added/);
}

const syncArea = () => session.gloss.worker.evaluate(() => chrome.storage.sync.get(null)) as Promise<Record<string, unknown>>;
const localValue = (key: string) => session.gloss.worker.evaluate((k) => chrome.storage.local.get(k).then((x: Record<string, unknown>) => x[k]), key);

describe('storage.sync', () => {
  it('sends a big glossary in chunks Chromium accepts; one too big stays local and the options page says so', async () => {
    const { extensionId } = session.gloss;
    const library = await session.gloss.context.newPage();
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    await importInto(library, backup(meanings(600)));

    await expect.poll(async () => Object.keys(await syncArea()).length).toBeGreaterThan(2);
    const synced = await syncArea();
    const head = synced['user-glossary'] as { $chunks: number };
    expect(head.$chunks).toBeGreaterThan(1);
    const joined = JSON.parse(Array.from({ length: head.$chunks }, (_, i) => synced[`user-glossary#${i}`] as string).join(''));
    expect(joined).toEqual(meanings(600));
    expect(await localValue('sync-pending:user-glossary')).toBeUndefined();
    // The articles stay local.
    expect(Object.keys(synced).every((k) => k === 'user-glossary' || k.startsWith('user-glossary#'))).toBe(true);

    const options = await session.gloss.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('user-definition').count()).toBe(600);
    expect(await options.getByTestId('sync-notice').count()).toBe(0);

    await importInto(library, backup(meanings(2000, 600)));
    await expect.poll(() => localValue('sync-pending:user-glossary')).toMatchObject({ reason: 'quota' });
    await options.getByTestId('sync-notice').waitFor();
    expect(await options.getByTestId('user-definition').count()).toBe(2600);
    // Sync still holds the last value it took; nothing was lost here.
    expect(Object.keys(await localValue('user-glossary') as object)).toHaveLength(2600);
    expect((await syncArea())['user-glossary']).toEqual(head);
    await options.close();
    await library.close();
  });
});

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
