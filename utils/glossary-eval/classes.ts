/**
 * The fixtures' scoring rule (utils/glossary/score.ts), with every TP, FP and FN attributed to one
 * evaluation class, so that P/R/F1 can be printed per class:
 *
 * - a gold `required` entry's class: its own `class` field when the gold sets one; else `inline` when
 *   its `how` is inline (the article defines it: nothing else matters); else `sense` when the hand
 *   dictionary has ≥ 2 senses for the form in the page's language; else `composed` when the form is a
 *   composed code (isComposedForm); else its `how` (`inferred`, or `dictionary` when how is missing);
 * - a predicted entry with no required counterpart (a false positive "unlisted" or "forbidden"): from
 *   its `source` — article → inline, inferred → inferred, dictionary → sense / composed / dictionary by
 *   the same form tests; user → dictionary.
 * A wrong expansion of a required form costs an FP and an FN, both in that form's gold class.
 */
import { normalizeAbbr, normalizeExpansion } from '../glossary/score.ts';
import type { Gold, GoldRequired, Score } from '../glossary/score.ts';

export const CLASSES = ['dictionary', 'composed', 'inline', 'inferred', 'sense'] as const;
export type EvalClass = (typeof CLASSES)[number];

export interface PredictedEntry { abbr: string; expansion: string | null; source?: string }
export interface ClassGold extends Gold { required: (GoldRequired & { class?: EvalClass })[] }
/** How many senses the hand dictionary has for a form in a language (0 when unknown). */
export type SenseCount = (abbr: string, lang: string) => number;
export interface Counts { tp: number; fp: number; fn: number }
export interface ClassScore extends Score { byClass: Record<EvalClass, Counts> }

/**
 * A composed code form: letter parts joined by - & . / or a space (TT-BYT, TH&THCS, TP.HCM, BS.CK1,
 * TP HCM), a body with its number (QH13, QK7: at least two capitals, then digits), or an English
 * plural of an abbreviation (IEPs).
 */
export function isComposedForm(abbr: string): boolean {
  const parts = abbr.split(/[-&./ ]+/).filter(Boolean);
  if (parts.filter((p) => /\p{L}/u.test(p)).length >= 2) return true;
  if (/^\p{Lu}{2,}\d+$/u.test(abbr)) return true;
  return /^\p{Lu}{2,}s$/u.test(abbr);
}

export function goldClass(r: GoldRequired & { class?: EvalClass }, lang: string, senses: SenseCount): EvalClass {
  if (r.class) return r.class;
  if (r.how === 'inline') return 'inline';
  if (senses(r.abbr, lang) >= 2) return 'sense';
  if (isComposedForm(r.abbr)) return 'composed';
  return r.how === 'inferred' ? 'inferred' : 'dictionary';
}

export function predictedClass(e: PredictedEntry, lang: string, senses: SenseCount): EvalClass {
  if (e.source === 'article') return 'inline';
  if (e.source === 'inferred') return 'inferred';
  if (e.source === 'dictionary') {
    if (senses(e.abbr, lang) >= 2) return 'sense';
    if (isComposedForm(e.abbr)) return 'composed';
  }
  return 'dictionary';
}

function quoted(notes: string | undefined): string[] {
  return [...(notes ?? '').matchAll(/«([^»]*)»/g)].map((m) => m[1]);
}

export function emptyByClass(): Record<EvalClass, Counts> {
  const out = {} as Record<EvalClass, Counts>;
  for (const c of CLASSES) out[c] = { tp: 0, fp: 0, fn: 0 };
  return out;
}

/** scoreGlossary's rule, counts attributed to classes (the totals are the same as scoreGlossary's). */
export function scoreByClass(gold: ClassGold, entries: PredictedEntry[], senses: SenseCount): ClassScore {
  const lang = gold.lang;
  const out: ClassScore = { tp: 0, fp: 0, fn: 0, errors: [], byClass: emptyByClass() };
  const add = (c: EvalClass, k: keyof Counts) => { out[k]++; out.byClass[c][k]++; };
  const required = new Map<string, { r: GoldRequired; cls: EvalClass; accepted: Set<string>; matched: boolean }>();
  for (const r of gold.required) {
    const accepted = new Set([r.expansion, ...(r.also ?? []), ...quoted(r.notes)].map((x) => normalizeExpansion(x, lang)));
    required.set(normalizeAbbr(r.abbr), { r, cls: goldClass(r, lang, senses), accepted, matched: false });
  }
  const optional = new Set((gold.optional ?? []).map(normalizeAbbr));
  const forbidden = new Set((gold.forbidden ?? []).map(normalizeAbbr));
  for (const e of entries) {
    const key = normalizeAbbr(e.abbr);
    const exp = e.expansion && e.expansion.trim() ? e.expansion : null;
    if (forbidden.has(key)) { add(predictedClass(e, lang, senses), 'fp'); out.errors.push(`FP forbidden ${e.abbr}`); continue; }
    const req = required.get(key);
    if (req) {
      if (exp && !req.matched && req.accepted.has(normalizeExpansion(exp, lang))) { req.matched = true; add(req.cls, 'tp'); continue; }
      if (exp) { add(req.cls, 'fp'); out.errors.push(`FP wrong [${req.cls}] ${e.abbr} = "${exp}" (want "${req.r.expansion}")`); }
      continue;
    }
    if (optional.has(key) || !exp) continue;
    const cls = predictedClass(e, lang, senses);
    add(cls, 'fp');
    out.errors.push(`FP unlisted [${cls}] ${e.abbr} = "${exp}"`);
  }
  for (const { r, cls, matched } of required.values()) {
    if (!matched) { add(cls, 'fn'); out.errors.push(`FN [${cls}] ${r.abbr} (${r.expansion})`); }
  }
  return out;
}

/** Only the entries whose form is required (the silver set scores the removed definitions, nothing else). */
export function requiredOnly<E extends PredictedEntry>(gold: Gold, entries: E[]): E[] {
  const keys = new Set(gold.required.map((r) => normalizeAbbr(r.abbr)));
  return entries.filter((e) => keys.has(normalizeAbbr(e.abbr)));
}

/** Sums scores over files. */
export class Tally {
  total: Counts = { tp: 0, fp: 0, fn: 0 };
  byClass = emptyByClass();
  files = 0;
  add(s: ClassScore): void {
    this.files++;
    for (const k of ['tp', 'fp', 'fn'] as const) {
      this.total[k] += s[k];
      for (const c of CLASSES) this.byClass[c][k] += s.byClass[c][k];
    }
  }
}
