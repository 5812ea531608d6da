/**
 * Stage 3, define: the user's own definitions first, then a definition written in the article at one of the first
 * uses — "long form (SF)", "SF (long form)", "…, gọi tắt là SF" (inline.ts), "SF, viết tắt của …", "SF: …"
 * (inline-cued.ts), across languages too (inline-cross.ts).
 */
import type { Tokens } from './tokenize.ts';
import type { Dictionary, DictLang, Sense } from './dictionary.ts';
import { allForms } from './dictionary.ts';
import { defineAfter, defineBefore, defineKnownAs, isParenthesised } from './inline.ts';
import { defineCueAfter } from './inline-cued.ts';
import { abbrKey, foldPhrase } from './normalize.ts';
import type { WordView } from './words.ts';
import type { Group } from './groups.ts';

/** a hostile page repeating one form gets no more tries than this */
const MAX_DEFINITION_TRIES = 32;
/** a word in capitals (VERDICT.WORD: THẬT, or THA = thi hành án) is defined at one of its first uses, if at all */
const MAX_WORD_TRIES = 3;

export function applyUserDefinitions(groups: Map<string, Group>, definitions: Record<string, string> | undefined): void {
  const user = new Map<string, string>();
  for (const [abbr, expansion] of Object.entries(definitions ?? {})) {
    if (expansion && expansion.trim()) user.set(abbrKey(abbr), expansion.trim());
  }
  for (const g of groups.values()) {
    const u = user.get(g.key);
    if (u) g.entry = { expansion: u, source: 'user' };
  }
}

export function defineInArticle(groups: Map<string, Group>, t: Tokens, v: WordView, dict: Dictionary, lang: DictLang): void {
  for (const g of groups.values()) {
    if (g.entry) continue;
    const tries = g.wordOnly ? MAX_WORD_TRIES : MAX_DEFINITION_TRIES;
    for (let k = 0; k < g.occ.length && k < tries; k++) {
      const c = g.occ[k];
      const def = isParenthesised(t, c) ? defineBefore(t, c, v, dict, lang, g.count)
        : defineAfter(t, c, v, dict, lang) ?? defineKnownAs(t, c, v, dict, lang) ?? defineCueAfter(t, c, v, dict, lang);
      if (def) { g.entry = { expansion: def.expansion, source: 'article', domain: senseOf(dict, g.key, lang, def.expansion)?.domain }; break; }
    }
  }
}

/** The dictionary sense a long form written in the article is (for its domain). */
export function senseOf(dict: Dictionary, key: string, lang: DictLang, expansion: string): Sense | undefined {
  const f = foldPhrase(expansion);
  return allForms(dict, key).find((x) => x.form === f && x.sense.lang === lang)?.sense;
}
