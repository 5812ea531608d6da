import { browser, type Browser } from 'wxt/browser';
import type { PageProblem } from '@/utils/messages';
import { CONTROLS_SCRIPT } from '@/utils/reader-scripts';
import { sendToTab } from '@/utils/tab-messaging';

// The controls come after the reader's first paint, when its script asks, under the same tab
// permission that let the reader in (utils/tab-messaging.ts).

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
