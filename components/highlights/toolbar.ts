import { t } from '@/utils/i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/library/highlight-schema';
import { button, el, placeUnder } from './dom';

export interface SelectionToolbarActions {
  highlight(color: HighlightColor): void;
  note(): void;
  copy(): void;
}

const WIDTH = 330;

/**
 * The small toolbar over a text selection in the reader: highlight (in the last colour used, or
 * one of four), add a note, copy as a quote. `[data-testid=highlight-button]` is the first button.
 */
export function createSelectionToolbar(frame: HTMLElement, actions: SelectionToolbarActions) {
  const doc = frame.ownerDocument;
  let lastColor: HighlightColor = 'yellow';
  const bar = el(doc, 'div', { class: 'gloss-hl-toolbar', role: 'toolbar', 'aria-label': t('highlightToolbar'), 'data-testid': 'highlight-toolbar' });
  const main = button(doc, 'highlight-button', t('highlightAction'), () => actions.highlight(lastColor), { class: 'gloss-button gloss-hl-main' });
  const swatches = HIGHLIGHT_COLORS.map((color) => {
    const label = t('highlightIn', t(`color_${color}`));
    return button(doc, `highlight-color-${color}`, '', () => {
      lastColor = color;
      actions.highlight(color);
    }, { class: `gloss-button gloss-hl-swatch gloss-hl-${color}`, 'aria-label': label, title: label });
  });
  bar.append(main, ...swatches,
    button(doc, 'highlight-note', t('highlightAddNote'), () => actions.note()),
    button(doc, 'highlight-copy', t('highlightCopy'), () => actions.copy()));
  bar.hidden = true;
  frame.append(bar);
  return {
    get color() { return lastColor; },
    showAt(rect: DOMRect) {
      bar.hidden = false;
      main.dataset.color = lastColor;
      placeUnder(bar, rect, frame, WIDTH);
    },
    hide() { bar.hidden = true; },
    get visible() { return !bar.hidden; },
    contains: (node: Node | null) => !!node && bar.contains(node),
    remove: () => bar.remove(),
  };
}
