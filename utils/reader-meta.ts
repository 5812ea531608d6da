import type { ExtractedArticle } from '@/utils/extract/types';
import { namesSite } from '@/utils/extract/byline';
import { formatDate } from '@/utils/i18n';

/**
 * The line under the reader's title: author, site, date — the site once (a byline that only names
 * the site, as articles saved before the extraction dropped those still have, goes), and the date
 * in the article's language, like the words around it. The reading time is the UI's own words and
 * is added by the caller.
 */
export function articleMetaParts(article: Pick<ExtractedArticle, 'byline' | 'siteName' | 'publishedTime' | 'lang'>): string[] {
  const { byline, siteName } = article;
  const sameAsSite = !!byline && !!siteName && namesSite(byline, siteName, '');
  return [sameAsSite ? null : byline, siteName, articleDate(article.publishedTime, article.lang)].filter((part): part is string => !!part);
}

/** The date as the article's language writes it; in the UI's language if that language is not one Intl knows. */
function articleDate(iso: string | null, lang: string | null): string | null {
  if (lang) {
    try {
      return formatDate(iso, lang);
    } catch {
      // An invalid language tag from the page (RangeError): the UI's way below.
    }
  }
  return formatDate(iso);
}
