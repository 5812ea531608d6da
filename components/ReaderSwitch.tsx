import { t } from '@/utils/i18n';

interface Props {
  on: boolean;
  disabled?: boolean;
  onToggle: () => void;
}

/** The popup's Reader mode switch: a toggle button whose pressed state is the reader's state. */
export function ReaderSwitch({ on, disabled, onToggle }: Props) {
  return (
    <button type="button" class="reader-switch" data-testid="reader-toggle" aria-pressed={on}
      disabled={disabled} onClick={onToggle}>
      <span class="reader-switch-track" aria-hidden="true"><span class="reader-switch-thumb" /></span>
      <span>{t('readerMode')}</span>
    </button>
  );
}
