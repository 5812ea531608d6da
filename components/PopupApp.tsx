import type { PageAnalysis, PageProblem } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { GlossaryList } from './GlossaryList';
import { PopupMessage } from './PopupMessage';
import { ReaderSwitch } from './ReaderSwitch';

interface Props {
  analysis: PageAnalysis | null;
  problem: PageProblem | null;
  readerOpen: boolean;
  onToggleReader: (force?: boolean) => void;
}

function ProblemMessage({ problem, onOpenAnyway }: { problem: PageProblem; onOpenAnyway: () => void }) {
  if (problem === 'not-article') {
    return (
      <PopupMessage>
        <p>{t('notArticle')}</p>
        <button type="button" class="link-button" data-testid="open-anyway" onClick={onOpenAnyway}>{t('openAnyway')}</button>
      </PopupMessage>
    );
  }
  return (
    <PopupMessage role="alert">
      <p>{t(problem === 'restricted' ? 'pageRestricted' : 'pageFailed')}</p>
    </PopupMessage>
  );
}

/** The popup: reader switch, notices, and the page's glossary. A pure view of its props. */
export function PopupApp({ analysis, problem, readerOpen, onToggleReader }: Props) {
  const cannotRun = problem === 'restricted' || problem === 'failed';
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">{t('extName')}</h1>
        <ReaderSwitch on={readerOpen} disabled={cannotRun} onToggle={() => onToggleReader()} />
      </header>
      {analysis?.title && <p class="page-title">{analysis.title}</p>}
      {problem && <ProblemMessage problem={problem} onOpenAnyway={() => onToggleReader(true)} />}
      <GlossaryList entries={analysis?.entries ?? null} empty={cannotRun ? <span /> : undefined} />
    </main>
  );
}
