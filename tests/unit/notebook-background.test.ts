import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MARKS_KEY, readMarks } from '@/utils/notebook/marks';
import { readSyncArea } from '@/utils/sync/synced';
import { readCards } from '@/utils/review/cards-store';
import { notebookHandlers } from '@/entrypoints/background/notebook';

const card = { back: 'Hội đồng nhân dân', sentence: 'HĐND tỉnh thông qua 18 nghị quyết.' };

describe('notebook writes in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('"Learn" adds a card once; taking the mark away (undo) takes the card away', async () => {
    expect(await notebookHandlers['notebook.mark']({ abbr: 'HĐND', mark: 'learn', card })).toEqual({ ok: true, marks: { known: [], learn: ['HĐND'] } });
    const first = (await readCards()).get('HĐND')!;
    expect(first).toMatchObject({ abbr: 'HĐND', ...card });
    await notebookHandlers['notebook.mark']({ abbr: 'HĐND', mark: 'learn', card: { back: 'other', sentence: '' } });
    expect((await readCards()).get('HĐND')).toEqual(first);
    await notebookHandlers['notebook.mark']({ abbr: 'HĐND', mark: null });
    expect((await readCards()).size).toBe(0);
    expect(await readMarks()).toEqual({ known: [], learn: [] });
  });

  it('"I know this" and "Learn" written at once from two pages both stay', async () => {
    await Promise.all([
      notebookHandlers['notebook.mark']({ abbr: 'UBND', mark: 'known' }),
      notebookHandlers['notebook.mark']({ abbr: 'HĐND', mark: 'learn', card }),
    ]);
    expect(await readMarks()).toEqual({ known: ['UBND'], learn: ['HĐND'] });
  });

  it('the marks follow the profile: written to storage.sync too', async () => {
    await notebookHandlers['notebook.mark']({ abbr: 'UBND', mark: 'known' });
    expect(await readSyncArea(MARKS_KEY)).toEqual({ known: ['UBND'], learn: [] });
  });

  it('rates a card with FSRS: it comes back later; an unknown card or rating is refused', async () => {
    await notebookHandlers['notebook.mark']({ abbr: 'HĐND', mark: 'learn', card });
    const rated = await notebookHandlers['review.rate']({ abbr: 'HĐND', rating: 3 });
    expect(rated.ok && rated.card.fsrs.reps).toBe(1);
    expect(rated.ok && rated.card.fsrs.due).toBeGreaterThan(Date.now());
    expect((await readCards()).get('HĐND')!.fsrs.reps).toBe(1);
    expect(await notebookHandlers['review.rate']({ abbr: 'NSNN', rating: 3 })).toEqual({ ok: false });
    expect(await notebookHandlers['review.rate']({ abbr: 'HĐND', rating: 7 as 3 })).toEqual({ ok: false });
  });

  it('"I know this" on a card being learnt removes it; undo puts it back with its review history', async () => {
    await notebookHandlers['notebook.mark']({ abbr: 'HĐND', mark: 'learn', card });
    await notebookHandlers['review.rate']({ abbr: 'HĐND', rating: 3 });
    const rated = (await readCards()).get('HĐND')!;
    const known = await notebookHandlers['notebook.mark']({ abbr: 'HĐND', mark: 'known' });
    expect(known.ok && known.removed).toEqual(rated);
    expect((await readCards()).has('HĐND')).toBe(false);
    await notebookHandlers['notebook.mark']({ abbr: 'HĐND', mark: 'learn', card, restore: known.ok ? known.removed : undefined });
    expect((await readCards()).get('HĐND')).toEqual(rated);
    expect(await readMarks()).toEqual({ known: [], learn: ['HĐND'] });
  });
});
