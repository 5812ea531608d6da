/**
 * The popup bench (popup-first-look.ts) for two e2e builds at once, for a machine too busy for two runs
 * to compare: one browser per build, the same pages, each page measured on one build then the other
 * (the order alternating), each build beside its own blank popup.
 *   npx tsx scripts/bench/popup-ab.ts <e2e build A> <e2e build B> [pages, 24]
 * e.g. a build of main in another folder (`npm run build:e2e` there) against .output/chrome-mv3-e2e.
 * Needs GLOSS_EVAL_DATA for the Vietnamese pages, as the bench does.
 */
import { launchGloss, tabIdOf } from '../../tests/e2e/support/browser.ts';
import { startServer } from '../../tests/e2e/support/server.ts';
import { FIRST_LOOK_PAGES, routeFirstLookPages } from './popup-pages.ts';
import { measurePage, rowsOf, stepsLine, type Kind, type Look } from './popup-first-look.ts';
import { median, ms } from './lib.ts';

const [dirA, dirB, count = '24'] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: popup-ab.ts <e2e build A> <e2e build B> [pages]');
const pages = FIRST_LOOK_PAGES(Number(count));
const server = await startServer();
const sides = await Promise.all([dirA, dirB].map(async (dir) => {
  const gloss = await launchGloss(dir);
  await routeFirstLookPages(gloss, pages);
  const blankTab = await gloss.context.newPage();
  await blankTab.goto(`${server.origin}/?blank=1`);
  const blank = { tab: blankTab, tabId: await tabIdOf(gloss, blankTab) };
  await blankTab.goto('about:blank');
  return { dir, gloss, blank, samples: [] as Record<Kind, Look>[] };
}));
try {
  for (const [i, page] of pages.entries()) {
    console.log(`  popup A/B: ${page.name}`);
    for (const side of i % 2 ? [sides[1], sides[0]] : sides) side.samples.push(await measurePage(side.gloss, server, page, side.blank, 2 * i + 1));
  }
} finally {
  for (const side of sides) await side.gloss.close();
  await server.close();
}
for (const [n, side] of sides.entries()) {
  console.log(`${n ? 'B' : 'A'}: ${side.dir}, ${side.samples.length} pages`);
  for (const row of rowsOf(side.samples)) console.log(`  ${row.label}: ${row.value}  vs ${row.baseline}${row.target ? `  (target ${row.target})` : ''}`);
  for (const kind of ['firstCold', 'firstWarm', 'again'] as const) console.log(`    · ${stepsLine(kind, side.samples)}`);
}
// Each page was measured on both builds minutes apart at most: the median of its own B − A is the
// steadiest figure of the change on a busy machine (the blank popups move as much as the change).
const [a, b] = sides.map((side) => side.samples);
for (const kind of ['firstCold', 'firstWarm', 'again'] as const) {
  const paired = median(a.map((sample, i) => b[i][kind].at - sample[kind].at));
  console.log(`B − A, ${kind}: ${ms(paired)} (median over pages of the page's own difference)`);
}
