import type { LibraryPageState } from '@/hooks/use-library-page';
import { t } from '@/utils/i18n';
import { LIBRARY_SORTS, filtersActive, type LibrarySort } from '@/utils/library/list-view';
import { LibraryBulkBar } from './LibraryBulkBar';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import { LibraryNotice } from './LibraryNotice';
import { LibraryTags } from './LibraryTags';
import { LibraryTransferBar } from './LibraryTransferBar';

const SORT_KEYS: Record<LibrarySort, string> = {
  relevance: 'sortRelevance', saved: 'sortSaved', published: 'sortPublished', title: 'sortTitle', progress: 'sortProgress',
};

function EmptyState({ library }: { library: LibraryPageState }) {
  if (library.loading) return <p class="muted empty-state" role="status">{t('libraryLoading')}</p>;
  if (library.total === 0) {
    return (
      <div class="empty-state" data-testid="library-empty">
        <p>{t('libraryEmpty')}</p>
        <p class="muted">{t('libraryEmptyHint')}</p>
      </div>
    );
  }
  return (
    <div class="empty-state" data-testid="library-no-matches">
      <p>{t('noMatches')}</p>
      {filtersActive(library.filters) && <p class="muted">{t('noMatchesFiltered')}</p>}
    </div>
  );
}

/** The library page: search and sort on top, filters and tags on the side, the virtualised list, bulk actions. */
export function LibraryApp({ library }: { library: LibraryPageState }) {
  const { visible, total } = library;
  return (
    <div class="library-page" data-complete={String(library.complete)}>
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <p class="muted library-count-line" role="status" data-testid="library-count">
          {library.complete ? t('libraryCount', [String(visible.length), String(total)]) : ''}
        </p>
        <LibraryTransferBar library={library} />
      </header>
      <aside class="library-side">
        <LibraryFilters library={library} />
        <LibraryTags library={library} />
      </aside>
      <main class="library-main-column">
        <div class="library-toolbar">
          <input type="search" class="library-search" data-testid="library-search" value={library.query}
            placeholder={t('librarySearchPlaceholder')} aria-label={t('librarySearchPlaceholder')} onFocus={library.warmSearch}
            onInput={(event) => library.setQuery((event.target as HTMLInputElement).value)} />
          <label class="sort-label">
            {t('sortLabel')}
            <select value={library.sort} data-testid="library-sort"
              onChange={(event) => library.setSort((event.target as HTMLSelectElement).value as LibrarySort)}>
              {LIBRARY_SORTS.map((s) => <option key={s} value={s}>{t(SORT_KEYS[s])}</option>)}
            </select>
          </label>
        </div>
        <LibraryBulkBar library={library} />
        <LibraryNotice library={library} />
        {visible.length === 0 ? <EmptyState library={library} /> : (
          <LibraryList entries={visible} selected={library.selected} locale={library.locale} onOpen={library.open}
            onToggleSelected={library.toggleSelected} onRemoveTag={(tag, ids) => void library.removeTag(tag, ids)}
            onFilterTag={(tag) => library.setFilters({ ...library.filters, tag })} />
        )}
      </main>
    </div>
  );
}
