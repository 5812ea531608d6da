/**
 * The review cards, in storage.local under `review-cards` (abbr → card). Reads from anywhere;
 * writes by the background only (entrypoints/background/notebook.ts), one at a time.
 */
import { browser } from 'wxt/browser';
import { validateCard, type ReviewCard } from './schedule';

export const CARDS_KEY = 'review-cards';

export async function readCards(): Promise<Map<string, ReviewCard>> {
  const stored = (await browser.storage.local.get(CARDS_KEY))[CARDS_KEY];
  const out = new Map<string, ReviewCard>();
  if (stored && typeof stored === 'object') {
    for (const value of Object.values(stored as Record<string, unknown>)) {
      const card = validateCard(value);
      if (card) out.set(card.abbr, card);
    }
  }
  return out;
}

export async function writeCards(cards: Map<string, ReviewCard>): Promise<void> {
  await browser.storage.local.set({ [CARDS_KEY]: Object.fromEntries(cards) });
}
