/**
 * Shared pieces of `npm run bench`: timing helpers and the result rows every section returns.
 * A row is a figure, what it is compared with (a baseline measured in the same run), and
 * optionally a target. Benchmarks report; they never fail on a missed target.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const SHARED = path.resolve(REPO, '../shared');

export interface Row {
  /** what is measured, e.g. "extraction, all pages" */
  label: string;
  /** the figure, already formatted with its unit */
  value: string;
  /** the baseline it is compared with, formatted, with what it is */
  baseline?: string;
  /** value / baseline */
  ratio?: number;
  /** human readable target, e.g. "≤ 1.3×" */
  target?: string;
  /** true = met, false = missed, undefined = no target */
  ok?: boolean;
  /** one-line explanation (shown under the row), e.g. the likely cause of a miss */
  note?: string;
}

export interface SectionResult {
  title: string;
  rows: Row[];
  /** free lines printed after the rows (details, caveats) */
  details: string[];
  /** wall-clock time of the section */
  ms: number;
}

export interface Section {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<Omit<SectionResult, 'ms' | 'title'>>;
}

export interface BenchContext {
  quick: boolean;
  args: string[];
  opt(name: string): string | undefined;
  log(line: string): void;
  /** shared between sections: article texts from the extraction section (the glossary section reuses them) */
  shared: Map<string, unknown>;
}

export const now = () => performance.now();

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function ms(x: number, digits?: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const d = digits ?? (x >= 100 ? 0 : x >= 10 ? 1 : x >= 1 ? 2 : 3);
  return `${x.toFixed(d)} ms`;
}

export function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${Math.round(n)} B`;
}

export const ratioText = (r: number | undefined) => (r === undefined || !Number.isFinite(r) ? '' : `${r.toFixed(2)}×`);

/**
 * The extraction sections' closing rows: the median of per-page ratios (small pages weigh as much
 * as big ones), with the explanation of a miss attached to the first row that missed.
 */
export function perPageRatioRows(rows: Row[], timings: { ours: number; bare: number }[], target: number, missNote: string): number[] {
  const perPage = timings.map((x) => x.ours / x.bare);
  rows.push({
    label: '  per page: median of the ratios (small pages weigh as much as big ones)',
    value: ratioText(median(perPage)),
    baseline: 'bare = 1×',
    target: `≤ ${target}×`,
    ok: median(perPage) <= target,
  });
  const firstMiss = rows.find((r) => r.ok === false);
  if (firstMiss) firstMiss.note = missNote;
  return perPage;
}
