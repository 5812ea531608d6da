import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { ReaderView } from '@/components/ReaderView';
import { lockScroll } from '@/utils/scroll-lock';
import { uiLanguage } from '@/utils/i18n';
import { readerFontSamples, warmFonts } from '@/utils/warm-fonts';
import readerCss from '@/components/reader-view.css?inline';
import marksCss from '@/components/glossary-marks.css?inline';
import type { Analysis } from './page-analysis';

export interface OpenOverlay {
  close(): void;
  /** Scroll to the first use of an abbreviation and flash it; false if it is not in the article. */
  reveal(abbr: string): boolean;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ug', 'ckb']);

function pageDirection(): 'rtl' | 'ltr' {
  const declared = document.documentElement.dir || document.body?.dir;
  if (declared === 'rtl' || declared === 'ltr') return declared;
  const lang = (document.documentElement.lang || '').split('-')[0].toLowerCase();
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/**
 * The reader, rendered before it is shown. Preact renders into a container owned by an inert
 * document (no browsing context): nothing in it loads or runs — not even the article's images —
 * and the page cannot see it. Showing it moves that container into the overlay (the nodes are
 * adopted, Preact keeps its tree), so the popup's analysis can prepare the reader and the switch
 * then costs one frame rather than a render, a sanitise and the abbreviation marking.
 */
export interface PreparedReader {
  readonly analysis: Analysis;
  readonly container: HTMLElement;
  /** Unmount a reader that will not be shown (its hooks stop watching settings). */
  discard(): void;
}

export function prepareReader(analysis: Analysis, onClose: () => void, onPick: () => void): PreparedReader {
  const container = document.implementation.createHTMLDocument('').createElement('div');
  render(<ReaderView article={analysis.article} entries={analysis.entries} onClose={onClose} onPick={onPick} />, container);
  return { analysis, container, discard: () => render(null, container) };
}

/** For a reader prepared ahead: look up its fonts in idle time, so its first frame does not (utils/warm-fonts.ts). */
export function warmReaderFonts(ctx: ContentScriptContext, { analysis, container }: PreparedReader): void {
  const { title, textContent } = analysis.article;
  warmFonts(() => readerFontSamples(container.querySelector<HTMLElement>('.gloss-reader'), title, textContent),
    (run) => ctx.requestIdleCallback(run, { timeout: 500 }));
}

/** Show a prepared reader over the page in an open shadow root; `close` leaves the page exactly as it was. */
export async function openOverlay(ctx: ContentScriptContext, reader: PreparedReader, onClose: () => void): Promise<OpenOverlay> {
  const { analysis, container: readerRoot } = reader;
  const previousFocus = document.activeElement as HTMLElement | null;
  const unlockScroll = lockScroll(document);
  const ui = await createShadowRootUi(ctx, {
    name: 'gloss-reader',
    mode: 'open',
    position: 'modal',
    css: `${readerCss}\n${marksCss}`,
    anchor: () => document.body ?? document.documentElement,
    // Keys typed in the reader must not reach the page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      container.append(readerRoot);
      return readerRoot;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
  // Printing from the overlay prints the reader alone (its print styles are in reader-view.css).
  const printStyle = document.createElement('style');
  printStyle.textContent = '@media print { body > :not(gloss-reader) { display: none !important; } html, body { background: none !important; } }';
  (document.head ?? document.documentElement).append(printStyle);
  // Right-to-left pages read right to left in the reader too.
  const html = ui.shadow.querySelector('html');
  if (html) {
    html.dir = pageDirection();
    html.lang = analysis.article.lang || document.documentElement.lang || uiLanguage();
    // The fixed wrapper is the overlay's stacking context: it must outrank anything the page stacks.
    html.style.zIndex = '2147483647';
  }
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  window.addEventListener('keydown', onKeydown, true);
  // ReaderView focuses its close button when it renders; a prepared reader rendered out of the
  // document, so focus moves in here — after the first frame, which then need not wait for it.
  requestAnimationFrame(() => setTimeout(() => {
    if (readerRoot.isConnected) ui.shadow.querySelector<HTMLElement>('[data-testid=reader-close]')?.focus();
  }));
  return {
    reveal(abbr: string) {
      const marks = ui.shadow.querySelectorAll<HTMLElement>('[data-testid=reader-article] abbr[title]');
      const first = [...marks].find((mark) => mark.textContent === abbr);
      if (!first) return false;
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
      first.classList.add('gloss-flash');
      setTimeout(() => first.classList.remove('gloss-flash'), 2000);
      return true;
    },
    close() {
      window.removeEventListener('keydown', onKeydown, true);
      printStyle.remove();
      ui.remove();
      unlockScroll();
      previousFocus?.focus?.({ preventScroll: true });
    },
  };
}
