import { t } from '@/utils/i18n';

const SOURCE_KEYS: Record<string, string> = {
  article: 'sourceArticle', inferred: 'sourceInferred', dictionary: 'sourceDictionary', user: 'sourceUser',
};

/** Popover width assumed when keeping it inside the article column (its CSS max-width). */
const POPOVER_WIDTH = 280;

export interface AbbrPopover {
  hide(): void;
  detach(): void;
}

function abbrOf(event: Event, body: HTMLElement): HTMLElement | null {
  const target = event.target as Element | null;
  const abbr = target?.closest?.('abbr[title]') as HTMLElement | null;
  return abbr && body.contains(abbr) ? abbr : null;
}

/**
 * The meaning of an abbreviation, shown beside it on hover, focus or tap: one
 * `[data-testid=abbr-popover]` inside `frame` (the article container), positioned under the mark.
 * Plain DOM, text only (the expansion is page-derived text, never markup). Part of the reader's
 * controls, which load after the first paint (components/ReaderControls.tsx).
 */
export function attachAbbrPopover(frame: HTMLElement, body: HTMLElement): AbbrPopover {
  const doc = frame.ownerDocument;
  let popover: HTMLDivElement | null = null;

  const hide = () => {
    popover?.remove();
    popover = null;
  };
  const show = (event: Event) => {
    const abbr = abbrOf(event, body);
    if (!abbr) return;
    const box = abbr.getBoundingClientRect();
    const area = frame.getBoundingClientRect();
    abbr.setAttribute('aria-describedby', 'gloss-popover');
    if (!popover) {
      popover = doc.createElement('div');
      popover.className = 'gloss-popover';
      popover.setAttribute('role', 'tooltip');
      popover.id = 'gloss-popover';
      popover.dataset.testid = 'abbr-popover';
      frame.append(popover);
    }
    popover.style.top = `${box.bottom - area.top + 6}px`;
    popover.style.left = `${Math.max(0, Math.min(box.left - area.left, area.width - POPOVER_WIDTH))}px`;
    const name = doc.createElement('strong');
    name.textContent = abbr.textContent ?? '';
    const meaning = doc.createElement('span');
    meaning.textContent = abbr.title;
    const parts: (Node | string)[] = [name, ' ', meaning];
    const sourceKey = SOURCE_KEYS[abbr.dataset.source ?? ''];
    if (sourceKey) {
      const source = doc.createElement('span');
      source.className = 'gloss-popover-source';
      source.textContent = t(sourceKey);
      parts.push(source);
    }
    popover.replaceChildren(...parts);
  };
  const leave = (event: Event) => {
    if (abbrOf(event, body)) hide();
  };

  const listeners: [string, (event: Event) => void][] = [
    ['mouseover', show], ['focusin', show], ['click', show], ['mouseout', leave], ['focusout', leave],
  ];
  for (const [type, listener] of listeners) body.addEventListener(type, listener);
  return {
    hide,
    detach() {
      for (const [type, listener] of listeners) body.removeEventListener(type, listener);
      hide();
    },
  };
}
