/**
 * The toggle bench (toggle.ts) for two e2e builds at once, for a machine too busy for two runs to
 * compare: one browser per build, the same pages, each page measured on one build then the other
 * (the order alternating), each build beside bare Readability in its own tabs. No keyboard-command
 * ("cold") toggles: the popup path is what issue 14.2 measures.
 *   npx tsx scripts/bench/toggle-ab.ts <e2e build A> <e2e build B> [real pages, 24] [rounds, 2]
 * Needs GLOSS_EVAL_DATA for the Vietnamese pages, as the bench does.
 */
import { launchGloss } from '../../tests/e2e/support/browser.ts';
import { startServer } from '../../tests/e2e/support/server.ts';
import { bundleScript } from './bundle.ts';
import { median, ratioText } from './lib.ts';
import { READABILITY_ENTRY } from './toggle-probes.ts';
import { toggleReport, type PageResult, type Sample } from './toggle-report.ts';
import { asTogglePage, realNewsPages, routeTogglePages } from './toggle-pages.ts';
import { measurePage } from './toggle.ts';

const [dirA, dirB, count = '24', rounds = '2'] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: toggle-ab.ts <e2e build A> <e2e build B> [real pages] [rounds]');
const readability = await bundleScript(READABILITY_ENTRY);
if (!readability) throw new Error('esbuild is needed to bundle Readability');
const real = realNewsPages(Number(count));
const server = await startServer();
const sides = await Promise.all([dirA, dirB].map(async (dir) => {
  const gloss = await launchGloss(dir);
  await routeTogglePages(gloss, real);
  return { dir, gloss, results: [] as PageResult[] };
}));
try {
  for (const [i, page] of real.entries()) {
    console.error(`  toggle A/B: ${page.name}`);
    for (const side of i % 2 ? [sides[1], sides[0]] : sides) {
      side.results.push(await measurePage(side.gloss, server, asTogglePage(page), Number(rounds), readability, { cold: false }));
    }
  }
} finally {
  for (const side of sides) await side.gloss.close();
  await server.close();
}
const total = (s: Sample) => s.marks.paintAt - s.clickAt;
const pageMedian = (r: PageResult, kind?: Sample['kind']) => median(r.samples.filter((s) => !kind || s.kind === kind).map(total));
for (const [n, side] of sides.entries()) {
  console.log(`${n ? 'B' : 'A'}: ${side.dir}, ${side.results.length} pages × ${rounds} rounds`);
  for (const row of toggleReport(side.results, 60).rows.slice(0, 4)) {
    console.log(`  ${row.label}: ${row.value}  vs ${row.baseline}${row.target ? `  (target ${row.target})` : ''}`);
  }
}
// Paired, page by page: B's median toggle over A's on the same page.
const [a, b] = sides.map((side) => side.results);
for (const kind of [undefined, 'popup', 'popup-again'] as const) {
  const ratios = a.map((r, i) => pageMedian(b[i], kind) / pageMedian(r, kind));
  console.log(`B / A per page (${kind ?? 'all toggles'}): median ${ratioText(median(ratios))}; `
    + `A median ${median(a.map((r) => pageMedian(r, kind))).toFixed(1)} ms, B ${median(b.map((r) => pageMedian(r, kind))).toFixed(1)} ms`);
}
