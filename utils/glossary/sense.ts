/**
 * Sense from context: which meaning of an ambiguous abbreviation (TS tiến sĩ / thí sinh, CP Chính phủ / cổ phần)
 * an article uses. Each sense is scored against the words around each use (and, more weakly, the whole article)
 * with two kinds of evidence: the hand-checked cues of the trusted dictionary and the context profiles mined from
 * the corpora (word → log2 lift near that sense, data/mined/*.json). A clear winner is taken; when the context
 * says nothing, the trusted default, else the most frequent mined sense if it clearly dominates, else null:
 * a wrong meaning costs twice, "unknown" costs nothing. Pure: contexts and the article come in as functions.
 */
import { foldPhrase } from './normalize.ts';
import type { Sense } from './dictionary.ts';
import { nextHasShape } from './sense-shape.ts';

export { LABEL_MARK, shapedSense } from './sense-shape.ts';

/** What the mined layer gives per sense (MinedSenseRecord of mined.ts has these fields and more). */
export interface ProfiledRecord {
  expansion: string;
  articles: number;
  domain: string;
  review?: boolean;
  corrected?: boolean;
  checked?: boolean;
  context?: Record<string, number>;
  written?: string;
  /** how the corpus attests it (mined.ts); only a written definition's neighbourhood profiles the sense */
  how?: string;
  /** the layer's language when it is not the page's (minedCrossSenses: the English layer in Vietnamese text) */
  lang?: Sense['lang'];
}

export interface SenseChoice {
  sense: Sense;
  /** corpus articles that attest this sense (0: hand-checked only) */
  articles: number;
  /** folded context words or phrases with their weight, strongest first */
  profile: [string, number][];
  trusted: boolean;
}

/** weights: a hand cue met near a use (a phrase counts double), a profile's weight near a use, the same article-wide */
export const WEIGHTS = { handCue: 2, besideBonus: 1, profile: 1, articleHand: 0.5, articleProfile: 0.25 };
/** the winner must have this many times the runner-up's score */
export const MARGIN = 1.5;
/** a mined sense is the fallback only with this many times the articles of the next one */
export const FALLBACK_MARGIN = 2;
/**
 * A mined profile is a log2 lift counted over the sense's articles: over 2 articles a chance neighbour ("chỉ đạo
 * Sở" → "đạo sở") lifts as high as a real cue over 100. Its weights are scaled by n / (n + K), n the articles.
 */
export const PROFILE_SHRINK = 3;
/**
 * Evidence must outweigh how much rarer a sense is: to win over a rival met in more corpus articles, a sense needs
 * PRIOR_WEIGHT × log2(their articles / its articles) more score (the profiles are log2 lifts, so this is the
 * naive-Bayes prior in the same unit). 4 articles against 55 need ~3.8 more.
 */
export const PRIOR_WEIGHT = 1;
/** article-wide evidence below this (a quarter of a weak profile word or two) is no evidence */
export const MIN_ARTICLE_EVIDENCE = 1;
/** profile words used near a use, and article-wide (each article-wide one is a search of the whole text) */
const MAX_PROFILE = 40;
const MAX_ARTICLE_PROFILE = 12;

const folded = new WeakMap<object, [string, number][]>();
function profileOf(r: ProfiledRecord): [string, number][] {
  // a long form met elsewhere in the article ("inferred", "reference") says what the article is about (an interview:
  // "phỏng vấn"), not what the abbreviation means there ("PV:" the reporter): no profile from those
  if (r.how === 'inferred' || r.how === 'reference') return [];
  let p = folded.get(r);
  if (!p) {
    const trust = r.articles / (r.articles + PROFILE_SHRINK);
    p = Object.entries(r.context ?? {}).filter(([, w]) => w > 0).map(([word, w]): [string, number] => [foldPhrase(word), w * trust])
      .filter(([word]) => word.length > 0).sort((a, b) => b[1] - a[1]).slice(0, MAX_PROFILE);
    folded.set(r, p);
  }
  return p;
}

/**
 * The senses to choose among: the trusted ones (with the profile of the mined sense of the same meaning, if any),
 * then the mined senses the trusted dictionary lacks, unless flagged for review and not corrected by hand.
 */
