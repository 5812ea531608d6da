/** Which of the runs inferred.ts found spells out an abbreviation (dictionary meaning or capitalised letters). */
import type { Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { isUpperCode } from './normalize.ts';
import type { WordView } from './words.ts';
import { CONNECTORS } from './inline.ts';
import type { InferQuery } from './inferred.ts';

export interface Run { i: number; j: number; confirmed: boolean; capitalised: boolean }

/** how far (in words) a long form may stand before / after the first use */
const MAX_BEFORE = 300;
const MAX_AFTER = 100;

/**
 * Runs count within MAX_BEFORE words before the first use or MAX_AFTER words after it.
 * A dictionary abbreviation takes a run equal to one of its meanings: a capitalised one anywhere
 * (The Federal Reserve … Fed), a lower-case one only before the first use and only if the abbreviation
 * is not just the title of names ("các thành phố" does not spell out "TP Thanh Hóa").
 * Other abbreviations need a capitalised run, a two-letter one twice.
 */
export function chooseRun(list: Run[], q: InferQuery, v: WordView): Run | null {
  let pool: Run[];
  if (q.forms.length > 0) pool = list.filter((r) => r.confirmed && (r.capitalised || (!q.nameOnly && r.j < q.firstWord)));
  else {
    // a lower-case run is too often a coincidence (or cut short) to trust without the dictionary
    pool = list.filter((r) => r.capitalised);
    // two capitals make a name too easily (Southern Alps for SA): such a run must recur
    if (q.units.length === 2) {
      const folded = (r: Run) => v.range(r.i, r.j).join(' ');
      const seen = new Map<string, number>();
      for (const r of pool) seen.set(folded(r), (seen.get(folded(r)) ?? 0) + 1);
      pool = pool.filter((r) => seen.get(folded(r))! >= 2);
    }
  }
  // a long form spells out an abbreviation near its first use: within a few paragraphs before it, or
  // right after it (a headline's abbreviation spelled out in the lead); a page can join unrelated stories
  pool = pool.filter((r) => (r.j < q.firstWord ? q.firstWord - r.j <= MAX_BEFORE : r.i - q.firstWord <= MAX_AFTER));
  if (pool.length === 0) return null;
  // nearest run before the first use, else the first one after it
  let before: Run | null = null;
  for (const r of pool) if (r.j < q.firstWord && (!before || r.i > before.i)) before = r;
  return before ?? pool[0];
}

export function isCapitalised(t: Tokens, v: WordView, i: number, j: number, lang: 'vi' | 'en'): boolean {
  const up = (k: number) => isUpperCode(t.text.charCodeAt(t.start[k]));
  if (!up(i)) return false;
  const sentenceStart = i === 0 || (t.sep[i] & (SEP.STOP | SEP.LINE | SEP.QUOTE | SEP.OPEN)) !== 0;
  if (lang === 'en') {
    for (let k = i; k <= j; k++) if (!up(k) && !CONNECTORS.has(v.get(k))) return false;
    return true;
  }
  // Vietnamese capitalises the first syllable of a name; at a sentence start the next one must tell
  return !sentenceStart || (i < j && up(i + 1));
}
