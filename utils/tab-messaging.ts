import { browser } from 'wxt/browser';
import type { ContentRequests, MessageOf, PageProblem, ReadResult, ResponseOf } from './messages';
import { FIRST_LOOK_SCRIPT, READER_SCRIPT } from './reader-scripts';
import { mayHaveScript, rememberScriptIn } from './first-look-tabs';

// The reader's content scripts are injected only when the reader asks for them (activeTab +
// scripting), so Gloss needs no access to every site. Both the background and the popup talk
// to a tab through here: the popup asks the tab itself for its first look, so opening it never
// waits for a stopped service worker to start (issue 14).

/**
 * Chromium neither runs nor refuses a script sent into a view-source: tab: the promise never
 * settles, and the popup would say "analysing" for ever. A tab whose address Gloss may read
 * (host permission, or activeTab after the reader's click or shortcut) is checked by its URL.
 * A tab whose address is hidden from Gloss is one it has no access to, where the probe can
 * only fail: it gets a deadline (a busy page Gloss may read never does, so it is never cut short).
 */
const HIDDEN_TAB_PROBE_MS = 5_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The tab did not answer')), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * The script a request needs. The popup's first look (`content.read`) needs only the page's reading:
 * the small first-look script, which brings the reader's script in after (utils/first-look-reader.ts).
 * Everything else needs the reader's script; it joins a first-look script already there.
 */
function scriptFor(type: keyof ContentRequests): { file: string; readyFlags: string[] } {
  return type === 'content.read'
    ? { file: FIRST_LOOK_SCRIPT, readyFlags: ['__glossReaderReady', '__glossFirstLookReady'] }
    : { file: READER_SCRIPT, readyFlags: ['__glossReaderReady'] };
}

/**
 * Inject the content script unless it is already there. Returns 'pdf' instead when the tab
 * shows a PDF: Chromium wraps its PDF viewer in a document that scripts may enter (it keeps
 * the PDF's `document.contentType`), where the reader would only find an empty page.
 * Throws when Gloss may not enter the tab.
 */
async function ensureContentScript(tabId: number, { file, readyFlags }: { file: string; readyFlags: string[] }): Promise<'pdf' | null> {
  const { url } = await browser.tabs.get(tabId);
  if (url?.startsWith('view-source:')) throw new Error('Extensions cannot run in view-source: tabs');
  const probing = browser.scripting.executeScript({
    target: { tabId },
    func: (flags: string[]) => ({
      // `=== true`, not truthiness: a page element named __glossReaderReady (<img name=…>, id=…)
      // shows through as a global here too (DOM clobbering) and would keep Gloss out of the page.
      ready: flags.some((flag) => (globalThis as Record<string, unknown>)[flag] === true),
      pdf: document.contentType === 'application/pdf',
    }),
    args: [readyFlags],
  });
  const [probe] = await (url ? probing : withDeadline(probing, HIDDEN_TAB_PROBE_MS));
  if (probe?.result?.pdf) return 'pdf';
  if (!probe?.result?.ready) {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  }
  return null;
}

/**
 * Send a request to the reader content script of a tab, injecting it when it is not there.
 * It usually is (the popup's analysis put it there), so the request goes first and the
 * injection only follows a send that found no receiver: one browser round trip less on the
 * way from the switch to the reader. A page the browser keeps extensions out of (chrome://,
 * the Web Store, Firefox's PDF viewer) rejects the injection and a view-source: tab never
 * answers it: both become `restricted`, never a throw or a wait without end; a PDF in
 * Chromium's viewer becomes `pdf` (the reader's script is never injected there, so the first
 * send finds nobody and the checks run).
 */
export async function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  message: MessageOf<ContentRequests, K>,
): Promise<ResponseOf<ContentRequests, K> | { problem: PageProblem }> {
  // No answer at all means no receiver ("receiving end does not exist", or the port closed
  // unanswered): our content script answers every request it knows.
  const first = await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  if (first !== undefined) return first as ResponseOf<ContentRequests, K>;
  let problem: PageProblem | null;
  try {
    problem = await ensureContentScript(tabId, scriptFor(message.type));
  } catch {
    return { problem: 'restricted' };
  }
  if (problem) return { problem };
  try {
    const response = await browser.tabs.sendMessage(tabId, message);
    return (response ?? { problem: 'failed' }) as ResponseOf<ContentRequests, K>;
  } catch {
    return { problem: 'failed' };
  }
}

/**
 * The popup's first look at a tab (`content.read`), in as few browser round trips as it can. A tab
 * the popup left its script in before (utils/first-look-tabs.ts) is asked first, as any tab with our
 * script in it; into any other the first-look script (entrypoints/first-look.content) is injected at
 * once — before any await, so it does not wait for the popup's busy main thread — and its injection
 * hands the reading back itself: no request that finds nobody before it, no probe, no message after
 * it (the script checks for a PDF and for a script of ours already there). Problems as in sendToTab.
 */
export async function readTab(tabId: number): Promise<ReadResult> {
  const tab = browser.tabs.get(tabId).catch(() => null);
  if (mayHaveScript(tabId)) {
    const answer = await browser.tabs.sendMessage(tabId, { type: 'content.read' }).catch(() => undefined);
    if (answer !== undefined) return answer as ReadResult;
  }
  const injecting = browser.scripting.executeScript({ target: { tabId }, files: [FIRST_LOOK_SCRIPT] });
  // Settled here too: the refusal on a page Gloss may not enter is awaited below only when the address is known.
  injecting.catch(() => undefined);
  const url = (await tab)?.url;
  // Chromium never settles an injection into a view-source: tab: it is left unawaited.
  if (url?.startsWith('view-source:')) return { problem: 'restricted' };
  let injected: unknown;
  try {
    [{ result: injected } = { result: undefined }] = await (url ? injecting : withDeadline(injecting, HIDDEN_TAB_PROBE_MS));
  } catch {
    return { problem: 'restricted' };
  }
  if (injected && typeof injected === 'object') {
    rememberScriptIn(tabId);
    return injected as ReadResult;
  }
  // A script of ours was there already and handed nothing back: ask it (or bring it in) as any request.
  return sendToTab(tabId, { type: 'content.read' });
}
