import type { LibraryState } from '@/hooks/use-library';
import { t } from '@/utils/i18n';
import { SavedItem } from './SavedItem';

/** The saved-articles list: search without diacritics, unread filter, undoable delete. */
export function SavedList({ library }: { library: LibraryState }) {
  const { visible, total, query, filter } = library;
  return (
    <section class="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t('savedHeading')}</h2>
      <div class="saved-controls">
        <input type="search" class="saved-search" data-testid="saved-search" value={query}
          placeholder={t('searchSaved')} aria-label={t('searchSaved')}
          onInput={(event) => library.setQuery((event.target as HTMLInputElement).value)} />
        <select class="saved-filter" data-testid="saved-filter" value={filter} aria-label={t('filterLabel')}
          onChange={(event) => library.setFilter((event.target as HTMLSelectElement).value as 'all' | 'unread')}>
          <option value="all">{t('filterAll')}</option>
          <option value="unread">{t('filterUnread')}</option>
        </select>
      </div>
      {library.deleted && (
        <div class="undo-bar" role="status">
          <span>{t('deletedArticle', library.deleted.title)}</span>
          <button type="button" class="link-button" data-testid="saved-undo" onClick={() => void library.undo()}>{t('undo')}</button>
        </div>
      )}
      {!library.loading && total === 0 && <p class="muted empty-state">{t('savedEmpty')}</p>}
      {total > 0 && visible.length === 0 && <p class="muted">{t('noMatches')}</p>}
      <ul class="saved-list">
        {visible.slice(0, 100).map((entry) => (
          <SavedItem key={entry.id} entry={entry} onOpen={library.open} onToggleRead={library.toggleRead}
            onDelete={(e) => void library.remove(e)} />
        ))}
      </ul>
      {visible.length > 100 && <p class="muted">{t('moreResults', String(visible.length - 100))}</p>}
    </section>
  );
}
