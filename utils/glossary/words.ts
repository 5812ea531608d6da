/** Folded words of the text, computed only where a matcher looks (most of a page never needs them). */
import type { Tokens } from './tokenize.ts';
import { foldPhrase } from './normalize.ts';

export interface WordView {
  get(i: number): string;
  /** folded words from a to b inclusive */
  range(a: number, b: number): string[];
  /** space-padded folded words around [a, b] (excluding them), for sense cues */
  context(a: number, b: number, span: number): string;
}

export function wordView(t: Tokens): WordView {
  // few words are ever asked for: a map, not an array as long as the text
  const cache = new Map<number, string>();
  const get = (i: number): string => {
    let w = cache.get(i);
    if (w === undefined) { w = foldPhrase(t.text.slice(t.start[i], t.end[i])); cache.set(i, w); }
    return w;
  };
  return {
    get,
    range(a, b) {
      const out: string[] = [];
      for (let i = Math.max(0, a); i <= b && i < t.n; i++) out.push(get(i));
      return out;
    },
    context(a, b, span) {
      let s = ' ';
      for (let i = Math.max(0, a - span); i < a; i++) s += get(i) + ' ';
      s += '| ';
      for (let i = b + 1; i <= b + span && i < t.n; i++) s += get(i) + ' ';
      return s;
    },
  };
}
