/**
 * Section (e) of eval-extract: the multilingual corpus of public test suites (scripts/corpus),
 * split by site into dev and test folds. Per language: how often Gloss and isProbablyReaderable
 * refuse article pages, Gloss against plain Readability on the pages Gloss opens, and every page
 * with refusals counted as empty; then the refusal rate on listing pages.
 * `--extract-from DIR` runs the utils/extract of another worktree (the measuring stays this one's).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHtml } from '../lib/parse-html.ts';
import { DEFAULT_CORPUS } from '../corpus/paths.ts';
import type { Fold } from '../corpus/manifest.ts';
import { loadPage, readManifestAt, selectRows, type StagedPage } from './multi-corpus.ts';
import { byLanguage, measure, type PageResult } from './multi-score.ts';
import { articleTable, listingLine } from './multi-report.ts';
import type * as Extract from '../../utils/extract/index.ts';

export interface MultiOptions {
  fold: Fold | 'all'; limit: number; filter?: string; corpus?: string; extractFrom?: string; verbose: boolean;
  /** Write every page's result here (JSON), to re-read tables or compare two runs page by page. */
  save?: string;
}

async function extractor(from?: string): Promise<typeof Extract> {
  const file = from ? path.resolve(from, 'utils/extract/index.ts') : path.resolve(import.meta.dirname, '../../utils/extract/index.ts');
  return (await import(pathToFileURL(file).href)) as typeof Extract;
}

async function run(page: StagedPage, extract: typeof Extract): Promise<PageResult & { id: string; words: number }> {
  const dom = parseHtml(page.html, page.row.url || `https://${page.row.host}/`);
  try {
    const window = dom.window as unknown as Window;
    const article = extract.extractDetailed
      ? extract.extractDetailed(dom.document, { window }).article
      : extract.extractArticle(dom.document, { window });
    const bare = new Readability(dom.document.cloneNode(true) as Document).parse();
    return {
      id: page.row.id,
      lang: page.row.lang,
      kind: page.row.kind,
      gold: page.gold.kind,
      glossRefused: !article.readerable,
      readerableSays: isProbablyReaderable(dom.document),
      gloss: measure(page.gold, article.readerable ? article.textContent : ''),
      readability: measure(page.gold, bare?.textContent ?? ''),
      words: article.wordCount,
    };
  } finally {
    await dom.close();
  }
}

export async function multi(opts: MultiOptions): Promise<void> {
  const corpus = path.resolve(opts.corpus ?? process.env.GLOSS_EXTRACT_EVAL_CORPUS ?? DEFAULT_CORPUS);
  const rows = selectRows(readManifestAt(corpus), opts.fold, opts.limit, opts.filter);
  const extract = await extractor(opts.extractFrom);
  const started = performance.now();
  const results: Awaited<ReturnType<typeof run>>[] = [];
  for (const row of rows) {
    try {
      results.push(await run(loadPage(corpus, row), extract));
    } catch (error) {
      console.error(`  ${row.id}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (opts.save) writeFileSync(opts.save, JSON.stringify({ fold: opts.fold, corpus, extractFrom: opts.extractFrom ?? null, results }, null, 0));
  const articles = results.filter((r) => r.kind === 'article');
  const listings = results.filter((r) => r.kind === 'listing');
  const sites = new Set(rows.map((r) => r.site)).size;
  console.log(`\n(e) multilingual corpus, fold ${opts.fold}: ${results.length} pages from ${sites} sites (${articles.length} articles, ${listings.length} listing pages)`);
  console.log(`  corpus ${corpus}; extractor ${opts.extractFrom ? path.resolve(opts.extractFrom) : 'this tree'}; ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log('  articles with full-text gold (WCXB, newspaper, htmltotext): shingle F1 as in (a)');
  for (const line of articleTable(byLanguage(articles.filter((r) => r.gold === 'text')))) console.log(line);
  console.log("  articles with snippet gold (trafilatura's evaldata): with-snippets found = tp, missing = fn, without-snippets found = fp");
  for (const line of articleTable(byLanguage(articles.filter((r) => r.gold === 'snippets')))) console.log(line);
  const refused = articles.filter((r) => r.glossRefused).length;
  console.log(`  all articles: refused by Gloss ${refused}/${articles.length} (${((100 * refused) / Math.max(1, articles.length)).toFixed(1)} %), ` +
    `by isProbablyReaderable ${articles.filter((r) => !r.readerableSays).length}/${articles.length}`);
  for (const line of listingLine(byLanguage(listings))) console.log(line);
  if (opts.verbose) {
    for (const r of articles.filter((a) => a.glossRefused)) console.log(`  REFUSED article ${r.id} (${r.lang}) iPR ${r.readerableSays}`);
    for (const r of listings.filter((a) => !a.glossRefused)) console.log(`  OPENED listing ${r.id} (${r.lang}) ${r.words} words`);
  }
}
