/**
 * Section "library-page" — library.html (issue 13) with N saved articles (5,000), in a real Chromium
 * profile with the e2e build; every baseline is the same page over an empty library in the same run:
 *  (a) first render: navigation start → the first screen of rows painted (vs the empty state painted);
 *      the whole index loaded and listed is reported beside it;
 *  (b) warm search: typing into the search box → the background's answer painted in the list
 *      (vs the same query typed into the empty library's page);
 *  (c) scrolling the virtualised list from top to bottom: long tasks (≥ 50 ms) seen meanwhile (vs as many
 *      frames of the same page left still: the long tasks the machine's load alone causes).
 * Run it alone: `npm run bench -- --only library-page` (add --articles N to change the size).
 */
import type { Page } from 'playwright-core';
import { launchGloss, type GlossBrowser } from '../../tests/e2e/support/browser.ts';
import { median, ms, type Row, type Section } from './lib.ts';
import { ensureBuild, secs } from './library-popup.ts';
import { seed } from './library.ts';
import { stopServiceWorker } from './library-search.ts';


// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TARGET_FIRST_MS = 200;
const TARGET_SEARCH_MS = 50;
/** Rows that fill the list's first screen at the bench's 1100×800 viewport. */
const FIRST_SCREEN_ROWS = 6;
const QUERIES = ['uy ban nhan dan', 'kinh te', 'ngan sach', 'thanh pho', 'hoi dong', 'central bank', 'giao duc'];

/**
 * Installed before the page's scripts: performance.now() marks (0 = navigation start). "Painted" = a
 * requestAnimationFrame callback then a task, i.e. after that frame's style, layout and paint.
 * chrome.runtime.sendMessage is wrapped (callback or promise form: the polyfill uses callbacks) to see
 * when a search answer has arrived and been painted. A string: tsx's keepNames would break a function here.
 */
const probe = `(() => {
  const b = { reads: 0 };
  window.__bench = b;
  const afterFrame = (key) => requestAnimationFrame(() => setTimeout(() => { if (b[key] === undefined) b[key] = performance.now(); }, 0));
  try {
    const runtime = chrome.runtime, send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (...args) => {
      const m = args[0];
      const tracked = b.inputAt !== undefined && m && m.type === 'library.search' && m.query === b.query;
      const cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
      if (cb) return send(...args, (r) => { cb(r); if (tracked) { b.hits = Array.isArray(r) ? r.length : -1; afterFrame('answerShownAt'); } });
      const reply = send(...args);
      if (tracked) Promise.resolve(reply).then((r) => { b.hits = Array.isArray(r) ? r.length : -1; afterFrame('answerShownAt'); }, () => {});
      return reply;
    };
  } catch (e) { b.probeError = String(e); }
  new MutationObserver(() => {
    const rows = document.querySelectorAll('[data-testid=library-item]').length;
    if (b.app === undefined && document.querySelector('#app > *')) b.app = performance.now();
    if (!b.rowsArmed && rows >= ${FIRST_SCREEN_ROWS}) { b.rowsArmed = true; afterFrame('painted'); }
    if (!b.emptyArmed && document.querySelector('[data-testid=library-empty]')) { b.emptyArmed = true; afterFrame('emptyPainted'); }
    if (!b.completeArmed && rows && document.querySelector('[data-complete=true]')) { b.completeArmed = true; afterFrame('complete'); }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-complete'] });
  document.addEventListener('input', (e) => {
    if (e.target?.matches?.('[data-testid=library-search]')) { b.inputAt = performance.now(); b.query = e.target.value; b.answerShownAt = undefined; }
  }, true);
})();`;

type Marks = Record<string, number | string | boolean | undefined>;

async function mark(page: Page, key: string, timeoutMs = 60_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await page.evaluate((k) => (window as unknown as { __bench: Marks }).__bench?.[k], key);
    if (typeof v === 'number') return v;
    if (Date.now() > until) throw new Error(`library page: no "${key}" mark within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function openLibrary(gloss: GlossBrowser): Promise<Page> {
  const page = await gloss.context.newPage();
  await page.addInitScript(probe);
  await page.goto(`chrome-extension://${gloss.extensionId}/library.html`);
  return page;
}

/** Median of `loads` page loads after one warm-up: time to `key`, and the page's own first render. */
async function loads(gloss: GlossBrowser, key: string, n: number, also: string[] = []) {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i <= n; i++) {
    const page = await openLibrary(gloss);
    const run: Record<string, number> = { [key]: await mark(page, key) };
    for (const k of also) run[k] = await mark(page, k);
    run.app = await mark(page, 'app');
    await page.close();
    if (i > 0) runs.push(run);
  }
  const mid = (k: string) => median(runs.map((r) => r[k]));
  return { median: mid(key), max: Math.max(...runs.map((r) => r[key])), app: mid('app'), mid };
}

/** Types each query (one fill = one input event) and times input → answer painted. */
async function searches(page: Page, queries: string[], timeoutMs = 60_000): Promise<{ times: number[]; hits: number[] }> {
  const times: number[] = [];
  const hits: number[] = [];
  const box = page.getByTestId('library-search');
  for (const q of queries) {
    await box.fill('');
    await box.fill(q);
    const shown = await mark(page, 'answerShownAt', timeoutMs);
    const b = await page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
    times.push(shown - (b.inputAt as number));
    hits.push(b.hits as number);
  }
  return { times, hits };
}

/**
 * Scrolls the list top to bottom, one step a frame; long tasks (≥ 50 ms) seen meanwhile.
 * With idleFrames, waits that many frames without scrolling instead.
 * A string, like the probe: tsx's keepNames would wrap the inner arrow functions in `__name`.
 */
