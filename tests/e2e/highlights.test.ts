import { describe, expect, it } from 'vitest';
import { useGlossSession } from './support/session';
import { openSavedReader, saveServedPage, selectInReader } from './support/highlight';
import { openServedPage, runCommand } from './support/pages';
import { seriousViolations } from './support/axe';

const session = useGlossSession();
// A real Vietnamese article (tests/fixtures).
const PAGE = '/fixtures/seed-thanh-hoa.html';
const PHRASE = 'xây dựng môi trường thu hút đầu tư';
// Another real one for the in-page reader, never saved before its first highlight.
const IN_PAGE = '/fixtures/dev/vi-01-hdnd-ky-hop-cuoi-nam.html';
const IN_PAGE_PHRASE = 'tình trạng sạt lở bờ biển';

describe('highlights', () => {
  it('in the in-page reader, highlighting an unsaved article saves it, and the highlight comes back with the reader', async () => {
    const savedArticles = () => session.gloss.worker.evaluate(async () => {
      const all = await chrome.storage.local.get(null) as Record<string, { url?: string; highlights?: { quote: { exact: string } }[] }>;
      return Object.entries(all).filter(([key]) => key.startsWith('article:')).map(([, a]) => ({ url: a.url, quotes: a.highlights?.map((h) => h.quote.exact) }));
    });
    expect(await savedArticles()).toEqual([]);
    const { page, tabId } = await openServedPage(session.gloss, session.server, IN_PAGE);
    const openReader = async () => {
      expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: true });
      // The highlighter arrives with the reader's controls, after the first paint.
      await page.locator('gloss-reader [data-testid=reader-settings-toggle]').waitFor();
    };
    await openReader();
    await selectInReader(page, IN_PAGE_PHRASE, 'gloss-reader');
    await page.locator('gloss-reader [data-testid=highlight-button]').click();
    const marks = page.locator('gloss-reader mark[data-testid=highlight]');
    await expect.poll(() => marks.count()).toBe(1);
    expect(await marks.first().innerText()).toBe(IN_PAGE_PHRASE);

    // Saved, with the highlight.
    await expect.poll(async () => (await savedArticles()).map((a) => a.quotes)).toEqual([[IN_PAGE_PHRASE]]);

    // Close the reader and open it again: the highlight is painted again.
    expect(await runCommand(session.gloss, 'toggle-reader', tabId)).toEqual({ open: false });
    await expect.poll(() => page.locator('gloss-reader').count()).toBe(0);
    await openReader();
    await expect.poll(() => marks.count()).toBe(1);
    expect(await marks.first().innerText()).toBe(IN_PAGE_PHRASE);
    await page.close();
  });

  it('highlights a selection, keeps it after a reload, edits its note, deletes it and undoes that', async () => {
    const id = await saveServedPage(session, PAGE);
    const reader = await openSavedReader(session, id);

    await selectInReader(reader, PHRASE);
    await reader.getByTestId('highlight-button').click();
    const marks = reader.locator('mark[data-testid=highlight]');
    await expect.poll(() => marks.count()).toBe(1);
    expect(await marks.first().innerText()).toBe(PHRASE);
    const highlightId = await marks.first().getAttribute('data-highlight-id');
    expect(highlightId).toMatch(/^h/);

    // Kept in the saved article: back after a reload, same id, same text.
    await expect.poll(async () => {
      await reader.reload();
      await reader.getByTestId('reader-article').waitFor();
      return reader.locator(`mark[data-testid=highlight][data-highlight-id="${highlightId}"]`).count();
    }).toBe(1);
    expect(await reader.locator('mark[data-testid=highlight]').first().innerText()).toBe(PHRASE);

    // Click → editor; the note is kept too.
    await reader.locator('mark[data-testid=highlight]').first().click();
    await reader.getByTestId('note-input').fill('Thu hút đầu tư: một khâu đột phá');
    await reader.getByTestId('highlight-recolor-green').click();
    await reader.getByTestId('highlight-done').click();
    await expect.poll(async () => {
      await reader.reload();
      await reader.getByTestId('reader-article').waitFor();
      return reader.locator('mark[data-testid=highlight]').first().getAttribute('class');
    }).toContain('gloss-hl-green');
    await reader.locator('mark[data-testid=highlight]').first().click();
    expect(await reader.getByTestId('note-input').inputValue()).toBe('Thu hút đầu tư: một khâu đột phá');

    // Delete, then undo: the highlight is back, with its note.
    await reader.getByTestId('highlight-delete').click();
    await expect.poll(() => reader.locator('mark[data-testid=highlight]').count()).toBe(0);
    await reader.getByTestId('highlight-undo').click();
    await expect.poll(() => reader.locator('mark[data-testid=highlight]').count()).toBe(1);
    await expect.poll(async () => {
      await reader.reload();
      await reader.getByTestId('reader-article').waitFor();
      return reader.locator(`mark[data-testid=highlight][data-highlight-id="${highlightId}"]`).count();
    }).toBe(1);
    await reader.close();
  });

  it('keeps a highlight that no longer anchors listed with its quote, after the article is saved again', async () => {
    const id = await saveServedPage(session, PAGE);
    const lost = {
      id: 'hlost1', color: 'pink', note: 'Ghi chú còn giữ', created: 1, updated: 1,
      quote: { exact: 'Một câu đã bị biên tập xóa khỏi bài', prefix: '', suffix: '' }, position: { start: 5, end: 40 },
    };
    const reader = await openSavedReader(session, id);
    const added = await reader.evaluate(([articleId, highlight]) => chrome.runtime.sendMessage({ type: 'library.highlight.add', id: articleId, highlight }), [id, lost] as const);
    expect(added).toMatchObject({ ok: true });
    // Saved again from the page: highlights stay with the article.
    await saveServedPage(session, PAGE);
    await reader.reload();
    await reader.getByTestId('reader-article').waitFor();
    const orphan = reader.locator('[data-testid=highlight-orphan][data-highlight-id=hlost1]');
    await expect.poll(() => orphan.count()).toBe(1);
    expect(await orphan.innerText()).toContain('Một câu đã bị biên tập xóa khỏi bài');
    expect(await orphan.innerText()).toContain('Ghi chú còn giữ');
    await reader.close();
  });

  it('copies a selection as a quote with the article\'s title and address', async () => {
    const id = await saveServedPage(session, PAGE);
    const reader = await openSavedReader(session, id);
    const { title, url } = await reader.evaluate((articleId) => chrome.storage.local.get(`article:${articleId}`)
      .then((x) => x[`article:${articleId}`] as { title: string; url: string }), id);
    await selectInReader(reader, PHRASE);
    await reader.getByTestId('highlight-copy').click();
    await expect.poll(() => reader.getByTestId('highlight-toolbar').isVisible()).toBe(false);
    // Pasted where a notes app would read it: a served page allowed to read the clipboard.
    await session.gloss.context.grantPermissions(['clipboard-read'], { origin: session.server.origin });
    const { page: paste } = await openServedPage(session.gloss, session.server, '/pages/sample-article.html');
    await paste.bringToFront();
    expect(await paste.evaluate(() => navigator.clipboard.readText())).toBe(`> ${PHRASE}\n\n— ${title}, ${url}`);
    expect(await reader.locator('mark[data-testid=highlight]').count()).toBe(0); // copying does not highlight
    for (const p of [paste, reader]) await p.close();
  });

  it.each(['light', 'dark'] as const)('the toolbar, highlights in all four colours and the note editor pass axe (%s)', async (scheme) => {
    const id = await saveServedPage(session, PAGE);
    const reader = await openSavedReader(session, id, scheme);
    const words = (await reader.getByTestId('reader-article').innerText()).split(/\s+/);
    // Four short phrases from the article's own text, one per colour.
    const phrases = [10, 40, 70, 100].map((at) => words.slice(at, at + 3).join(' '));
    const marks = reader.locator('mark[data-testid=highlight]');
    for (const [i, color] of (['yellow', 'green', 'blue', 'pink'] as const).entries()) {
      await selectInReader(reader, phrases[i]);
      await reader.getByTestId('highlight-toolbar').waitFor();
      if (i === 0) expect(await seriousViolations(reader), 'the toolbar').toEqual([]);
      await reader.getByTestId(`highlight-color-${color}`).click();
      await expect.poll(() => reader.locator(`mark.gloss-hl-${color}`).count()).toBeGreaterThan(0);
    }
    expect(await seriousViolations(reader), 'four colours of highlight').toEqual([]);
    await marks.first().click();
    await reader.getByTestId('note-input').fill('Ghi chú');
    expect(await seriousViolations(reader), 'the note editor').toEqual([]);
    await reader.getByTestId('highlight-done').click();
    await reader.close();
  });
});

declare const chrome: {
  runtime: { id: string; sendMessage: (m: unknown) => Promise<unknown> };
  storage: { local: { get: (keys: string | null) => Promise<Record<string, unknown>> } };
};
