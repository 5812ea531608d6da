import type { DamagedRecord } from '@/utils/library/damaged-record';
import { t } from '@/utils/i18n';
import { PopupMessage } from './PopupMessage';

const LISTED = 3;

/**
 * Saved articles whose stored data could not be read: they are left out of the list, and the
 * reader is told so (with the titles and addresses known, so they can save them again) rather
 * than finding them silently gone. Their data is kept (utils/library/damaged.ts).
 */
export function SavedDamagedNotice({ records, onDismiss }: { records: DamagedRecord[]; onDismiss: () => void }) {
  return (
    <PopupMessage>
      <p data-testid="saved-damaged">{t('damagedNotice', String(records.length))}</p>
      <ul class="damaged-list">
        {records.slice(0, LISTED).map((d) => (
          <li key={d.id}>{d.title || d.url || d.id}{d.title && d.url ? <span class="muted"> · {d.url}</span> : null}</li>
        ))}
      </ul>
      <button type="button" class="link-button" data-testid="saved-damaged-dismiss" onClick={onDismiss}>{t('dismiss')}</button>
    </PopupMessage>
  );
}
