/**
 * Mined senses that cannot be meanings, dropped by rule (after mining and on `--corrections-only`, so the committed
 * files follow the rule without mining again).
 * A long form found elsewhere in the article (`inferred`) is aligned on the letters alone: for a key with a number
 * (QL46, VN30, BN-0064, PC45) it explains the letters and leaves the number out — "Quỳnh Lưu" for QL46 (Quốc lộ
 * 46), "Việt Nam" for VN30, "Bắc Ninh" for a boat's registration, "Phòng Cảnh" for PC45. Such a sense is kept only
 * when it writes the number (G20 "Nhóm 20 …") or a Roman numeral (QH13 "Quốc hội khóa XIII").
 */
import type { MinedFile } from '../mined.ts';

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) return true; }
  return false;
}

function hasRomanNumeral(s: string): boolean {
  for (const w of s.split(' ')) {
    if (w.length === 0) continue;
    let roman = true;
    for (const ch of w) if (!'IVXLC'.includes(ch)) { roman = false; break; }
    if (roman) return true;
  }
  return false;
}

/** An inferred long form of a key with a number that does not write the number. */
export function numberUnexplained(key: string, expansion: string, how: string): boolean {
  return how === 'inferred' && hasDigit(key) && !hasDigit(expansion) && !hasRomanNumeral(expansion);
}

/** Drops the senses no rule lets stand (hand-corrected ones stay); returns how many were dropped per language. */
export function pruneSenses(files: Record<'vi' | 'en', MinedFile>): Record<'vi' | 'en', number> {
  const n = { vi: 0, en: 0 };
  for (const lang of ['vi', 'en'] as const) {
    const entries = files[lang].entries;
    for (const key of Object.keys(entries)) {
      const kept = entries[key].filter((s) => s.corrected || !numberUnexplained(key, s.expansion, s.how));
      n[lang] += entries[key].length - kept.length;
      if (kept.length > 0) entries[key] = kept; else delete entries[key];
    }
  }
  return n;
}