export function senseChoices(hand: Sense[], mined: readonly ProfiledRecord[], lang: Sense['lang']): SenseChoice[] {
  const out: SenseChoice[] = hand.map((sense) => ({ sense, articles: 0, profile: [], trusted: true }));
  for (const r of mined) {
    if (r.review && !r.corrected && !r.checked) continue;
    const form = foldPhrase(r.expansion);
    // a shorter or longer writing of a better-attested mined meaning ("Tổng công ty Cảng hàng không" beside
    // "… Việt Nam") is the same meaning, not a rival sense
    if (mined.some((o) => o !== r && o.articles > r.articles && !(o.review && !o.corrected && !o.checked) && variantOf(form, foldPhrase(o.expansion)))) continue;
    const same = out.find((c) => c.sense.forms.includes(form));
    if (same) {
      if (same.profile.length === 0) { same.articles = r.articles; same.profile = profileOf(r); }
      continue;
    }
    out.push({ sense: { written: r.written ?? '', lang: r.lang ?? lang, expansion: r.expansion, forms: [form], domain: r.domain, cues: [],
      isDefault: false, exception: true, intl: false }, articles: r.articles, profile: profileOf(r), trusted: false });
  }
  return out;
}

/** One folded meaning is the other cut short or lengthened at either end, by whole words. */
function variantOf(a: string, b: string): boolean {
  const bare = (x: string) => (' ' + x + ' ').replace(/ (va|and|of) /g, ' ').trim();
  [a, b] = [bare(a), bare(b)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && (' ' + long + ' ').includes(' ' + short + ' ');
}

/** The folded article padded with spaces, or anything that answers `includes` as it would (article-words.ts). */
export interface SearchableText { includes(needle: string): boolean }

/** Evidence in one space-padded context " w w | w w " (the use sits at "|"). */
function localScore(c: SenseChoice, ctx: string): number {
  let hand = 0;
  for (const cue of c.sense.cues) {
    if (cue[0] === '^') { if (cue[1] === '#' ? nextHasShape(ctx, cue) : ctx.includes('| ' + cue.slice(1) + ' ')) hand += 1 + WEIGHTS.besideBonus; continue; }
    if (!ctx.includes(' ' + cue + ' ')) continue;
    hand += cue.includes(' ') ? 2 : 1;
    // the word right next to the use says most (BCHQS huyện, Trường ĐH)
    if (ctx.includes('| ' + cue + ' ') || ctx.includes(' ' + cue + ' |')) hand += WEIGHTS.besideBonus;
  }
  let profile = 0;
  for (const [word, w] of c.profile) if (ctx.includes(' ' + word + ' ')) profile += w;
  return hand * WEIGHTS.handCue + profile * WEIGHTS.profile;
}

/** Evidence summed over the uses' contexts. */
function usesScore(c: SenseChoice, contexts: string[]): number {
  let s = 0;
  for (const ctx of contexts) s += localScore(c, ctx);
  return s;
}

function articleScore(c: SenseChoice, text: SearchableText): number {
  let hand = 0;
  for (const cue of c.sense.cues) if (cue[0] !== '^' && text.includes(' ' + cue + ' ')) hand += cue.includes(' ') ? 2 : 1;
  let profile = 0;
  for (let k = 0; k < c.profile.length && k < MAX_ARTICLE_PROFILE; k++) {
    if (text.includes(' ' + c.profile[k][0] + ' ')) profile += c.profile[k][1];
  }
  return hand * WEIGHTS.articleHand + profile * WEIGHTS.articleProfile;
}

/** Index of the clear winner of `scores`, -1 when none scores, -2 when the evidence points several ways. */
function winner(scores: number[], choices: SenseChoice[], floor = 0, distinct = scores): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
  if (scores[best] <= floor || !outweighsPrior(best, distinct, choices)) return -1;
  let second = 0;
  for (let i = 0; i < scores.length; i++) if (i !== best) second = Math.max(second, scores[i]);
  return scores[best] >= second * MARGIN && scores[best] > second ? best : -2;
}

