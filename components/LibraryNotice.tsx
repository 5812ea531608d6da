import type { LibraryPageState } from '@/hooks/use-library-page';
import { t } from '@/utils/i18n';

const ERROR_KEYS: Record<string, string> = { 'storage-full': 'storageFull', 'not-found': 'libraryGone' };

/** What just happened: "N deleted — Undo", or why an edit failed. */
export function LibraryNotice({ library }: { library: LibraryPageState }) {
  const { notice } = library;
  if (!notice) return null;
  if (notice.kind === 'deleted') {
    return (
      <div class="undo-bar" role="status" data-testid="library-notice">
        <span>{t('deletedCount', String(notice.records.length))}</span>
        <button type="button" class="link-button" data-testid="library-undo" onClick={() => void library.undoDelete()}>{t('undo')}</button>
        <button type="button" class="link-button" aria-label={t('dismiss')} onClick={() => library.setNotice(null)}>×</button>
      </div>
    );
  }
  const text = notice.kind === 'info' ? notice.text : t(ERROR_KEYS[notice.error] ?? 'pageFailed');
  return (
    <div class={`undo-bar${notice.kind === 'error' ? ' error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="library-notice">
      <span>{text}</span>
      <button type="button" class="link-button" aria-label={t('dismiss')} onClick={() => library.setNotice(null)}>×</button>
    </div>
  );
}
