import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import { ReaderView } from '@/components/ReaderView';
import { useSavedArticle } from '@/hooks/use-saved-article';
import { useReadingProgress } from '@/hooks/use-reading-progress';
import { t, uiLanguage } from '@/utils/i18n';
import readerCss from '@/components/reader-view.css?inline';
import marksCss from '@/components/glossary-marks.css?inline';
import controlsCss from '@/components/reader-controls.css?inline';
import './reader-page.css';

/** reader.html?id=<savedId>: a saved article, offline, from storage only. */
function SavedReader() {
  const id = new URLSearchParams(location.search).get('id');
  const saved = useSavedArticle(id);
  useReadingProgress(id, saved?.progress ?? 0, Boolean(saved));
  // One article object per saved record: the reader view builds its DOM once per article.
  const article = useMemo(() => saved && {
    readerable: true, title: saved.title, byline: saved.byline, siteName: saved.siteName, lang: saved.lang,
    publishedTime: saved.publishedTime, excerpt: saved.excerpt, content: saved.contentHtml,
    textContent: saved.textContent, wordCount: saved.wordCount, readingMinutes: saved.readingMinutes,
  }, [saved]);

  if (saved === undefined) return <p class="reader-page-note" role="status">{t('savedLoading')}</p>;
  if (saved === null || !article) return <p class="reader-page-note" data-testid="popup-message" role="status">{t('savedNotFound')}</p>;
  document.title = saved.title;
  return (
    <ReaderView article={article} entries={saved.glossary}
      footer={<a href={saved.url} rel="noopener noreferrer" data-testid="original-link">{t('openOriginal')}</a>} />
  );
}

document.documentElement.lang = uiLanguage();
// The same stylesheet as the overlay, so a saved article reads exactly like the live one.
const style = document.createElement('style');
style.textContent = `${readerCss}\n${marksCss}\n${controlsCss}`;
document.head.append(style);
render(<SavedReader />, document.getElementById('app')!);
