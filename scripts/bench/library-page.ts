/**
 * Section "library-page" — library.html (issue 13) with N saved articles (5,000), in a real Chromium
 * profile with the e2e build; every baseline is the same page over an empty library in the same run:
 *  (a) first render: navigation start → the first screen of rows painted (vs the empty state painted);
 *      the whole index loaded and listed is reported beside it;
 *  (b) warm search: typing into the search box → the background's answer painted in the list
 *      (vs the same query typed into the empty library's page);
 *  (c) scrolling the virtualised list from top to bottom: long tasks (≥ 50 ms) seen meanwhile.
 * Run it alone: `npm run bench -- --only library-page` (add --articles N to change the size).
 */
import type { Page } from 'playwright-core';
import { launchGloss, type GlossBrowser } from '../../tests/e2e/support/browser.ts';
import { median, ms, type Row, type Section } from './lib.ts';
import { ensureBuild, secs } from './library-popup.ts';
import { seed } from './library.ts';


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
async function searches(page: Page, queries: string[]): Promise<{ times: number[]; hits: number[] }> {
  const times: number[] = [];
  const hits: number[] = [];
  const box = page.getByTestId('library-search');
  for (const q of queries) {
    await box.fill('');
    await box.fill(q);
    const shown = await mark(page, 'answerShownAt');
    const b = await page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
    times.push(shown - (b.inputAt as number));
    hits.push(b.hits as number);
  }
  return { times, hits };
}

/** Scrolls the list top to bottom, one step a frame; long tasks (≥ 50 ms) seen meanwhile. */
async function scrollLongTasks(page: Page) {
  return page.evaluate(async () => {
    const scroller = document.querySelector('[data-testid=library-list]') as HTMLElement;
    const long: number[] = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push(e.duration); });
    observer.observe({ type: 'longtask' });
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t = performance.now();
    let frames = 0;
    const step = Math.max(400, Math.ceil(scroller.scrollHeight / 240));
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && frames < 2000) {
      scroller.scrollTop += step;
      await frame();
      frames++;
    }
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { long, frames, ms: performance.now() - t, height: scroller.scrollHeight, rows: document.querySelectorAll('[data-testid=library-item]').length };
  });
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
      const first = await searches(page, [QUERIES[0]]);
      details.push(`first search after seeding (the background builds or loads its index): ${ms(first.times[0])}`);
      await searches(page, QUERIES.slice(1, 3)); // warm-up
      const warm = await searches(page, QUERIES);
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
      rows.push({
        label: `(c) scrolling all ${count} rows (${scroll.frames} frames), long tasks ≥ 50 ms`,
        value: String(scroll.long.length), target: '0', ok: scroll.long.length === 0,
        ...(scroll.long.length ? { note: `longest ${ms(Math.max(...scroll.long))}` } : {}),
      });
      details.push(`scroll: ${(scroll.height / 1000).toFixed(0)}k px in ${secs(scroll.ms)}, ${scroll.rows} rows in the DOM at the end (virtualised)`);
      await page.close();
    } finally {
      await gloss.close();
    }
    return { rows, details };
  },
};
