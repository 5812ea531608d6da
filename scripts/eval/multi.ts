/**
 * Section (e) of eval-extract: the multilingual corpus of public test suites (scripts/extract-eval-corpus),
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
import { parsedShare, withoutSvgStyles } from '../lib/happy-dom-repairs.ts';
import { DEFAULT_CORPUS } from '../extract-eval-corpus/paths.ts';
import type { Fold } from '../extract-eval-corpus/manifest.ts';
import { loadPage, readManifestAt, selectRows, type StagedPage } from './multi-corpus.ts';
import { isGoldNote, measure, PARSE_LOSS, type Outcome } from './multi-score.ts';
import { report } from './multi-report.ts';
import { inShard, MAX_WORKERS, parseShard, runShards } from './shards.ts';
import type * as Extract from '../../utils/extract/index.ts';

export interface MultiOptions {
  fold: Fold | 'all'; limit: number; filter?: string; ids?: ReadonlySet<string>; corpus?: string; extractFrom?: string; verbose: boolean;
  /** Write every page's result here (JSON), to re-read tables or compare two runs page by page. */
  save?: string;
  /** `i/n`: this process runs every n-th page (a worker of --workers). */
  shard?: string;
  workers: number;
  quiet: boolean;
}

async function extractor(from?: string): Promise<typeof Extract> {
  const file = from ? path.resolve(from, 'utils/extract/index.ts') : path.resolve(import.meta.dirname, '../../utils/extract/index.ts');
  return (await import(pathToFileURL(file).href)) as typeof Extract;
}


async function run(page: StagedPage, extract: typeof Extract): Promise<Outcome> {
  const { html, repaired } = withoutSvgStyles(page.html);
  const dom = parseHtml(html, page.row.url || `https://${page.row.host}/`);
  try {
    const parseLoss = parsedShare(html, dom.document.body?.textContent ?? '') < PARSE_LOSS;
    const window = dom.window as unknown as Window;
    const detail = extract.extractDetailed ? extract.extractDetailed(dom.document, { window }) : null;
    const article = detail?.article ?? extract.extractArticle(dom.document, { window });
    // A refused page is also opened anyway, so that a judgement change can be scored on a saved run.
    const forced = article.readerable ? null : extract.extractArticle(dom.document, { window, force: true });
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
      svgStylesRemoved: repaired,
      parseLoss,
      goldNote: isGoldNote(page.gold),
      ...(detail ? { signals: detail.signals, source: detail.source } : {}),
      ...(forced ? { ifOpened: measure(page.gold, forced.textContent) } : {}),
    };
  } finally {
    await dom.close();
  }
}

export async function multi(opts: MultiOptions): Promise<void> {
  const corpus = path.resolve(opts.corpus ?? process.env.GLOSS_EXTRACT_EVAL_CORPUS ?? DEFAULT_CORPUS);
  const rows = selectRows(readManifestAt(corpus), opts.fold, opts.limit, opts.filter, opts.ids);
  const started = performance.now();
  let results: Outcome[] = [];
  const workers = Math.min(MAX_WORKERS, opts.workers);
  if (workers > 1 && !opts.shard) {
    results = (await runShards<{ results: Outcome[] }>(workers)).flatMap((s) => s.results);
  } else {
    const extract = await extractor(opts.extractFrom);
    let done = 0;
    for (const row of inShard(rows, parseShard(opts.shard))) {
      try {
        results.push(await run(loadPage(corpus, row), extract));
      } catch (error) {
        console.error(`  ${row.id}: ${(error as Error).message.split('\n')[0]}`);
      }
      if (++done % 100 === 0) console.error(`  … ${done} pages${opts.shard ? ` (shard ${opts.shard})` : ''}`);
    }
  }
  if (opts.save) writeFileSync(opts.save, JSON.stringify({ fold: opts.fold, corpus, extractFrom: opts.extractFrom ?? null, results }, null, 0));
  if (opts.quiet) return;
  const sites = new Set(rows.map((r) => r.site)).size;
  const where = `corpus ${corpus}; extractor ${opts.extractFrom ? path.resolve(opts.extractFrom) : 'this tree'}; ${workers} worker(s); ${((performance.now() - started) / 1000).toFixed(0)} s`;
  for (const line of report(results, { fold: opts.fold, sites, where, verbose: opts.verbose })) console.log(line);
}

/** The tables again from a run saved with --save, without extracting anything. */
export function multiFromSaved(saved: { fold: string; corpus: string; extractFrom: string | null; results: Outcome[] }, file: string, verbose: boolean): void {
  const where = `saved run ${file} (corpus ${saved.corpus}; extractor ${saved.extractFrom ?? 'that tree'})`;
  for (const line of report(saved.results, { fold: saved.fold, sites: null, where, verbose })) console.log(line);
}
