/**
 * Copies of one article across corpora. News corpora overlap (an aggregator such as baomoi.com republishes the
 * outlets other crawls took the article from), so a copy must neither count as a second attesting article nor
 * bring a held-out evaluation article back in under another path. Articles are compared by their long sentences,
 * folded hard (no marks, no tone, letters and digits only) so that spacing, punctuation, tone placement and a
 * tokenizer's re-spacing do not hide a copy.
 */
const MIN_CHARS = 40;
/** copies share their opening: the first sentences are enough, and keep the index small */
const MAX_SENTENCES = 12;

function fold(sentence: string): string {
  return sentence.normalize('NFD').toLowerCase().replace(/đ/g, 'd').replace(/[^a-z0-9]/g, '');
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hashes of the article's first long sentences (title included: a line is a sentence too). */
export function sentenceHashes(text: string): number[] {
  const out: number[] = [];
  for (const s of text.split(/[.!?…\n]+/)) {
    const f = fold(s);
    if (f.length < MIN_CHARS) continue;
    const h = fnv1a(f);
    if (!out.includes(h)) out.push(h);
    if (out.length >= MAX_SENTENCES) break;
  }
  return out;
}

/** Articles seen so far, by sentence hash (the first article to write a sentence keeps it). */
export class CopyIndex {
  private first = new Map<number, number>();

  add(article: number, hashes: readonly number[]): void {
    for (const h of hashes) if (!this.first.has(h)) this.first.set(h, article);
  }

  /**
   * The article this one copies, or -1: one earlier article shares at least `share` of its long sentences (and at
   * least two, unless it has fewer). A site's repeated boilerplate line is one or two sentences of many: no copy.
   */
  copyOf(hashes: readonly number[], share: number): number {
    if (hashes.length === 0) return -1;
    const counts = new Map<number, number>();
    let best = -1;
    let bestN = 0;
    for (const h of hashes) {
      const a = this.first.get(h);
      if (a === undefined) continue;
      const n = (counts.get(a) ?? 0) + 1;
      counts.set(a, n);
      if (n > bestN) { best = a; bestN = n; }
    }
    const need = Math.max(Math.min(2, hashes.length), Math.ceil(share * hashes.length));
    return bestN >= need ? best : -1;
  }
}
