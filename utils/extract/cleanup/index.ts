import { leafBlocks, solidLengths, textOf } from '../dom.ts';
import { noLap, type Lap } from '../stages.ts';
import { removeLinkLists } from './link-lists.ts';
import { removeMarked } from './marked.ts';
import { removeAdLabels, removeTeasers } from './phrases.ts';
import { removeTrailers } from './trailing.ts';
import { removeRepeats } from './repeats.ts';
import { removeHeaderLines } from './heading.ts';

export interface CleanupReport { marked: number; ads: number; teasers: number; links: number; trailers: number; repeats: number; header: number }

export interface CleanupContext {
  siteWords?: string[];
  title?: string;
  byline?: string | null;
  /** `textOf(root).length`, when the caller has already read it. */
  chars?: number;
  /** Benchmarks: a lap per rule (stages.ts). */
  lap?: Lap;
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
  const marked = removeMarked(root, total, solid);
  lap('clean-up: marked chrome');
  const ads = removeAdLabels(root, solid);
  lap('clean-up: ad labels, credits');
  const teasers = removeTeasers(root, solid);
  lap('clean-up: teasers');
  const links = removeLinkLists(root, total, solid);
  lap('clean-up: link lists');
  // The lines of the story, listed again only when a pass has removed some.
  let leaves = leafBlocks(root);
  const repeats = removeRepeats(root, solid, leaves);
  if (repeats) leaves = leafBlocks(root);
  lap('clean-up: repeats');
  const trailers = removeTrailers(root, context.siteWords, context.byline, leaves);
  lap('clean-up: trailers');
  const header = removeHeaderLines(root, context.title ?? '', context.byline ?? null, trailers ? undefined : leaves);
  lap('clean-up: header lines');
  return { marked, ads, teasers, links, trailers, repeats, header };
}
