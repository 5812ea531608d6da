/**
 * Text normalisation for mining: NFC, one tone placement (the press's "hóa, Ủy, thủy": old style, which the
 * hand dictionary uses too), collapsed spaces; and the language of a long form.
 */
const TONES = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);
const PAIRS = ['oa', 'oe', 'uy'];

/** One syllable: a tone on the second vowel of a final oa/oe/uy moves to the first (hoà → hòa, uỷ → ủy, not quý). */
const FIRST = new Set('oòóỏõọuùúủũụOÒÓỎÕỌUÙÚỦŨỤ');
const SECOND = new Set('aàáảãạeèéẻẽẹyỳýỷỹỵAÀÁẢÃẠEÈÉẺẼẸYỲÝỶỸỴ');

export function canonSyllable(syl: string): string {
  // most syllables do not end in oa/oe/uy: skip them without decomposing
  if (syl.length < 2 || !FIRST.has(syl[syl.length - 2]) || !SECOND.has(syl[syl.length - 1])) return syl;
  const d = syl.normalize('NFD');
  let tone = -1;
  for (let i = 0; i < d.length; i++) if (TONES.has(d.charCodeAt(i))) { tone = i; break; }
  if (tone < 0) return syl;
  const mark = d[tone];
  const base = d.slice(0, tone) + d.slice(tone + 1);
  const lower = base.toLowerCase();
  if (lower.length < 2 || !PAIRS.includes(lower.slice(-2))) return syl;
  if (lower.length >= 3 && lower[lower.length - 3] === 'q') return syl;
  const at = base.length - 2; // first vowel of the pair
  if (tone === at + 1) return syl; // already on it
  return (base.slice(0, at + 1) + mark + base.slice(at + 1)).normalize('NFC');
}

/** NFC, canonical tone placement, whitespace collapsed, dashes and quotes unified. */
export function normalizeText(s: string): string {
  const nfc = s.normalize('NFC').replace(/[\u2013\u2014\u2012]/g, '-').replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  return nfc.replace(/\p{L}+/gu, (syl) => (syl.length <= 7 ? canonSyllable(syl) : syl));
}

/** Grouping form of a long form: normalised, lower case, `&` read as và/and, hyphens as spaces. */
export function expansionKey(s: string): string {
  return normalizeText(s).toLowerCase().replace(/&/g, ' & ').replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();
}

const VI_MARKS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Vietnamese if it has a Vietnamese letter or tone; else English (ASCII words). */
export function phraseLang(s: string): 'vi' | 'en' {
  return VI_MARKS.test(s) ? 'vi' : 'en';
}

/** Key as written in the data: upper case letters and digits, `&` and `-` kept (GD&ĐT, KT-XH, COVID-19). */
export function writtenKey(surface: string): string {
  return normalizeText(surface).toUpperCase().replace(/[^\p{L}\p{N}&-]/gu, '').replace(/^[-&]+|[-&]+$/g, '');
}
