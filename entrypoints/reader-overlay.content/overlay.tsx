import type { ContentScriptContext } from '#imports';
import { createShadowHost } from '@/utils/shadow-host';
import { lockScroll } from '@/utils/scroll-lock';
import { uiLanguage } from '@/utils/i18n';
import { afterPaint } from '@/utils/after-paint';
import { raiseToTopLayer } from '@/utils/top-layer';
import readerCss from '@/components/reader-view.css?inline';
import marksCss from '@/components/glossary-marks.css?inline';
import { loadControls } from './controls';
import type { PreparedReader } from './prepared-reader';
import { revealAbbreviation } from '@/components/reveal';

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
 * Show a reader (./prepared-reader.ts, built off the document) over the page in an open shadow
 * root; `close` leaves the page exactly as it was. The article is painted at once by the reader
 * shell (plain DOM); the controls (Preact) are loaded and mounted once that is on screen
 * (./controls.ts): until then the reader can be read and closed.
 */
export function openOverlay(
  ctx: ContentScriptContext, { analysis, shell }: PreparedReader, onClose: () => void, onPick: () => void,
): OpenOverlay {
  const previousFocus = document.activeElement as HTMLElement | null;
  const unlockScroll = lockScroll(document);
  const ui = createShadowHost({
    name: 'gloss-reader',
    css: `${readerCss}\n${marksCss}`,
    // Keys typed in the reader must not reach the page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
  });
  // Adopted from the inert document it was built in: its images start loading only now.
  ui.body.append(shell.root);
  ui.mount(document.body ?? document.documentElement);
  const stopOnInvalidated = ctx.onInvalidated(() => ui.remove());
  // Printing from the overlay prints the reader alone (its print styles are in reader-view.css).
  const printStyle = document.createElement('style');
  printStyle.textContent = '@media print { body > :not(gloss-reader) { display: none !important; } html, body { background: none !important; } }';
  (document.head ?? document.documentElement).append(printStyle);
  // Right-to-left pages read right to left in the reader too.
  ui.html.dir = pageDirection();
  ui.html.lang = analysis.article.lang || document.documentElement.lang || uiLanguage();
  // In the top layer nothing the page stacks or adds later covers the reader (utils/top-layer.ts).
  // Without popovers, the fixed wrapper is the overlay's stacking context: it must outrank anything the page stacks.
  if (!raiseToTopLayer(shell.root)) ui.html.style.zIndex = '2147483647';

  let closed = false;
  let unmountControls: (() => void) | undefined;
  afterPaint(() => {
    if (closed) return;
    // After the first frame, which then need not wait for the focus change.
    shell.closeButton?.focus();
    // The controls' script is asked for once the page is idle after that frame: asking costs the
    // page's main thread ~3 ms (its first runtime message), which would otherwise come before
    // anything else the page has to do after the frame.
    ctx.requestIdleCallback(() => {
      if (closed) return;
      loadControls().then((controls) => {
        if (closed) return;
        ui.addStyle(controls.css);
        unmountControls = controls.mount(shell, { onPick });
      }, (error: unknown) => {
        // The reader still reads and closes without them.
        console.warn(error);
      });
    }, { timeout: 200 });
  });

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  window.addEventListener('keydown', onKeydown, true);
  return {
    reveal(abbr: string) {
      const body = ui.shadow.querySelector<HTMLElement>('[data-testid=reader-article]');
      return body ? revealAbbreviation(body, abbr) : false;
    },
    close() {
      closed = true;
      window.removeEventListener('keydown', onKeydown, true);
      printStyle.remove();
      // Unmounting the controls first writes a settings change still waiting to be saved.
      unmountControls?.();
      stopOnInvalidated();
      ui.remove();
      unlockScroll();
      previousFocus?.focus?.({ preventScroll: true });
    },
  };
}
