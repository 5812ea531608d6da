/**
 * Section 1b — the same extraction comparison in real Chromium (V8 + Blink DOM, what users run).
 * utils/extract is bundled with esbuild (already installed as a dependency of the build tools)
 * into one script; each corpus page is served at its own URL through request interception,
 * with the page's own scripts blocked by CSP and every sub-resource refused, then timed inside the page:
 *   bare: new Readability(document.cloneNode(true)).parse()
 *   ours: extractArticle(document, { window, force: false })
 * interleaved, median per page. Skipped (with a note) when esbuild or Chromium is unavailable.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { bundleScript } from './bundle.ts';
import { loadCorpus, type Group } from './corpus.ts';
import { MISS_NOTE } from './extract.ts';
import { median, ms, ratioText, sum, type Row, type Section, perPageRatioRows } from './lib.ts';

const TARGET = 1.3;

const ENTRY = `
import { Readability } from '@mozilla/readability';
import { extractArticle } from './utils/extract/index.ts';
globalThis.__glossBench = {
  bare: () => new Readability(document.cloneNode(true)).parse(),
  ours: () => extractArticle(document, { window, force: false }),
};
`;

/**
 * The in-page timing loop, as source text (tsx's esbuild keepNames would wrap a function's inner
 * helpers in a `__name` call that does not exist in the page).
 */
function timingLoop(iterations: number, warm: boolean): string {
  return `(() => {
    const g = globalThis.__glossBench;
    if (${warm}) for (let i = 0; i < 3; i++) { g.bare(); g.ours(); }
    const tb = [], to = [];
    let readerable = false;
    for (let k = 0; k < ${iterations}; k++) {
      const first = k % 2 === 0 ? 'bare' : 'ours';
      for (const which of [first, first === 'bare' ? 'ours' : 'bare']) {
        const t = performance.now();
        if (which === 'bare') { g.bare(); tb.push(performance.now() - t); }
        else { readerable = g.ours().readerable; to.push(performance.now() - t); }
      }
    }
    const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
    return { bare: med(tb), ours: med(to), readerable };
  })()`;
}

export const browserExtractionSection: Section = {
  id: 'extract-browser',
  title: '1b. Extraction in Chromium (same pages, same comparison, real browser DOM)',
  async run(ctx) {
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(executablePath)) return { rows: [], details: [`skipped: no Chromium at ${executablePath}`] };
    let script: string | null;
    try {
      script = await bundleScript(ENTRY);
    } catch (error) {
      throw new Error(`could not bundle utils/extract: ${(error as Error).message.split('\n')[0]}`);
    }
    if (!script) return { rows: [], details: ['skipped: esbuild is not installed (it comes with the build tools)'] };
    const bundled = script;
    const iterations = Number(ctx.opt('browser-iterations') ?? 3);
    const pages = loadCorpus(Number(ctx.opt('pages') ?? (ctx.quick ? 8 : 24)));
    const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
    const timings: { name: string; group: Group; bare: number; ours: number; readerable: boolean }[] = [];
    try {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      let current: { url: string; html: string } | null = null;
      await context.route('**/*', (route) => {
        const req = route.request();
        if (current && req.isNavigationRequest() && req.frame().parentFrame() === null && req.url().split('#')[0] === current.url.split('#')[0]) {
          // the page's own scripts must not run (CSP); the benchmark's script is injected over CDP, which CSP does not govern
          return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: current.html });
        }
        return route.abort('blockedbyclient'); // images, scripts, iframes, analytics: never leave the machine
      });
      const tab = await context.newPage();
      let warmed = false;
      for (const page of pages) {
        const url = new URL(page.url).href;
        current = { url, html: page.html() };
        try {
          await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
        } catch (error) {
          ctx.log(`  extract-browser: ${page.name} did not load (${(error as Error).message.split('\n')[0]}), skipped`);
          continue;
        }
        await tab.evaluate(bundled);
        const r = (await tab.evaluate(timingLoop(iterations, !warmed))) as { bare: number; ours: number; readerable: boolean };
        warmed = true;
        timings.push({ name: page.name, group: page.group, ...r });
      }
    } finally {
      await browser.close();
    }
    if (!timings.length) throw new Error('no page could be measured in Chromium');
    const rows: Row[] = [];
    for (const g of ['all', 'bench', 'fixtures', 'vi-news'] as const) {
      const ts = g === 'all' ? timings : timings.filter((x) => x.group === g);
      if (!ts.length) continue;
      const b = sum(ts.map((x) => x.bare)), o = sum(ts.map((x) => x.ours));
      rows.push({
        label: g === 'all' ? `all ${ts.length} pages, total of per-page medians` : `  ${g} (${ts.length} pages)`,
        value: `ours ${ms(o)}`,
        baseline: `bare Readability ${ms(b)}`,
        ratio: o / b,
        target: `≤ ${TARGET}×`,
        ok: o / b <= TARGET,
      });
    }
    const perPage = perPageRatioRows(rows, timings, TARGET, MISS_NOTE);
    const slow = [...timings].sort((a, b) => (b.ours - b.bare) - (a.ours - a.bare)).slice(0, 5);
    return {
      rows,
      details: [
        `${iterations} interleaved iterations per page, median; per-page ratio median ${ratioText(median(perPage))}, worst ${ratioText(Math.max(...perPage))}`,
        `largest extra time (ours − bare): ${slow.map((x) => `${x.name} +${ms(x.ours - x.bare)} (${ratioText(x.ours / x.bare)})`).join(', ')}`,
        'bundle: utils/extract + Readability + DOMPurify via esbuild; pages served at their own URLs, page scripts blocked by CSP, sub-resources refused',
      ],
    };
  },
};
