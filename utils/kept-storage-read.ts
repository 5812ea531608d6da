import { browser } from 'wxt/browser';

/** Whether a storage change (the changed keys, in storage area `area`) can change what a read returns. */
export type TouchesRead = (changedKeys: string[], area: string) => boolean;

/**
 * A storage read done once and then kept, until storage.onChanged says a key it depends on changed:
 * the reader's switch then costs no storage round trip to the browser (~2–5 ms each on a busy
 * machine, traced), and still sees a change made in any other tab at once. The listener is added at
 * the first call (no `browser.*` at module top level: entrypoints are imported in Node at build time).
 * A read that fails is not kept.
 */
export function keptStorageRead<T>(read: () => Promise<T>, touches: TouchesRead): () => Promise<T> {
  let kept: Promise<T> | null = null;
  let listening = false;
  return () => {
    if (!listening) {
      listening = true;
      browser.storage.onChanged.addListener((changes, area) => {
        if (touches(Object.keys(changes), area)) kept = null;
      });
    }
    if (!kept) {
      const reading = read();
      kept = reading;
      reading.catch(() => {
        if (kept === reading) kept = null;
      });
    }
    return kept;
  };
}
