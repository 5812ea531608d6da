import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { askBackground } from '@/utils/background-client';
import { t } from '@/utils/i18n';
import { downloadFile } from '@/utils/download';
import { buildNotebook, domainsOf, filterNotebook, type NotebookEntry, type NotebookFilter, type NotebookSource } from '@/utils/notebook/aggregate';
import { notebookCsv } from '@/utils/notebook/csv';
import { MARKS_KEY, markOf, readMarks, watchMarks, type Mark, type NotebookMarks } from '@/utils/notebook/marks';
import { SyncNotice } from '../SyncNotice';
import type { ReviewCard } from '@/utils/review/schedule';
import { NotebookEntryRow } from './NotebookEntryRow';
import { NotebookFilters } from './NotebookFilters';

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ok'; sources: NotebookSource[] };
interface Status { text: string; undo?: () => void }

/** notebook.html: every abbreviation met in the saved articles, with "I know this" and "Learn". */
export function NotebookApp() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [marks, setMarks] = useState<NotebookMarks>({ known: [], learn: [] });
  const [filter, setFilter] = useState<NotebookFilter>({});
  const [status, setStatus] = useState<Status | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    void askBackground({ type: 'notebook.sources' }).then((sources) =>
      setLoad(Array.isArray(sources) ? { status: 'ok', sources } : { status: 'failed' }));
    void readMarks().then(setMarks);
    return watchMarks(setMarks);
  }, []);

  const sources = load.status === 'ok' ? load.sources : [];
  const entries = useMemo(() => buildNotebook(sources), [sources]);
  const domains = useMemo(() => domainsOf(entries), [entries]);
  const shown = useMemo(() => filterNotebook(entries, filter), [entries, filter]);

  const say = (next: Status) => {
    clearTimeout(statusTimer.current);
    setStatus(next);
    statusTimer.current = setTimeout(() => setStatus(null), 10_000);
  };
  /** `restore`: the card an undo puts back, with its review history. */
  async function setMark(entry: NotebookEntry, mark: Mark | null, undoable = true, restore?: ReviewCard) {
    const previous = markOf(marks, entry.abbr);
    const card = { back: entry.meanings.map((m) => m.expansion).filter(Boolean).join(' / '), sentence: entry.sentence };
    const result = await askBackground({ type: 'notebook.mark', abbr: entry.abbr, mark, card, restore });
    if (!('ok' in result) || !result.ok) return say({ text: t('notebookMarkFailed') });
    setMarks(result.marks);
    say({ text: t(mark === 'known' ? 'notebookMarkedKnown' : mark === 'learn' ? 'notebookMarkedLearn' : 'notebookUnmarked', entry.abbr), undo: undoable ? () => void setMark(entry, previous, false, result.removed) : undefined });
  }

  const exportCsv = () => downloadFile('gloss-notebook.csv', notebookCsv(shown), 'text/csv;charset=utf-8');

  return (
    <main class="nb">
      <header class="nb-header">
        <h1>{t('notebookTitle')}</h1>
        <nav class="nb-nav">
          <a href="/review.html" data-testid="notebook-review-link">{t('notebookReview', String(marks.learn.length))}</a>
          <button type="button" data-testid="notebook-export" onClick={exportCsv} disabled={shown.length === 0}>{t('notebookExport')}</button>
        </nav>
      </header>
      <SyncNotice syncKey={MARKS_KEY} />
      {load.status === 'loading' && <p role="status" aria-busy="true">{t('notebookLoading')}</p>}
      {load.status === 'failed' && <p role="alert" class="nb-error">{t('notebookFailed')}</p>}
      {load.status === 'ok' && entries.length === 0 && (
        <p class="nb-empty" data-testid="notebook-empty">{sources.length ? t('notebookEmptyNoAbbr') : t('notebookEmpty')}</p>
      )}
      {entries.length > 0 && (
        <>
          <p class="nb-summary">{t('notebookSummary', [String(entries.length), String(sources.length)])}</p>
          <NotebookFilters filter={filter} domains={domains} articles={sources} onChange={setFilter} />
          {shown.length === 0
            ? <p class="nb-empty" data-testid="notebook-no-match">{t('notebookNoMatch')}</p>
            : (
              <ul class="nb-list" data-testid="notebook-list">
                {shown.map((entry) => <NotebookEntryRow key={entry.abbr} entry={entry} mark={markOf(marks, entry.abbr)} onMark={setMark} />)}
              </ul>
            )}
        </>
      )}
      <div class="nb-status" role="status" data-testid="notebook-status">
        {status && <span>{status.text}</span>}
        {status?.undo && (
          <button type="button" data-testid="notebook-undo" onClick={() => { status.undo!(); setStatus(null); }}>{t('undo')}</button>
        )}
      </div>
    </main>
  );
}
