/** Text tables for the multilingual evaluation. Pure: rows in, lines out. */
import type { Scores } from '../../utils/extract/score.ts';
import type { LanguageRow } from './multi-score.ts';

const f = (x: number) => x.toFixed(3);
const pct = (n: number, of: number) => `${String(n).padStart(3)} ${(of ? (100 * n) / of : 0).toFixed(1).padStart(5)}%`;
const fpr = (s: Scores) => `${f(s.f1)} ${f(s.precision)} ${f(s.recall)}`;

export function articleTable(rows: LanguageRow[]): string[] {
  const width = Math.max(5, ...rows.map((r) => r.lang.length));
  const lines = [
    `  ${'lang'.padEnd(width)} pages | refused: Gloss   iPR       | opened by Gloss: Gloss F1 P R    Readability F1 P R | all pages, refusal = empty: Gloss F1  Readability F1  (iPR-gated)`,
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

export function listingLine(rows: LanguageRow[]): string[] {
  return rows.map((r) => `  ${r.lang.padEnd(8)} ${String(r.pages).padStart(4)} listing pages: refused by Gloss ${pct(r.glossRefused, r.pages)}, by isProbablyReaderable ${pct(r.readerableRefused, r.pages)}`);
}
