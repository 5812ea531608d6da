import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { toggleReader } from './tab-reader';

export const TOGGLE_READER = 'toggle-reader';

/** The keyboard command and the context menu item both land here. */
export async function handleCommand(command: string, tab?: Browser.tabs.Tab) {
  if (command !== TOGGLE_READER || tab?.id == null) return undefined;
  return toggleReader(tab.id);
}

export function registerContextMenu() {
  // removeAll first: onInstalled also fires on update, and ids must be unique.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: TOGGLE_READER, title: t('contextToggleReader'), contexts: ['page'] }),
  );
}
