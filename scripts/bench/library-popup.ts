/**
 * Helpers of the library bench (library.ts): the e2e build it needs, and timing the popup
 * from inside the page (performance.now() marks set by a probe installed before its scripts).
 */
import type { Page } from 'playwright-core';
import type { GlossBrowser } from '../../tests/e2e/support/browser.ts';
import { median, type BenchContext } from './lib.ts';
import { ensureExtensionBuild } from './build.ts';

// The extension API inside the service worker / popup, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface Marks { item?: number; empty?: number; app?: number; armed: boolean; inputAt?: number; listAt?: number }
export type ProbeWindow = { __bench: Marks };

export const secs = (x: number) => `${(x / 1000).toFixed(1)} s`;
export const TARGET_POPUP_MS = 150;
export const TARGET_SEARCH_MS = 50;

/** Builds .output/chrome-mv3-e2e when it is missing or older than the sources (unless --no-build). */
export function ensureBuild(ctx: BenchContext, details: string[]) {
  ensureExtensionBuild(ctx, details, { outDir: 'chrome-mv3-e2e', script: 'build:e2e', section: 'library' });
}

/**
 * Installed in every popup page before its scripts run: timestamps on performance.now() (0 = navigation start).
 * A string, not a function: tsx (esbuild keepNames) would wrap a function's inner helpers in a `__name`
 * call that does not exist in the page.
 */
const POPUP_PROBE = `(() => {
  const b = { armed: false };
  window.__bench = b;
  const inSaved = (n) => !!(n instanceof Element ? n : n.parentElement)?.closest('.saved');
  new MutationObserver((records) => {
    const t = performance.now();
    if (b.item === undefined && document.querySelector('[data-testid=saved-item]')) b.item = t;
    if (b.empty === undefined && document.querySelector('.empty-state')) b.empty = t;
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

export async function openPopupTimed(gloss: GlossBrowser, tabId: number, mark: 'item' | 'empty'): Promise<{ page: Page; ms: number; fcp: number }> {
  const page = await gloss.context.newPage();
  await page.addInitScript(POPUP_PROBE);
  await page.goto(`chrome-extension://${gloss.extensionId}/popup.html?tab=${tabId}`);
  const t = await probe(page, mark);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  return { page, ms: t, fcp };
}

export async function popupLoads(gloss: GlossBrowser, tabId: number, mark: 'item' | 'empty', loads: number) {
  const times: number[] = [], fcps: number[] = [];
  for (let i = 0; i <= loads; i++) {
    const { page, ms: t, fcp } = await openPopupTimed(gloss, tabId, mark);
    await page.close();
    if (i === 0) continue; // first load warms the extension process and caches
    times.push(t);
    fcps.push(fcp);
  }
  return { median: median(times), max: Math.max(...times), fcp: median(fcps.filter(Number.isFinite)) };
}

export async function sendSearch(page: Page, query: string): Promise<{ ms: number; hits: number }> {
  return page.evaluate(async (q) => {
    const t = performance.now();
    const r = await chrome.runtime.sendMessage({ type: 'library.search', query: q });
    return { ms: performance.now() - t, hits: Array.isArray(r) ? r.length : -1 };
  }, query);
}

