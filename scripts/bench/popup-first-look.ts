/**
 * Section "popup" — the popup's first look at an article, in real Chromium with the e2e build
 * (issue 14.1): from the popup's navigation start to the frame that shows its final glossary
 * (`[data-testid=glossary][aria-busy=false]`, TEST-CONTRACT), median over ≥ 20 real news pages.
 *  - first, cold: a fresh tab, the extension's service worker stopped first (Chromium stops it
 *    after 30 s idle, so this is the usual case);
 *  - first, warm: a fresh tab with the worker running;
 *  - again: the popup reopened on the same tab.
 * Baseline, in the same run and between the same pages: the same popup on a blank tab
 * (about:blank, where it shows its "page not allowed" notice), cold and warm.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchGloss, tabIdOf, type GlossBrowser } from '../../tests/e2e/support/browser.ts';
import { startServer, type TestServer } from '../../tests/e2e/support/server.ts';
import { ensureExtensionBuild } from './build.ts';
import { median, ms, type Row, type Section } from './lib.ts';
import { FIRST_LOOK_PAGES, routeFirstLookPages, type FirstLookPage } from './popup-pages.ts';

const TARGET_COLD_MS = 80;
const TARGET_WARM_MS = 40;
const TIMEOUT_MS = 30_000;
export type Kind = 'firstCold' | 'firstWarm' | 'again' | 'blankCold' | 'blankWarm';

/**
 * Installed before the popup's scripts: `__firstLook` = performance.now() (0 = navigation start) after the
 * frame in which the glossary became final was painted (a rAF callback, then a task). A string, not a
 * function: tsx would wrap a function's inner helpers in a `__name` call that does not exist in the page.
 */
const FINAL_GLOSSARY_PROBE = `(() => {
  let armed = false;
  new MutationObserver(() => {
    if (armed || !document.querySelector('[data-testid=glossary][aria-busy=false]')) return;
    armed = true;
    requestAnimationFrame(() => setTimeout(() => { window.__firstLook = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

const STEPS = ['gloss:ask-tab', 'gloss:page-read', 'gloss:glossary-built'] as const;
export interface Look { at: number; steps: Partial<Record<(typeof STEPS)[number], number>> }

/** The popup opened on a tab: when its final glossary was painted, and when each step of its first look ended (hooks/first-look.ts). */
async function popupTime(gloss: GlossBrowser, tabId: number): Promise<Look> {
  const popup = await gloss.context.newPage();
  try {
    await popup.addInitScript(FINAL_GLOSSARY_PROBE);
    await popup.goto(`chrome-extension://${gloss.extensionId}/popup.html?tab=${tabId}`);
    // polled with evaluate: waitForFunction evaluates a string, which the popup's CSP forbids
    for (const until = Date.now() + TIMEOUT_MS; Date.now() < until; await new Promise((r) => setTimeout(r, 10))) {
      const at = await popup.evaluate(() => (window as unknown as { __firstLook?: number }).__firstLook);
      if (typeof at !== 'number') continue;
      const steps = await popup.evaluate((names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime])), [...STEPS]);
      return { at, steps };
    }
    throw new Error(`the popup's glossary was not final within ${TIMEOUT_MS} ms`);
  } finally {
    await popup.close();
  }
}

/** Stops the extension's service worker, as Chromium does after 30 s idle, and waits until it is gone. */
async function stopWorker(gloss: GlossBrowser, cdpPage: Page): Promise<void> {
  const old = gloss.context.serviceWorkers()[0];
  const cdp = await gloss.context.newCDPSession(cdpPage);
  try {
    const closed = old ? new Promise<void>((resolve) => old.once('close', () => resolve())) : Promise.resolve();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  } finally {
    await cdp.detach();
  }
}

/** The running worker (a stopped one's handle is dead): tabIdOf asks it for tab ids. */
async function liveWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: TIMEOUT_MS });
}

async function openArticle(gloss: GlossBrowser, server: TestServer, page: FirstLookPage, visit: number) {
  gloss.worker = await liveWorker(gloss.context);
  const tab = await gloss.context.newPage();
  await tab.goto(`${server.origin}${page.path}?visit=${visit}`, { waitUntil: 'load', timeout: TIMEOUT_MS });
  return { tab, tabId: await tabIdOf(gloss, tab) };
}

