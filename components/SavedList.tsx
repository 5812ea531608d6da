import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LibraryState } from '@/hooks/use-library';
import { t } from '@/utils/i18n';
import { SavedDamagedNotice } from './SavedDamagedNotice';
import { SavedItem } from './SavedItem';

/** The full library page (library.html) in a new tab. */
function openLibraryPage() {
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

/**
 * The saved-articles list: search without diacritics, unread filter, undoable delete. It renders
 * a first screen, then more on request ("show more" is a button, so the keyboard reaches every
 * article; search reaches any of them directly).
 */
export function SavedList({ library }: { library: LibraryState }) {
  const { shown, more, total, query, filter } = library;
  const list = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);

  // After "show more", focus moves to the first article it added (a keyboard user goes on from there).
  useEffect(() => {
    if (focusAt.current === null) return;
    const item = list.current?.children[focusAt.current] as HTMLElement | undefined;
    if (item) {
      item.focus();
      focusAt.current = null;
    }
  }, [shown.length]);

  return (
    <section class="saved" aria-labelledby="saved-heading">
      <div class="saved-heading-row">
        <h2 id="saved-heading">{t('savedHeading')}</h2>
        <button type="button" class="link-button" data-testid="open-library" onClick={openLibraryPage}>{t('openLibrary')}</button>
      </div>
      <div class="saved-controls">
        <input type="search" class="saved-search" data-testid="saved-search" value={query}
          placeholder={t('searchSaved')} aria-label={t('searchSaved')} onFocus={library.warmSearch}
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
      {library.damaged.length > 0 && <SavedDamagedNotice records={library.damaged} onDismiss={library.dismissDamaged} />}
      {!library.loading && total === 0 && <p class="muted empty-state">{t('savedEmpty')}</p>}
      {total !== 0 && !library.loading && library.matching === 0 && more === 0 && <p class="muted">{t('noMatches')}</p>}
      <ul class="saved-list" ref={list}>
        {shown.map((entry) => (
          <SavedItem key={entry.id} entry={entry} onOpen={library.open} onToggleRead={library.toggleRead}
            onDelete={(e) => void library.remove(e)} />
        ))}
      </ul>
      {more !== 0 && shown.length > 0 && (
        <button type="button" class="link-button saved-more" data-testid="saved-more"
          onClick={() => { focusAt.current = shown.length; library.showMore(); }}>
          {more === null ? t('showMore') : t('showMoreCount', String(more))}
        </button>
      )}
    </section>
  );
}
