import { browser, type Browser } from 'wxt/browser';
import type { PageProblem } from '@/utils/messages';
import { CONTROLS_SCRIPT, READER_SCRIPT } from '@/utils/reader-scripts';
import { sendToTab } from '@/utils/tab-messaging';

// The controls come after the reader's first paint, when its script asks, and the reader's script
// after the popup's first look, when the first-look script asks: under the same tab permission that
// let the first script in (utils/tab-messaging.ts).

export function toggleReader(tabId: number, options: { force?: boolean; open?: boolean } = {}) {
  return sendToTab(tabId, { type: 'content.toggle', ...options });
}

/** Inject the reader's controls into the frame whose reader content script asks for them. */
export const injectControls = (sender: Browser.runtime.MessageSender | undefined) => injectIntoSender(sender, CONTROLS_SCRIPT);

/** Inject the reader's script into the frame whose first-look script asks for it (utils/first-look-reader.ts). */
export const injectReader = (sender: Browser.runtime.MessageSender | undefined) => injectIntoSender(sender, READER_SCRIPT);

async function injectIntoSender(sender: Browser.runtime.MessageSender | undefined, file: string): Promise<{ loaded: true } | { problem: PageProblem }> {
  const tabId = sender?.tab?.id;
  if (tabId == null) return { problem: 'failed' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender?.frameId ?? 0] }, files: [file] });
    return { loaded: true };
  } catch {
    return { problem: 'restricted' };
  }
}
