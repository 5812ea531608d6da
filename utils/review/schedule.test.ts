import { describe, expect, it } from 'vitest';
import { dueCards, newReviewCard, rateCard, validateCard } from './schedule';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1, 8);

describe('FSRS scheduling of review cards', () => {
  it('a new card is due at once; rating it pushes it later, Easy further than Again', () => {
    const card = newReviewCard('UBND', 'Ủy ban nhân dân', 'UBND tỉnh vừa phê duyệt.', T0);
    expect(dueCards([card], T0)).toEqual([card]);
    const again = rateCard(card, 1, T0);
    const good = rateCard(card, 3, T0);
    const easy = rateCard(card, 4, T0);
    expect(again.fsrs.due).toBeGreaterThan(T0);
    expect(again.fsrs.due).toBeLessThan(good.fsrs.due);
    expect(good.fsrs.due).toBeLessThan(easy.fsrs.due);
    expect(easy.fsrs.due - T0).toBeGreaterThanOrEqual(DAY);
    expect(easy.fsrs.reps).toBe(1);
    expect(dueCards([easy], T0 + 60_000)).toEqual([]);
    expect(dueCards([easy], easy.fsrs.due)).toHaveLength(1);
  });

  it('survives a round trip through JSON storage and keeps scheduling from there', () => {
    let card = newReviewCard('HĐND', 'Hội đồng nhân dân', '', T0);
    card = rateCard(card, 3, T0);
    const stored = validateCard(JSON.parse(JSON.stringify(card)));
    expect(stored).toEqual(card);
    const next = rateCard(stored!, 3, card.fsrs.due);
    expect(next.fsrs.reps).toBe(2);
    expect(next.fsrs.due).toBeGreaterThan(card.fsrs.due);
  });

  it('turns away values that are not cards', () => {
    expect(validateCard(null)).toBeNull();
    expect(validateCard({ abbr: 'X', back: 'y' })).toBeNull();
    expect(validateCard({ abbr: 'X', back: 'y', fsrs: { due: 'soon' } })).toBeNull();
  });

  it('orders due cards most overdue first', () => {
    const a = { ...newReviewCard('A', 'a', '', T0), fsrs: { ...newReviewCard('A', 'a', '', T0).fsrs, due: T0 - DAY } };
    const b = newReviewCard('B', 'b', '', T0);
    expect(dueCards([b, a], T0).map((c) => c.abbr)).toEqual(['A', 'B']);
  });
});
