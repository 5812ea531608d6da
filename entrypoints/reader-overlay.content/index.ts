import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { firstLookPort } from '@/utils/first-look-port';
import { createReaderController } from './controller';

declare global {
  // Set in the content script's isolated world, never in the page's.
  var __glossReaderReady: boolean | undefined;
}

export default defineContentScript({
  // Injected on demand by the background (activeTab + scripting): no access to every site.
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    // Only our own `true` counts: a page element named __glossReaderReady shows through as a global.
    if (globalThis.__glossReaderReady === true) return;
    globalThis.__glossReaderReady = true;
    const controller = createReaderController(ctx);
    // Answered through sendResponse (and `true`: the answer comes later), which Chromium and Firefox
    // both support natively: this script goes without the webextension-polyfill (wxt.config.ts).
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
      const reply = controller.handle(message as Parameters<typeof controller.handle>[0]);
      if (!reply) return false;
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    });
    // Joining the popup's first-look script (utils/first-look-port.ts): from now on this script
    // answers, takes the reading over, and prepares the reader from the glossary it was handed.
    const port = firstLookPort();
    port.retire?.();
    port.reader = controller.handle;
    port.prepare = controller.prepareIfGlossed;
    controller.prepareIfGlossed();
  },
});
