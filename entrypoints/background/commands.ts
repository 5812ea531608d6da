import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { toggleReader } from './tab-reader';
import { saveTab } from './library';

export const TOGGLE_READER = 'toggle-reader';
export const SAVE_ARTICLE = 'save-article';
export const OPEN_LIBRARY = 'open-library';

/** The library page in a new tab (finding an open one would need the "tabs" permission). */
export async function openLibrary(): Promise<{ tabId: number | undefined }> {
  return { tabId: (await browser.tabs.create({ url: browser.runtime.getURL('/library.html') })).id };
}

/** The keyboard commands and the context menu items all land here. */
export async function handleCommand(command: string, tab?: Browser.tabs.Tab) {
  if (command === OPEN_LIBRARY) return openLibrary(); // needs no tab
  if (tab?.id == null) return undefined;
  if (command === TOGGLE_READER) return toggleReader(tab.id);
  if (command === SAVE_ARTICLE) return saveTab(tab.id);
  return undefined;
}

export function registerContextMenu() {
  // removeAll first: onInstalled also fires on update, and ids must be unique.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: TOGGLE_READER, title: t('contextToggleReader'), contexts: ['page'] });
    browser.contextMenus.create({ id: SAVE_ARTICLE, title: t('contextSaveArticle'), contexts: ['page'] });
    browser.contextMenus.create({ id: OPEN_LIBRARY, title: t('contextOpenLibrary'), contexts: ['page', 'action'] });
  });
}
