/**
 * Review cards for the notebook's "Learn", scheduled with FSRS (ts-fsrs). A card's FSRS state is
 * stored as plain JSON (dates as epoch ms) and revived for each rating.
 */
import { Rating, State, TypeConvert, createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';

export interface StoredFsrs {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
}

export interface ReviewCard {
  /** Front: the abbreviation. */
  abbr: string;
  /** Back: its meaning(s). */
  back: string;
  /** Where it was met, shown with the back. */
  sentence: string;
  added: number;
  fsrs: StoredFsrs;
}

/** 1 Again, 2 Hard, 3 Good, 4 Easy (the keys on the review page). */
export type ReviewRating = 1 | 2 | 3 | 4;
export const RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

// No fuzz: the same answers give the same schedule (tests, and two devices agreeing).
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const store = (card: Card): StoredFsrs => ({
  due: card.due.getTime(), stability: card.stability, difficulty: card.difficulty, elapsed_days: card.elapsed_days,
  scheduled_days: card.scheduled_days, learning_steps: card.learning_steps, reps: card.reps, lapses: card.lapses,
  state: card.state, last_review: card.last_review ? card.last_review.getTime() : null,
});
const revive = (s: StoredFsrs): Card => TypeConvert.card({ ...s, state: s.state as State, last_review: s.last_review ?? undefined });

export function newReviewCard(abbr: string, back: string, sentence: string, now: number): ReviewCard {
  return { abbr, back, sentence, added: now, fsrs: store(createEmptyCard(new Date(now))) };
}

export function rateCard(card: ReviewCard, rating: ReviewRating, now: number): ReviewCard {
  const grade = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as Grade[])[rating - 1];
  const { card: next } = scheduler.next(revive(card.fsrs), new Date(now), grade);
  return { ...card, fsrs: store(next) };
}

/** Cards due at `now`, the most overdue first (new cards are due when added). */
export function dueCards(cards: Iterable<ReviewCard>, now: number): ReviewCard[] {
  return [...cards].filter((c) => c.fsrs.due <= now).sort((a, b) => a.fsrs.due - b.fsrs.due || a.abbr.localeCompare(b.abbr));
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A stored card, or null when the value is not one (storage holds what any version wrote). */
export function validateCard(value: unknown): ReviewCard | null {
  const c = value as Partial<ReviewCard> | null;
  const f = c?.fsrs as Partial<StoredFsrs> | undefined;
  if (!c || typeof c.abbr !== 'string' || !c.abbr || typeof c.back !== 'string' || !f) return null;
  const numbers = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;
  if (!numbers.every((k) => isNumber(f[k]))) return null;
  return {
    abbr: c.abbr, back: c.back, sentence: typeof c.sentence === 'string' ? c.sentence : '', added: isNumber(c.added) ? c.added : 0,
    fsrs: { ...(f as StoredFsrs), last_review: isNumber(f.last_review) ? f.last_review : null },
  };
}
