import type { SaveState } from '@/hooks/use-page';
import { t } from '@/utils/i18n';

const LABEL_KEYS: Record<SaveState, string> = { idle: 'save', saving: 'saving', created: 'saved', updated: 'savedAgain' };

/** Saves the page's article to the library; says whether it was new or an update of the same URL. */
export function SaveButton({ state, disabled, onSave }: { state: SaveState; disabled?: boolean; onSave: () => void }) {
  return (
    <>
      <button type="button" class="save-button" data-testid="save-article" disabled={disabled || state === 'saving'}
        onClick={onSave}>
        {t(state === 'saving' ? 'saving' : 'save')}
      </button>
      {(state === 'created' || state === 'updated') && (
        <span class="save-status" role="status" data-testid="save-status">{t(LABEL_KEYS[state])}</span>
      )}
    </>
  );
}