const scrollScript = (idleFrames: number) => `(async (idleFrames) => {
  const scroller = document.querySelector('[data-testid=library-list]');
  const long = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push(e.duration); });
  observer.observe({ type: 'longtask' });
  const t = performance.now();
  let frames = 0;
  const step = Math.max(400, Math.ceil(scroller.scrollHeight / 240));
  const more = () => (idleFrames ? frames < idleFrames : scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && frames < 2000);
  while (more()) {
    if (!idleFrames) scroller.scrollTop += step;
    await new Promise((r) => requestAnimationFrame(r));
    frames++;
  }
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  return { long, frames, ms: performance.now() - t, height: scroller.scrollHeight, rows: document.querySelectorAll('[data-testid=library-item]').length };
})(${idleFrames})`;

/** `idleFrames` > 0: the baseline — as many frames without scrolling (what the machine's load alone causes). */
async function scrollLongTasks(page: Page, idleFrames = 0) {
  return page.evaluate(scrollScript(idleFrames)) as Promise<{ long: number[]; frames: number; ms: number; height: number; rows: number }>;
}

export const libraryPageSection: Section = {
  id: 'library-page',
  title: 'Library page (library.html) at scale in Chromium (e2e build, real profile)',
  async run(ctx) {
    const count = Number(ctx.opt('articles') ?? (ctx.quick ? 1000 : 5000));
    const n = ctx.quick ? 3 : 5;
    const rows: Row[] = [];
    const details: string[] = [];
    ensureBuild(ctx, details);
    const gloss = await launchGloss();
    try {
      // Baselines: the page over an empty library (first render, then the same searches).
      const empty = await loads(gloss, 'emptyPainted', n);
      const emptyPage = await openLibrary(gloss);
      await mark(emptyPage, 'emptyPainted');
      await searches(emptyPage, QUERIES.slice(0, 2)); // warm-up
      const emptySearch = await searches(emptyPage, QUERIES);
      await emptyPage.close();

      ctx.log(`  library-page: seeding ${count} articles…`);
      const lib = await seed(gloss, count);
      details.push(`seeded ${count} articles in ${secs(lib.ms)} (${lib.where})`);
      // The seed bypassed the background: its search index (of the empty library, in memory and stored
      // under the same library-rev) is dropped, and a fresh worker builds it on the first search.
      await gloss.worker.evaluate(() => chrome.storage.local.remove('library-search'));
      const stopper = await openLibrary(gloss);
      await stopServiceWorker(gloss, stopper);
      await stopper.close();

      const full = await loads(gloss, 'painted', n, ['complete']);
      rows.push({
        label: `(a) first render, ${count} articles (nav start → first ${FIRST_SCREEN_ROWS} rows painted)`,
        value: ms(full.median), baseline: `empty library → empty state painted ${ms(empty.median)}`,
        ratio: full.median / empty.median, target: `≤ ${TARGET_FIRST_MS} ms`, ok: full.median <= TARGET_FIRST_MS,
      });
      details.push(`first render: median of ${n} loads after a warm-up (max ${ms(full.max)}; empty max ${ms(empty.max)}); the page's own first render at ${ms(full.app)} (empty ${ms(empty.app)}); `
        + `the whole index read and listed (sorts and filters over all ${count}) at ${ms(full.mid('complete'))}`);

      const page = await openLibrary(gloss);
      await mark(page, 'complete');
      ctx.log('  library-page: first search (builds the background\'s index when none is stored)…');
      const first = await searches(page, [QUERIES[0]], 300_000);
      details.push(`first search after seeding (the background builds or loads its index): ${ms(first.times[0])}`);
      await searches(page, QUERIES.slice(1, 3)); // warm-up
      const warm = await searches(page, QUERIES);
      if (!warm.hits.every((h) => h > 0)) throw new Error(`a warm search found nothing: ${warm.hits.join(', ')} hits`);
      const warmMs = median(warm.times);
      const emptyMs = median(emptySearch.times);
      rows.push({
        label: `(b) warm search, ${count} articles (input → answer painted, median of ${QUERIES.length} queries)`,
        value: ms(warmMs), baseline: `same queries, empty library ${ms(emptyMs)}`, ratio: warmMs / emptyMs,
        target: `≤ ${TARGET_SEARCH_MS} ms`, ok: warmMs <= TARGET_SEARCH_MS,
      });
      details.push(`warm searches: ${warm.times.map((t, i) => `"${QUERIES[i]}" ${ms(t)} (${warm.hits[i]} hits)`).join(', ')}; max ${ms(Math.max(...warm.times))}`);

      await page.getByTestId('library-search').fill('');
      await mark(page, 'complete');
      const scroll = await scrollLongTasks(page);
      const idle = await scrollLongTasks(page, scroll.frames);
      rows.push({
        label: `(c) scrolling all ${count} rows (${scroll.frames} frames), long tasks ≥ 50 ms`,
        value: String(scroll.long.length), baseline: `as many frames without scrolling ${idle.long.length}`,
        target: '0 beyond the baseline', ok: scroll.long.length <= idle.long.length,
        ...(scroll.long.length ? { note: `longest ${ms(Math.max(...scroll.long))}` } : {}),
      });
      details.push(`scroll: ${(scroll.height / 1000).toFixed(0)}k px in ${secs(scroll.ms)}, ${scroll.rows} rows in the DOM at the end (virtualised); `
        + `long tasks scrolling: ${scroll.long.length ? `longest ${ms(Math.max(...scroll.long))}, median ${ms(median(scroll.long))}` : 'none'}; without scrolling (${secs(idle.ms)}): ${idle.long.length ? `longest ${ms(Math.max(...idle.long))}` : 'none'}`);
      await page.close();
    } finally {
      await gloss.close();
    }
    return { rows, details };
  },
};
