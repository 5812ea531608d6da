import type { GlossaryEntry } from '@/utils/glossary/index';
import { t } from '@/utils/i18n';

const SOURCE_LABEL_KEYS: Record<GlossaryEntry['source'], string> = {
  article: 'sourceArticle',
  inferred: 'sourceInferred',
  dictionary: 'sourceDictionary',
  user: 'sourceUser',
  unknown: 'sourceUnknown',
};

interface Props {
  entries: GlossaryEntry[] | null;
  /** Shown instead of the list when there is nothing to list (not an article, page not allowed…). */
  empty?: preact.ComponentChildren;
}

/** The article's abbreviations, their meanings and where each meaning came from. */
export function GlossaryList({ entries, empty }: Props) {
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
            <li key={entry.abbr} class="glossary-entry" data-testid="glossary-entry" data-abbr={entry.abbr}>
              <abbr class="glossary-abbr">{entry.abbr}</abbr>
              <span class="glossary-expansion" data-testid="glossary-expansion">{entry.expansion ?? ''}</span>
              <span class={`badge badge-${entry.source}`}>{t(SOURCE_LABEL_KEYS[entry.source])}</span>
              <span class="glossary-count" title={t('usesCount', String(entry.count))}>×{entry.count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
