/**
 * Helpers of the library bench (library.ts): the e2e build it needs, and timing the popup
 * from inside the page (performance.now() marks set by a probe installed before its scripts).
 * What a user sees is the first screen of the list painted, so that is the figure; the time its
 * first item enters the DOM and the popup's own first render are reported beside it.
 */
import type { Page } from 'playwright-core';
import type { GlossBrowser } from '../../tests/e2e/support/browser.ts';
import { median, type BenchContext } from './lib.ts';
import { ensureExtensionBuild } from './build.ts';

// The extension API inside the service worker / popup, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const secs = (x: number) => `${(x / 1000).toFixed(1)} s`;
export const TARGET_POPUP_MS = 150;

/** Builds .output/chrome-mv3-e2e when it is missing or older than the sources (unless --no-build). */
export function ensureBuild(ctx: BenchContext, details: string[]) {
  ensureExtensionBuild(ctx, details, { outDir: 'chrome-mv3-e2e', script: 'build:e2e', section: 'library' });
}

export interface Marks {
  /** first [data-testid=saved-item] in the DOM */ item?: number;
  /** the frame after the first screen of items (see FIRST_SCREEN_ITEMS) entered the DOM: painted */ painted?: number;
  /** the same for the empty library's empty state */ empty?: number; emptyPainted?: number;
  /** the popup's own first render (#app has content) */ app?: number;
  /** storage keys the popup read before its first screen was painted */ reads: unknown[];
  armed: boolean; inputAt?: number; listAt?: number; answerShownAt?: number;
}
export type ProbeWindow = { __bench: Marks };
/** Items that fill the list's visible box (320 px): the "first screen". */
export const FIRST_SCREEN_ITEMS = 5;

/**
 * Installed in every popup page before its scripts run: timestamps on performance.now() (0 = navigation start).
 * "Painted" = a requestAnimationFrame callback, then a task: it runs once that frame's style, layout and paint
 * are done on the main thread. It also wraps chrome.storage.local.get (to list what the first screen read) and
 * chrome.runtime.sendMessage (to see when a search answer arrives). A string, not a function: tsx (esbuild
 * keepNames) would wrap a function's inner helpers in a `__name` call that does not exist in the page.
 */
const popupProbe = (minItems: number) => `(() => {
  const b = { armed: false, reads: [] };
  window.__bench = b;
  const afterFrame = (key) => requestAnimationFrame(() => setTimeout(() => { if (b[key] === undefined) b[key] = performance.now(); }, 0));
  try {
    const area = chrome.storage.local, get = area.get.bind(area);
    area.get = (keys, ...rest) => { if (b.painted === undefined && b.emptyPainted === undefined) b.reads.push(keys); return get(keys, ...rest); };
    const runtime = chrome.runtime, send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (message, ...rest) => {
      const reply = send(message, ...rest);
      if (b.armed && b.inputAt !== undefined && message && message.type === 'library.search' && message.query) {
        Promise.resolve(reply).then(() => afterFrame('answerShownAt'), () => {});
      }
      return reply;
    };
  } catch (e) { b.probeError = String(e); }
  const inSaved = (n) => !!(n instanceof Element ? n : n.parentElement)?.closest('.saved');
  new MutationObserver((records) => {
    const t = performance.now();
    const items = document.querySelectorAll('[data-testid=saved-item]').length;
    if (b.item === undefined && items) b.item = t;
    if (!b.paintArmed && items >= ${minItems}) { b.paintArmed = true; afterFrame('painted'); }
    if (b.empty === undefined && document.querySelector('.empty-state')) { b.empty = t; afterFrame('emptyPainted'); }
    if (b.app === undefined && document.querySelector('#app > *')) b.app = t;
    if (b.armed && b.inputAt !== undefined && b.listAt === undefined && records.some((r) => inSaved(r.target))) b.listAt = t;
  }).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('input', (e) => {
    if (b.armed && e.target?.matches?.('[data-testid=saved-search]')) b.inputAt = performance.now();
  }, true);
})();`;

export async function probe(page: Page, key: keyof Marks, timeoutMs = 20_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await page.evaluate((k) => (window as unknown as ProbeWindow).__bench?.[k], key);
    if (typeof v === 'number') return v;
    if (Date.now() > until) throw new Error(`popup: no "${key}" mark within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface PopupLoad { page: Page; ms: number; inDom: number; shell: number; fcp: number; reads: unknown[] }

/** Opens the popup and waits for its first screen: `painted` (saved items) or `emptyPainted` (empty state). */
export async function openPopupTimed(gloss: GlossBrowser, tabId: number, mark: 'painted' | 'emptyPainted', minItems = FIRST_SCREEN_ITEMS): Promise<PopupLoad> {
  const page = await gloss.context.newPage();
  await page.addInitScript(popupProbe(minItems));
  await page.goto(`chrome-extension://${gloss.extensionId}/popup.html?tab=${tabId}`);
  const t = await probe(page, mark);
  const marks = await page.evaluate(() => (window as unknown as ProbeWindow).__bench);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  return { page, ms: t, inDom: (mark === 'painted' ? marks.item : marks.empty) ?? NaN, shell: marks.app ?? NaN, fcp, reads: marks.reads };
}

export async function popupLoads(gloss: GlossBrowser, tabId: number, mark: 'painted' | 'emptyPainted', loads: number) {
  const runs: PopupLoad[] = [];
  for (let i = 0; i <= loads; i++) {
    const load = await openPopupTimed(gloss, tabId, mark);
    await load.page.close();
    if (i > 0) runs.push(load); // the first load warms the extension process and caches
  }
  const mid = (f: (r: PopupLoad) => number) => median(runs.map(f).filter(Number.isFinite));
  return {
    median: mid((r) => r.ms), max: Math.max(...runs.map((r) => r.ms)), inDom: mid((r) => r.inDom), shell: mid((r) => r.shell),
    /** our own share: from the popup's first render to its first screen painted */
    own: mid((r) => r.ms - r.shell), fcp: mid((r) => r.fcp), reads: runs[0].reads,
  };
}

export async function sendSearch(page: Page, query: string): Promise<{ ms: number; hits: number }> {
  return page.evaluate(async (q) => {
    const t = performance.now();
    const r = await chrome.runtime.sendMessage({ type: 'library.search', query: q });
    return { ms: performance.now() - t, hits: Array.isArray(r) ? r.length : -1 };
  }, query);
}

