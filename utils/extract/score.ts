/**
 * Text-overlap scoring of the article-extraction-benchmark (scrapinghub), shared by
 * scripts/eval-extract.ts and the unit tests. Pure: strings in, numbers out.
 * Tokens are `\w+` in the Unicode sense of Python's `re` (letters, numbers, underscore).
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of n-token shingles; a text shorter than n tokens is one shingle, an empty one none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface Overlap { tp: number; fp: number; fn: number }

/** Per-page tp/fp/fn, normalised by their sum so every page weighs the same. */
export function shingleOverlap(truth: string, predicted: string, n = 4): Overlap {
  return overlapOf(shingles(truth, n), shingles(predicted, n));
}

/** shingleOverlap of texts already cut into shingles. */
export function overlapOf(t: Map<string, number>, p: Map<string, number>): Overlap {
  let tp = 0, fp = 0, fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface Scores { precision: number; recall: number; f1: number; pages: number }

/** Mean precision and mean recall over pages, F1 from the two means (the benchmark's method). */
export function aggregate(overlaps: Overlap[]): Scores {
  let pSum = 0, pN = 0, rSum = 0, rN = 0;
  for (const { tp, fp, fn } of overlaps) {
    if (tp + fp + fn === 0) { pSum += 1; pN++; rSum += 1; rN++; continue; }
    if (tp + fp > 0) { pSum += tp / (tp + fp); pN++; }
    if (tp + fn > 0) { rSum += tp / (tp + fn); rN++; }
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: overlaps.length };
}

/** Share of the reference's shingles found in the candidate (multiset recall); 1 for an empty reference. */
export function shingleRecall(reference: string, candidate: string, n = 4): number {
  return recallOf(shingleOverlap(reference, candidate, n));
}

export function recallOf({ tp, fn }: Overlap): number {
  return tp + fn > 0 ? tp / (tp + fn) : 1;
}

/** shingles(), remembered per text: choosing a candidate compares the same texts several times. */
export function shingleMemo(n = 4): (text: string) => Map<string, number> {
  const memo = new Map<string, Map<string, number>>();
  return (text) => {
    let out = memo.get(text);
    if (!out) { out = shingles(text, n); memo.set(text, out); }
    return out;
  };
}

/** Unicode NFC and whitespace collapsed: how fixture text checks compare passages. */
export function normalizeForCheck(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
