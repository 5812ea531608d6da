/**
 * `npm run bench [-- --only size,extract,extract-browser,glossary,library,library-page,toggle,popup] [--quick] [--json FILE]`
 * Tuning: --pages N (benchmark pages in Node, default 8), --browser-pages N (in Chromium, 181), --iterations N (Node extraction, 3),
 * --browser-iterations N (3), --glossary-iterations N (3), --glossary-budget MS (3000),
 * --articles N (library size, 5000), --toggle-rounds N (3), --popup-pages N (24), --no-build (measure the existing builds as they are).
 * --quick: fewer pages/iterations, 1,000 articles, no Chromium extraction (unless --browser).
 * Runs every benchmark section and prints one report: each figure with the baseline measured
 * in the same run, the ratio, the target and ✓/✗. Exit code 0 when targets are missed
 * (benchmarks report, they do not fail); non-zero only when the harness itself breaks.
 * What each figure means: docs/benchmarks.md.
 */
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { extractionSection } from './extract.ts';
import { browserExtractionSection } from './extract-browser.ts';
import { glossarySection } from './glossary.ts';
import { librarySection } from './library.ts';
import { libraryPageSection } from './library-page.ts';
import { sizeSection } from './size.ts';
import { toggleSection } from './toggle.ts';
import { popupFirstLookSection } from './popup-first-look.ts';
import { ms, now, ratioText, type BenchContext, type Row, type Section, type SectionResult } from './lib.ts';

const SECTIONS: Section[] = [sizeSection, extractionSection, browserExtractionSection, glossarySection, librarySection, libraryPageSection, toggleSection, popupFirstLookSection];

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes('--help') || args.includes('-h')) {
  console.log('npm run bench -- [--only ' + SECTIONS.map((s) => s.id).join(',') + '] [--quick [--browser]] [--pages N] [--iterations N] '
    + '[--browser-pages N] [--browser-iterations N] [--glossary-iterations N] [--glossary-budget MS] [--articles N] [--toggle-rounds N] [--popup-pages N] [--no-build] [--json FILE]');
  process.exit(0);
}
const only = opt('only')?.split(',').map((s) => s.trim());
const unknown = only?.filter((id) => !SECTIONS.some((s) => s.id === id)) ?? [];
if (unknown.length) {
  console.error(`unknown section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

const ctx: BenchContext = {
  quick: args.includes('--quick'),
  args,
  opt,
  log: (line) => console.error(line), // progress on stderr, the report on stdout
  shared: new Map(),
};

function mark(ok: boolean | undefined) {
  return ok === undefined ? ' ' : ok ? '✓' : '✗';
}

function printSection(r: SectionResult) {
  console.log(`\n${r.title}   [${(r.ms / 1000).toFixed(1)} s]`);
  for (const row of r.rows) printRow(row);
  for (const d of r.details) console.log(`    · ${d}`);
}

function printRow(row: Row) {
  const parts = [`  ${mark(row.ok)} ${row.label}: ${row.value}`];
  if (row.baseline) parts.push(`vs ${row.baseline}`);
  if (row.ratio !== undefined && Number.isFinite(row.ratio)) parts.push(`= ${ratioText(row.ratio)}`);
  if (row.target) parts.push(`(target ${row.target})`);
  console.log(parts.join('  '));
  if (row.note) console.log(`      → ${row.note}`);
}

async function main() {
  const started = now();
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`Gloss benchmarks — ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} CPUs, load average ${load}`);
  console.log('Figures are ratios against a baseline measured in the same run; absolute times depend on the machine and its load.');
  const results: SectionResult[] = [];
  let broken = 0;
  for (const section of SECTIONS) {
    if (only && !only.includes(section.id)) continue;
    if (!only && ctx.quick && section.id === 'extract-browser' && !args.includes('--browser')) continue;
    ctx.log(`▶ ${section.title}`);
    const t = now();
    try {
      const r = await section.run(ctx);
      const result = { title: section.title, ms: now() - t, ...r };
      results.push(result);
      printSection(result);
    } catch (error) {
      broken++;
      const result: SectionResult = { title: section.title, ms: now() - t, rows: [], details: [`HARNESS ERROR: ${(error as Error)?.stack ?? error}`] };
      results.push(result);
      printSection(result);
    }
  }
  const rows = results.flatMap((r) => r.rows.map((row) => ({ ...row, section: r.title.split(' ')[0] })));
  const missed = rows.filter((r) => r.ok === false);
  console.log(`\nSummary: ${rows.filter((r) => r.ok).length} targets met, ${missed.length} missed${broken ? `, ${broken} section(s) BROKEN` : ''}; total ${(ms((now() - started) / 1000, 1)).replace(' ms', ' s')}`);
  for (const r of missed) console.log(`  ✗ ${r.section} ${r.label.trim()}: ${r.value}${r.ratio !== undefined ? ` (${ratioText(r.ratio)})` : ''}, target ${r.target}`);
  const json = opt('json');
  if (json) writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), load, results }, null, 2));
  process.exitCode = broken ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
