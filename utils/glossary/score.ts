/**
 * The glossary scoring rule of ../shared/fixtures/README.md, as a pure function:
 * expansions compared after folding (NFD, no marks, đ→d, lower case, & read as "và"/"and",
 * punctuation and hyphens as spaces, a leading "the" dropped); abbreviations on their letters,
 * digits and & with an English plural s dropped. TP/FP/FN are summed by the caller over files.
 */
export interface GoldRequired { abbr: string; expansion: string; how?: string; also?: string[]; notes?: string }
export interface Gold { lang: string; required: GoldRequired[]; optional?: string[]; forbidden?: string[] }
export interface ScoredEntry { abbr: string; expansion: string | null }
export interface Score { tp: number; fp: number; fn: number; errors: string[] }

export function normalizeExpansion(s: string, lang: string): string {
  const and = lang.toLowerCase().startsWith('vi') ? ' và ' : ' and ';
  let t = s.normalize('NFD');
  let out = '';
  for (const ch of t) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    out += ch;
  }
  t = out.replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().split('&').join(and);
  t = t.normalize('NFD');
  out = '';
  for (const ch of t) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    out += /[\p{L}\p{N}]/u.test(ch) ? ch : ' ';
  }
  const words = out.split(' ').filter(Boolean);
  if (words[0] === 'the') words.shift();
  return words.join(' ');
}

export function normalizeAbbr(s: string): string {
  let t = s.normalize('NFC');
  // English plural: NGOs → NGO
  if (t.length >= 3 && t.endsWith('s') && /\p{Lu}/u.test(t[t.length - 2])) t = t.slice(0, -1);
  let out = '';
  for (const ch of t) if (ch === '&' || /[\p{L}\p{N}]/u.test(ch)) out += ch;
  return out.toUpperCase();
}

/** Meanings quoted «…» in notes. */
function quoted(notes: string | undefined): string[] {
  const out: string[] = [];
  if (!notes) return out;
  let k = notes.indexOf('«');
  while (k >= 0) {
    const e = notes.indexOf('»', k + 1);
    if (e < 0) break;
    out.push(notes.slice(k + 1, e));
    k = notes.indexOf('«', e + 1);
  }
  return out;
}

export function scoreGlossary(gold: Gold, entries: ScoredEntry[]): Score {
  const lang = gold.lang;
  const score: Score = { tp: 0, fp: 0, fn: 0, errors: [] };
  const required = new Map<string, { r: GoldRequired; accepted: Set<string>; matched: boolean }>();
  for (const r of gold.required) {
    const accepted = new Set([r.expansion, ...(r.also ?? []), ...quoted(r.notes)].map((x) => normalizeExpansion(x, lang)));
    required.set(normalizeAbbr(r.abbr), { r, accepted, matched: false });
  }
  const optional = new Set((gold.optional ?? []).map(normalizeAbbr));
  const forbidden = new Set((gold.forbidden ?? []).map(normalizeAbbr));
  for (const e of entries) {
    const key = normalizeAbbr(e.abbr);
    if (forbidden.has(key)) { score.fp++; score.errors.push(`FP forbidden ${e.abbr}`); continue; }
    const req = required.get(key);
    const exp = e.expansion && e.expansion.trim() ? e.expansion : null;
    if (req) {
      if (exp && !req.matched && req.accepted.has(normalizeExpansion(exp, lang))) { req.matched = true; score.tp++; continue; }
      if (exp) { score.fp++; score.errors.push(`FP wrong ${e.abbr} = "${exp}" (want "${req.r.expansion}")`); }
      continue;
    }
    if (optional.has(key) || !exp) continue;
    score.fp++;
    score.errors.push(`FP unlisted ${e.abbr} = "${exp}"`);
  }
  for (const { r, matched } of required.values()) {
    if (!matched) { score.fn++; score.errors.push(`FN ${r.abbr} (${r.expansion})`); }
  }
  return score;
}

export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Gold `how` as the engine's `source`: a definition in the article is `inline` in the fixtures. */
const HOW_TO_SOURCE: Record<string, string> = { inline: 'article', inferred: 'inferred', dictionary: 'dictionary' };

export interface SourceCheck { checked: number; disagree: number; errors: string[] }

/**
 * Does each required entry's `source` match its gold `how` (inline ≙ article)? A report beside the
 * score, not part of it: entries without `how` are not checked, a missing entry counts as a disagreement.
 */
export function checkSources(gold: Gold, entries: (ScoredEntry & { source: string })[]): SourceCheck {
  const out: SourceCheck = { checked: 0, disagree: 0, errors: [] };
  const byKey = new Map<string, string>();
  for (const e of entries) if (!byKey.has(normalizeAbbr(e.abbr))) byKey.set(normalizeAbbr(e.abbr), e.source);
  for (const r of gold.required) {
    if (!r.how) continue;
    const want = HOW_TO_SOURCE[r.how] ?? r.how;
    const got = byKey.get(normalizeAbbr(r.abbr)) ?? 'missing';
    out.checked++;
    if (got !== want) { out.disagree++; out.errors.push(`SOURCE ${r.abbr}: ${got} (gold how: ${r.how})`); }
  }
  return out;
}
