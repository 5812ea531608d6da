/**
 * The tabs the popup last left a script of ours in (the first-look script it injected), kept in the
 * extension pages' localStorage (readable at once: the popup's main thread is busy loading its modules
 * when its first look starts, and any awaited answer waits for it before the injection could go).
 * utils/tab-messaging.ts readTab asks such a tab first, and injects into any other straight away:
 * a fresh page costs no request that finds nobody, a reopened popup injects nothing. A tab that has
 * since moved to another page (or was reloaded) answers nothing, and then gets the script after the
 * request, as before. Only the last few dozen tabs are kept; tab ids are not reused in a session.
 */
const KEY = 'gloss-first-look-tabs';
const KEPT = 64;

function tabsWithScript(): number[] {
  try {
    const ids: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : [];
  } catch {
    return [];
  }
}

export function mayHaveScript(tabId: number): boolean {
  return tabsWithScript().includes(tabId);
}

export function rememberScriptIn(tabId: number): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify([tabId, ...tabsWithScript().filter((id) => id !== tabId)].slice(0, KEPT)));
  } catch {
    // Storage full or refused: the next first look asks the tab after injecting, as on a fresh page.
  }
}
