import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { handlers, isBackgroundRequest } from './handlers';
import { handleCommand, registerContextMenu } from './commands';
import { migrateStoredLibrary } from '@/utils/library/migrate-stored';
import { startProfileSync } from '@/utils/sync/profile';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    const handler = handlers[message.type] as (m: unknown, s: typeof sender) => Promise<unknown>;
    return handler(message, sender);
  });
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
  browser.runtime.onInstalled.addListener(registerContextMenu);
  // At every start, not only in onInstalled: an update always restarts the background, and
  // a migration cut short (the worker stopped) is finished the next time it wakes.
  migrateStoredLibrary().catch((error) => console.error('Gloss could not migrate the saved library', error));
  // Reader settings, the user's own meanings and the notebook's marks follow the profile.
  startProfileSync();
  browser.contextMenus.onClicked.addListener((info, tab) => void handleCommand(String(info.menuItemId), tab));
  // End-to-end tests cannot press a browser-level shortcut in headless Chromium; they
  // call the very handler the shortcut calls, through the service worker.
  (globalThis as { gloss?: object }).gloss = { handleCommand };
});
