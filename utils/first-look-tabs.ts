import { browser } from 'wxt/browser';

/**
 * Which tab's page the popup last left a script of ours in (the first-look script it injected),
 * by address, in storage.session (this browser session only; the popup itself lives for one open).
 * utils/tab-messaging.ts readTab asks such a tab first and injects straight away into any other:
 * a fresh page costs no request that finds nobody, a popup reopened on the same page injects
 * nothing. When the page was reloaded at the same address, the request finds nobody and the
 * script is injected after it, as before.
 */
const keyOf = (tabId: number) => `first-look-tab:${tabId}`;

/** Missing in older Firefox: then every first look injects, and a reopened popup's copy hands over (readTab). */
const session = () => browser.storage.session as typeof browser.storage.session | undefined;

export async function scriptAddressIn(tabId: number): Promise<string | null> {
  const key = keyOf(tabId);
  const stored: Record<string, unknown> = await (session()?.get(key) ?? Promise.resolve({})).catch(() => ({}));
  return typeof stored[key] === 'string' ? stored[key] : null;
}

export function rememberScriptIn(tabId: number, url: string | undefined): void {
  if (url) void session()?.set({ [keyOf(tabId)]: url }).catch(() => undefined);
}
