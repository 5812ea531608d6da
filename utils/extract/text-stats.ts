/** Words as readers count them: whitespace-separated tokens (a Vietnamese syllable counts as one). */
export function countWords(text: string): number {
  // Each word (with the space after it) becomes one character: no array of every word is built.
  const trimmed = text.trimStart();
  return trimmed ? trimmed.replace(WORD, 'w').length : 0;
}
const WORD = /\S+\s*/g;

// Typical silent-reading speeds: ~230 English words a minute; Vietnamese is counted
// in syllables, which are shorter, so readers get through more of them.
const WORDS_PER_MINUTE: Record<string, number> = { en: 230, vi: 280 };

export function readingMinutes(wordCount: number, lang: string | null): number {
  const base = (lang ?? 'en').slice(0, 2).toLowerCase();
  const wpm = WORDS_PER_MINUTE[base] ?? 230;
  return Math.max(1, Math.round(wordCount / wpm));
}

/** Collapse runs of whitespace the way the text checks compare passages. */
export function normalizeSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
