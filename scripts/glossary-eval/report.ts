/** Printing of evaluation tallies: overall and per-class P/R/F1, engine beside the baseline. */
import { CLASSES } from '../../utils/glossary-eval/index.ts';
import type { Counts, Tally } from '../../utils/glossary-eval/index.ts';
import { prf } from '../../utils/glossary/score.ts';

function cells(c: Counts): string {
  const r = prf(c.tp, c.fp, c.fn);
  return `${String(c.tp).padStart(5)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${r.precision.toFixed(3)} ${r.recall.toFixed(3)} ${r.f1.toFixed(3)}`;
}

/** A table: one row overall, one per class; gold n = TP + FN of the engine (the same forms for both). */
export function printTally(title: string, engine: Tally, baseline: Tally): void {
  console.log(`\n== ${title}: ${engine.files} files`);
  console.log(`${'class'.padEnd(11)} ${'gold'.padStart(5)} | engine   TP   FP   FN  P     R     F1    | baseline TP   FP   FN  P     R     F1`);
  const row = (name: string, e: Counts, b: Counts) =>
    console.log(`${name.padEnd(11)} ${String(e.tp + e.fn).padStart(5)} |    ${cells(e)} |    ${cells(b)}`);
  row('ALL', engine.total, baseline.total);
  for (const c of CLASSES) row(c, engine.byClass[c], baseline.byClass[c]);
}
