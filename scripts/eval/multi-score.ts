/**
 * Scoring and per-language aggregation for the multilingual evaluation (eval-extract --only multi).
 * Pure: page results in, table rows out. Full-text gold is scored with the benchmark's shingle
 * overlap (utils/extract/score.ts); snippet gold (trafilatura's evaldata) with trafilatura's own
 * measure: a `with` snippet found is a true positive, one missing a false negative, a `without`
 * snippet found a false positive, summed over the pages of a group.
 */
import type { JudgeSignals } from '../../utils/extract/judge.ts';
import { aggregate, normalizeForCheck, shingleOverlap, type Overlap, type Scores } from '../../utils/extract/score.ts';

export interface SnippetCounts { tp: number; fn: number; fp: number; tn: number }

export function snippetCounts(text: string, withSnippets: string[], withoutSnippets: string[]): SnippetCounts {
  const haystack = normalizeForCheck(text);
  const found = (s: string) => haystack.includes(normalizeForCheck(s));
  const counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const s of withSnippets) if (found(s)) counts.tp++; else counts.fn++;
  for (const s of withoutSnippets) if (found(s)) counts.fp++; else counts.tn++;
  return counts;
}

export function snippetScores(all: SnippetCounts[]): Scores {
  const sum = all.reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp, tn: a.tn + c.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
  const precision = sum.tp + sum.fp ? sum.tp / (sum.tp + sum.fp) : 0;
  const recall = sum.tp + sum.fn ? sum.tp / (sum.tp + sum.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: all.length };
}

export type Gold = { kind: 'text'; text: string } | { kind: 'snippets'; with: string[]; without: string[] };

/** One page's outcome: who refused it, and each extractor's score against the gold. */
export interface PageResult {
  lang: string;
  kind: 'article' | 'listing';
  gold: Gold['kind'];
  glossRefused: boolean;
  readerableSays: boolean;
  /** Gloss's text when it opens the page ('' when refused), plain Readability's text (never refused). */
  gloss: Measure;
  readability: Measure;
}

/** What a run records per page (and --save writes). */
export type Outcome = PageResult & {
  id: string; words: number; svgStylesRemoved: number; parseLoss: boolean; goldNote?: boolean;
  /** What the judgement saw and which candidate won, to study a judgement change on a saved run. */
  signals?: JudgeSignals; source?: string;
  /** When Gloss refused the page: its score had it opened the page anyway (force). */
  ifOpened?: Measure;
};

/**
 * A full-text gold that is a reviewer's note about an extractor, not the page's text: newspaper's
 * test data records its own failures so ("MISSED LAST PARAGRAPH", "FAILED, ENTIRE ARTICLE LOADED
 * VIA JS"). Short and upper case: such pages are not scored, only named.
 */
export function isGoldNote(gold: Gold): boolean {
  if (gold.kind !== 'text') return false;
  const text = gold.text.trim();
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  return text.length < 300 && letters.length > 0 && upper >= letters.length * 0.8;
}

/** Below this share of the page's text, happy-dom has lost part of the page: not scored, only counted. */
export const PARSE_LOSS = 0.5;

export type Measure = { overlap: Overlap } | { snippets: SnippetCounts };

export function measure(gold: Gold, text: string): Measure {
  return gold.kind === 'text' ? { overlap: shingleOverlap(gold.text, text) } : { snippets: snippetCounts(text, gold.with, gold.without) };
}

/** The score of a set of pages that share one gold kind. */
export function scoreOf(measures: Measure[]): Scores {
  const overlaps = measures.flatMap((m) => ('overlap' in m ? [m.overlap] : []));
  const snippets = measures.flatMap((m) => ('snippets' in m ? [m.snippets] : []));
  if (overlaps.length && snippets.length) throw new Error('scoreOf: text and snippet gold mixed in one group');
  return snippets.length ? snippetScores(snippets) : aggregate(overlaps);
}

const EMPTY: Record<Gold['kind'], (m: Measure) => Measure> = {
  text: (m) => ('overlap' in m ? { overlap: { tp: 0, fp: 0, fn: m.overlap.tp + m.overlap.fn > 0 ? 1 : 0 } } : m),
  snippets: (m) => ('snippets' in m ? { snippets: { tp: 0, fn: m.snippets.tp + m.snippets.fn, fp: 0, tn: m.snippets.fp + m.snippets.tn } } : m),
};

/** A page's measure had the extractor returned nothing (a refusal counted as an empty reader view). */
export function asEmpty(gold: Gold['kind'], m: Measure): Measure {
  return EMPTY[gold](m);
}

export interface LanguageRow {
  lang: string;
  pages: number;
  glossRefused: number;
  readerableRefused: number;
  /** On the pages Gloss opened: Gloss, and plain Readability on the same pages. */
  opened: { gloss: Scores; readability: Scores };
  /** On every page, Gloss's refusals counted as empty; Readability as it is, and gated by isProbablyReaderable. */
  all: { gloss: Scores; readability: Scores; readabilityGated: Scores };
}

function rowFor(lang: string, pages: PageResult[]): LanguageRow {
  const opened = pages.filter((p) => !p.glossRefused);
  return {
    lang,
    pages: pages.length,
    glossRefused: pages.length - opened.length,
    readerableRefused: pages.filter((p) => !p.readerableSays).length,
    opened: { gloss: scoreOf(opened.map((p) => p.gloss)), readability: scoreOf(opened.map((p) => p.readability)) },
    all: {
      gloss: scoreOf(pages.map((p) => (p.glossRefused ? asEmpty(p.gold, p.gloss) : p.gloss))),
      readability: scoreOf(pages.map((p) => p.readability)),
      readabilityGated: scoreOf(pages.map((p) => (p.readerableSays ? p.readability : asEmpty(p.gold, p.readability)))),
    },
  };
}

/**
 * Rows per language, largest first, languages with fewer than `minPages` pages pooled as "other
 * (xx, yy)", then an "all" row. Pages of one call must share one gold kind.
 */
export function byLanguage(pages: PageResult[], minPages = 5): LanguageRow[] {
  const groups = new Map<string, PageResult[]>();
  for (const p of pages) groups.set(p.lang, [...(groups.get(p.lang) ?? []), p]);
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const big = sorted.filter(([, ps]) => ps.length >= minPages);
  const small = sorted.filter(([, ps]) => ps.length < minPages);
  const rows = big.map(([lang, ps]) => rowFor(lang, ps));
  if (small.length) rows.push(rowFor(`other (${small.map(([l]) => l).join(', ')})`, small.flatMap(([, ps]) => ps)));
  if (pages.length) rows.push(rowFor('all', pages));
  return rows;
}

/** A page's own F1 (shingle or snippet), to list the pages where one extractor loses to the other. */
export function pageF1(m: Measure): number {
  const { tp, fp, fn } = 'overlap' in m ? m.overlap : m.snippets;
  if (tp + fp + fn === 0) return 1;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** The suite a page comes from: its id up to the colon ("wcxb:dev-0001" → wcxb). */
export const suiteOf = (id: string) => id.slice(0, id.indexOf(':'));
