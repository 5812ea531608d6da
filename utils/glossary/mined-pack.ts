/**
 * The packaged form of a mined file (what the extension ships and its background fetches, parses and indexes on
 * its first glossary): only what the run-time look-ups read (mined.ts, sense.ts, inline-guided.ts). The whole
 * files stay the record of the mining — provenance, senses awaiting review — and the CLI and evaluations read
 * them; installed, the packed form answers every look-up the same (mined-pack.test.ts).
 * Left out:
 * - senses no look-up uses: flagged for review and neither corrected, checked nor cross-checked;
 * - keys left with no sense;
 * - `how`: sense.ts reads it only to give a sense attested `inferred` or `reference` no profile, so such a
 *   sense ships without its context instead;
 * - context profiles sense choice never reads: those of a key whose senses (trusted and mined) make at most one
 *   choice with no cues (chooseSense takes it as is), and those of cross-checked-only senses (never a choice);
 * - `source` and `also` in the Vietnamese file (read only for the English layer's cross-language fallback), and
 *   in the English file every corpus id but the Vietnamese ones (that fallback asks only "attested in Vietnamese?");
 * - corpus descriptions, `checked`, `corrected` (a kept sense without `review` is usable).
 */
import { abbrKey } from './normalize.ts';
import { loadDictionary, sensesFor, type DictLang, type Sense } from './dictionary.ts';
import type { MinedFile, MinedPackedFile, MinedSenseRecord, MinedSenseUse } from './mined.ts';
import { senseChoices } from './sense.ts';

/** Sense choice and the fallback use it (mined.ts `pick`, sense.ts `senseChoices`). */
const chosenBySense = (s: MinedSenseRecord) => !s.review || !!s.corrected || !!s.checked;
/** The article's own definitions are also matched against cross-checked ones (inline-guided.ts `knownMeanings`). */
const usedAtAll = (s: MinedSenseRecord) => chosenBySense(s) || !!s.crossChecked;

/**
 * `handSenses(key)`: the trusted dictionary's senses of a key for text of this language (dictionary.ts
 * `sensesFor`), which sense choice weighs together with the mined ones.
 */
export function packMined(file: MinedFile, lang: DictLang, handSenses: (key: string) => Sense[], rivalKeys = new Set<string>()): MinedPackedFile {
  const viSources = new Set(file.sources.filter((x) => x.lang === 'vi').map((x) => x.id));
  const readsProfiles = profilesRead(file, lang, handSenses);
  for (const key of rivalKeys) readsProfiles.add(key);
  const entries: Record<string, MinedSenseUse[]> = {};
  for (const [written, senses] of Object.entries(file.entries)) {
    const kept = senses.filter(usedAtAll).map((s) => packSense(s, lang, viSources, readsProfiles.has(abbrKey(written))));
    if (kept.length > 0) entries[written] = kept;
  }
  return { sources: [...viSources].map((id) => ({ id, lang: 'vi' as const })), entries };
}

function packSense(s: MinedSenseRecord, lang: DictLang, viSources: Set<string>, profileRead: boolean): MinedSenseUse {
  const out: MinedSenseUse = { expansion: s.expansion, articles: s.articles, domain: s.domain };
  if (lang === 'en') {
    if (viSources.has(s.source)) out.source = s.source;
    const also = Object.entries(s.also ?? {}).filter(([id]) => viSources.has(id));
    if (also.length > 0) out.also = Object.fromEntries(also);
  }
  if (!chosenBySense(s)) {
    out.review = true;
    out.crossChecked = s.crossChecked;
    return out;
  }
  const profiled = s.how !== 'inferred' && s.how !== 'reference';
  if (profileRead && profiled && Object.keys(s.context).length > 0) out.context = s.context;
  return out;
}

/**
 * Keys (grouped as installMined groups them) whose context profiles sense choice reads: chooseSense returns a
 * lone choice without cues before it looks at any context.
 */
function profilesRead(file: MinedFile, lang: DictLang, handSenses: (key: string) => Sense[]): Set<string> {
  const byKey = new Map<string, (MinedSenseRecord & { written: string })[]>();
  for (const [written, senses] of Object.entries(file.entries)) {
    const key = abbrKey(written);
    byKey.set(key, [...byKey.get(key) ?? [], ...senses.map((s) => ({ ...s, written }))]);
  }
  const out = new Set<string>();
  for (const [key, mined] of byKey) {
    const choices = senseChoices(handSenses(key), mined, lang);
    if (choices.length > 1 || (choices.length === 1 && choices[0].sense.cues.length > 0)) out.add(key);
  }
  return out;
}

/**
 * The packed form the extension ships (wxt.config.ts): sense choice weighs the built-in dictionary's senses and,
 * given the other language's file, the profiles of keys where the English layer's readings a Vietnamese corpus
 * attests meet a Vietnamese choice (sense.ts `withRivals` weighs both layers' profiles even for a lone choice).
 */
export function packMinedForExtension(file: MinedFile, lang: DictLang, other?: MinedFile): MinedPackedFile {
  const dict = loadDictionary();
  const [en, vi] = lang === 'en' ? [file, other] : [other, file];
  const rivalKeys = new Set<string>();
  if (en && vi) {
    const viIds = new Set(en.sources.filter((x) => x.lang === 'vi').map((x) => x.id));
    const inVi = (s: MinedSenseRecord) => chosenBySense(s) && (viIds.has(s.source) || Object.keys(s.also ?? {}).some((id) => viIds.has(id)));
    const viKnows = new Set(Object.entries(vi.entries).filter(([, ss]) => ss.some(chosenBySense)).map(([w]) => abbrKey(w)));
    for (const [written, senses] of Object.entries(en.entries)) {
      const key = abbrKey(written);
      if (senses.some(inVi) && (viKnows.has(key) || sensesFor(dict, key, 'vi').length > 0)) rivalKeys.add(key);
    }
  }
  return packMined(file, lang, (key) => sensesFor(dict, key, lang), rivalKeys);
}
