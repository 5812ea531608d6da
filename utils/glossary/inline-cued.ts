/**
 * Definitions written after the abbreviation without a parenthesis: a defining cue ("SF, viết tắt của …",
 * "SF là viết tắt của …", "SF, short for …", "SF stands for …"), or a colon or a dash ("SF: long form",
 * "SF – long form –"). The long form runs to the next comma or stop. After a cue it is read as inside a
 * parenthesis (inline.ts: across languages too); after a colon or a dash, which also open asides and lists, only
 * a known meaning or one whose letters spell the abbreviation is taken.
 */
import type { Candidate, Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { letterUnits } from './normalize.ts';
import type { Dictionary } from './dictionary.ts';
import type { WordView } from './words.ts';
import { afterCue, defineInRange } from './inline.ts';
import type { Definition } from './inline.ts';
import { OPEN_DEFINING_CUES } from './data/inline-cues.ts';
import { raw } from './cross-name.ts';

const HARD = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE;
const COLON_OR_DASH = new Set([':', '-', '\u2013', '\u2014']);

/** The gap between the candidate and word a is one colon or one dash (spaces aside)? */
function colonOrDash(t: Tokens, c: Candidate, a: number): boolean {
  let mark = '';
  for (let k = c.end; k < t.start[a]; k++) {
    const ch = t.text[k];
    if (ch === ' ' || ch === '\u00a0') continue;
    if (mark || !COLON_OR_DASH.has(ch)) return false;
    mark = ch;
  }
  return mark !== '';
}

export function defineCueAfter(t: Tokens, c: Candidate, v: WordView, dict: Dictionary, lang: string): Definition | null {
  const a = c.w1 + 1;
  if (a >= t.n || (t.sep[a] & SEP.LINE) !== 0) return null;
  let from = a;
  let strict = false;
  if ((t.sep[a] & (HARD | SEP.DASH)) === 0) {
    from = afterCue(t, a, Math.min(t.n - 1, a + 6), OPEN_DEFINING_CUES);
    if (from === a) return null;
  } else if (colonOrDash(t, c, a)) strict = true;
  else return null;
  if (from < t.n - 1 && raw(t, from) === 'the') from++; // "stands for the …"
  const max = Math.max(12, 2 * letterUnits(c.surface).length + 6);
  const stop = HARD | SEP.COMMA | SEP.DASH;
  let b = from;
  while (b + 1 < t.n && b - from < max && (t.sep[b + 1] & stop) === 0) b++;
  if (b + 1 < t.n && (t.sep[b + 1] & stop) === 0) return null; // no edge in time: no guess
  return defineInRange(t, c, v, dict, lang, from, b, strict);
}
