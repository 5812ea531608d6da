/**
 * The whole article as sense.ts searches it, article-wide: `includes(' phrase ')` answers exactly what
 * `(' ' + foldPhrase(text) + ' ').includes(' phrase ')` would, without building that folded copy (a pass over
 * every character) and without a search of it per phrase. A page asks for few phrases (tens on 1 MB of text),
 * so the index is cheap: the tokenizer's words, sorted by their first two folded letters; a phrase is checked only
 * against the words that start like it, letter by letter in the text itself. A needle that is not space-padded
 * folded words falls back to the folded copy, so the answer is the same for any needle.
 *
 * The folded copy's words are the maximal runs of letters, digits and combining marks (with at least one letter
 * or digit): the tokenizer's words, plus the runs it skips (the "s" of "WHO's"), which are found in the gaps.
 */
import type { Tokens } from './tokenize.ts';
import { FOLD_TABLE, KIND_TABLE, foldPhrase } from './normalize.ts';

const F = FOLD_TABLE;
const K = KIND_TABLE;
/** words bucketed by their first two folded letters, hashed (0 stands for a one-letter word's missing second) */
const BUCKETS = 0x1000;
const bucketOf = (first: number, second: number) => (Math.imul(first, 0x9e3779b1) ^ second) & (BUCKETS - 1);

export class ArticleWords {
  private n = 0;
  private start: Int32Array;
  private end: Int32Array;
  /** word indices sorted by bucket (first two folded letters): the words of bucket b are byLetter[from[b] … from[b + 1]) */
  private byLetter: Int32Array;
  private from = new Int32Array(BUCKETS + 1);
  private answers = new Map<string, boolean>();
  private folded: string | null = null;
  private readonly text: string;

  constructor(t: Tokens) {
    const text = (this.text = t.text);
    let cap = t.n + 16;
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    let firstOf = new Uint16Array(cap);
    const from = this.from;
    const add = (s: number, e: number) => {
      let f = 0;
      let k = s;
      while (k < e && f === 0) f = foldCode(text.charCodeAt(k++));
      if (f === 0) return; // combining marks alone: no word of the folded copy
      let f2 = 0;
      while (k < e && f2 === 0) f2 = foldCode(text.charCodeAt(k++));
      if (this.n === cap) {
        cap *= 2;
        const s2 = new Int32Array(cap); s2.set(this.start); this.start = s2;
        const e2 = new Int32Array(cap); e2.set(this.end); this.end = e2;
        const f2 = new Uint16Array(cap); f2.set(firstOf); firstOf = f2;
      }
      const b = bucketOf(f, f2);
      this.start[this.n] = s; this.end[this.n] = e; firstOf[this.n] = b; this.n++;
      from[b + 1]++;
    };
    /** word-character runs in a gap between the tokenizer's words (the suffix of WHO's) */
    const gap = (a: number, b: number) => {
      if (b - a < 2) return; // one separator
      for (let k = a; k < b; k++) {
        if (!isWordCode(text.charCodeAt(k))) continue;
        const s = k;
        while (k < b && isWordCode(text.charCodeAt(k))) k++;
        add(s, k);
      }
    };
    let last = 0;
    for (let w = 0; w < t.n; w++) {
      gap(last, t.start[w]);
      add(t.start[w], t.end[w]);
      last = t.end[w];
    }
    gap(last, text.length);
    // counting sort by bucket
    for (let b = 1; b < from.length; b++) from[b] += from[b - 1];
    const fill = from.slice(0, BUCKETS);
    this.byLetter = new Int32Array(this.n);
    for (let w = 0; w < this.n; w++) this.byLetter[fill[firstOf[w]]++] = w;
  }

  /** Same answer as `(' ' + foldPhrase(text) + ' ').includes(needle)`. */
  includes(needle: string): boolean {
    let known = this.answers.get(needle);
    if (known === undefined) {
      known = this.search(needle);
      this.answers.set(needle, known);
    }
    return known;
  }

  private search(needle: string): boolean {
    const words = needle.length >= 3 && needle[0] === ' ' && needle[needle.length - 1] === ' ' ? needle.slice(1, -1).split(' ') : null;
    if (!words || words.some((w) => w.length === 0)) {
      return (this.folded ??= ' ' + foldPhrase(this.text) + ' ').includes(needle);
    }
    const b = bucketOf(words[0].charCodeAt(0), words[0].length > 1 ? words[0].charCodeAt(1) : 0);
    for (let k = this.from[b]; k < this.from[b + 1]; k++) {
      const w = this.byLetter[k];
      if (w + words.length > this.n) continue;
      let m = 0;
      while (m < words.length && this.wordIs(w + m, words[m])) m++;
      if (m === words.length) return true;
    }
    return false;
  }

  /** The folded word w is `word` (combining marks skipped, as foldPhrase does). */
  private wordIs(w: number, word: string): boolean {
    let m = 0;
    for (let k = this.start[w]; k < this.end[w]; k++) {
      const f = foldCode(this.text.charCodeAt(k));
      if (f === 0) continue; // inside a word only a combining mark folds to nothing
      if (m >= word.length || word.charCodeAt(m) !== f) return false;
      m++;
    }
    return m === word.length;
  }
}

function foldCode(c: number): number {
  return c < 0x2000 ? F[c] : 0;
}

function isWordCode(c: number): boolean {
  return c < 0x2000 && K[c] !== 0;
}
