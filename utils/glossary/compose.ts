/**
 * Composed forms the dictionary does not list, read part by part from tables (utils/glossary/data/compose-*.ts):
 * document codes (TT-BYT = Thông tư - Bộ Y tế), numbered bodies (QH13 = Quốc hội khóa XIII), chains of titles
 * (PGS.TS.BS, BS.CK1), school levels (TH&THCS), and other joined forms whose every part the dictionary knows
 * with one meaning. A form is composed only when every part is known, and unambiguous, in its position:
 * otherwise nothing (an honest "unknown" beats a guess). No regular expressions: a written form is at most
 * 32 characters, split once.
 */
import { abbrKey, isDigitCode } from './normalize.ts';
import { sensesFor } from './dictionary.ts';
import type { Dictionary, DictLang, Sense } from './dictionary.ts';
import { DOC_TYPES } from './data/compose-codes.ts';
import { composeSlashCode, issuerName } from './compose-slash.ts';
import { DOTTED_NUMBERED, NUMBERED_BODIES } from './data/compose-bodies.ts';
import { QUALIFIERS, TITLES } from './data/compose-titles.ts';
import { SCHOOL_LEVELS } from './data/compose-schools.ts';

export type ComposeFamily = 'document' | 'body' | 'title' | 'school' | 'joined';

export interface Composed { expansion: string; domain: string; family: ComposeFamily }

/** One part of a written form and the joiner written before it ('' for the first). */
export interface Part { key: string; joiner: string }

const JOINERS = new Set(['-', '\u2011', '.', '&', '/', ' ', '\u00a0']);

/** "TTLT-BYT-BTC" → TTLT, BYT, BTC, with the joiner before each part ("TP. HCM": the dot says more than the space). */
export function splitParts(abbr: string): Part[] {
  const parts: Part[] = [];
  let gap = '';
  let from = -1;
  const close = (i: number) => {
    if (from < 0) return;
    const joiner = parts.length === 0 ? '' : gap.includes('.') ? '.' : gap.includes('&') ? '&' : gap.includes('/') ? '/'
      : gap.includes('-') ? '-' : ' ';
    parts.push({ key: abbrKey(abbr.slice(from, i)), joiner });
    from = -1;
    gap = '';
  };
  for (let i = 0; i < abbr.length; i++) {
    const ch = abbr[i];
    if (JOINERS.has(ch)) { close(i); gap += ch === '\u2011' ? '-' : ch; } else if (from < 0) from = i;
  }
  close(abbr.length);
  return parts;
}

/** Every joiner after the first part is `j` (one of them, when several are allowed). */
function joinedBy(parts: Part[], allowed: string): string | null {
  const j = parts[1]?.joiner;
  if (!j || !allowed.includes(j)) return null;
  for (let k = 2; k < parts.length; k++) if (parts[k].joiner !== j) return null;
  return j;
}

/** TT-BYT = Thông tư - Bộ Y tế; TTLT-BYT-BTC = Thông tư liên tịch - Bộ Y tế - Bộ Tài chính. */
export function composeDocumentCode(parts: Part[]): string | null {
  if (parts.length < 2 || joinedBy(parts, '-') === null) return null;
  const type = DOC_TYPES[parts[0].key];
  if (!type) return null;
  const out = [type];
  for (let k = 1; k < parts.length; k++) {
    const issuer = issuerName(parts[k].key);
    if (!issuer || out.includes(issuer)) return null;
    out.push(issuer);
  }
  return out.join(' - ');
}

const ROMAN: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function toRoman(n: number): string {
  let out = '';
  for (const [v, r] of ROMAN) while (n >= v) { out += r; n -= v; }
  return out;
}

/** QH13 = Quốc hội khóa XIII, QK7 = Quân khu 7: letters, then a number the body really has. */
export function composeNumberedBody(abbr: string): { expansion: string; domain: string } | null {
  let d = abbr.length;
  while (d > 0 && isDigitCode(abbr.charCodeAt(d - 1))) d--;
  if (d === 0 || d === abbr.length || abbr.length - d > 2 || abbr[d] === '0') return null;
  const body = NUMBERED_BODIES[abbrKey(abbr.slice(0, d))];
  if (!body || abbr.slice(0, d) !== abbr.slice(0, d).toUpperCase()) return null;
  const n = Number(abbr.slice(d));
  if (n < body.min || n > body.max) return null;
  return { expansion: body.name + ' ' + (body.numeral === 'roman' ? toRoman(n) : String(n)), domain: body.domain };
}

/** Q.1 = Quận 1, P.15 = Phường 15: a letter, a dot, then a number the place really has. */
export function composeDottedNumbered(parts: Part[], abbr: string): { expansion: string; domain: string } | null {
  if (parts.length !== 2 || parts[1].joiner !== '.' || abbr.includes(' ')) return null;
  const body = DOTTED_NUMBERED[parts[0].key];
  const digits = parts[1].key;
  if (!body || abbr[0] !== parts[0].key || digits.length > 2 || digits[0] === '0') return null;
  for (let i = 0; i < digits.length; i++) if (!isDigitCode(digits.charCodeAt(i))) return null;
  const n = Number(digits);
  return n >= body.min && n <= body.max ? { expansion: body.name + ' ' + n, domain: body.domain } : null;
}

