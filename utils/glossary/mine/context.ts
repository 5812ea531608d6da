/**
 * Context profiles: the words (and two-word phrases) near an abbreviation's uses, and PMI against their
 * document frequency in the whole corpus: log2(P(w | sense) / P(w)), sense = the articles that define it.
 */
import { canonSyllable } from './text.ts';

const STOP = new Set(('và của các những là được cho với tại ở trong này đó khi đã sẽ đang có không một hai ba người ' +
  'theo về từ đến như cũng thì mà nên nhưng vì do bị để ra vào lên năm ngày tháng sau trước hơn rất nhiều ông bà anh chị ' +
  'the a an and or of to in on at for by with from as is are was were be been has have had that this it its his her their ' +
  'he she they we you i not but which who said says will would also more than after before into about over new one two').split(' '));

/** Lower-case normalised words and two-word phrases of a text span (no stop words, no numbers). */
export function contextItems(span: string): string[] {
  const words = span.normalize('NFC').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).map(canonSyllable);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(w);
    const n = words[i + 1];
    if (n && n.length >= 2 && !STOP.has(n)) out.push(w + ' ' + n);
  }
  return out;
}

/** Interned context items: one id per distinct word or phrase. */
export class Vocabulary {
  ids = new Map<string, number>();
  words: string[] = [];
  id(w: string): number {
    let i = this.ids.get(w);
    if (i === undefined) { i = this.words.length; this.words.push(w); this.ids.set(w, i); }
    return i;
  }
}

export interface ProfileInput {
  /** context item ids of each article that attests the sense */
  bags: Int32Array[];
  df: Int32Array;
  articles: number;
  words: string[];
  /** folded words of the long form itself: not cues (the long form in the text is found anyway) */
  exclude: Set<string>;
}

/** Top `size` items by PMI among those seen in at least max(2, 10%) of the sense's articles. */
export function pmiProfile(p: ProfileInput, size = 12): Record<string, number> {
  const n = p.bags.length;
  const counts = new Map<number, number>();
  for (const bag of p.bags) for (const id of bag) counts.set(id, (counts.get(id) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(n * 0.1));
  const scored: { w: string; pmi: number; rank: number }[] = [];
  for (const [id, a] of counts) {
    if (a < need) continue;
    const w = p.words[id];
    if (w.split(' ').some((x) => p.exclude.has(x))) continue;
    const pmi = Math.log2((a / n) / (Math.max(1, p.df[id]) / p.articles));
    if (pmi <= 0.5) continue;
    scored.push({ w, pmi, rank: pmi * Math.sqrt(a / n) });
  }
  scored.sort((x, y) => y.rank - x.rank || (x.w < y.w ? -1 : 1));
  const out: Record<string, number> = {};
  for (const s of scored.slice(0, size)) out[s.w] = Math.round(s.pmi * 10) / 10;
  return out;
}
