import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { handlers, isBackgroundRequest } from '@/entrypoints/background/handlers';
import { askBackground } from '@/utils/background-client';
import { getArticle, listIndex, saveArticle } from '@/utils/library/store';
import { getUserGlossary } from '@/utils/library/user-glossary';
import type { Highlight } from '@/utils/library/highlight-schema';
import { DEFAULT_SETTINGS } from '@/utils/reader-settings';
import { loadReaderSettings, saveReaderSettings } from '@/utils/reader-settings-store';
import { readSyncArea } from '@/utils/sync/synced';

// The library page, the popup and a reader all write at once; every library write goes through
// the background (askBackground → runtime.sendMessage → the background's one writer queue), and
// nothing any of them asked for may be lost.
const highlight = (n: number): Highlight => ({
  id: `h${n}`, color: 'yellow', note: `note ${n}`, quote: { exact: 'Ủy ban', prefix: '', suffix: ' nhân' },
  position: { start: 0, end: 6 }, created: n, updated: n,
});

beforeEach(() => {
  fakeBrowser.reset();
  // The background's listener, as entrypoints/background/index.ts installs it.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    return (handlers[message.type] as (m: unknown) => Promise<unknown>)(message);
  });
});

describe('the background is the one writer: library page, popup and reader at once', () => {
  it('keeps every tag, read state, progress, highlight, note and own meaning', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 6; n++) {
      const { article } = await saveArticle({ url: `https://news.example/a-${n}`, title: `Bài ${n}`, contentHtml: `<p>Ủy ban nhân dân ${n}</p>`, textContent: `Ủy ban nhân dân ${n}` });
      ids.push(article.id);
    }
    const [a, b] = ids;
    const libraryPage = [
      askBackground({ type: 'library.tags.change', ids, add: ['kinh tế'] }),
      askBackground({ type: 'library.setReadStateMany', ids: ids.slice(2), state: 'read' }),
      askBackground({ type: 'library.tags.change', ids: [a, b], add: ['to read'] }),
    ];
    const popup = [
      askBackground({ type: 'library.setReadState', id: b, state: 'read' }),
      askBackground({ type: 'glossary.define', abbr: 'UBND', expansion: 'Ủy ban nhân dân' }),
      askBackground({ type: 'glossary.define', abbr: 'HĐND', expansion: 'Hội đồng nhân dân' }),
    ];
    const reader = [
      ...Array.from({ length: 8 }, (_, i) => askBackground({ type: 'library.highlight.add', id: a, highlight: highlight(i) })),
      askBackground({ type: 'library.notes.set', id: a, notes: 'đọc lại' }),
      askBackground({ type: 'library.setProgress', id: a, progress: 0.5 }),
      saveReaderSettings({ ...DEFAULT_SETTINGS, theme: 'sepia' }),
    ];
    const answers = await Promise.all([...libraryPage, ...popup, ...reader]);
    expect(answers.filter((r) => r && typeof r === 'object' && ('problem' in r || ('ok' in r && !r.ok)))).toEqual([]);

    const first = (await getArticle(a))!;
    expect(first.highlights.map((h) => h.id).sort()).toEqual(['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7']);
    expect(first).toMatchObject({ notes: 'đọc lại', progress: 0.5, readState: 'unread' });
    expect([...first.tags].sort()).toEqual(['kinh tế', 'to read']);
    expect((await getArticle(b))!).toMatchObject({ readState: 'read', tags: expect.arrayContaining(['kinh tế', 'to read']) });
    for (const id of ids.slice(2)) expect((await getArticle(id))!).toMatchObject({ readState: 'read', tags: ['kinh tế'] });

    // The index the lists read agrees with the articles.
    const index = new Map((await listIndex()).map((e) => [e.id, e]));
    expect(index.size).toBe(6);
    expect(index.get(a)).toMatchObject({ highlightCount: 8, progress: 0.5 });
    for (const id of ids) expect(index.get(id)!.tags).toContain('kinh tế');

    // Own meanings: both kept, on this device and in storage.sync; settings likewise.
    expect(await getUserGlossary()).toEqual({ UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân' });
    expect(await readSyncArea('user-glossary')).toEqual({ UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân' });
    expect(await loadReaderSettings()).toMatchObject({ theme: 'sepia' });
  });

  it('the articles stay local: nothing of the library goes to storage.sync', async () => {
    await saveArticle({ url: 'https://news.example/x', title: 'X', contentHtml: '<p>x</p>', textContent: 'x' });
    await askBackground({ type: 'glossary.define', abbr: 'TP', expansion: 'Thành phố' });
    expect(Object.keys(await browser.storage.sync.get(null))).toEqual(['user-glossary']);
  });

  it('a sync quota error on an own meaning keeps it here and marks it pending', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await askBackground({ type: 'glossary.define', abbr: 'TP', expansion: 'Thành phố' })).toBe(true);
    expect(await getUserGlossary()).toEqual({ TP: 'Thành phố' });
    expect((await browser.storage.local.get('sync-pending:user-glossary'))['sync-pending:user-glossary']).toMatchObject({ reason: 'quota' });
    vi.restoreAllMocks();
  });
});
