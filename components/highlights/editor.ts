import { t } from '@/utils/i18n';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '@/utils/library/highlight-schema';
import { button, el, placeUnder } from './dom';

export interface EditorActions {
  note(id: string, note: string): void;
  color(id: string, color: HighlightColor): void;
  remove(id: string): void;
  closed(id: string): void;
}

const WIDTH = 320;
/** A note is saved this long after the last keystroke (and at once when the editor closes). */
const NOTE_DELAY = 400;

/**
 * Editing one highlight: its note (`[data-testid=note-input]`), its colour, delete. A small
 * non-modal dialog under the highlight; Escape or "Done" closes it and gives focus back.
 */
export function createHighlightEditor(frame: HTMLElement, actions: EditorActions) {
  const doc = frame.ownerDocument;
  const box = el(doc, 'div', { class: 'gloss-hl-editor', role: 'dialog', 'aria-label': t('highlightEditor'), 'data-testid': 'highlight-editor' });
  const quote = el(doc, 'blockquote', { class: 'gloss-hl-quote' });
  const noteId = 'gloss-hl-note';
  const label = el(doc, 'label', { for: noteId }, t('highlightNote'));
  const input = el(doc, 'textarea', { id: noteId, rows: '3', 'data-testid': 'note-input', placeholder: t('highlightNotePlaceholder') });
  const colors = el(doc, 'div', { class: 'gloss-hl-colors', role: 'group', 'aria-label': t('highlightColor') });
  let current: Highlight | null = null;
  let returnFocus: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (current && input.value !== current.note) {
      current.note = input.value;
      actions.note(current.id, input.value);
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(flush, NOTE_DELAY);
  });
  const swatches = HIGHLIGHT_COLORS.map((color) => {
    const name = t(`color_${color}`);
    return button(doc, `highlight-recolor-${color}`, '', () => {
      if (!current) return;
      current.color = color;
      actions.color(current.id, color);
      mark(color);
    }, { class: `gloss-button gloss-hl-swatch gloss-hl-${color}`, 'aria-label': name, title: name, 'aria-pressed': 'false' });
  });
  const mark = (color: HighlightColor) => swatches.forEach((s, i) => s.setAttribute('aria-pressed', String(HIGHLIGHT_COLORS[i] === color)));
  colors.append(...swatches);
  const row = el(doc, 'div', { class: 'gloss-hl-row' });
  row.append(
    button(doc, 'highlight-delete', t('highlightDelete'), () => current && actions.remove(current.id)),
    button(doc, 'highlight-done', t('highlightDone'), () => close()),
  );
  box.append(quote, label, input, colors, row);
  box.hidden = true;
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation(); // Escape closes the editor, not the reader
    close();
  });
  frame.append(box);

  function close() {
    if (!current) return;
    flush();
    const id = current.id;
    current = null;
    box.hidden = true;
    returnFocus?.focus({ preventScroll: true });
    actions.closed(id);
  }

  return {
    open(h: Highlight, at: HTMLElement, focusNote = false) {
      if (current && current.id !== h.id) close();
      current = h;
      returnFocus = at;
      quote.textContent = h.quote.exact;
      input.value = h.note;
      mark(h.color);
      box.hidden = false;
      placeUnder(box, at.getBoundingClientRect(), frame, WIDTH);
      if (focusNote) input.focus({ preventScroll: true });
      else (swatches.find((s) => s.getAttribute('aria-pressed') === 'true') ?? input).focus({ preventScroll: true });
    },
    close,
    /** The highlight being edited went away (deleted): close without saving into it. */
    drop(id: string) {
      if (current?.id !== id) return;
      clearTimeout(timer);
      current = null;
      box.hidden = true;
    },
    get editing() { return current?.id ?? null; },
    contains: (node: Node | null) => !!node && box.contains(node),
    remove() { flush(); box.remove(); },
  };
}
