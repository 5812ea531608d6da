import type { PageState } from '@/hooks/use-page';
import type { LibraryState } from '@/hooks/use-library';
import type { PageProblem } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { GlossaryList } from './GlossaryList';
import { PopupMessage } from './PopupMessage';
import { ReaderSwitch } from './ReaderSwitch';
import { SaveButton } from './SaveButton';
import { SavedList } from './SavedList';

const PROBLEM_KEYS: Record<Exclude<PageProblem, 'not-article'>, string> = {
  restricted: 'pageRestricted',
  failed: 'pageFailed',
  'storage-full': 'storageFull',
  'too-large': 'pageTooLarge',
  pdf: 'pagePdf',
};

function ProblemMessage({ problem, readerOpen, onOpenAnyway, onPick }: {
  problem: PageProblem; readerOpen: boolean; onOpenAnyway: () => void; onPick: () => void;
}) {
  if (problem === 'not-article') {
    // The notice stays while the reader is open on such a page; "Open anyway" has then been done.
    return (
      <PopupMessage>
        <p>{t('notArticle')}</p>
        {!readerOpen && (
          <>
            <button type="button" class="link-button" data-testid="open-anyway" onClick={onOpenAnyway}>{t('openAnyway')}</button>
            {' · '}
          </>
        )}
        <button type="button" class="link-button" data-testid="popup-pick" onClick={onPick}>{t('pickArticleYourself')}</button>
      </PopupMessage>
    );
  }
  return (
    <PopupMessage role="alert">
      <p>{t(PROBLEM_KEYS[problem])}</p>
    </PopupMessage>
  );
}

/** The popup: reader switch, save, notices, the page's glossary and the saved list. */
export function PopupApp({ page, library }: { page: PageState; library: LibraryState }) {
  const { analysis, problem, readerOpen } = page;
  const cannotRun = problem === 'restricted' || problem === 'failed' || problem === 'pdf';
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">{t('extName')}</h1>
        <ReaderSwitch on={readerOpen} disabled={cannotRun} onToggle={() => void page.toggleReader()} />
      </header>
      {analysis?.title && <p class="page-title">{analysis.title}</p>}
      <div class="page-actions">
        <SaveButton state={page.saveState} disabled={cannotRun} onSave={() => void page.save()} />
      </div>
      {problem && <ProblemMessage problem={problem} readerOpen={readerOpen} onOpenAnyway={() => void page.toggleReader(true)} onPick={page.pick} />}
      <GlossaryList entries={analysis?.entries ?? null} empty={cannotRun ? <span /> : undefined}
        onReveal={page.reveal} onDefine={page.define} />
      <SavedList library={library} />
    </main>
  );
}
