import { t } from '@/utils/i18n';
import type { NotebookEntry } from '@/utils/notebook/aggregate';
import type { Mark } from '@/utils/notebook/marks';

const SOURCE_KEYS: Record<string, string> = {
  article: 'sourceArticle', inferred: 'sourceInferred', dictionary: 'sourceDictionary', user: 'sourceUser',
};

interface Props {
  entry: NotebookEntry;
  mark: Mark | null;
  onMark: (entry: NotebookEntry, mark: Mark | null) => void;
}

/** One abbreviation in the notebook: meanings with their sources, where it was met, and the two marks. */
export function NotebookEntryRow({ entry, mark, onMark }: Props) {
  const [first, ...others] = entry.meanings;
  const headingId = `nb-${entry.abbr.replace(/[^\p{L}\p{N}]/gu, '_')}`;
  return (
    <li class="nb-entry" data-testid="notebook-entry" data-abbr={entry.abbr} data-domains={entry.domains.join(' ')} data-mark={mark ?? ''} aria-labelledby={headingId}>
      <div class="nb-head">
        <h2 id={headingId} class="nb-abbr" lang="vi">{entry.abbr}</h2>
        <p class="nb-expansion" data-testid="notebook-expansion">{first?.expansion ?? t('notebookNoMeaning')}</p>
        <p class="nb-count">{t('notebookCount', [String(entry.count), String(entry.articles.length)])}</p>
      </div>
      {entry.meanings.length > 0 && (
        <ul class="nb-meanings" aria-label={t('notebookMeanings')}>
          {[first, ...others].map((m) => (
            <li key={m.expansion}>
              <span>{m.expansion}</span>{' '}
              <span class="nb-source">{m.sources.map((s) => t(SOURCE_KEYS[s] ?? s)).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="nb-met">
        {t('notebookMetIn')}{' '}
        {entry.articles.map((a, i) => (
          <span key={a.id}>
            {i > 0 && ' · '}
            <a href={`/reader.html?id=${encodeURIComponent(a.id)}&abbr=${encodeURIComponent(entry.abbr)}`} data-testid="notebook-article-link">
              {a.title || a.site}
            </a>{' '}
            <span class="nb-site">({a.site}, ×{a.count})</span>
          </span>
        ))}
      </p>
      <div class="nb-actions">
        <button type="button" aria-pressed={mark === 'known'} data-testid="notebook-known"
          onClick={() => onMark(entry, mark === 'known' ? null : 'known')}>{t('notebookKnown')}</button>
        <button type="button" aria-pressed={mark === 'learn'} data-testid="notebook-learn"
          onClick={() => onMark(entry, mark === 'learn' ? null : 'learn')}>{t('notebookLearn')}</button>
      </div>
    </li>
  );
}
