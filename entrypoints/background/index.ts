import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { handlers, isBackgroundRequest } from './handlers';
import { handleCommand, registerContextMenu } from './commands';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    const handler = handlers[message.type] as (m: unknown, s: typeof sender) => Promise<unknown>;
    return handler(message, sender);
  });
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
  browser.runtime.onInstalled.addListener(registerContextMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void handleCommand(String(info.menuItemId), tab));
  // End-to-end tests cannot press a browser-level shortcut in headless Chromium; they
  // call the very handler the shortcut calls, through the service worker.
  (globalThis as { gloss?: object }).gloss = { handleCommand };
});
