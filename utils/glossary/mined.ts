/**
 * The corpus-mined dictionary (data/mined/{vi,en}.json, built by `npm run dict:mine`): a second layer under
 * the hand-checked one. It is not imported here — it is large, and the first-paint content script must never
 * carry it: whoever runs the glossary installs it once (the background fetches the files it ships, the CLI
 * reads them from disk). Until then the glossary works with the hand dictionary alone.
 * Look-ups are one Map access per key.
 */
import { abbrKey, foldPhrase } from './normalize.ts';
import type { DictLang, Sense } from './dictionary.ts';

/**
 * The fields of a mined sense the glossary reads at run time: what the files the extension ships keep
 * (mined-pack.ts). A missing `review` is a usable sense; a missing `context` an empty profile.
 */
export interface MinedSenseUse {
  expansion: string;
  articles: number;
  domain: string;
  source?: string;
  also?: Record<string, number>;
  review?: boolean;
  corrected?: boolean;
  checked?: boolean;
  crossChecked?: string;
  context?: Record<string, number>;
  how?: MinedSenseRecord['how'];
}

export interface MinedSenseRecord extends MinedSenseUse {
  expansion: string;
  /** distinct corpus articles that define the abbreviation with this long form */
  articles: number;
  /** corpus id (see `sources`) with most of those articles; `also` the others */
  source: string;
  also?: Record<string, number>;
  domain: string;
  /** met in one article only (or a loose reading in fewer than 3): not used unless corrected by hand */
  review: boolean;
  /** how the corpus attests it: `inline` a definition whose letters the glossary's matcher aligns; `inferred` the
   *  long form written elsewhere in the article; `reference` a meaning of the soe-vinorm list written in the same
   *  article; `loose` a definition whose long form the corpus chose (cross-language, compound, partial) */
  how: 'inline' | 'inferred' | 'reference' | 'loose';
  /** met in one article only, but the named reference list gives the same meaning (soe-vinorm, MIT) */
  crossChecked?: string;
  /** checked and corrected by hand (data/mined/corrections.json) */
  corrected?: boolean;
  /** met in one article only, read and confirmed by hand (data/mined/corrections.json, `checked`) */
  checked?: boolean;
  /** PMI-style context profile: word or phrase → log2 lift near this sense */
  context: Record<string, number>;
}

export interface MinedSourceInfo {
  id: string; repo: string; commit: string; files: string;
  /** articles mined */
  articles: number;
  /** articles of the corpus left out on purpose (the silver evaluation's test fold) */
  heldOut?: number;
  /** the corpus's language: an English long form met in a Vietnamese corpus may explain Vietnamese text */
  lang?: 'vi' | 'en';
}

export interface MinedFile { sources: MinedSourceInfo[]; entries: Record<string, MinedSenseRecord[]> }

/** What installMined reads: a whole mined file (the CLI, the evaluations) or its packaged form (the extension). */
export interface MinedPackedFile { sources: Pick<MinedSourceInfo, 'id' | 'lang'>[]; entries: Record<string, MinedSenseUse[]> }

export type MinedSense = MinedSenseUse & { written: string };

interface Layer {
  byKey: Map<string, MinedSense[]>;
  fallback: Map<string, Sense | null>;
  /** the same, for text in the other language: only senses a corpus of that language attests */
  crossFallback: Map<string, Sense | null>;
  /** minedCrossSenses, built once per key */
  crossSenses: Map<string, (MinedSense & { lang: DictLang })[]>;
  /** ids of the Vietnamese corpora */
  viSources: Set<string>;
}

const layers: Partial<Record<DictLang, Layer>> = {};

/** Index a mined file for O(1) look-ups (keys grouped the way the glossary groups forms: GD-ĐT ≡ GD&ĐT). */
export function installMined(lang: DictLang, file: MinedFile | MinedPackedFile): void {
  const byKey = new Map<string, MinedSense[]>();
  for (const [written, senses] of Object.entries(file.entries)) {
    const key = abbrKey(written);
    const list = byKey.get(key) ?? [];
    for (const s of senses) list.push({ ...s, written });
    list.sort((a, b) => b.articles - a.articles);
    byKey.set(key, list);
  }
  const viSources = new Set(file.sources.filter((x) => x.lang === 'vi').map((x) => x.id));
  layers[lang] = { byKey, fallback: new Map(), crossFallback: new Map(), crossSenses: new Map(), viSources };
}

export function uninstallMined(): void {
  delete layers.vi;
  delete layers.en;
}

export function hasMined(lang: DictLang): boolean {
  return layers[lang] !== undefined;
}

/** Every mined sense of a key in one language, most frequent first (for sense choice by context). */
export function minedSenses(key: string, lang: DictLang): readonly MinedSense[] {
  return layers[lang]?.byKey.get(key) ?? [];
}

/**
 * For Vietnamese text, the English layer's usable senses of a key that a Vietnamese corpus attests (MSN = Messi –
 * Suárez – Neymar beside the Vietnamese layer's Masan): rival readings the context may choose (sense.ts). Others: none.
 */
export function minedCrossSenses(key: string, lang: DictLang | 'intl'): readonly (MinedSense & { lang: DictLang })[] {
  const layer = layers.en;
  if (lang !== 'vi' || !layer) return [];
  let cached = layer.crossSenses.get(key);
  if (!cached) {
    cached = (layer.byKey.get(key) ?? []).filter((x) => usable(x) && attestedIn(layer.viSources, x)).map((x) => ({ ...x, lang: 'en' as const }));
    layer.crossSenses.set(key, cached);
  }
  return cached;
}

const usable = (x: MinedSenseUse) => !x.review || !!x.corrected || !!x.checked;
const attestedIn = (ids: Set<string>, x: MinedSenseUse) => (x.source !== undefined && ids.has(x.source)) || Object.keys(x.also ?? {}).some((id) => ids.has(id));

/**
 * The sense a key known only to the mined data gets: its most frequent sense that is not flagged for
 * review (unless corrected by hand). Vietnamese text falls back to the English layer (an English acronym
 * the Vietnamese corpora never define in Vietnamese), but only to long forms the Vietnamese corpora attest:
 * a Reuters company name is no reading of the same letters in a Vietnamese article. Built once per key.
 */
export function minedFallback(key: string, lang: DictLang | 'intl'): Sense | null {
  if (lang === 'intl') return null;
  const own = pick(key, lang, false);
  return own ?? (lang === 'vi' ? pick(key, 'en', true) : null);
}

/** Does the mined layer of this language itself give the key a usable sense (not only the other language's)? */
export function minedKnows(key: string, lang: DictLang | 'intl'): boolean {
  return lang !== 'intl' && pick(key, lang, false) !== null;
}

function pick(key: string, lang: DictLang, cross: boolean): Sense | null {
  const layer = layers[lang];
  if (!layer) return null;
  const cache = cross ? layer.crossFallback : layer.fallback;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const s = layer.byKey.get(key)?.find((x) => usable(x) && (!cross || attestedIn(layer.viSources, x)));
  const sense: Sense | null = s ? { written: s.written, lang, expansion: s.expansion, forms: [foldPhrase(s.expansion)], domain: s.domain,
    cues: [], isDefault: true, exception: true, intl: false } : null;
  cache.set(key, sense);
  return sense;
}
