import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ExtractedArticle } from '@/utils/extract/types';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { formatDate, t } from '@/utils/i18n';
import { resolveTheme, settingsToCssVars } from '@/utils/reader-settings';
import { usePrefersDark, useReaderSettings } from '@/hooks/use-reader-settings';
import { ArticleBody } from './ArticleBody';
import { ReaderToolbar } from './ReaderToolbar';

interface Props {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
  /** Absent on the saved-article page, which has no page underneath to go back to. */
  onClose?: () => void;
  /** Start "Pick the article" on the page underneath. */
  onPick?: () => void;
  /** Shown after the article, inside the reader, so it takes the reader's theme (the reader page's "open original" link). */
  footer?: ComponentChildren;
}

/** The clean reading view: shown over a page (in a shadow root) and on the saved-article page. */
export function ReaderView({ article, entries, onClose, onPick, footer }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const { settings, update } = useReaderSettings();
  const theme = resolveTheme(settings.theme, usePrefersDark());
  const published = formatDate(article.publishedTime);
  const meta = [article.byline, article.siteName, published, t('readingMinutes', String(article.readingMinutes))]
    .filter(Boolean)
    .join(' · ');

  // Settings only change custom properties on this root: the article is never re-extracted or re-rendered.
  return (
    <div class="gloss-reader" data-testid="reader-view" role="dialog" aria-modal="true" aria-labelledby="gloss-title"
      lang={article.lang ?? undefined} data-theme={theme} style={settingsToCssVars(settings, theme)} ref={root}>
      <ReaderToolbar settings={settings} onChange={update} readerRef={root} lang={article.lang ?? 'en'}
        onClose={onClose} onPick={onPick} closeRef={closeButton} />
      <article class="gloss-page">
        <h1 id="gloss-title">{article.title}</h1>
        {meta && <p class="gloss-meta">{meta}</p>}
        <ArticleBody html={article.content} entries={entries} spellOutFirstUse={settings.spellOutFirstUse} />
      </article>
      {footer && <footer class="gloss-footer">{footer}</footer>}
    </div>
  );
}