/** One page: cold first look, again, then a fresh tab with the worker warm; the blank-tab popup cold and warm beside it. */
export async function measurePage(gloss: GlossBrowser, server: TestServer, page: FirstLookPage, blank: { tab: Page; tabId: number }, visit: number) {
  const times = {} as Record<Kind, Look>;
  const first = await openArticle(gloss, server, page, visit);
  try {
    await stopWorker(gloss, blank.tab);
    times.firstCold = await popupTime(gloss, first.tabId);
    times.again = await popupTime(gloss, first.tabId);
  } finally {
    await first.tab.close();
  }
  const fresh = await openArticle(gloss, server, page, visit + 1);
  try {
    times.firstWarm = await popupTime(gloss, fresh.tabId);
  } finally {
    await fresh.tab.close();
  }
  await stopWorker(gloss, blank.tab);
  times.blankCold = await popupTime(gloss, blank.tabId);
  times.blankWarm = await popupTime(gloss, blank.tabId);
  return times;
}

export function rowsOf(samples: Record<Kind, Look>[]): Row[] {
  const mid = (k: Kind) => median(samples.map((s) => s[k].at));
  const extra = (k: Kind, base: Kind) => median(samples.map((s) => s[k].at - s[base].at));
  const row = (label: string, k: Kind, base: Kind, target?: number): Row => ({
    label, value: `${ms(mid(k))} (+${ms(extra(k, base))} over blank, median of per-page differences)`,
    baseline: `blank tab ${ms(mid(base))}`, ratio: mid(k) / mid(base),
    ...(target === undefined ? {} : { target: `≤ +${target} ms`, ok: extra(k, base) <= target }),
  });
  return [
    row('first look, worker stopped (cold)', 'firstCold', 'blankCold', TARGET_COLD_MS),
    row('first look, worker running (warm)', 'firstWarm', 'blankWarm', TARGET_WARM_MS),
    row('again on the same tab', 'again', 'blankWarm'),
  ];
}

/** Where a first look's time goes, medians over the pages: popup start → asking the tab → page read → glossary built → painted. */
export function stepsLine(kind: Kind, samples: Record<Kind, Look>[]): string {
  const step = (from: (l: Look) => number | undefined, to: (l: Look) => number | undefined) =>
    ms(median(samples.map((s) => (to(s[kind]) ?? NaN) - (from(s[kind]) ?? NaN)).filter(Number.isFinite)));
  const ask = (l: Look) => l.steps['gloss:ask-tab'], read = (l: Look) => l.steps['gloss:page-read'], built = (l: Look) => l.steps['gloss:glossary-built'];
  return `${kind}: popup loaded and asking the tab at ${step(() => 0, ask)}; tab read (injection when needed + extraction) ${step(ask, read)}; `
    + `glossary built (background) or handed back by the tab ${step(read, built)}; rendered and painted ${step(built, (l) => l.at)}`;
}

export const popupFirstLookSection: Section = {
  id: 'popup',
  title: '5. Popup first look in Chromium (e2e build): navigation start → final glossary painted, beside the popup on a blank tab',
  async run(ctx) {
    const details: string[] = [];
    ensureExtensionBuild(ctx, details, { outDir: 'chrome-mv3-e2e', script: 'build:e2e', section: 'popup' });
    const pages = FIRST_LOOK_PAGES(ctx.quick ? 6 : Number(ctx.opt('popup-pages') ?? 24));
    if (!pages.length) return { rows: [], details: [...details, 'skipped: no real pages (../shared/corpus is missing)'] };
    const server = await startServer();
    const gloss = await launchGloss();
    const samples: Record<Kind, Look>[] = [];
    try {
      await routeFirstLookPages(gloss, pages);
      const blankTab = await gloss.context.newPage();
      await blankTab.goto(`${server.origin}/?blank=1`);
      const blank = { tab: blankTab, tabId: await tabIdOf(gloss, blankTab) };
      await blankTab.goto('about:blank');
      for (const [i, page] of pages.entries()) {
        ctx.log(`  popup: ${page.name}`);
        samples.push(await measurePage(gloss, server, page, blank, 2 * i + 1));
      }
    } finally {
      await gloss.close();
      await server.close();
    }
    const langs = [...new Set(pages.map((p) => p.lang))].map((l) => `${pages.filter((p) => p.lang === l).length} ${l}`).join(', ');
    details.push(`${pages.length} real news pages (${langs}); each: stop the worker → popup on a fresh tab (cold) → popup again → `
      + 'popup on another fresh tab (warm); then stop the worker → popup on the blank tab (cold) → again (warm)');
    details.push(...(['firstCold', 'firstWarm', 'again'] as const).map((k) => stepsLine(k, samples)));
    return { rows: rowsOf(samples), details };
  },
};
