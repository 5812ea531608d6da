import { describe, expect, it } from 'vitest';
import { useGlossSession } from './support/session';
import { saveServedPage, selectInReader } from './support/highlight';

const session = useGlossSession();
// A real Vietnamese article (tests/fixtures).
const PAGE = '/fixtures/seed-thanh-hoa.html';
const PHRASE = 'xây dựng môi trường thu hút đầu tư';

describe('highlights on the saved-article page', () => {
  it('highlights a selection, keeps it after a reload, edits its note, deletes it and undoes that', async () => {
    const id = await saveServedPage(session, PAGE);
    const reader = await session.gloss.context.newPage();
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${id}`);
    await reader.getByTestId('reader-article').waitFor();

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
    const reader = await session.gloss.context.newPage();
    await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${id}`);
    await reader.getByTestId('reader-article').waitFor();
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
});

declare const chrome: { runtime: { id: string; sendMessage: (m: unknown) => Promise<unknown> } };
