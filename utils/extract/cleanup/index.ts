import { textOf } from '../dom.ts';
import { removeLinkLists } from './link-lists.ts';
import { removeMarked } from './marked.ts';
import { removeAdLabels, removeTeasers } from './phrases.ts';
import { removeTrailers } from './trailing.ts';

export interface CleanupReport { marked: number; ads: number; teasers: number; links: number; trailers: number }

/**
 * Remove what is not the story from an extracted article (in place, on the clone):
 * class/id-marked chrome, ad labels, "read more" teasers, link lists, closing chrome.
 * Order matters: labels go before the link-list pass so a "Related" heading takes its list.
 */
export function cleanArticle(root: Element, context: { siteWords?: string[] } = {}): CleanupReport {
  const total = textOf(root).length;
  const marked = removeMarked(root, total);
  const ads = removeAdLabels(root);
  const teasers = removeTeasers(root);
  const links = removeLinkLists(root, total);
  const trailers = removeTrailers(root, context.siteWords);
  return { marked, ads, teasers, links, trailers };
}
