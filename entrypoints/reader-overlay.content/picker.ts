import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { t } from '@/utils/i18n';

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
export async function pickBlock(ctx: ContentScriptContext): Promise<Element | null> {
  let box: HTMLDivElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'gloss-picker',
    position: 'modal',
    css: PICKER_CSS,
    anchor: () => document.body ?? document.documentElement,
    onMount(container) {
      const hint = document.createElement('div');
      hint.className = 'hint';
      hint.setAttribute('role', 'status');
      hint.textContent = t('pickHint');
      box = document.createElement('div');
      box.className = 'box';
      box.hidden = true;
      container.append(hint, box);
    },
  });
  ui.mount();
  let current: Element | null = null;
  return new Promise((resolve) => {
    const finish = (choice: Element | null) => {
      document.removeEventListener('mousemove', onMove, true);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKey, true);
      ui.remove();
      resolve(choice);
    };
    const onMove = (event: MouseEvent) => {
      current = blockAt(event.clientX, event.clientY);
      if (!box) return;
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
