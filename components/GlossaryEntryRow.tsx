import { useState } from 'preact/hooks';
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
  entry: GlossaryEntry;
  onReveal: (abbr: string) => void;
  onDefine: (abbr: string, expansion: string | null) => Promise<void>;
}

/** One abbreviation: its meaning and source; click to find it in the reader, edit to give your own meaning. */
export function GlossaryEntryRow({ entry, onReveal, onDefine }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.expansion ?? '');

  if (editing) {
    return (
      <li class="glossary-entry is-editing" data-testid="glossary-entry" data-abbr={entry.abbr}>
        <form class="glossary-edit" onSubmit={(event) => {
          event.preventDefault();
          const value = draft.trim();
          void onDefine(entry.abbr, value || null).then(() => setEditing(false));
        }}>
          <label class="glossary-abbr" for={`define-${entry.abbr}`}>{entry.abbr}</label>
          <input id={`define-${entry.abbr}`} data-testid="glossary-edit-input" value={draft} placeholder={t('meaning')}
            onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
            onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), setEditing(false))} />
          <button type="submit" data-testid="glossary-edit-save">{t('saveDefinition')}</button>
        </form>
      </li>
    );
  }
  return (
    <li class="glossary-entry" data-testid="glossary-entry" data-abbr={entry.abbr}>
      <button type="button" class="glossary-main" onClick={() => onReveal(entry.abbr)} title={t('findInArticle')}>
        <abbr class="glossary-abbr">{entry.abbr}</abbr>
        <span class="glossary-expansion" data-testid="glossary-expansion">{entry.expansion ?? ''}</span>
      </button>
      <span class={`badge badge-${entry.source}`}>{t(SOURCE_LABEL_KEYS[entry.source])}</span>
      <span class="glossary-count" title={t('usesCount', String(entry.count))}>×{entry.count}</span>
      <button type="button" class="link-button glossary-edit-button" data-testid="glossary-edit"
        aria-label={t('editMeaningOf', entry.abbr)} onClick={() => setEditing(true)}>
        {t(entry.expansion ? 'edit' : 'addMeaning')}
      </button>
    </li>
  );
}
