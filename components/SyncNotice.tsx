import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { watchSyncPending, type PendingSync } from '@/utils/sync/synced';

/**
 * Says so when a value that should follow the browser profile (settings, own meanings, notebook
 * marks) was refused by storage.sync: it is kept on this device, and goes out with the next change.
 */
export function SyncNotice({ syncKey, class: className = 'muted sync-notice' }: { syncKey: string; class?: string }) {
  const [pending, setPending] = useState<PendingSync | undefined>(undefined);
  useEffect(() => watchSyncPending(syncKey, setPending), [syncKey]);
  if (!pending) return null;
  return (
    <p class={className} role="status" data-testid="sync-notice" title={pending.detail}>
      {pending.reason === 'quota' ? t('syncQuotaKeptLocal') : t('syncUnavailableKeptLocal')}
    </p>
  );
}
