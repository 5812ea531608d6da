import type { ExtractedArticle } from '@/utils/extract/types';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { setSanitizedHtml } from '@/utils/safe-html';
import { markAbbreviations } from '@/utils/mark-abbreviations';
import { t, uiLanguage } from '@/utils/i18n';
import { articleMetaParts } from '@/utils/reader-meta';
import { resolveTheme, settingsToCssVars, type ReaderSettings } from '@/utils/reader-settings';

/**
 * The reader as it is first painted: the article (title, byline line, sanitised body with its
 * abbreviations marked), the toolbar's bar with its close button, themed by the reader's settings.
 *
 * Plain DOM, no Preact: over a page this is built by the reader content script, which must paint
 * the article with as little code as possible (Gloss issue 7: ≤ 45 KB gzip before the first paint;
 * extraction alone, with Readability and DOMPurify, is ~36 KB of it). The interactive controls
 * (display settings, read aloud, pick, progress, the meaning popover) are Preact and come after
 * (components/ReaderControls.tsx, mounted into `controls`); the saved-article page mounts them at
 * once (components/ReaderView.tsx). The article is built once and never re-rendered by them.
 */
export interface ReaderShell {
  /** `.gloss-reader`, the dialog; over a page it is also what scrolls. */
  root: HTMLElement;
  /** Inside the toolbar, before the close button: where the controls are mounted (display: contents). */
  controls: HTMLElement;
  /** The article container the meaning popover is positioned in. */
  frame: HTMLElement;
  /** `[data-testid=reader-article]`: the sanitised article body. */
  body: HTMLElement;
  footer: HTMLElement | null;
  closeButton: HTMLButtonElement | null;
  /** The article's language, for reading aloud. */
  lang: string;
  /** The settings last applied. */
  settings: ReaderSettings;
  /**
   * Restyle for new settings (custom properties only, instantly). Returns true when the article
   * body had to be rebuilt (the "spell out at first use" setting changed).
   */
  apply(settings: ReaderSettings, prefersDark: boolean): boolean;
  /** Called after the article body was built again (highlights paint themselves anew then). */
  onRender?: () => void;
}

export interface ReaderShellOptions {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
  settings: ReaderSettings;
  prefersDark: boolean;
  /** A close button, over a page; absent on the saved-article page (nothing underneath to go back to). */
  onClose?: () => void;
  /** An empty `<footer>` after the article, inside the reader (it takes the reader's theme). */
  footer?: boolean;
  /**
   * Over a page judged not an article that the reader opened anyway: a quiet note above the
   * title says so and offers to pick the article's block on the page.
   */
  onPickArticle?: () => void;
}

/** The note of a reader opened on a page judged not an article (see ReaderShellOptions.onPickArticle). */
function notArticleNote(doc: Document, onPick: () => void): HTMLElement {
  // In the UI's language, like the toolbar: it speaks about the page, not in the article's words.
  const note = element(doc, 'p', { class: 'gloss-note', 'data-testid': 'reader-note', role: 'note', lang: uiLanguage() }, `${t('readerNotArticle')} `);
  const pick = element(doc, 'button', { type: 'button', class: 'gloss-note-action', 'data-testid': 'reader-note-pick' }, t('pickArticle'));
  pick.addEventListener('click', onPick);
  note.append(pick);
  return note;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document, tag: K, attributes: Record<string, string> = {}, text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

export function createReaderShell(doc: Document, options: ReaderShellOptions): ReaderShell {
  const { article, entries } = options;
  const root = element(doc, 'div', {
    class: 'gloss-reader', 'data-testid': 'reader-view', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'gloss-title',
  });
  if (article.lang) root.lang = article.lang;

  // The toolbar speaks the UI's language, the article around it its own.
  const toolbar = element(doc, 'div', { class: 'gloss-toolbar', 'data-testid': 'reader-toolbar', lang: uiLanguage() });
  const controls = element(doc, 'div', { class: 'gloss-controls' });
  toolbar.append(controls);
  let closeButton: HTMLButtonElement | null = null;
  if (options.onClose) {
    const label = t('closeReader');
    closeButton = element(doc, 'button', { type: 'button', class: 'gloss-close', 'data-testid': 'reader-close', 'aria-label': label, title: label }, '×');
    closeButton.addEventListener('click', options.onClose);
    toolbar.append(closeButton);
  }

  const page = element(doc, 'article', { class: 'gloss-page' });
  if (options.onPickArticle) page.append(notArticleNote(doc, options.onPickArticle));
  page.append(element(doc, 'h1', { id: 'gloss-title' }, article.title));
  // Author, site and date in the article's language; the reading time in the UI's (utils/reader-meta.ts).
  const meta = element(doc, 'p', { class: 'gloss-meta', 'data-testid': 'reader-meta' });
  for (const part of articleMetaParts(article)) meta.append(part, ' · ');
  meta.append(element(doc, 'span', { lang: uiLanguage() }, t('readingMinutes', String(article.readingMinutes))));
  page.append(meta);
  const frame = element(doc, 'div', { class: 'gloss-article-frame' });
  const body = element(doc, 'div', { class: 'gloss-article-body', 'data-testid': 'reader-article' });
  frame.append(body);
  page.append(frame);
  root.append(toolbar, page);
  const footer = options.footer ? element(doc, 'footer', { class: 'gloss-footer' }) : null;
  if (footer) root.append(footer);

  const renderBody = (spellOutFirstUse: boolean) => {
    // The only way page HTML enters the reader: the DOMPurify sink, then text-only marking.
    setSanitizedHtml(body, article.content);
    markAbbreviations(body, entries, { spellOutFirstUse });
    // (renderBody runs only once `shell` below exists)
    shell.onRender?.();
  };
  const style = (settings: ReaderSettings, prefersDark: boolean) => {
    const theme = resolveTheme(settings.theme, prefersDark);
    root.dataset.theme = theme;
    for (const [name, value] of Object.entries(settingsToCssVars(settings, theme))) root.style.setProperty(name, value);
  };

  const shell: ReaderShell = {
    root, controls, frame, body, footer, closeButton,
    lang: article.lang ?? 'en',
    settings: options.settings,
    apply(settings, prefersDark) {
      style(settings, prefersDark);
      const rebuild = settings.spellOutFirstUse !== shell.settings.spellOutFirstUse;
      shell.settings = settings;
      if (rebuild) renderBody(settings.spellOutFirstUse);
      return rebuild;
    },
  };
  style(options.settings, options.prefersDark);
  renderBody(options.settings.spellOutFirstUse);
  return shell;
}
