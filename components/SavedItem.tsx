import type { IndexEntry } from '@/utils/library/schema';
import { formatDate, t as message, uiLanguage } from '@/utils/i18n';

// Rows repeat the same few labels, and each browser.i18n call crosses into the browser's
// bindings (≈50 µs here, 4 a row): look each one up once per popup.
const labels = new Map<string, string>();
function t(key: string, substitution?: string): string {
  const id = substitution === undefined ? key : `${key}\u0000${substitution}`;
  let text = labels.get(id);
  if (text === undefined) labels.set(id, (text = message(key, substitution)));
  return text;
}
let locale: string | undefined;

interface Props {
  entry: IndexEntry;
  onOpen: (id: string) => void;
  onToggleRead: (entry: IndexEntry) => void;
  onDelete: (entry: IndexEntry) => void;
}

/** One saved article: Enter or a click opens it offline; its own buttons mark read or delete. */
export function SavedItem({ entry, onOpen, onToggleRead, onDelete }: Props) {
  const saved = formatDate(new Date(entry.savedAt).toISOString(), locale ??= uiLanguage());
  const unread = entry.readState === 'unread';
  const stop = (action: () => void) => (event: Event) => {
    event.stopPropagation();
    action();
  };
  return (
    <li class={`saved-item${unread ? ' is-unread' : ''}`} data-testid="saved-item" data-url={entry.url} tabIndex={0}
      aria-label={entry.title} onClick={() => onOpen(entry.id)}
      onKeyDown={(event) => event.key === 'Enter' && event.target === event.currentTarget && onOpen(entry.id)}>
      <span class="saved-title">{entry.title}</span>
      <span class="saved-meta">
        {[entry.siteName, saved, t('readingMinutes', String(entry.readingMinutes)),
          entry.status === 'not-downloaded' ? t('notDownloaded') : t(unread ? 'unread' : 'read')]
          .filter(Boolean).join(' · ')}
      </span>
      <span class="saved-actions">
        <button type="button" class="link-button" data-testid="saved-toggle-read" onClick={stop(() => onToggleRead(entry))}>
          {t(unread ? 'markRead' : 'markUnread')}
        </button>
        <button type="button" class="link-button" data-testid="saved-delete" onClick={stop(() => onDelete(entry))}>
          {t('delete')}
        </button>
      </span>
    </li>
  );
}
