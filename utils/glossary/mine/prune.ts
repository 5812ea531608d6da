/**
 * Mined senses that cannot be meanings, dropped by rule (after mining and on `--corrections-only`, so the committed
 * files follow the rule without mining again).
 * A long form found elsewhere in the article (`inferred`) is aligned on the letters alone: for a key with a number
 * (QL46, VN30, BN-0064, PC45) it explains the letters and leaves the number out — "Quỳnh Lưu" for QL46 (Quốc lộ
 * 46), "Việt Nam" for VN30, "Bắc Ninh" for a boat's registration, "Phòng Cảnh" for PC45. Such a sense is kept only
 * when it writes the number (G20 "Nhóm 20 …") or a Roman numeral (QH13 "Quốc hội khóa XIII").
 * A loose long form (the corpus chose its boundary) that opens on the second syllable of a word is a name cut short:
 * "ninh Mỹ Mới" (Trung tâm An ninh Mỹ Mới, CNAS), "quân Israel" (Không quân Israel), "bay quốc tế Hong Kong" (Sân
 * bay …). Such a first word is told by the aligned long forms of the same file: written inside them often, opening
 * them rarely ("ninh" 12 times inside, once first; "dịch" opens 10 and is kept). Hand-confirmed senses stay.
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

/** How often each (lower-case) word opens an aligned long form of the file, and how often it is written inside one. */
export function wordRoles(file: MinedFile): { opens: Map<string, number>; inside: Map<string, number> } {
  const opens = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const list of Object.values(file.entries)) {
    for (const s of list) {
      if (s.how !== 'inline') continue;
      const words = s.expansion.toLowerCase().split(' ').filter(Boolean);
      words.forEach((w, i) => { const m = i === 0 ? opens : inside; m.set(w, (m.get(w) ?? 0) + 1); });
    }
  }
  return { opens, inside };
}

/** A loose long form opening on a lower-case word that the aligned long forms write inside 4× more often than first. */
export function cutInsideWord(expansion: string, how: string, roles: ReturnType<typeof wordRoles>): boolean {
  if (how !== 'loose') return false;
  const first = expansion.split(' ')[0] ?? '';
  if (first === '' || first === first.toUpperCase() || first[0] !== first[0].toLowerCase()) return false;
  const w = first.toLowerCase();
  const inside = roles.inside.get(w) ?? 0;
  return inside >= 3 && (roles.opens.get(w) ?? 0) * 4 < inside;
}

/** Drops the senses no rule lets stand (hand-corrected or hand-confirmed ones stay); returns how many were dropped per language. */
export function pruneSenses(files: Record<'vi' | 'en', MinedFile>): Record<'vi' | 'en', number> {
  const n = { vi: 0, en: 0 };
  for (const lang of ['vi', 'en'] as const) {
    const entries = files[lang].entries;
    const roles = wordRoles(files[lang]);
    for (const key of Object.keys(entries)) {
      const kept = entries[key].filter((s) => s.corrected || s.checked
        || !(numberUnexplained(key, s.expansion, s.how) || cutInsideWord(s.expansion, s.how, roles)));
      n[lang] += entries[key].length - kept.length;
      if (kept.length > 0) entries[key] = kept; else delete entries[key];
    }
  }
  return n;
}
