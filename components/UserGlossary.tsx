import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { askBackground } from '@/utils/background-client';
import { t } from '@/utils/i18n';
import { getUserGlossary } from '@/utils/library/user-glossary';
import { USER_GLOSSARY_KEY } from '@/utils/library/user-glossary-key';
import { SyncNotice } from './SyncNotice';

/** The reader's own definitions: applied to every article, listed here to add, change or remove. */
export function UserGlossary() {
  const [entries, setEntries] = useState<Record<string, string>>({});
  const [abbr, setAbbr] = useState('');
  const [expansion, setExpansion] = useState('');

  useEffect(() => {
    void getUserGlossary().then(setEntries);
    return storage.watch<Record<string, string>>('local:user-glossary', (value) => setEntries(value ?? {}));
  }, []);

  const define = (key: string, value: string | null) => askBackground({ type: 'glossary.define', abbr: key, expansion: value });
  const sorted = Object.entries(entries).sort(([a], [b]) => a.localeCompare(b));

  return (
    <section aria-labelledby="user-glossary-heading">
      <h2 id="user-glossary-heading">{t('userGlossaryHeading')}</h2>
      <form class="define-form" onSubmit={(event) => {
        event.preventDefault();
        if (!abbr.trim() || !expansion.trim()) return;
        void define(abbr.trim(), expansion.trim()).then(() => { setAbbr(''); setExpansion(''); });
      }}>
        <input value={abbr} aria-label={t('abbreviation')} placeholder={t('abbreviation')} data-testid="define-abbr"
          onInput={(event) => setAbbr((event.target as HTMLInputElement).value)} />
        <input value={expansion} aria-label={t('meaning')} placeholder={t('meaning')} data-testid="define-expansion"
          onInput={(event) => setExpansion((event.target as HTMLInputElement).value)} />
        <button type="submit">{t('addDefinition')}</button>
      </form>
      <SyncNotice syncKey={USER_GLOSSARY_KEY} />
      {sorted.length === 0 && <p class="muted">{t('userGlossaryEmpty')}</p>}
      <ul class="user-glossary">
        {sorted.map(([key, value]) => (
          <li key={key} data-testid="user-definition" data-abbr={key}>
            <strong>{key}</strong> <span>{value}</span>
            <button type="button" class="link-button" onClick={() => void define(key, null)}
              aria-label={t('removeDefinition', key)}>{t('delete')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
