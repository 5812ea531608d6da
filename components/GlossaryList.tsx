import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { t } from '@/utils/i18n';
import { GlossaryEntryRow } from './GlossaryEntryRow';

interface Props {
  entries: GlossaryEntry[] | null;
  /** Shown instead of the list when there is nothing to list (page not allowed…). */
  empty?: ComponentChildren;
  onReveal: (abbr: string) => void;
  onDefine: (abbr: string, expansion: string | null) => Promise<void>;
}

/** The abbreviation notebook (every abbreviation met in saved articles) in a new tab. */
function openNotebook() {
  void browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
}

/** The article's abbreviations, their meanings and where each meaning came from. */
export function GlossaryList({ entries, empty, onReveal, onDefine }: Props) {
  const busy = entries === null && !empty;
  return (
    <section class="glossary" data-testid="glossary" aria-busy={busy} aria-label={t('glossaryHeading')}>
      <h2>{t('glossaryHeading')}</h2>
      {busy && <p class="muted" role="status">{t('analysingPage')}</p>}
      {empty}
      {entries && entries.length === 0 && !empty && <p class="muted">{t('glossaryEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ul class="glossary-list">
          {entries.map((entry) => (
            <GlossaryEntryRow key={`${entry.abbr}:${entry.expansion}`} entry={entry} onReveal={onReveal} onDefine={onDefine} />
          ))}
        </ul>
      )}
      <button type="button" class="link-button glossary-notebook" data-testid="open-notebook" onClick={openNotebook}>{t('openNotebook')}</button>
    </section>
  );
}
