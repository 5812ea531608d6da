import type { LibraryPageState } from '@/hooks/use-library-page';
import { t } from '@/utils/i18n';
import { TagInput } from './TagInput';

/** Actions on the selected articles: read / unread, add a tag, delete (undoable), clear the selection. */
export function LibraryBulkBar({ library }: { library: LibraryPageState }) {
  const count = library.selected.size;
  const allShown = library.visible.length > 0 && library.visible.every((e) => library.selected.has(e.id));
  return (
    <div class="bulk-bar" role="toolbar" aria-label={t('bulkActions')} data-testid="library-bulk">
      <label class="select-all">
        <input type="checkbox" checked={allShown} data-testid="library-select-all"
          onChange={() => (allShown ? library.clearSelection() : library.selectAll(library.visible.map((e) => e.id)))} />
        {count ? t('selectedCount', String(count)) : t('selectAllShown')}
      </label>
      {count > 0 && (
        <>
          <button type="button" data-testid="bulk-read" onClick={() => void library.markRead('read')}>{t('markRead')}</button>
          <button type="button" data-testid="bulk-unread" onClick={() => void library.markRead('unread')}>{t('markUnread')}</button>
          <TagInput tags={library.facets.tags} label={t('addTagLabel')} submitLabel={t('addTag')} testId="bulk-tag"
            onSubmit={(tag) => void library.addTags([tag])} />
          <button type="button" class="danger" data-testid="bulk-delete" onClick={() => void library.remove()}>{t('delete')}</button>
          <button type="button" class="link-button" data-testid="bulk-clear" onClick={library.clearSelection}>{t('clearSelection')}</button>
        </>
      )}
    </div>
  );
}
