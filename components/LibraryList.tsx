import { useEffect, useRef } from 'preact/hooks';
import { useVirtualList } from '@/hooks/use-virtual-list';
import type { ListEntry } from '@/utils/library/schema';
import { t } from '@/utils/i18n';
import { LibraryRow } from './LibraryRow';

export const ROW_HEIGHT = 84;

interface Props {
  entries: readonly ListEntry[];
  selected: ReadonlySet<string>;
  locale: string;
  onOpen: (id: string) => void;
  onToggleSelected: (id: string) => void;
  onRemoveTag: (tag: string, ids: string[]) => void;
  onFilterTag: (tag: string) => void;
}

/**
 * The virtualised list (use-virtual-list.ts). Keyboard: ↑/↓, Page Up/Down, Home/End move between
 * articles (scrolling the one reached into view first, since rows out of view do not exist), Enter
 * opens, Space selects.
 */
export function LibraryList({ entries, selected, locale, onOpen, onToggleSelected, onRemoveTag, onFilterTag }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const focusIndex = useRef<number | null>(null);
  // A few rows beyond the view: a fast scroll mounts every row of the view each frame, so each extra one costs.
  const virtualizer = useVirtualList(entries.length, scroller, ROW_HEIGHT, 3);
  const items = virtualizer.getVirtualItems();

  // Focus follows the keyboard once the row it moved to is rendered.
  useEffect(() => {
    if (focusIndex.current === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusIndex.current}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusIndex.current = null;
    }
  });

  function onKeyDown(event: KeyboardEvent) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || event.target !== row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: entries.length - 1,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(entries[index].id);
    } else if (event.key === ' ') {
      event.preventDefault();
      onToggleSelected(entries[index].id);
    } else if (event.key in moves) {
      event.preventDefault();
      const next = Math.min(entries.length - 1, Math.max(0, moves[event.key]));
      focusIndex.current = next;
      virtualizer.scrollToIndex(next, { align: 'auto' });
      const rendered = scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`);
      if (rendered) {
        rendered.focus({ preventScroll: true });
        focusIndex.current = null;
      }
    }
  }

  return (
    <div class="library-scroller" ref={scroller} data-testid="library-list">
      <ul class="library-list" aria-label={t('libraryListLabel', String(entries.length))} onKeyDown={onKeyDown}
        style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {items.map((item) => {
          const entry = entries[item.index];
          return (
            <LibraryRow key={entry.id} entry={entry} index={item.index} count={entries.length} top={item.start}
              selected={selected.has(entry.id)} locale={locale} onOpen={onOpen} onToggleSelected={onToggleSelected}
              onRemoveTag={onRemoveTag} onFilterTag={onFilterTag} />
          );
        })}
      </ul>
    </div>
  );
}
