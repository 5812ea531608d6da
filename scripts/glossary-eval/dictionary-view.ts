/** The hand dictionary as the evaluation sees it: sense counts (for the `sense` class) and first senses (for the baseline). */
import { dictionaryLines } from '../../utils/glossary/dictionary.ts';
import { normalizeAbbr, normalizeExpansion } from '../../utils/glossary/score.ts';
import type { SenseCount } from '../../utils/glossary-eval/index.ts';

const senses = new Map<string, string[]>(); // "lang\u0000KEY" → expansions in file order
for (const { senses: list } of dictionaryLines()) {
  for (const s of list) {
    const k = s.lang + '\u0000' + normalizeAbbr(s.written);
    const have = senses.get(k) ?? [];
    if (!have.some((x) => normalizeExpansion(x, s.lang) === normalizeExpansion(s.expansion, s.lang))) have.push(s.expansion);
    senses.set(k, have);
  }
}
const langOf = (lang: string) => (lang.toLowerCase().startsWith('vi') ? 'vi' : 'en');

export const senseCount: SenseCount = (abbr, lang) => senses.get(langOf(lang) + '\u0000' + normalizeAbbr(abbr))?.length ?? 0;

export function firstSenseFor(lang: string): (key: string) => string | undefined {
  return (key) => senses.get(langOf(lang) + '\u0000' + key)?.[0];
}
