import { t } from '@/utils/i18n';
import type { Highlight } from '@/utils/library/highlight-schema';
import { button, el } from './dom';

/** How long a status with an undo stays. */
const UNDO_TIME = 10_000;

/**
 * The highlighter's words to the reader: a status line (with "Undo" after a delete) and, under
 * the article, the highlights that no longer anchor in it — listed with their quote and note,
 * never silently dropped.
 */
export function createHighlightNotices(root: HTMLElement, frame: HTMLElement) {
  const doc = root.ownerDocument;
  const status = el(doc, 'div', { class: 'gloss-hl-status', role: 'status', 'data-testid': 'highlight-status' });
  status.hidden = true;
  root.append(status);
  const lost = el(doc, 'section', { class: 'gloss-hl-orphans', 'data-testid': 'highlight-orphans', 'aria-labelledby': 'gloss-hl-orphans-title' });
  lost.hidden = true;
  frame.append(lost);
  let timer: ReturnType<typeof setTimeout> | undefined;

  return {
    say(message: string, undo?: () => void) {
      clearTimeout(timer);
      const parts: Node[] = [el(doc, 'span', {}, message)];
      if (undo) {
        parts.push(button(doc, 'highlight-undo', t('undo'), () => {
          status.hidden = true;
          undo();
        }));
      }
      status.replaceChildren(...parts);
      status.hidden = false;
      timer = setTimeout(() => { status.hidden = true; }, UNDO_TIME);
    },
    orphans(list: Highlight[], onDelete: (id: string) => void) {
      lost.hidden = list.length === 0;
      if (!list.length) return lost.replaceChildren();
      const items = list.map((h) => {
        const li = el(doc, 'li', { 'data-testid': 'highlight-orphan', 'data-highlight-id': h.id, class: `gloss-hl-orphan gloss-hl-${h.color}` });
        li.append(el(doc, 'blockquote', {}, h.quote.exact));
        if (h.note) li.append(el(doc, 'p', { class: 'gloss-hl-orphan-note' }, h.note));
        li.append(button(doc, 'highlight-orphan-delete', t('highlightDelete'), () => onDelete(h.id)));
        return li;
      });
      const list_ = el(doc, 'ul');
      list_.append(...items);
      lost.replaceChildren(el(doc, 'h2', { id: 'gloss-hl-orphans-title' }, t('highlightsNotFoundTitle')), el(doc, 'p', {}, t('highlightsNotFound')), list_);
    },
    remove() {
      clearTimeout(timer);
      status.remove();
      lost.remove();
    },
  };
}
