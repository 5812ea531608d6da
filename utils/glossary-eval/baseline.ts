/**
 * The plain baseline printed beside the engine: what a simple glossary would do.
 * 1. Candidates: tokens of letters, digits and inner - & . (split at /) with at least two capitals and
 *    no more lower-case than capital letters, Roman numerals excepted.
 * 2. A strict letter-aligned definition in the text ("long form (SF)" / "SF (long form)", see
 *    definitions.ts) gives the expansion;
 * 3. else the FIRST sense the hand dictionary lists for the form in the text's language;
 * 4. else unknown (no expansion).
 * No context, no inference, no composition, no filters.
 */
import { findDefinitions } from './definitions.ts';
import { normalizeAbbr } from '../glossary/score.ts';

export interface BaselineEntry { abbr: string; expansion: string | null; source: 'article' | 'dictionary' | 'unknown' }

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}&.-]*/gu;
const ROMAN = /^[IVXLCDM]+$/;

export function baselineCandidates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').matchAll(TOKEN)) {
    for (let part of m[0].split('/')) {
      part = part.replace(/[.\-&]+$/, '');
      let upper = 0, lower = 0;
      for (const ch of part) {
        if (ch !== ch.toLowerCase()) upper++;
        else if (ch !== ch.toUpperCase()) lower++;
      }
      if (upper >= 2 && lower <= upper && part.length <= 15 && !ROMAN.test(part)) out.push(part);
    }
  }
  return out;
}

/** firstSense: the hand dictionary's first expansion for a normalised form (normalizeAbbr) in the text's language. */
export function baselineGlossary(text: string, firstSense: (key: string) => string | undefined): BaselineEntry[] {
  const inline = new Map<string, string>();
  for (const d of findDefinitions(text.normalize('NFC'))) {
    const key = normalizeAbbr(d.abbr);
    if (!inline.has(key)) inline.set(key, d.expansion);
  }
  const seen = new Map<string, BaselineEntry>();
  for (const abbr of baselineCandidates(text)) {
    const key = normalizeAbbr(abbr);
    if (!key || seen.has(key)) continue;
    const def = inline.get(key);
    const dict = def ? undefined : firstSense(key);
    seen.set(key, def ? { abbr, expansion: def, source: 'article' }
      : dict ? { abbr, expansion: dict, source: 'dictionary' } : { abbr, expansion: null, source: 'unknown' });
  }
  return [...seen.values()];
}
