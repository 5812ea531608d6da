import { leafBlocks, solidLengths, textOf } from '../dom.ts';
import { noLap, type Lap } from '../stages.ts';
import { removeLinkLists } from './link-lists.ts';
import { removeMarked } from './marked.ts';
import { removeAdLabels, removeTeasers } from './phrases.ts';
import { removeTrailers } from './trailing.ts';
import { removeRepeats } from './repeats.ts';
import { removeHeaderLines } from './heading.ts';

export interface CleanupReport { marked: number; ads: number; teasers: number; links: number; trailers: number; repeats: number; header: number }

/** The clean-up passes in the order they run; `CleanupContext.off` names those to leave out. */
export const CLEANUP_RULES = ['marked', 'ads', 'teasers', 'links', 'repeats', 'trailers', 'header'] as const;
export type CleanupRule = (typeof CLEANUP_RULES)[number];

export interface CleanupContext {
  siteWords?: string[];
  title?: string;
  byline?: string | null;
  /** `textOf(root).length`, when the caller has already read it. */
  chars?: number;
  /** Benchmarks: a lap per rule (stages.ts). */
  lap?: Lap;
  /** Evaluation only (eval-extract --ablate): passes to leave out, to measure what each one earns. */
  off?: readonly CleanupRule[];
}

/**
 * Remove what is not the story from an extracted article (in place, on the clone):
 * class/id-marked chrome, ad labels, "read more" teasers, link lists, closing chrome.
 * Order matters: labels go before the link-list pass so a "Related" heading takes its list.
 */
export function cleanArticle(root: Element, context: CleanupContext = {}): CleanupReport {
  const lap = context.lap ?? noLap;
  const total = context.chars ?? textOf(root).length;
  // Characters under each element, kept exact through the removals of the passes that read it.
  const solid = solidLengths(root);
  lap('clean-up: text lengths');
  const on = (rule: CleanupRule) => !context.off?.includes(rule);
  const marked = on('marked') ? removeMarked(root, total, solid) : 0;
  lap('clean-up: marked chrome');
  const ads = on('ads') ? removeAdLabels(root, solid) : 0;
  lap('clean-up: ad labels, credits');
  const teasers = on('teasers') ? removeTeasers(root, solid) : 0;
  lap('clean-up: teasers');
  const links = on('links') ? removeLinkLists(root, total, solid) : 0;
  lap('clean-up: link lists');
  // The lines of the story, listed again only when a pass has removed some.
  let leaves = leafBlocks(root);
  const repeats = on('repeats') ? removeRepeats(root, solid, leaves) : 0;
  if (repeats) leaves = leafBlocks(root);
  lap('clean-up: repeats');
  const trailers = on('trailers') ? removeTrailers(root, context.siteWords, context.byline, leaves) : 0;
  lap('clean-up: trailers');
  const header = on('header') ? removeHeaderLines(root, context.title ?? '', context.byline ?? null, trailers ? undefined : leaves) : 0;
  lap('clean-up: header lines');
  return { marked, ads, teasers, links, trailers, repeats, header };
}
