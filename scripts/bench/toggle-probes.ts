/**
 * The in-page halves of the toggle bench (toggle.ts). Every timestamp is taken inside a page
 * on the clock all of them share — `performance.timeOrigin + performance.now()` (ms since the
 * epoch, sub-millisecond) — never by the test runner, whose round trips over the DevTools
 * protocol would add their own latency to the figure.
 *
 * Sources, not functions: tsx (esbuild keepNames) would wrap a function's inner helpers in a
 * `__name` call that does not exist in the page.
 */
import type { Page, Worker } from 'playwright-core';

/** When the reader's article reached the page, when the next frame began, and when that frame was done. */
export interface PaintMarks { contentAt: number; frameAt: number; paintAt: number }

/**
 * Popup init script: a capture-phase click listener on the document records the moment the
 * reader switch is clicked, before any of the popup's own handlers run.
 */
export const POPUP_CLICK_PROBE = `(() => {
  document.addEventListener('click', (event) => {
    if (event.target?.closest?.('[data-testid=reader-toggle]')) window.__glossClickAt = performance.timeOrigin + performance.now();
  }, true);
})();`;

/**
 * Article page, main world: arms a watcher and returns at once; \`window.__glossPainted\` is a
 * promise of PaintMarks. A MutationObserver waits for the overlay's host element (<gloss-reader>),
 * then for its open shadow root to hold \`[data-testid=reader-article]\` with content; then a
 * requestAnimationFrame callback marks the start of the frame that shows it, and a message posted
 * from that callback runs once the frame's style, layout and paint are done (the "after paint" mark).
 *
 * The host is looked for among the nodes each mutation adds, not by querying the document: a page
 * whose own scripts keep changing it would otherwise have the watcher walk the whole page on every
 * change, on the main thread the reader paints on, and the figure would count the probe's cost.
 */
export const ARM_PAINT_WATCHER = `(() => {
  const clock = () => performance.timeOrigin + performance.now();
  window.__glossPainted = new Promise((resolve) => {
    let host = document.querySelector('gloss-reader');
    let shadowObserver = null;
    let seen = false;
    const added = (records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.localName === 'gloss-reader') return node;
      return null;
    };
    const check = (records) => {
      if (!host && records) host = added(records);
      const shadow = host && host.shadowRoot;
      if (shadow && !shadowObserver) {
        shadowObserver = new MutationObserver(() => check(null));
        shadowObserver.observe(shadow, { childList: true, subtree: true });
      }
      const article = shadow && shadow.querySelector('[data-testid=reader-article]');
      if (seen || !article || !article.firstChild) return;
      seen = true;
      const contentAt = clock();
      pageObserver.disconnect();
      shadowObserver.disconnect();
      requestAnimationFrame(() => {
        const frameAt = clock();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ contentAt, frameAt, paintAt: clock() });
        channel.port2.postMessage(null);
      });
    };
    const pageObserver = new MutationObserver(check);
    pageObserver.observe(document.documentElement, { childList: true, subtree: true });
    check(null);
  });
})();`;

export async function armPaintWatcher(page: Page): Promise<void> {
  await page.evaluate(ARM_PAINT_WATCHER);
}

/** The watcher's marks, or null if the reader did not paint within `timeoutMs` (e.g. "not an article"). */
export async function paintMarks(page: Page, timeoutMs: number): Promise<PaintMarks | null> {
  return page.evaluate(`Promise.race([window.__glossPainted, new Promise((r) => setTimeout(() => r(null), ${timeoutMs}))])`) as Promise<PaintMarks | null>;
}

/**
 * The keyboard-command path, run in the service worker exactly as Alt+Shift+R would run it
 * (`globalThis.gloss.handleCommand`); returns the worker's clock just before the call.
 */
export async function commandToggle(worker: Worker, tabId: number): Promise<number> {
  return worker.evaluate(`(() => {
    const at = performance.timeOrigin + performance.now();
    void globalThis.gloss.handleCommand('toggle-reader', { id: ${Number(tabId)} });
    return at;
  })()`) as Promise<number>;
}

/** The clock every probe uses, minus Date.now(), in one context: a sanity check that they agree. */
export const CLOCK_SKEW = 'performance.timeOrigin + performance.now() - Date.now()';

/**
 * Baseline: bare Readability 0.6 on a clone of the same document, timed in the page (median of
 * `runs`, after one warm-up). `Readability` comes from the bundled script evaluated before.
 */
export function bareReadabilityLoop(runs: number): string {
  return `(() => {
    const times = [];
    let length = 0;
    for (let i = 0; i <= ${runs}; i++) {
      const t = performance.now();
      const article = new globalThis.__glossReadability(document.cloneNode(true)).parse();
      if (i > 0) times.push(performance.now() - t);
      length = article?.textContent?.length ?? 0;
    }
    times.sort((a, b) => a - b);
    const m = times.length >> 1;
    return { median: times.length % 2 ? times[m] : (times[m - 1] + times[m]) / 2, length };
  })()`;
}

export const READABILITY_ENTRY = `
import { Readability } from '@mozilla/readability';
globalThis.__glossReadability = Readability;
`;
