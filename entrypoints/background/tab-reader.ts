import { browser, type Browser } from 'wxt/browser';
import type { ContentRequests, MessageOf, PageProblem, ResponseOf } from '@/utils/messages';
import { CONTROLS_SCRIPT, READER_SCRIPT } from '@/utils/reader-scripts';

// The reader's content scripts are injected only when the reader asks for them (activeTab +
// scripting), so Gloss needs no access to every site. The controls come after the first paint,
// when the first script asks, under the same tab permission.

async function ensureContentScript(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    // `=== true`, not truthiness: a page element named __glossReaderReady (<img name=…>, id=…)
    // shows through as a global here too (DOM clobbering) and would keep Gloss out of the page.
    func: () => (globalThis as { __glossReaderReady?: unknown }).__glossReaderReady === true,
  });
  if (!probe?.result) {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
  }
}

/**
 * Send a request to the reader content script of a tab, injecting it first.
 * A page the browser keeps extensions out of (chrome://, the Web Store, the PDF
 * viewer, view-source:) rejects the injection: that becomes `restricted`, never a throw.
 */
export async function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  message: MessageOf<ContentRequests, K>,
): Promise<ResponseOf<ContentRequests, K> | { problem: PageProblem }> {
  try {
    await ensureContentScript(tabId);
  } catch {
    return { problem: 'restricted' };
  }
  try {
    const response = await browser.tabs.sendMessage(tabId, message);
    return (response ?? { problem: 'failed' }) as ResponseOf<ContentRequests, K>;
  } catch {
    return { problem: 'failed' };
  }
}

export function toggleReader(tabId: number, options: { force?: boolean; open?: boolean } = {}) {
  return sendToTab(tabId, { type: 'content.toggle', ...options });
}

/** Inject the reader's controls into the frame whose reader content script asks for them. */
export async function injectControls(sender: Browser.runtime.MessageSender | undefined): Promise<{ loaded: true } | { problem: PageProblem }> {
  const tabId = sender?.tab?.id;
  if (tabId == null) return { problem: 'failed' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender?.frameId ?? 0] }, files: [CONTROLS_SCRIPT] });
    return { loaded: true };
  } catch {
    return { problem: 'restricted' };
  }
}
