/** Text tables for the multilingual evaluation. Pure: page outcomes in, lines out. */
import type { Scores } from '../../utils/extract/score.ts';
import { byLanguage, pageF1, PARSE_LOSS, suiteOf, type LanguageRow, type Outcome } from './multi-score.ts';

const f = (x: number) => x.toFixed(3);
const pct = (n: number, of: number) => `${String(n).padStart(3)} ${(of ? (100 * n) / of : 0).toFixed(1).padStart(5)}%`;
const fpr = (s: Scores) => `${f(s.f1)} ${f(s.precision)} ${f(s.recall)}`;

export function articleTable(rows: LanguageRow[]): string[] {
  if (!rows.length) return ['  (no pages)'];
  const width = Math.max(5, ...rows.map((r) => r.lang.length));
  const lines = [
    `  ${'lang'.padEnd(width)} pages | refused: Gloss    iPR        | opened by Gloss: Gloss F1 P R    Readability F1 P R | all pages, refusal = empty: Gloss F1  Readability F1  (iPR-gated)`,
  ];
  for (const r of rows) {
    lines.push(
      `  ${r.lang.padEnd(width)} ${String(r.pages).padStart(5)} | ${pct(r.glossRefused, r.pages)} ${pct(r.readerableRefused, r.pages)} | ` +
        `${String(r.pages - r.glossRefused).padStart(4)}: ${fpr(r.opened.gloss)}  ${fpr(r.opened.readability)} | ` +
        `${f(r.all.gloss.f1)}      ${f(r.all.readability.f1)}           (${f(r.all.readabilityGated.f1)})`,
    );
  }
  return lines;
}

export function listingLines(rows: LanguageRow[]): string[] {
  return rows.map((r) => `  ${r.lang.padEnd(12)} ${String(r.pages).padStart(4)} listing pages: refused by Gloss ${pct(r.glossRefused, r.pages)}, by isProbablyReaderable ${pct(r.readerableRefused, r.pages)}`);
}

/** Per suite, articles only: enough to see whether one suite's gold or pages drive a figure. */
export function suiteLines(articles: Outcome[]): string[] {
  const suites = [...new Set(articles.map((a) => suiteOf(a.id)))].sort();
  return suites.map((suite) => {
    const row = byLanguage(articles.filter((a) => suiteOf(a.id) === suite), Infinity).at(-1)!;
    return `  ${suite.padEnd(12)} ${String(row.pages).padStart(4)} articles: refused by Gloss ${pct(row.glossRefused, row.pages)}; opened: Gloss F1 ${f(row.opened.gloss.f1)}, Readability F1 ${f(row.opened.readability.f1)}; all pages: Gloss ${f(row.all.gloss.f1)}, Readability ${f(row.all.readability.f1)}`;
  });
}

export interface ReportHead { fold: string; sites: number | null; where: string; verbose: boolean }

export function report(results: Outcome[], head: ReportHead): string[] {
  const lost = results.filter((r) => r.parseLoss);
  const notes = results.filter((r) => r.goldNote && !r.parseLoss);
  const scored = results.filter((r) => !r.parseLoss && !r.goldNote);
  const articles = scored.filter((r) => r.kind === 'article');
  const listings = scored.filter((r) => r.kind === 'listing');
  const refused = articles.filter((r) => r.glossRefused);
  const out = [
    `\n(e) multilingual corpus, fold ${head.fold}: ${results.length} pages${head.sites ? ` from ${head.sites} sites` : ''} (${articles.length} articles, ${listings.length} listing pages scored)`,
    `  ${head.where}`,
    `  happy-dom: <style> in <svg> removed on ${results.filter((r) => r.svgStylesRemoved).length} pages; ${lost.length} pages still parsed to < ${PARSE_LOSS * 100} % of their text, left out${lost.length ? `: ${lost.map((r) => r.id).join(', ')}` : ''}`,
    `  ${notes.length} pages whose gold is a reviewer's note, not text, left out${notes.length ? `: ${notes.map((r) => r.id).join(', ')}` : ''}`,
    '  articles with full-text gold (WCXB, newspaper, htmltotext): shingle F1 as in (a)',
    ...articleTable(byLanguage(articles.filter((r) => r.gold === 'text'))),
    "  articles with snippet gold (trafilatura's evaldata): with-snippets found = tp, missing = fn, without-snippets found = fp",
    ...articleTable(byLanguage(articles.filter((r) => r.gold === 'snippets'))),
    `  all articles: refused by Gloss ${refused.length}/${articles.length} (${((100 * refused.length) / Math.max(1, articles.length)).toFixed(1)} %), ` +
      `by isProbablyReaderable ${articles.filter((r) => !r.readerableSays).length}/${articles.length}`,
    ...suiteLines(articles),
    ...listingLines(byLanguage(listings)),
  ];
  if (head.verbose) {
    for (const r of refused) out.push(`  REFUSED article ${r.id} (${r.lang}) isProbablyReaderable ${r.readerableSays}`);
    for (const r of listings.filter((a) => !a.glossRefused)) out.push(`  OPENED listing ${r.id} (${r.lang}) ${r.words} words`);
    for (const r of articles.filter((a) => !a.glossRefused && pageF1(a.gloss) < pageF1(a.readability) - 0.2)) {
      out.push(`  BEHIND Readability ${r.id} (${r.lang}): Gloss F1 ${f(pageF1(r.gloss))}, Readability ${f(pageF1(r.readability))}`);
    }
  }
  return out;
}