/** PGS.TS.BS = Phó Giáo sư, Tiến sĩ, Bác sĩ; BS.CK1 and BSCKI = Bác sĩ chuyên khoa I. */
export function composeTitleChain(parts: Part[]): string | null {
  if (parts.length === 1) {
    // unjoined only with a specialist grade at the end: BSCKII, DSCK1
    const key = parts[0].key;
    for (const [q, { name, after }] of Object.entries(QUALIFIERS)) {
      const head = key.slice(0, key.length - q.length);
      if (key.endsWith(q) && after.includes(head)) return TITLES[head] + ' ' + name;
    }
    return null;
  }
  if (joinedBy(parts, '.') === null) return null;
  const titles: string[] = [];
  const seen = new Set<string>();
  let graded = false;
  for (let k = 0; k < parts.length; k++) {
    const key = parts[k].key;
    const title = TITLES[key];
    if (title && !seen.has(key)) { titles.push(title); seen.add(key); graded = false; continue; }
    const q = QUALIFIERS[key];
    if (!q || k === 0 || graded || !q.after.includes(parts[k - 1].key)) return null;
    titles[titles.length - 1] += ' ' + q.name;
    graded = true;
  }
  return titles.join(', ');
}

/** TH&THCS = Tiểu học và Trung học cơ sở; THCS-THPT = Trung học cơ sở - Trung học phổ thông. */
export function composeSchoolLevels(parts: Part[]): string | null {
  if (parts.length < 2) return null;
  const j = joinedBy(parts, '&-');
  if (j === null) return null;
  const names: string[] = [];
  for (const p of parts) {
    const name = SCHOOL_LEVELS[p.key];
    if (!name || names.includes(name)) return null;
    names.push(name);
  }
  return names.join(j === '&' ? ' và ' : ' - ');
}

/** "X-Y" / "X&Y" the dictionary lacks, every part of it with one meaning and no context cues. */
export function composeJoinedParts(parts: Part[], dict: Dictionary, lang: DictLang | 'intl'): Sense | null {
  if (parts.length < 2) return null;
  const j = joinedBy(parts, lang === 'vi' ? '-&' : '-');
  if (j === null) return null;
  const senses: Sense[] = [];
  for (const p of parts) {
    const s = sensesFor(dict, p.key, lang);
    if (s.length !== 1 || s[0].cues.length > 0) return null;
    senses.push(s[0]);
  }
  return senses[0] ? { ...senses[0], expansion: senses.map((s) => s.expansion).join(j === '&' ? ' và ' : ' - ') } : null;
}

/**
 * The composed meaning of a written form, or null. Vietnamese families only in Vietnamese text;
 * joined forms of dictionary parts in any language.
 */
export function composeAbbr(abbr: string, dict: Dictionary, lang: DictLang | 'intl'): Composed | null {
  const parts = splitParts(abbr);
  if (parts.length === 0) return null;
  if (lang === 'vi') {
    const doc = composeDocumentCode(parts) ?? composeSlashCode(parts);
    if (doc) return { expansion: doc, domain: 'law', family: 'document' };
    const body = parts.length === 1 ? composeNumberedBody(abbr) : composeDottedNumbered(parts, abbr);
    if (body) return { ...body, family: 'body' };
    const title = composeTitleChain(parts);
    if (title) return { expansion: title, domain: 'edu', family: 'title' };
    const school = composeSchoolLevels(parts);
    if (school) return { expansion: school, domain: 'edu', family: 'school' };
  }
  const joined = composeJoinedParts(parts, dict, lang);
  return joined ? { expansion: joined.expansion, domain: joined.domain, family: 'joined' } : null;
}

/**
 * A document code outranks a dictionary entry written another way: 12/2023/TT-BYT is a Thông tư of the Bộ Y tế,
 * whatever TTBYT (trang thiết bị y tế) means. The dictionary keeps the forms it writes exactly so (QĐ-UBND).
 */
export function composedCodeFirst(variants: string[], dict: Dictionary, lang: DictLang | 'intl'): Composed | null {
  if (lang !== 'vi') return null;
  const written = new Set((dict.byKey.get(abbrKey(variants[0])) ?? []).map((s) => s.written));
  for (const v of variants) {
    if (written.has(v)) return null;
  }
  for (const v of variants) {
    const parts = splitParts(v);
    const doc = composeDocumentCode(parts) ?? (parts.length === 2 && parts[1].joiner === '/' ? composeSlashCode(parts) : null);
    if (doc) return { expansion: doc, domain: 'law', family: 'document' };
  }
  return null;
}
