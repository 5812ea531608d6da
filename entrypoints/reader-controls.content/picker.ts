import type { ContentScriptContext } from '#imports';
import { t } from '@/utils/i18n';
import { createShadowHost } from '@/utils/shadow-host';

// Hit testing must see the page, never our highlight: nothing of ours takes the pointer.
const PICKER_CSS = `
:host, html, body, div { pointer-events: none !important; }
.box { position: fixed; border: 3px solid #1f5fcf; background: #1f5fcf22; border-radius: 4px; z-index: 2147483647; }
.hint { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 2147483647;
  font: 15px/1.4 system-ui, sans-serif; background: #1d1d1f; color: #fff; padding: 8px 14px; border-radius: 8px; }
`;
const MIN_TEXT = 200;

/** The block under the pointer that could hold a story: climb from the hovered element until it has real text. */
function blockAt(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el && el !== document.body && (el.textContent?.trim().length ?? 0) < MIN_TEXT) el = el.parentElement;
  return el && el !== document.body && el !== document.documentElement ? el : null;
}

/**
 * "Pick the article": highlight the block under the pointer; a click chooses it, Escape cancels.
 * Our highlight lives in its own shadow root and is removed afterwards; the page is not touched.
 */
export function pickBlock(ctx: ContentScriptContext): Promise<Element | null> {
  const ui = createShadowHost({ name: 'gloss-picker', css: PICKER_CSS });
  const hint = document.createElement('div');
  hint.className = 'hint';
  hint.setAttribute('role', 'status');
  hint.textContent = t('pickHint');
  const box = document.createElement('div');
  box.className = 'box';
  box.hidden = true;
  ui.body.append(hint, box);
  ui.mount(document.body ?? document.documentElement);
  let current: Element | null = null;
  return new Promise((resolve) => {
    const finish = (choice: Element | null) => {
      document.removeEventListener('mousemove', onMove, true);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKey, true);
      stopOnInvalidated();
      ui.remove();
      resolve(choice);
    };
    // The extension reloaded or updated under the page: leave nothing behind.
    const stopOnInvalidated = ctx.onInvalidated(() => finish(null));
    const onMove = (event: MouseEvent) => {
      current = blockAt(event.clientX, event.clientY);
      box.hidden = !current;
      if (!current) return;
      const rect = current.getBoundingClientRect();
      Object.assign(box.style, { top: `${rect.top}px`, left: `${rect.left}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    };
    const onClick = (event: MouseEvent) => {
      // The click chooses; it must not also follow a link or run the page's handlers.
      event.preventDefault();
      event.stopImmediatePropagation();
      finish(blockAt(event.clientX, event.clientY) ?? current);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopImmediatePropagation();
      finish(null);
    };
    document.addEventListener('mousemove', onMove, true);
    document.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKey, true);
  });
}