/** The best-scoring sense beats each better-attested rival by more than the rarity of the corpus says it should. */
function outweighsPrior(best: number, scores: number[], choices: SenseChoice[]): boolean {
  const n = choices[best].articles;
  if (n === 0) return true; // hand-checked only: no corpus prior to weigh
  for (let j = 0; j < choices.length; j++) {
    if (choices[j].articles > n && scores[best] - scores[j] < PRIOR_WEIGHT * Math.log2(choices[j].articles / n)) return false;
  }
  return true;
}

/** When the context says nothing: the trusted default; a lone trusted sense; else a clearly most frequent mined one. */
function fallback(choices: SenseChoice[]): Sense | null {
  const trusted = choices.filter((c) => c.trusted);
  const byDefault = trusted.find((c) => c.sense.isDefault);
  if (byDefault) return byDefault.sense;
  if (trusted.length > 1) return null; // the trusted dictionary says: no default
  // a lone trusted sense with cues (TH tiểu học) is taken only on evidence
  if (trusted.length === 1) return trusted[0].sense.cues.length === 0 ? trusted[0].sense : null;
  const ranked = [...choices].sort((a, b) => b.articles - a.articles);
  if (ranked.length === 1 || ranked[0].articles >= ranked[1].articles * FALLBACK_MARGIN) return ranked[0].sense;
  return null;
}

/**
 * The sense the article uses, or null. `contextsOf()` gives the folded, space-padded word windows around the
 * first uses; `article()` the whole folded text padded with spaces. Both are asked for only when needed.
 */
export function chooseSense(choices: SenseChoice[], contextsOf: () => string[], article: () => SearchableText,
  rivals: SenseChoice[] = []): Sense | null {
  if (choices.length === 0) return null;
  const chosen = chooseAmong(choices, contextsOf, article);
  return rivals.length > 0 && chosen ? withRivals(chosen, choices, rivals, contextsOf, article) : chosen;
}

/**
 * The readings of the other layer (the English senses a Vietnamese corpus attests: MSN = Messi – Suárez – Neymar
 * beside Masan) against the page language's choice. One replaces it when the words around the uses clearly say so
 * (else the whole article, more weakly). When neither says anything, a mined choice stands only if it is also clearly the most frequent of both layers (else the
 * other layer's far more frequent reading, else nothing); a hand-checked choice stands. A reading may be the same
 * meaning in the other language (SCMP), so neither is counted a rival by the page language's own fallback.
 */
function withRivals(chosen: Sense, choices: SenseChoice[], rivals: SenseChoice[], contextsOf: () => string[],
  article: () => SearchableText): Sense | null {
  const own = new Set(choices.flatMap((c) => c.sense.forms));
  const others = rivals.filter((r) => !r.sense.forms.some((f) => own.has(f)));
  if (others.length === 0) return chosen;
  const all = [...choices, ...others];
  const contexts = contextsOf();
  let w = winner(all.map((c) => usesScore(c, contexts)), all, 0, all.map((c) => localScore(c, contexts.join(''))));
  if (w === -1) { const text = article(); w = winner(all.map((c) => articleScore(c, text)), all, MIN_ARTICLE_EVIDENCE); }
  if (w >= 0) return w >= choices.length ? all[w].sense : chosen;
  const c = choices.find((x) => x.sense === chosen);
  if (!c || c.trusted) return chosen;
  const ranked = [c, ...others].sort((a, b) => b.articles - a.articles);
  return ranked[0].articles >= FALLBACK_MARGIN * ranked[1].articles ? ranked[0].sense : null;
}

function chooseAmong(choices: SenseChoice[], contextsOf: () => string[], article: () => SearchableText): Sense | null {
  if (choices.length === 1 && choices[0].sense.cues.length === 0) return choices[0].sense;
  const contexts = contextsOf();
  const local = choices.map((c) => usesScore(c, contexts));
  let w = winner(local, choices, 0, choices.map((c) => localScore(c, contexts.join(''))));
  if (w === -2) return null; // the uses themselves point several ways
  if (w === -1) {
    const text = article();
    w = winner(choices.map((c) => articleScore(c, text)), choices, MIN_ARTICLE_EVIDENCE);
  }
  // article-wide evidence is weak: when it points several ways, the default stands
  return w >= 0 ? choices[w].sense : fallback(choices);
}
