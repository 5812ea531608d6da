import { browser } from 'wxt/browser';
import type { ReadResult } from './messages';
import { readTab } from './tab-messaging';

export interface EarlyLook {
  tabId: number;
  reading: Promise<ReadResult>;
}

type EarlyGlobal = { __glossFirstLook?: Promise<EarlyLook | null>; __glossBackgroundAwake?: boolean };

/**
 * The popup's first look, started from a plain script while its modules load (entrypoints/
 * popup-first-look.ts): finds the tab (`?tab=<id>`, else the active one), asks it for its article,
 * and wakes the background so it loads the glossary engine meanwhile. hooks/first-look.ts takes the
 * reading over (takeEarlyLook).
 */
export function startFirstLook(search: string): void {
  const param = new URLSearchParams(search).get('tab');
  const tabId = param && /^\d+$/.test(param)
    ? Promise.resolve(Number(param))
    : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null, () => null);
  void browser.runtime.sendMessage({ type: 'glossary.build', text: '', lang: 'vi' }).then(() => {
    (globalThis as EarlyGlobal).__glossBackgroundAwake = true;
  }, () => undefined);
  (globalThis as EarlyGlobal).__glossFirstLook = tabId.then((id) => (id == null ? null : { tabId: id, reading: readTab(id) }));
}

/**
 * Whether the background has answered the wake-up: it was running, or has started and loaded the
 * glossary engine. Until then the first look keeps the reader's script out of its way (hooks/first-look.ts).
 */
export function backgroundAwake(): boolean {
  return (globalThis as EarlyGlobal).__glossBackgroundAwake === true;
}

/** The reading started early for this tab, once; null when none was (a test page, another tab). */
export async function takeEarlyLook(tabId: number): Promise<EarlyLook['reading'] | null> {
  const global = globalThis as EarlyGlobal;
  const early = await global.__glossFirstLook?.catch(() => null);
  global.__glossFirstLook = undefined;
  return early?.tabId === tabId ? early.reading : null;
}
