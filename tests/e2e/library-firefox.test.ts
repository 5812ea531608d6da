import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server';
import { launchGlossFirefox, waitFor, type GlossFirefox } from './support/firefox';

// The library in Firefox ESR (WebDriver BiDi, e2e build: `npm run build:firefox:e2e` first): an
// article saved from a served page, tagged, highlighted with a note, exported as Gloss JSON, and
// imported into a fresh Firefox profile keeps its tags, highlight and notes.

interface Exported { version: number; articles: { url: string; tags: string[]; notes: string; highlights: { id: string; note: string; color: string; quote: { exact: string } }[] }[] }

/** Installed in the library page before the export click: keeps the file Gloss hands to the browser. */
const CAPTURE_EXPORTS = `(() => {
  window.__exports = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => { window.__exports.push(blob); return create(blob); };
  // The bytes are what is checked; Firefox's download manager (and ~/Downloads) is left alone.
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () { if (!this.download) click.call(this); };
  return true;
})()`;

/** Picks a file for the import input as a person would with the file dialog. */
const importScript = (text: string) => `(() => {
  const input = document.querySelector('[data-testid=library-import-file]');
  const files = new DataTransfer();
  files.items.add(new File([${JSON.stringify(text)}], 'gloss-library.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;

const itemSelector = (url: string) => `[data-testid=library-item][data-url=${JSON.stringify(url)}]`;

describe('library export → import in Firefox ESR', () => {
  let server: TestServer;
  let firefox: GlossFirefox | undefined;

  beforeAll(async () => { server = await startServer(); }, 60_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  }, 60_000);

  it('keeps tags, a highlight with its note and the article notes in a fresh profile', async () => {
    firefox = await launchGlossFirefox();
    const pageUrl = `${server.origin}/fixtures/seed-thanh-hoa.html`;
    const page = await firefox.openTab(pageUrl);
    const library = await firefox.openTab(`${firefox.extensionOrigin}/library.html`);
    const inLibrary = <T,>(expression: string) => firefox!.evaluate<T>(library, expression);
    await waitFor(() => inLibrary<boolean>(`!!document.querySelector('[data-testid=library-empty]')`), Boolean, 'the empty library');

    // Saved as the popup's "Save" does, then annotated through the messages the library page and the reader send.
    const tabId = await inLibrary<number>(`browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(pageUrl)}).id)`);
    const saved = await inLibrary<{ id: string }>(`browser.runtime.sendMessage({ type: 'library.save', tabId: ${tabId} })`);
    expect(saved.id, JSON.stringify(saved)).toMatch(/^[0-9a-f]{16}$/);
    const text = await inLibrary<string>(`browser.storage.local.get('article:${saved.id}').then((x) => x['article:${saved.id}'].textContent)`);
    const start = text.indexOf(' ', 40) + 1;
    const exact = text.slice(start, start + 30);
    const highlight = {
      id: 'ff1', color: 'blue', note: 'ghi chú trong Firefox', created: 1, updated: 1,
      quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 30, start + 62) },
      position: { start, end: start + 30 },
    };
    for (const message of [
      { type: 'library.tags.change', ids: [saved.id], add: ['Thanh Hóa', 'kinh tế'] },
      { type: 'library.highlight.add', id: saved.id, highlight },
      { type: 'library.notes.set', id: saved.id, notes: 'đọc lại tuần sau' },
    ]) {
      const answer = await inLibrary<{ ok: boolean }>(`browser.runtime.sendMessage(${JSON.stringify(message)})`);
      expect(answer, JSON.stringify(message)).toMatchObject({ ok: true });
    }
    // The page follows the stored library: the article, its tags and its highlight count show up.
    const item = itemSelector(pageUrl);
    await waitFor(() => inLibrary<string | null>(`document.querySelector(${JSON.stringify(item)})?.querySelector('[data-testid=highlight-count]')?.textContent ?? null`),
      (count) => count === '1', 'the highlight count in the list');

    await inLibrary(CAPTURE_EXPORTS);
    await inLibrary(`(document.querySelector('[data-testid=library-export-json]').click(), true)`);
    const json = await waitFor(() => inLibrary<string | null>(`window.__exports[0] ? window.__exports[0].text() : null`), Boolean, 'the exported file');
    const exported = JSON.parse(json!) as Exported;
    expect(exported.version).toBe(4);
    expect(exported.articles).toEqual([expect.objectContaining({ url: pageUrl, notes: 'đọc lại tuần sau' })]);
    await firefox.closeTab(page);
    await firefox.close();
    firefox = undefined;

    // A fresh profile.
    firefox = await launchGlossFirefox();
    const fresh = await firefox.openTab(`${firefox.extensionOrigin}/library.html`);
    const inFresh = <T,>(expression: string) => firefox!.evaluate<T>(fresh, expression);
    await waitFor(() => inFresh<boolean>(`!!document.querySelector('[data-testid=library-empty]')`), Boolean, 'the fresh profile\'s empty library');
    await inFresh(importScript(json!));
    await waitFor(() => inFresh<string | null>(`document.querySelector('[data-testid=library-message]')?.textContent ?? null`),
      (message) => /1 added/.test(message ?? ''), 'the import report');
    await waitFor(() => inFresh<string | null>(`document.querySelector(${JSON.stringify(item)})?.querySelector('[data-testid=highlight-count]')?.textContent ?? null`),
      (count) => count === '1', 'the imported article with its highlight');
    const tags = await inFresh<string[]>(`[...document.querySelectorAll(${JSON.stringify(`${item} [data-testid=library-tag]`)})].map((e) => e.getAttribute('data-tag'))`);
    expect([...tags].sort()).toEqual(['Thanh Hóa', 'kinh tế']);
    const stored = await inFresh<Exported['articles'][number]>(`browser.storage.local.get('article:${saved.id}').then((x) => x['article:${saved.id}'])`);
    expect(stored).toMatchObject({ url: pageUrl, notes: 'đọc lại tuần sau' });
    expect(stored.highlights).toEqual([expect.objectContaining({ id: 'ff1', color: 'blue', note: 'ghi chú trong Firefox', quote: expect.objectContaining({ exact }) })]);
    expect(firefox.blocked).toEqual([]);
  }, 240_000);
});
