import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import { useSavedArticle } from '@/hooks/use-saved-article';
import { useReadingProgress } from '@/hooks/use-reading-progress';
import { t, uiLanguage } from '@/utils/i18n';
import readerCss from '@/components/reader-view.css?inline';
import marksCss from '@/components/glossary-marks.css?inline';
import './reader-page.css';

/** reader.html?id=<savedId>: a saved article, offline, from storage only. */
function SavedReader() {
  const id = new URLSearchParams(location.search).get('id');
  const state = useSavedArticle(id);
  const saved = state.status === 'ok' ? state.article : null;
  useReadingProgress(id, saved?.progress ?? 0, Boolean(saved));

  if (state.status === 'loading') return <p class="reader-page-note" role="status">{t('savedLoading')}</p>;
  if (state.status === 'damaged') {
    return (
      <div class="reader-page-note" data-testid="popup-message" role="alert">
        <p>{t('savedDamaged')}</p>
        {state.url && <a href={state.url} rel="noopener noreferrer" data-testid="original-link">{t('openOriginal')}</a>}
      </div>
    );
  }
  if (!saved) return <p class="reader-page-note" data-testid="popup-message" role="status">{t('savedNotFound')}</p>;
  document.title = saved.title;
  const article = {
    readerable: true, title: saved.title, byline: saved.byline, siteName: saved.siteName, lang: saved.lang,
    publishedTime: saved.publishedTime, excerpt: saved.excerpt, content: saved.contentHtml,
    textContent: saved.textContent, wordCount: saved.wordCount, readingMinutes: saved.readingMinutes,
  };
  return (
    <ReaderView article={article} entries={saved.glossary}
      footer={<a href={saved.url} rel="noopener noreferrer" data-testid="original-link">{t('openOriginal')}</a>} />
  );
}

document.documentElement.lang = uiLanguage();
// The same stylesheet as the overlay, so a saved article reads exactly like the live one.
const style = document.createElement('style');
style.textContent = `${readerCss}\n${marksCss}`;
document.head.append(style);
render(<SavedReader />, document.getElementById('app')!);
