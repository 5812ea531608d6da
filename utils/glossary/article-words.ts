/**
 * The whole article as sense.ts searches it, article-wide: `includes(' phrase ')` answers exactly what
 * `(' ' + foldPhrase(text) + ' ').includes(' phrase ')` would, without building that folded copy and without a
 * scan of it per phrase. One pass hashes every folded word into a table (word → its uses); a phrase is then
 * looked up by its first word and checked word by word against the text itself. Phrases asked twice (a cue
 * shared by several abbreviations) are answered from a cache. A needle that is not space-padded folded words
 * falls back to the folded string itself, so the answer is the same for any needle.
 */
import { FOLD_TABLE, foldPhrase } from './normalize.ts';

const F = FOLD_TABLE;
const SEED = 0x811c9dc5;
const PRIME = 0x01000193;

export class ArticleWords {
  private n = 0;
  private start: Int32Array;
  private end: Int32Array;
  private hash: Int32Array;
  /** the next word with the same table slot (-1: none) */
  private next: Int32Array;
  /** open addressing: slot → hash and first word index + 1 (0: empty) */
  private keys = new Int32Array(1024);
  private heads = new Int32Array(1024);
  private used = 0;
  private answers = new Map<string, boolean>();
  private folded: string | null = null;

  constructor(private text: string) {
    const len = text.length;
    let cap = (len >> 3) + 16;
    this.start = new Int32Array(cap); this.end = new Int32Array(cap); this.hash = new Int32Array(cap); this.next = new Int32Array(cap);
    let h = SEED;
    let s = -1;
    for (let i = 0; i <= len; i++) {
      const c = i < len ? text.charCodeAt(i) : 0x20;
      const f = c < 0x2000 ? F[c] : 0;
      if (f !== 0) { if (s < 0) { s = i; h = SEED; } h = Math.imul(h ^ f, PRIME); continue; }
      if (c >= 0x300 && c <= 0x36f) continue; // a combining mark joins the letters around it (foldPhrase skips it)
      if (s < 0) continue;
      if (this.n === cap) { cap *= 2; this.growWords(cap); }
      this.start[this.n] = s; this.end[this.n] = i; this.hash[this.n] = h;
      this.link(this.n++, h);
      s = -1;
    }
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
    const hashes = words.map(hashOf);
    for (let w = this.headOf(hashes[0]); w >= 0; w = this.next[w]) {
      if (w + words.length > this.n) continue;
      let k = 0;
      while (k < words.length && this.hash[w + k] === hashes[k] && this.wordIs(w + k, words[k])) k++;
      if (k === words.length) return true;
    }
    return false;
  }

  /** The folded word w is `word` (combining marks skipped, as foldPhrase does). */
  private wordIs(w: number, word: string): boolean {
    let m = 0;
    for (let k = this.start[w]; k < this.end[w]; k++) {
      const c = this.text.charCodeAt(k);
      const f = c < 0x2000 ? F[c] : 0;
      if (f === 0) continue; // inside a word: only combining marks are not letters
      if (m >= word.length || word.charCodeAt(m) !== f) return false;
      m++;
    }
    return m === word.length;
  }

  private slotOf(h: number): number {
    const mask = this.keys.length - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    while (this.heads[slot] !== 0 && this.keys[slot] !== h) slot = (slot + 1) & mask;
    return slot;
  }

  private headOf(h: number): number {
    return this.heads[this.slotOf(h)] - 1;
  }

  private link(w: number, h: number): void {
    const slot = this.slotOf(h);
    if (this.heads[slot] === 0) {
      this.keys[slot] = h;
      this.next[w] = -1;
      this.heads[slot] = w + 1;
      if (++this.used * 2 > this.keys.length) this.growTable();
      return;
    }
    this.next[w] = this.heads[slot] - 1;
    this.heads[slot] = w + 1;
  }

  private growTable(): void {
    const keys = this.keys;
    const heads = this.heads;
    this.keys = new Int32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2);
    for (let k = 0; k < keys.length; k++) {
      if (heads[k] === 0) continue;
      const slot = this.slotOf(keys[k]);
      this.keys[slot] = keys[k];
      this.heads[slot] = heads[k];
    }
  }

  private growWords(cap: number): void {
    const grow = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    this.start = grow(this.start); this.end = grow(this.end); this.hash = grow(this.hash); this.next = grow(this.next);
  }
}

function hashOf(word: string): number {
  let h = SEED;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), PRIME);
  return h;
}
