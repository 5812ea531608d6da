import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ReaderView } from '@/components/ReaderView';
import { useSavedArticle } from '@/hooks/use-saved-article';
import { useReadingProgress } from '@/hooks/use-reading-progress';
import { t, uiLanguage } from '@/utils/i18n';
import readerCss from '@/components/reader-view.css?inline';
import marksCss from '@/components/glossary-marks.css?inline';
import controlsCss from '@/components/reader-controls.css?inline';
import highlightsCss from '@/components/highlights.css?inline';
import { savedHighlightStore } from '@/utils/highlights/saved-store';
import type { HighlighterOptions } from '@/components/highlights/highlighter';
import { readMarks, withoutKnown, type NotebookMarks } from '@/utils/notebook/marks';
import './reader-page.css';

/** reader.html?id=<savedId>: a saved article, offline, from storage only. */
function SavedReader() {
  const id = new URLSearchParams(location.search).get('id');
  const state = useSavedArticle(id);
  const saved = state.status === 'ok' ? state.article : null;
  useReadingProgress(id, saved?.progress ?? 0, Boolean(saved));
  // One article object per saved record: the reader view builds its DOM once per article.
  const article = useMemo(() => saved && {
    readerable: true, title: saved.title, byline: saved.byline, siteName: saved.siteName, lang: saved.lang,
    publishedTime: saved.publishedTime, excerpt: saved.excerpt, content: saved.contentHtml,
    textContent: saved.textContent, wordCount: saved.wordCount, readingMinutes: saved.readingMinutes,
  }, [saved]);
  const highlights = useMemo<HighlighterOptions | undefined>(() => saved ? {
    highlights: saved.highlights, store: savedHighlightStore(saved.id), source: () => ({ title: saved.title, url: saved.url }),
  } : undefined, [saved]);
  const reveal = new URLSearchParams(location.search).get('abbr');
  // Abbreviations marked "I know this" in the notebook are not underlined.
  const [marks, setMarks] = useState<NotebookMarks | null>(null);
  useEffect(() => void readMarks().then(setMarks), []);
  const entries = useMemo(() => (saved && marks ? withoutKnown(saved.glossary, marks) : []), [saved, marks]);

  if (state.status === 'loading' || (saved && !marks)) return <p class="reader-page-note" role="status">{t('savedLoading')}</p>;
  if (state.status === 'damaged') {
    return (
      <div class="reader-page-note" data-testid="popup-message" role="alert">
        <p>{t('savedDamaged')}</p>
        {state.url && <a href={state.url} rel="noopener noreferrer" data-testid="original-link">{t('openOriginal')}</a>}
      </div>
    );
  }
  if (!saved || !article) return <p class="reader-page-note" data-testid="popup-message" role="status">{t('savedNotFound')}</p>;
  document.title = saved.title;
  return (
    <ReaderView article={article} entries={entries} highlights={highlights} reveal={reveal}
      footer={<a href={saved.url} rel="noopener noreferrer" data-testid="original-link">{t('openOriginal')}</a>} />
  );
}

document.documentElement.lang = uiLanguage();
// The same stylesheet as the overlay, so a saved article reads exactly like the live one.
const style = document.createElement('style');
style.textContent = `${readerCss}\n${marksCss}\n${controlsCss}\n${highlightsCss}`;
document.head.append(style);
render(<SavedReader />, document.getElementById('app')!);
