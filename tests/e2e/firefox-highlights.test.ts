import { describe, expect, it } from 'vitest';
import { waitFor } from './support/firefox';
import { openPopupFor, useFirefoxSession } from './support/firefox-session';
import { readStoredZip } from './support/read-zip';

// Highlights in Firefox ESR (WebDriver BiDi): save a real article from the popup, highlight a
// phrase in reader.html and write a note on it, reload, export the library as Gloss JSON and as
// Markdown with them, and open the notebook.
// Nothing here builds: test:e2e runs `npm run build:firefox:e2e` first.

const PAGE = '/fixtures/seed-thanh-hoa.html?visit=firefox-highlights';
const PHRASE = 'xây dựng môi trường thu hút đầu tư';
const NOTE = 'Ghi chú viết trong Firefox';

/** Selects the first `text` in the reader article as a drag would, and releases the mouse there. */
const selectInReader = (text: string) => `(() => {
  const body = document.querySelector('[data-testid=reader-article]');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(${JSON.stringify(text)});
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + ${text.length});
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    const box = range.getBoundingClientRect();
    node.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: box.right, clientY: box.bottom }));
    return true;
  }
  return false;
})()`;

/**
 * Clicks an export button and returns the file it hands to the download: the Blob given to
 * URL.createObjectURL and the link's file name (Firefox's download flow is not reachable over
 * BiDi, so the link's click is held back; the file's bytes are what matter).
 */
const exportThrough = (testId: string) => `new Promise((done, fail) => {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob = null;
  URL.createObjectURL = (b) => { blob = b; URL.createObjectURL = create; return create.call(URL, b); };
  HTMLAnchorElement.prototype.click = function () {
    HTMLAnchorElement.prototype.click = click;
    const name = this.download;
    blob.arrayBuffer().then((b) => done({ name, bytes: Array.from(new Uint8Array(b)) }), fail);
  };
  document.querySelector('[data-testid=${testId}]').click();
  setTimeout(() => fail(new Error('no download from ${testId}')), 20000);
})`;

