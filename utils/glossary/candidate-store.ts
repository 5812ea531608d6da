/** The tokenizer's candidates, stored flat (candidates.ts fills it, groups.ts reads it). */
import type { Candidate } from './tokenize.ts';
import { abbrKey, KIND_TABLE } from './normalize.ts';

const K = KIND_TABLE;

export const FLAG = { ALL_CAPS: 1, DOTTED: 2, PERSON_INITIAL: 4 } as const;

/**
 * Candidates in flat typed arrays (a hostile page can hold hundreds of thousands): offsets, word span,
 * line, flags, and the id of the written form. Each distinct written form is sliced once (interned).
 */
export class CandidateStore {
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  w0 = new Int32Array(256);
  w1 = new Int32Array(256);
  line = new Int32Array(256);
  flags = new Uint8Array(256);
  surf = new Int32Array(256);
  /** written forms by id, their grouping keys, and per-form flags */
  surfaces: string[] = [];
  keys: string[] = [];
  private byHash = new Map<number, number>();
  private chain: number[] = [];

  push(text: string, s: number, e: number, w0: number, w1: number, line: number): number {
    if (this.n === this.start.length) this.grow();
    const k = this.n++;
    this.start[k] = s; this.end[k] = e; this.w0[k] = w0; this.w1[k] = w1; this.line[k] = line;
    const id = this.intern(text, s, e);
    this.surf[k] = id;
    return k;
  }

  /** The same written form always gets the same id; only a new form is sliced. */
  private intern(text: string, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    let id = this.byHash.get(h);
    while (id !== undefined) {
      const w = this.surfaces[id];
      if (w.length === e - s) {
        let same = true;
        for (let k = 0; k < w.length && same; k++) same = w.charCodeAt(k) === text.charCodeAt(s + k);
        if (same) return id;
      }
      id = this.chain[id] >= 0 ? this.chain[id] : undefined;
    }
    const surface = text.slice(s, e);
    id = this.surfaces.length;
    this.surfaces.push(surface);
    this.keys.push(simpleKey(surface) ? surface : abbrKey(surface));
    const head = this.byHash.get(h);
    this.chain.push(head === undefined ? -1 : head);
    this.byHash.set(h, id);
    return id;
  }

  /**
   * Joins candidates written apart into one ("TP HCM", "TP. HCM") where `accept(idA, idB, gap)` says so; the gap
   * is at most two characters ("␣", ". "), the candidates stand in adjacent words. Later candidates move down.
   */
  joinPairs(text: string, accept: (a: number, b: number) => boolean): void {
    let out = 0;
    for (let k = 0; k < this.n; k++, out++) {
      if (out !== k) this.copy(k, out);
      const m = k + 1;
      if (m >= this.n || this.w0[m] !== this.w1[k] + 1 || !shortGap(text, this.end[k], this.start[m])) continue;
      if (!accept(this.surf[k], this.surf[m])) continue;
      this.end[out] = this.end[m];
      this.w1[out] = this.w1[m];
      this.flags[out] = this.flags[k] & this.flags[m] & FLAG.ALL_CAPS;
      this.surf[out] = this.intern(text, this.start[out], this.end[out]);
      k++;
    }
    this.n = out;
  }

  private copy(from: number, to: number): void {
    this.start[to] = this.start[from]; this.end[to] = this.end[from]; this.w0[to] = this.w0[from]; this.w1[to] = this.w1[from];
    this.line[to] = this.line[from]; this.flags[to] = this.flags[from]; this.surf[to] = this.surf[from];
  }

  private grow(): void {
    const size = this.start.length * 4;
    const g32 = (a: Int32Array) => { const b = new Int32Array(size); b.set(a); return b; };
    this.start = g32(this.start); this.end = g32(this.end); this.w0 = g32(this.w0); this.w1 = g32(this.w1);
    this.line = g32(this.line); this.surf = g32(this.surf);
    const f = new Uint8Array(size); f.set(this.flags); this.flags = f;
  }

  surface(k: number): string { return this.surfaces[this.surf[k]]; }
  key(k: number): string { return this.keys[this.surf[k]]; }

  /** One candidate as an object, for the few places that look at a candidate closely (definitions). */
  at(k: number): Candidate {
    const f = this.flags[k];
    return { surface: this.surface(k), key: this.key(k), start: this.start[k], end: this.end[k], w0: this.w0[k], w1: this.w1[k],
      line: this.line[k], allCaps: (f & FLAG.ALL_CAPS) !== 0, dottedInitials: (f & FLAG.DOTTED) !== 0,
      personInitial: (f & FLAG.PERSON_INITIAL) !== 0 };
  }
}

/** " ", ". " or their non-breaking forms between two forms. */
function shortGap(text: string, a: number, b: number): boolean {
  if (b - a === 1) return text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0xa0;
  return b - a === 2 && text.charCodeAt(a) === 0x2e && (text.charCodeAt(a + 1) === 0x20 || text.charCodeAt(a + 1) === 0xa0);
}

/** Upper-case letters only: the surface is its own key. */
function simpleKey(surface: string): boolean {
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charCodeAt(k);
    if (c >= 0x2000 || K[c] !== 1) return false;
  }
  return true;
}
