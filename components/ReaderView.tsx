import { useEffect, useRef } from 'preact/hooks';
import type { ExtractedArticle } from '@/utils/extract/types';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { formatDate, t } from '@/utils/i18n';
import { ArticleBody } from './ArticleBody';

interface Props {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
  /** Absent on the saved-article page, which has no page underneath to go back to. */
  onClose?: () => void;
}

/** The clean reading view: shown over a page (in a shadow root) and on the saved-article page. */
export function ReaderView({ article, entries, onClose }: Props) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const published = formatDate(article.publishedTime);
  const meta = [article.byline, article.siteName, published, t('readingMinutes', String(article.readingMinutes))]
    .filter(Boolean)
    .join(' · ');

  return (
    <div class="gloss-reader" data-testid="reader-view" role="dialog" aria-modal="true" aria-labelledby="gloss-title"
      lang={article.lang ?? undefined}>
      {onClose && (
        <div class="gloss-toolbar">
          <button type="button" class="gloss-close" ref={closeButton} data-testid="reader-close"
            aria-label={t('closeReader')} title={t('closeReader')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
      <article class="gloss-page">
        <h1 id="gloss-title">{article.title}</h1>
        {meta && <p class="gloss-meta">{meta}</p>}
        <ArticleBody html={article.content} entries={entries} />
      </article>
    </div>
  );
}
