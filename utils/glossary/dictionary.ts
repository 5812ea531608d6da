/**
 * The built-in dictionary: parses the data files once, and picks the sense of an ambiguous
 * abbreviation from the words around its uses (its cues). Vietnamese senses serve Vietnamese text,
 * English senses English text; international entries carry both.
 */
import { abbrKey, foldPhrase } from './normalize.ts';
import { VI_STATE } from './data/vi-state.ts';
import { VI_SOCIETY } from './data/vi-society.ts';
import { EN } from './data/en.ts';

export type DictLang = 'vi' | 'en';

export interface Sense {
  /** the key as written in the data (NĐ-CP, TP.HCM, PhD) */
  written: string;
  lang: DictLang;
  expansion: string;
  /** folded forms accepted for this sense (expansion first) */
  forms: string[];
  domain: string;
  /** folded context words or phrases that point to this sense */
  cues: string[];
  isDefault: boolean;
  /** initials deliberately do not spell the key */
  exception: boolean;
  /** from an English entry that also has a Vietnamese expansion */
  intl: boolean;
}

export interface Dictionary {
  byKey: Map<string, Sense[]>;
  /** written keys with lower-case letters (Fed, PhD, ThS): the finder accepts them as written */
  mixedCase: Set<string>;
}

function parseLine(line: string, file: 'vi' | 'en'): Sense[] {
  const colon = line.indexOf(': ');
  if (colon <= 0) return [];
  const written = line.slice(0, colon).trim();
  let rest = line.slice(colon + 2).trim();
  let isDefault = false;
  let exception = false;
  for (;;) {
    if (rest.endsWith(' *')) { isDefault = true; rest = rest.slice(0, -2).trimEnd(); continue; }
    if (rest.endsWith(' !')) { exception = true; rest = rest.slice(0, -2).trimEnd(); continue; }
    break;
  }
  let cues: string[] = [];
  const tilde = rest.indexOf(' ~');
  if (tilde >= 0) {
    // "^word": a cue that counts only right after the use (BCHQS ^tỉnh: "tỉnh" folds like "tình", "tính")
    // "^#phone": the word right after the use is a phone number (a shape, not a word; sense.ts)
    cues = rest.slice(tilde + 2).split(',').map((c) => (c.trim().startsWith('^#') ? c.trim() : (c.trim().startsWith('^') ? '^' : '') + foldPhrase(c)))
      .filter((c) => c.length > 0 && c !== '^');
    rest = rest.slice(0, tilde);
  }
  let domain = 'general';
  const hash = rest.indexOf(' #');
  if (hash >= 0) { domain = rest.slice(hash + 2).trim(); rest = rest.slice(0, hash); }
  const [first, second] = rest.split(' | ');
  const make = (part: string, lang: DictLang, intl: boolean): Sense => {
    const alts = part.split(' / ').map((a) => a.trim()).filter(Boolean);
    return { written, lang, expansion: alts[0], forms: alts.map(foldPhrase), domain, cues, isDefault, exception, intl };
  };
  if (file === 'vi') return [make(first, 'vi', false)];
  const out = [make(first, 'en', second !== undefined)];
  if (second !== undefined) out.push(make(second, 'vi', true));
  return out;
}

let cached: Dictionary | null = null;

export function loadDictionary(): Dictionary {
  if (cached) return cached;
  const byKey = new Map<string, Sense[]>();
  const mixedCase = new Set<string>();
  const add = (data: string, file: 'vi' | 'en') => {
    for (const raw of data.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      for (const sense of parseLine(line, file)) {
        const key = abbrKey(sense.written);
        const list = byKey.get(key) ?? [];
        list.push(sense);
        byKey.set(key, list);
        const c0 = sense.written.charCodeAt(0);
        if (sense.written !== sense.written.toUpperCase() || (c0 >= 48 && c0 <= 57)) mixedCase.add(sense.written);
      }
    }
  };
  add(VI_STATE, 'vi');
  add(VI_SOCIETY, 'vi');
  add(EN, 'en');
  cached = { byKey, mixedCase };
  return cached;
}

/** Raw entries for the validation test. */
export function dictionaryLines(): { file: 'vi' | 'en'; line: string; senses: Sense[] }[] {
  const out: { file: 'vi' | 'en'; line: string; senses: Sense[] }[] = [];
  for (const [data, file] of [[VI_STATE, 'vi'], [VI_SOCIETY, 'vi'], [EN, 'en']] as const) {
    for (const raw of data.split('\n')) if (raw.trim()) out.push({ file, line: raw.trim(), senses: parseLine(raw.trim(), file) });
  }
  return out;
}

/** Senses for a text language: Vietnamese, English, or ('intl') only the international English entries. */
export function sensesFor(dict: Dictionary, key: string, lang: DictLang | 'intl'): Sense[] {
  const all = dict.byKey.get(key);
  if (!all) return [];
  // several written keys can share a grouping key (TP.HCM, TPHCM); drop repeated meanings
  const out: Sense[] = [];
  for (const s of all) {
    const ok = lang === 'intl' ? s.lang === 'en' && s.intl : s.lang === lang;
    if (ok && !out.some((o) => o.forms[0] === s.forms[0])) out.push(s);
  }
  return out;
}

/** All folded forms of every sense of a key, in both languages (for definitions across languages). */
export function allForms(dict: Dictionary, key: string): { sense: Sense; form: string }[] {
  const out: { sense: Sense; form: string }[] = [];
  for (const s of dict.byKey.get(key) ?? []) for (const form of s.forms) out.push({ sense: s, form });
  return out;
}

function cueHits(cues: string[], context: string): number {
  let n = 0;
  // a phrase ("y tế", "thành ủy") says more than a single word
  for (const cue of cues) if (context.includes(' ' + cue + ' ')) n += cue.includes(' ') ? 2 : 1;
  return n;
}

/**
 * Pick a sense from the contexts of the uses (folded, space-padded word windows) and, more weakly,
 * the whole article. Returns null when the context cannot decide: an honest "unknown" beats a guess.
 */
export function resolveSense(senses: Sense[], contextsOf: () => string[], article: () => string): Sense | null {
  if (senses.length === 0) return null;
  if (senses.length === 1 && senses[0].cues.length === 0) return senses[0];
  const contexts = contextsOf();
  const scores = senses.map((s) => {
    let local = 0;
    for (const ctx of contexts) local += cueHits(s.cues, ctx);
    return local * 2;
  });
  if (Math.max(...scores) === 0) {
    const text = article();
    senses.forEach((s, i) => { scores[i] = cueHits(s.cues, text) * 0.5; });
  }
  let best = -1;
  let second = 0;
  senses.forEach((_, i) => {
    if (best < 0 || scores[i] > scores[best]) { if (best >= 0) second = Math.max(second, scores[best]); best = i; }
    else second = Math.max(second, scores[i]);
  });
  if (scores[best] > 0 && scores[best] >= second * 1.5 && scores[best] > second) return senses[best];
  if (scores[best] > 0) return null; // cues point both ways
  return senses.find((s) => s.isDefault) ?? null;
}