describe('highlights in Firefox ESR', () => {
  const session = useFirefoxSession();

  it('highlights a phrase in a saved article with a note, keeps both after a reload, exports them as JSON and Markdown; the notebook lists its abbreviations', async () => {
    const { firefox, server } = session;
    const pageUrl = `${server.origin}${PAGE}`;
    const page = await firefox.openTab(pageUrl);
    const { popup, tabId } = await openPopupFor(firefox, pageUrl);
    expect(tabId).toBeTypeOf('number');
    await waitFor(() => firefox.evaluate<boolean>(popup, `!!document.querySelector('[data-testid=save-article]:not([disabled])')`), Boolean, 'the save button');
    await firefox.evaluate(popup, `(document.querySelector('[data-testid=save-article]').click(), null)`);
    const id = await waitFor(() => firefox.evaluate<string | null>(popup, `browser.storage.local.get(null).then((all) =>
      Object.entries(all).find(([key, value]) => key.startsWith('article:') && value && value.title)?.[1].id ?? null)`), Boolean, 'the saved article');
    await firefox.closeTab(popup);
    await firefox.closeTab(page);

    const reader = await firefox.openTab(`${firefox.extensionOrigin}/reader.html?id=${id}`);
    await waitFor(() => firefox.evaluate<boolean>(reader, `!!document.querySelector('[data-testid=reader-article]')`), Boolean, 'the saved article');
    expect(await firefox.evaluate(reader, selectInReader(PHRASE))).toBe(true);
    await waitFor(() => firefox.evaluate<boolean>(reader, `!!document.querySelector('[data-testid=highlight-button]')`), Boolean, 'the highlight button');
    await firefox.evaluate(reader, `(document.querySelector('[data-testid=highlight-button]').click(), null)`);
    const marked = () => firefox.evaluate<string>(reader, `[...document.querySelectorAll('mark[data-testid=highlight]')].map((m) => m.textContent).join('')`);
    await waitFor(marked, (text) => text === PHRASE, 'the highlight');

    // A click on it opens its editor: a note, kept when the editor closes.
    await firefox.evaluate(reader, `(document.querySelector('mark[data-testid=highlight]').click(), null)`);
    await waitFor(() => firefox.evaluate<boolean>(reader, `!!document.querySelector('[data-testid=note-input]')?.offsetParent`), Boolean, 'the note editor');
    await firefox.evaluate(reader, `(() => {
      const input = document.querySelector('[data-testid=note-input]');
      input.value = ${JSON.stringify(NOTE)};
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      document.querySelector('[data-testid=highlight-done]').click();
      return null;
    })()`);
    // Stored by the background (the one writer) before the page goes away.
    await waitFor(() => firefox.evaluate<string | null>(reader, `browser.storage.local.get('article:${id}')
      .then((x) => x['article:${id}']?.highlights?.[0]?.note ?? null)`), (note) => note === NOTE, 'the note stored');

    // Back after a reload, with its note.
    await firefox.bidi.send('browsingContext.reload', { context: reader, wait: 'complete' });
    await waitFor(marked, (text) => text === PHRASE, 'the highlight after a reload');
    await firefox.evaluate(reader, `(document.querySelector('mark[data-testid=highlight]').click(), null)`);
    await waitFor(() => firefox.evaluate<string | null>(reader, `document.querySelector('[data-testid=note-input]')?.value ?? null`),
      (note) => note === NOTE, 'the note after a reload');
    await firefox.closeTab(reader);

    const options = await firefox.openTab(`${firefox.extensionOrigin}/options.html`);
    await waitFor(() => firefox.evaluate<boolean>(options, `!!document.querySelector('[data-testid=export-json]')`), Boolean, 'the export buttons');
    const json = await firefox.evaluate<{ name: string; bytes: number[] }>(options, exportThrough('export-json'));
    expect(json.name).toMatch(/\.json$/);
    const exported = JSON.parse(Buffer.from(json.bytes).toString('utf8'));
    const article = exported.articles.find((a: { id: string }) => a.id === id);
    expect(article.highlights.map((h: { quote: { exact: string }; note: string }) => [h.quote.exact, h.note])).toEqual([[PHRASE, NOTE]]);

    // Markdown for notes apps: the article's file quotes the highlight, its note under it.
    const zip = await firefox.evaluate<{ name: string; bytes: number[] }>(options, exportThrough('export-markdown'));
    expect(zip.name).toMatch(/^gloss-library-.*\.zip$/);
    const files = [...readStoredZip(Uint8Array.from(zip.bytes)).values()];
    const markdown = files.find((md) => md.includes(`\nurl: ${JSON.stringify(article.url)}\n`));
    expect(markdown, files.map((md) => md.slice(0, 200)).join('\n…\n')).toBeDefined();
    expect(markdown).toMatch(/^---\ntitle: ".+"\nurl: /);
    expect(markdown).toContain(`\n## Highlights\n\n> ${PHRASE}\n\n${NOTE}\n`);
    await firefox.closeTab(options);

    // The abbreviation notebook works here too: the article's abbreviations, with their meanings.
    const notebook = await firefox.openTab(`${firefox.extensionOrigin}/notebook.html`);
    const listed = await waitFor(() => firefox.evaluate<string[]>(notebook,
      `[...document.querySelectorAll('[data-testid=notebook-entry]')].map((e) => e.getAttribute('data-abbr'))`), (abbrs) => abbrs.length > 0, 'the notebook');
    expect(listed).toEqual(expect.arrayContaining(['UBND', 'MTTQ']));
    expect(await firefox.evaluate(notebook, `document.querySelector('[data-testid=notebook-entry][data-abbr=UBND] [data-testid=notebook-expansion]').textContent`))
      .toBe('Ủy ban nhân dân');
    await firefox.closeTab(notebook);
  });

  it('never reached beyond 127.0.0.1', () => {
    expect(session.firefox.blocked).toEqual([]);
  });
});
