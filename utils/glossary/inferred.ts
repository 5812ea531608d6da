/**
 * Long forms written elsewhere in the article without parentheses, whose initials spell the
 * abbreviation: "Ban Thường vụ Thành ủy … BTV Thành ủy", "Thành phố Thanh Hóa … TP Thanh Hóa".
 * All abbreviations are searched together in one pass over the words (a prefix set of their initials).
 */
import type { Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { collapseSpace, isUpperCode, FOLD_TABLE } from './normalize.ts';
import type { WordView } from './words.ts';
import { CONNECTORS } from './inline.ts';

export interface InferQuery {
  key: string;
  units: string[];
  /** word index of the first use */
  firstWord: number;
  /** folded forms the dictionary knows for this key (any language); empty if not in the dictionary */
  forms: string[];
}

interface Run { i: number; j: number; folded: string; confirmed: boolean; capitalised: boolean }

const CONNECTOR_CODES = new Set([...CONNECTORS].map((w) => {
  let code = 0;
  for (const ch of w) code = code * 27 + (ch.charCodeAt(0) - 96);
  return code;
}));
const BREAK = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE | SEP.COMMA;
const MAX_LETTERS = 10;
const MAX_RUNS = 64;

export function inferLongForms(t: Tokens, v: WordView, queries: InferQuery[], inCandidate: Uint8Array, lang: 'vi' | 'en'): Map<string, string> {
  const result = new Map<string, string>();
  // initials as numbers in base 27 (a–z = 1–26): no string is built while walking the words
  const byInitials = new Map<number, InferQuery[]>();
  const prefixes = new Set<number>();
  for (const q of queries) {
    if (q.units.length < 2 || q.units.length > MAX_LETTERS) continue;
    let code = 0;
    let ok = true;
    for (const u of q.units) {
      const d = u.charCodeAt(0) - 96;
      if (d < 1 || d > 26) { ok = false; break; }
      code = code * 27 + d;
      prefixes.add(code);
    }
    if (!ok) continue;
    const list = byInitials.get(code) ?? [];
    list.push(q);
    byInitials.set(code, list);
  }
  if (byInitials.size === 0) return result;
  const runs = new Map<string, Run[]>();
  const text = t.text;
  const F = FOLD_TABLE;
  const first = (j: number): number => {
    const c = text.charCodeAt(t.start[j]);
    const f = c < 0x2000 ? F[c] - 96 : 0;
    return f >= 1 && f <= 26 ? f : 0;
  };
  // connectors ("và", "of", "and" …) recognised from their folded letters, without building strings
  const connector = (j: number): boolean => {
    const a = t.start[j];
    const b = t.end[j];
    if (b - a > 4) return false;
    let code = 0;
    for (let k = a; k < b; k++) {
      const c = text.charCodeAt(k);
      const f = c < 0x2000 ? F[c] - 96 : 0;
      if (f < 1 || f > 26) return false;
      code = code * 27 + f;
    }
    return CONNECTOR_CODES.has(code);
  };
  const record = (i: number, j: number, code: number) => {
    for (const q of byInitials.get(code)!) {
      const words = v.range(i, j).filter((w) => !CONNECTORS.has(w));
      if (words.length !== q.units.length || q.units.some((u, k) => !words[k].startsWith(u))) continue;
      const folded = v.range(i, j).join(' ');
      const confirmed = q.forms.includes(folded);
      const list = runs.get(q.key) ?? [];
      if (list.length >= MAX_RUNS) continue; // enough evidence; a hostile page repeating a name gets no more work
      list.push({ i, j, folded, confirmed, capitalised: isCapitalised(t, v, i, j, lang) });
      runs.set(q.key, list);
    }
  };
  const dfs = (i: number, j: number, code: number, depth: number) => {
    if (byInitials.has(code)) record(i, j - 1, code);
    if (j >= t.n || depth >= MAX_LETTERS || inCandidate[j] || (t.sep[j] & BREAK) !== 0) return;
    const f = first(j);
    if (f && prefixes.has(code * 27 + f)) dfs(i, j + 1, code * 27 + f, depth + 1);
    if (connector(j)) dfs(i, j + 1, code, depth + 1);
  };
  for (let i = 0; i < t.n; i++) {
    if (inCandidate[i]) continue;
    const f = first(i);
    if (!f || !prefixes.has(f)) continue;
    if (connector(i)) continue;
    dfs(i, i + 1, f, 1);
  }
  for (const q of queries) {
    const list = runs.get(q.key);
    if (!list) continue;
    const pick = choose(list, q);
    if (pick) result.set(q.key, collapseSpace(text.slice(t.start[pick.i], t.end[pick.j])));
  }
  return result;
}

/** Dictionary-known abbreviations take only a run the dictionary confirms; others a capitalised run. */
function choose(list: Run[], q: InferQuery): Run | null {
  let pool: Run[];
  if (q.forms.length > 0) pool = list.filter((r) => r.confirmed);
  else {
    // a lower-case run is too often a coincidence (or cut short) to trust without the dictionary
    pool = list.filter((r) => r.capitalised);
    // two capitals make a name too easily (Southern Alps for SA): such a run must recur
    if (q.units.length === 2) {
      const seen = new Map<string, number>();
      for (const r of pool) seen.set(r.folded, (seen.get(r.folded) ?? 0) + 1);
      pool = pool.filter((r) => seen.get(r.folded)! >= 2);
    }
  }
  if (pool.length === 0) return null;
  // nearest run before the first use, else the first one after it
  let before: Run | null = null;
  for (const r of pool) if (r.j < q.firstWord && (!before || r.i > before.i)) before = r;
  return before ?? pool[0];
}

function isCapitalised(t: Tokens, v: WordView, i: number, j: number, lang: 'vi' | 'en'): boolean {
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
