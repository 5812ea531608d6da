import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { ReaderView } from '@/components/ReaderView';
import { lockScroll } from '@/utils/scroll-lock';
import readerCss from '@/components/reader-view.css?inline';
import marksCss from '@/components/glossary-marks.css?inline';
import type { Analysis } from './page-analysis';

export interface OpenOverlay {
  close(): void;
  /** Scroll to the first use of an abbreviation and flash it; false if it is not in the article. */
  reveal(abbr: string): boolean;
}

/** Mount the reader view over the page in an open shadow root; `close` leaves the page exactly as it was. */
export async function openOverlay(ctx: ContentScriptContext, analysis: Analysis, onClose: () => void): Promise<OpenOverlay> {
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
      render(<ReaderView article={analysis.article} entries={analysis.entries} onClose={onClose} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  window.addEventListener('keydown', onKeydown, true);
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
      ui.remove();
      unlockScroll();
      previousFocus?.focus?.({ preventScroll: true });
    },
  };
}
