import { memo } from 'preact/compat';
import type { ListEntry } from '@/utils/library/schema';
import { formatDate, t } from '@/utils/i18n';

interface Props {
  entry: ListEntry;
  index: number;
  count: number;
  top: number;
  selected: boolean;
  locale: string;
  onOpen: (id: string) => void;
  onToggleSelected: (id: string) => void;
  onRemoveTag: (tag: string, ids: string[]) => void;
  onFilterTag: (tag: string) => void;
}

/**
 * One saved article in the library list. The row itself is the focus stop (Enter or a click opens
 * the article, Space selects it); its checkbox and tag buttons are its own controls.
 */
function Row({ entry, index, count, top, selected, locale, onOpen, onToggleSelected, onRemoveTag, onFilterTag }: Props) {
  const percent = Math.round(entry.progress * 100);
  const unread = entry.readState === 'unread';
  const stop = (action: () => void) => (event: Event) => {
    event.stopPropagation();
    action();
  };
  const meta = [
    entry.siteName,
    formatDate(new Date(entry.savedAt).toISOString(), locale),
    entry.status === 'not-downloaded' ? t('notDownloaded') : t(unread ? 'unread' : 'read'),
  ].filter(Boolean).join(' · ');
  return (
    <li class={`library-item${unread ? ' is-unread' : ''}${selected ? ' is-selected' : ''}`} data-testid="library-item"
      data-url={entry.url} data-id={entry.id} data-index={index} tabIndex={0} aria-setsize={count} aria-posinset={index + 1}
      aria-label={entry.title || entry.url} style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(entry.id)}>
      <input type="checkbox" class="library-select" checked={selected} tabIndex={-1} data-testid="library-select"
        aria-label={t('librarySelect', entry.title || entry.url)} onClick={stop(() => onToggleSelected(entry.id))} />
      <div class="library-main">
        <span class="library-title">{entry.title || entry.url}</span>
        <span class="library-meta">
          {meta}
          <span class="library-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}
            aria-label={t('libraryProgress', String(percent))}>
            <span class="library-progress-bar" style={{ width: `${percent}%` }} />
          </span>
          <span class="library-count" title={t('highlightsCount', String(entry.highlightCount))}>
            <span aria-hidden="true">✎ </span>
            <span data-testid="highlight-count">{entry.highlightCount}</span>
            <span class="visually-hidden">{` ${t('highlightsWord')}`}</span>
          </span>
        </span>
        {entry.tags.length > 0 && (
          <span class="library-tags">
            {entry.tags.map((tag) => (
              <span class="tag-chip" key={tag} data-testid="library-tag" data-tag={tag}>
                <button type="button" class="tag-name" tabIndex={-1} onClick={stop(() => onFilterTag(tag))}
                  title={t('filterByTag', tag)}>{tag}</button>
                <button type="button" class="tag-remove" tabIndex={-1} aria-label={t('removeTagFrom', [tag, entry.title || entry.url])}
                  onClick={stop(() => onRemoveTag(tag, [entry.id]))}>×</button>
              </span>
            ))}
          </span>
        )}
      </div>
    </li>
  );
}

export const LibraryRow = memo(Row);
