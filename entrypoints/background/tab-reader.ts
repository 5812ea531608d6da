import { browser } from 'wxt/browser';
import type { ContentRequests, MessageOf, PageProblem, ResponseOf } from '@/utils/messages';

// Built by WXT from entrypoints/reader-overlay.content; injected only when the reader
// asks for it (activeTab + scripting), so Gloss needs no access to every site.
const CONTENT_SCRIPT = 'content-scripts/reader-overlay.js';

async function ensureContentScript(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    // `=== true`, not truthiness: a page element named __glossReaderReady (<img name=…>, id=…)
    // shows through as a global here too (DOM clobbering) and would keep Gloss out of the page.
    func: () => (globalThis as { __glossReaderReady?: unknown }).__glossReaderReady === true,
  });
  if (!probe?.result) {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  }
}

/**
 * Send a request to the reader content script of a tab, injecting it when it is not there.
 * It usually is (the popup's analysis put it there), so the request goes first and the
 * injection only follows a send that found no receiver: one browser round trip less on the
 * way from the switch to the reader. A page the browser keeps extensions out of (chrome://,
 * the Web Store, the PDF viewer, view-source:) rejects the injection: that becomes
 * `restricted`, never a throw.
 */
export async function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  message: MessageOf<ContentRequests, K>,
): Promise<ResponseOf<ContentRequests, K> | { problem: PageProblem }> {
  // No answer at all means no receiver: the polyfill turns Chromium's "message port closed"
  // into `undefined`, and our content script answers every request it knows.
  const first = await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  if (first !== undefined) return first as ResponseOf<ContentRequests, K>;
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
