import { serialized } from '@/utils/library/queue';
import { notebookSources } from '@/utils/notebook/sources';
import { MARKS_KEY, readMarks, validateMarks, withMark } from '@/utils/notebook/marks';
import { writeSynced } from '@/utils/sync/synced';
import { readCards, writeCards } from '@/utils/review/cards-store';
import { newReviewCard, rateCard, validateCard, type ReviewRating } from '@/utils/review/schedule';
import type { MarkRequest, MarkResult, RateResult } from '@/utils/messages';
import { glossaryFor } from '@/utils/article-glossary';

const glossary = async (text: string, lang: string) => {
  const result = await glossaryFor({ text, lang });
  return Array.isArray(result) ? result : [];
};

/**
 * The notebook's writes (marks and review cards) and its data. Writes go through the library's
 * queue, so a mark from the notebook and a rating from the review page never overwrite each other.
 */
export const notebookHandlers = {
  // Not in the queue: it writes only its own cache, and a first build over a large library takes a while.
  'notebook.sources': () => notebookSources(glossary),
  'notebook.mark': ({ abbr, mark, card, restore }: MarkRequest): Promise<MarkResult> =>
    serialized(async () => {
      if (typeof abbr !== 'string' || !abbr) return { ok: false };
      const marks = withMark(await readMarks(), abbr, mark);
      const cards = await readCards();
      const removed = mark === 'learn' ? undefined : cards.get(abbr);
      if (mark === 'learn' && !cards.has(abbr)) {
        const back = validateCard(restore);
        cards.set(abbr, back?.abbr === abbr ? back : newReviewCard(abbr, card?.back ?? '', card?.sentence ?? '', Date.now()));
      }
      // Taking "Learn" away takes its card away too (the notebook keeps it for an undo).
      if (removed) cards.delete(abbr);
      await writeCards(cards);
      // kept here, then sent to the profile's other machines (a refused sync keeps this copy and says so)
      await writeSynced(MARKS_KEY, validateMarks(marks));
      return { ok: true, marks, ...(removed ? { removed } : {}) };
    }),
  'review.rate': ({ abbr, rating }: { abbr: string; rating: ReviewRating }): Promise<RateResult> =>
    serialized(async () => {
      const cards = await readCards();
      const card = cards.get(abbr);
      if (!card || ![1, 2, 3, 4].includes(rating)) return { ok: false };
      const next = rateCard(card, rating, Date.now());
      cards.set(abbr, next);
      await writeCards(cards);
      return { ok: true, card: next };
    }),
};
