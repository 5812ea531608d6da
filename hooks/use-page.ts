import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground } from '@/utils/background-client';
import {
  isProblem, type ContentRequests, type MessageOf, type PageAnalysis, type PageProblem, type ReaderChangedEvent, type ReaderToggleResult,
} from '@/utils/messages';
import { firstLook, trackFirstLook } from './first-look';

/** `popup.html?tab=<id>` acts on that tab; otherwise on the active tab of the current window. */
async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The switch asks the tab's reader directly: the analysis has put the content script there, and
 * going through the background costs the click one more hop (~7 ms on a busy machine). When
 * nothing answers (the page was reloaded since), the background injects the script and asks.
 */
async function toggleInTab(tabId: number, request: { force: boolean; open?: boolean }): Promise<ReaderToggleResult> {
  const message: MessageOf<ContentRequests, 'content.toggle'> = { type: 'content.toggle', ...request };
  const direct = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as ReaderToggleResult | undefined;
  return direct ?? askBackground({ type: 'reader.toggle', tabId, ...request });
}

export type SaveState = 'idle' | 'saving' | 'created' | 'updated';

export interface PageState {
  analysis: PageAnalysis | null;
  problem: PageProblem | null;
  readerOpen: boolean;
  saveState: SaveState;
  toggleReader: (force?: boolean) => Promise<void>;
  save: () => Promise<void>;
  /** Let the reader click the article's block on the page themselves. */
  pick: () => void;
  /** Scroll the open reader to an abbreviation's first use. */
  reveal: (abbr: string) => void;
  /** Add, change (or with null remove) the reader's own meaning, then refresh the glossary. */
  define: (abbr: string, expansion: string | null) => Promise<void>;
}

/** The target tab as the popup sees it: its glossary, reader state and any problem. */
export function usePage(): PageState {
  const [tabId, setTabId] = useState<number | null>(null);
  const [analysis, setAnalysis] = useState<PageAnalysis | null>(null);
  const [problem, setProblem] = useState<PageProblem | null>(null);
  const [readerOpen, setReaderOpen] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('idle');

  const analyse = useCallback(async (id: number) => {
    const result = await firstLook(id);
    if (isProblem(result)) return setProblem(result.problem);
    setAnalysis(result);
    setReaderOpen(result.readerOpen);
    if (!result.readerable) setProblem((current) => current ?? 'not-article');
  }, []);

  // A layout effect runs right after the first render; a plain effect would start a frame later.
  useLayoutEffect(() => {
    void trackFirstLook(resolveTabId().then(async (id) => {
      if (id == null) return setProblem('restricted');
      setTabId(id);
      await analyse(id);
    }));
  }, []);

  useEffect(() => {
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      const event = message as ReaderChangedEvent;
      if (event?.type === 'reader.changed' && sender.tab?.id === tabId) setReaderOpen(event.open);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);

  const toggleReader = useCallback(async (force = false) => {
    if (tabId == null) return;
    const result = await toggleInTab(tabId, { force, ...(force ? { open: true } : {}) });
    if (isProblem(result)) return setProblem(result.problem);
    setReaderOpen(result.open);
    // The reader opened: an earlier problem is over, but "not an article" stays said (the reader
    // shows what it found, with a note offering to pick the article).
    if (force || result.open) setProblem((current) => (current === 'not-article' ? current : null));
  }, [tabId]);

  const save = useCallback(async () => {
    if (tabId == null) return;
    setSaveState('saving');
    const result = await askBackground({ type: 'library.save', tabId });
    if (isProblem(result)) {
      setSaveState('idle');
      return setProblem(result.problem);
    }
    setSaveState(result.created ? 'created' : 'updated');
  }, [tabId]);

  const reveal = useCallback((abbr: string) => {
    if (tabId != null && readerOpen) void askBackground({ type: 'reader.reveal', tabId, abbr });
  }, [tabId, readerOpen]);

  const define = useCallback(async (abbr: string, expansion: string | null) => {
    await askBackground({ type: 'glossary.define', abbr, expansion });
    if (tabId != null) await analyse(tabId);
  }, [tabId]);

  const pick = useCallback(() => {
    if (tabId != null) void askBackground({ type: 'reader.pick', tabId });
  }, [tabId]);

  return { analysis, problem, readerOpen, saveState, toggleReader, save, reveal, define, pick };
}
