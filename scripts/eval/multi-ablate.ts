/**
 * `eval-extract --only multi --ablate`: what each clean-up pass (utils/extract/cleanup, CLEANUP_RULES)
 * earns. Each page is parsed once and extracted with every pass, then once with each pass left out —
 * only for the passes that removed something on that page (a pass that removed nothing leaves the
 * same result). Scored as in the multilingual report, refusals counted as empty.
 * Readability runs before the clean-up and is most of the cost, so it runs once per page: its
 * result is kept and a deep copy handed to each later run (the clean-up changes it in place).
 * The runs skip DOMPurify (`sanitize: false` drops what it would drop: the same text).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../lib/parse-html.ts';
import { parsedShare, withoutSvgStyles } from '../lib/happy-dom-repairs.ts';
import { DEFAULT_CORPUS } from '../extract-eval-corpus/paths.ts';
import type { Fold } from '../extract-eval-corpus/manifest.ts';
import { extractDetailed } from '../../utils/extract/index.ts';
import { CLEANUP_RULES, type CleanupReport, type CleanupRule } from '../../utils/extract/cleanup/index.ts';
import { loadPage, readManifestAt, selectRows, type StagedPage } from './multi-corpus.ts';
import { measure, PARSE_LOSS } from './multi-score.ts';
import { ablationReport, type AblationOutcome, type RuleRun } from './multi-ablate-report.ts';
import { inShard, MAX_WORKERS, parseShard, runShards } from './shards.ts';

export interface AblateOptions {
  fold: Fold | 'all'; limit: number; filter?: string; ids?: ReadonlySet<string>; corpus?: string; verbose: boolean;
  save?: string; shard?: string; workers: number; quiet: boolean;
}

type Parsed = ReturnType<Readability<Element>['parse']>;
/** Readability's result for the page being ablated: `undefined` before its first run; `reuse` only inside ablatePage. */
let kept: Parsed | undefined;
let reuse = false;
const parseOnce = Readability.prototype.parse;
Readability.prototype.parse = function (this: Readability<Element>) {
  if (!reuse) return parseOnce.call(this);
  if (kept === undefined) kept = parseOnce.call(this) as Parsed;
  return (kept && { ...kept, content: (kept.content?.cloneNode(true) ?? kept.content) as Element }) as ReturnType<typeof parseOnce>;
};

function once(page: StagedPage, doc: Document, window: Window, off?: CleanupRule): { run: RuleRun; removed: CleanupReport[] } {
  const removed: CleanupReport[] = [];
  const { article } = extractDetailed(doc, { window, sanitize: false, cleanupOff: off ? [off] : undefined, cleanupReports: removed });
  return { run: { refused: !article.readerable, m: measure(page.gold, article.readerable ? article.textContent : '') }, removed };
}

async function ablatePage(page: StagedPage): Promise<AblationOutcome | null> {
  const { html } = withoutSvgStyles(page.html);
  const dom = parseHtml(html, page.row.url || `https://${page.row.host}/`);
  try {
    if (parsedShare(html, dom.document.body?.textContent ?? '') < PARSE_LOSS) return null;
    const window = dom.window as unknown as Window;
    kept = undefined;
    reuse = true;
    const base = once(page, dom.document, window);
    const fired = CLEANUP_RULES.filter((rule) => base.removed.some((r) => r[rule] > 0));
    const off: AblationOutcome['off'] = {};
    for (const rule of fired) off[rule] = once(page, dom.document, window, rule).run;
    const { id, lang, kind } = page.row;
    return { id, lang, kind, gold: page.gold.kind, base: base.run, off };
  } finally {
    kept = undefined;
    reuse = false;
    await dom.close();
  }
}

interface Saved { fold: string; corpus: string; results: AblationOutcome[] }

export async function ablate(opts: AblateOptions): Promise<void> {
  const corpus = path.resolve(opts.corpus ?? process.env.GLOSS_EXTRACT_EVAL_CORPUS ?? DEFAULT_CORPUS);
  const started = performance.now();
  let results: AblationOutcome[] = [];
  const workers = Math.min(MAX_WORKERS, opts.workers);
  if (workers > 1 && !opts.shard) {
    results = (await runShards<Saved>(workers)).flatMap((s) => s.results);
  } else {
    const rows = inShard(selectRows(readManifestAt(corpus), opts.fold, opts.limit, opts.filter, opts.ids), parseShard(opts.shard));
    let done = 0;
    for (const row of rows) {
      try {
        const outcome = await ablatePage(loadPage(corpus, row));
        if (outcome) results.push(outcome);
      } catch (error) {
        console.error(`  ${row.id}: ${(error as Error).message.split('\n')[0]}`);
      }
      if (++done % 100 === 0) console.error(`  … ${done} pages${opts.shard ? ` (shard ${opts.shard})` : ''}`);
    }
  }
  if (opts.save) writeFileSync(opts.save, JSON.stringify({ fold: opts.fold, corpus, results } satisfies Saved));
  if (opts.quiet) return;
  const where = `corpus ${corpus}; ${workers} worker(s); ${((performance.now() - started) / 1000).toFixed(0)} s`;
  for (const line of ablationReport(results, { fold: opts.fold, where, verbose: opts.verbose })) console.log(line);
}

export function ablationFromSaved(saved: Saved, file: string, verbose: boolean): void {
  for (const line of ablationReport(saved.results, { fold: saved.fold, where: `saved run ${file}`, verbose })) console.log(line);
}
