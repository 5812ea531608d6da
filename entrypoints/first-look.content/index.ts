// First: its storage read starts before the other modules are evaluated.
import { storedAtStart } from './stored-at-start';
import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { createFirstLookReader } from '@/utils/first-look-reader';
import { firstLookPort } from '@/utils/first-look-port';

declare global {
  // Set in the content scripts' isolated world, never in the page's.
  var __glossFirstLookReady: boolean | undefined;
  var __glossReaderReady: boolean | undefined;
}

/**
 * The popup's first look at a page: judgement and extraction for the glossary, without the reader
 * (its shell, DOMPurify, fonts, controls). Injected by the popup when the tab does not answer
 * (utils/tab-messaging.ts: readTab), it reads the page at once and its reading is the injection's
 * result (main's promise): no message round trip after it. The reader's script joins it afterwards
 * (utils/first-look-reader.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main() {
    // Chromium's PDF viewer lets scripts in, but the reader would find an empty page there.
    if (document.contentType === 'application/pdf') return { problem: 'pdf' };
    // Only our own `true` counts: a page element named like these shows through as a global.
    if (globalThis.__glossReaderReady === true || globalThis.__glossFirstLookReady === true) return undefined;
    globalThis.__glossFirstLookReady = true;
    // A plain timer, not the context's: a second injection of this file (which returns above)
    // would invalidate this one's context, and the reader's script must still be asked for.
    const reader = createFirstLookReader((work) => setTimeout(work, 0));
    // sendResponse, as in the reader's script: no webextension-polyfill in content scripts (wxt.config.ts).
    const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      const reply = reader.handle(message as Parameters<typeof reader.handle>[0]);
      if (!reply) return false;
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    firstLookPort().retire = () => browser.runtime.onMessage.removeListener(listener);
    return reader.handle({ type: 'content.read' }, storedAtStart);
  },
});
