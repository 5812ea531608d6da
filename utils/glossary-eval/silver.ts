/**
 * Silver items: an article whose strict inline definitions are taken out ("Ủy ban nhân dân (UBND)" →
 * "UBND"), with the glossary then asked for those forms. The gold of each removed form is the long form
 * the article itself wrote; `how` says where the glossary can still find it — `inferred` when the long
 * form is still written elsewhere in the item, else `dictionary`.
 */
import { findDefinitions, foldWord } from './definitions.ts';
import type { Definition, Removal } from './definitions.ts';
import { normalizeAbbr } from '../glossary/score.ts';
import type { Gold } from '../glossary/score.ts';

export interface SilverRemoval extends Removal { abbr: string; expansion: string }

/**
 * The removals for one article: every strict definition of every form the article defines one way
 * only (a form defined with two different long forms is left alone), each replaced by the form itself.
 */
export function silverRemovals(text: string): SilverRemoval[] {
  const byKey = new Map<string, Definition[]>();
  for (const d of findDefinitions(text)) {
    const key = normalizeAbbr(d.abbr);
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  const out: SilverRemoval[] = [];
  for (const defs of byKey.values()) {
    const meanings = new Set(defs.map((d) => phrase(d.expansion)));
    if (meanings.size !== 1) continue;
    for (const d of defs) out.push({ start: d.start, end: d.end, replacement: d.abbr, abbr: d.abbr, expansion: defs[0].expansion });
  }
  out.sort((a, b) => a.start - b.start);
  // overlapping definitions (one inside another's long form): keep the first
  return out.filter((r, i) => i === 0 || r.start >= out[i - 1].end);
}

/** Folded words joined by single spaces. */
export function phrase(s: string): string {
  return foldWord(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Gold for a silver item: one required entry per removed form, `how` from whether the long form is still in the text. */
export function silverGold(itemText: string, removals: SilverRemoval[], title: string): Gold & { title: string; scope: 'required-only' } {
  const folded = ' ' + phrase(itemText) + ' ';
  const seen = new Set<string>();
  const required = [];
  for (const r of removals) {
    const key = normalizeAbbr(r.abbr);
    if (seen.has(key)) continue;
    seen.add(key);
    const how = folded.includes(' ' + phrase(r.expansion) + ' ') ? 'inferred' : 'dictionary';
    required.push({ abbr: r.abbr, expansion: r.expansion, how });
  }
  return { lang: 'vi', title, scope: 'required-only', required, optional: [], forbidden: [] };
}
