/**
 * Extraction speed of this working tree against an earlier revision, in the same Chromium run,
 * with a check that both give the same article on every page:
 *
 *   npx tsx scripts/bench/compare-extract.ts <git revision> [pages (181)] [iterations (3)]
 *
 * The revision is checked out into a temporary git worktree (removed afterwards) sharing this
 * tree's node_modules; both pipelines and bare Readability are bundled into one script and timed
 * inside each page like section 1b of `npm run bench`, interleaved in rotating order, median per
 * page. "Same article" compares what a reader gets: the HTML after DOMPurify, the text, word count,
 * language, judgement, title and byline. A speed change that is meant to change nothing must
 * print "differ on 0 pages".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { bundleScript } from './bundle.ts';
import { loadCorpus } from './corpus.ts';
import { REPO, median, sum } from './lib.ts';

const [revision, pagesArg, iterationsArg] = process.argv.slice(2);
if (!revision) {
  console.error('usage: npx tsx scripts/bench/compare-extract.ts <git revision> [pages] [iterations]');
  process.exit(2);
}
const iterations = Number(iterationsArg ?? 3);
const dir = mkdtempSync(path.join(tmpdir(), 'gloss-compare-'));
const git = (...args: string[]) => execFileSync('git', ['-C', REPO, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });

/** Timed in the page: each side per iteration in rotating order; returns medians and whether the articles agree. */
const LOOP = `(() => {
  const g = globalThis.__glossCompare, t = { bare: [], old: [], now: [] }, out = {};
  const orders = [['bare', 'old', 'now'], ['now', 'bare', 'old'], ['old', 'now', 'bare']];
  for (let i = 0; i < ${iterations}; i++) for (const k of orders[i % 3]) { const s = performance.now(); out[k] = g[k](); t[k].push(performance.now() - s); }
  const med = (xs) => { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const seen = (a) => JSON.stringify([g.sanitize(a.content), a.textContent, a.wordCount, a.lang, a.readerable, a.title, a.byline]);
  return { bare: med(t.bare), old: med(t.old), now: med(t.now), same: seen(out.old) === seen(out.now) };
})()`;

try {
  git('worktree', 'add', '--detach', dir, revision);
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  const script = await bundleScript(`
    import { Readability } from '@mozilla/readability';
    import { extractArticle as old } from ${JSON.stringify(path.join(dir, 'utils/extract/index.ts'))};
    import { extractArticle as now } from './utils/extract/index.ts';
    import { sanitizeArticleHtml } from './utils/extract/sanitize.ts';
    globalThis.__glossCompare = {
      bare: () => new Readability(document.cloneNode(true)).parse(),
      old: () => old(document, { window, force: false, sanitize: false }),
      now: () => now(document, { window, force: false, sanitize: false }),
      sanitize: (html) => sanitizeArticleHtml(html, window),
    };`);
  if (!script) throw new Error('esbuild is not installed (it comes with the build tools)');
  const pages = loadCorpus(Number(pagesArg ?? 181)).filter((p) => p.group === 'bench');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: { name: string; bare: number; old: number; now: number; same: boolean }[] = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    let current = { url: '', html: '' };
    await context.route('**/*', (route) => {
      const req = route.request();
      if (req.isNavigationRequest() && req.url().split('#')[0] === current.url.split('#')[0]) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: current.html });
      }
      return route.abort('blockedbyclient'); // nothing leaves the machine
    });
    const tab = await context.newPage();
    for (const page of pages) {
      current = { url: new URL(page.url).href, html: page.html() };
      try { await tab.goto(current.url, { waitUntil: 'domcontentloaded', timeout: 30_000 }); } catch { continue; }
      await tab.evaluate(script);
      rows.push({ name: page.name, ...(await tab.evaluate(LOOP)) as Omit<(typeof rows)[number], 'name'> });
    }
  } finally {
    await browser.close();
  }
  const differ = rows.filter((r) => !r.same).map((r) => r.name);
  const total = (k: 'bare' | 'old' | 'now') => sum(rows.map((r) => r[k]));
  const x = (v: number) => `${v.toFixed(3)}×`;
  console.log(`${rows.length} pages, ${iterations} iterations each; the articles differ on ${differ.length} pages${differ.length ? `: ${differ.join(', ')}` : ''}`);
  console.log(`total of per-page medians: bare Readability ${total('bare').toFixed(0)} ms, ${revision} ${total('old').toFixed(0)} ms (${x(total('old') / total('bare'))}), this tree ${total('now').toFixed(0)} ms (${x(total('now') / total('bare'))})`);
  console.log(`median per-page ratio to bare: ${revision} ${x(median(rows.map((r) => r.old / r.bare)))}, this tree ${x(median(rows.map((r) => r.now / r.bare)))}; this tree / ${revision}: ${x(median(rows.map((r) => r.now / r.old)))}`);
} finally {
  git('worktree', 'remove', '--force', dir);
  rmSync(dir, { recursive: true, force: true });
}
