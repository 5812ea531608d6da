import type { ContentScriptContext } from '#imports';
import { createReaderShell } from '@/components/reader-shell';
import { createShadowHost } from '@/utils/shadow-host';
import { lockScroll } from '@/utils/scroll-lock';
import { uiLanguage } from '@/utils/i18n';
import { DEFAULT_SETTINGS } from '@/utils/reader-settings';
import { loadReaderSettings } from '@/utils/reader-settings-store';
import readerCss from '@/components/reader-view.css?inline';
import marksCss from '@/components/glossary-marks.css?inline';
import type { Analysis } from './page-analysis';
import { loadControls } from './controls';

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

// A tab that is not painting (in the background) runs no animation frames: do not wait for one longer.
const PAINT_WAIT_MS = 100;

/** Run `work` once the browser has painted what is on screen now (a task after the next frame). */
function afterPaint(work: () => void) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, PAINT_WAIT_MS);
}

/**
 * Mount the reader view over the page in an open shadow root; `close` leaves the page exactly as it was.
 * The article is painted at once by the reader shell (plain DOM); the controls (Preact) are loaded
 * and mounted once that is on screen (./controls.ts): until then the reader can be read and closed.
 */
export async function openOverlay(
  ctx: ContentScriptContext, analysis: Analysis, onClose: () => void, onPick: () => void,
): Promise<OpenOverlay> {
  const previousFocus = document.activeElement as HTMLElement | null;
  // Painted in the reader's own settings from the start (no flash of the default theme).
  const settings = await loadReaderSettings().catch(() => ({ ...DEFAULT_SETTINGS }));
  const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
  const unlockScroll = lockScroll(document);
  const ui = createShadowHost({
    name: 'gloss-reader',
    css: `${readerCss}\n${marksCss}`,
    // Keys typed in the reader must not reach the page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
  });
  const shell = createReaderShell(document, { article: analysis.article, entries: analysis.entries, settings, prefersDark, onClose });
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
  // The fixed wrapper is the overlay's stacking context: it must outrank anything the page stacks.
  ui.html.style.zIndex = '2147483647';
  shell.closeButton?.focus();

  let closed = false;
  let unmountControls: (() => void) | undefined;
  afterPaint(() => {
    if (closed) return;
    loadControls().then((controls) => {
      if (closed) return;
      ui.addStyle(controls.css);
      unmountControls = controls.mount(shell, { onPick });
    }, (error: unknown) => {
      // The reader still reads and closes without them.
      console.warn(error);
    });
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
