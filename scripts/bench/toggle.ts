/**
 * Section 4 — toggle → reader painted, in real Chromium with the e2e build (Gloss issue 7).
 * Like a person: the article is open in a tab, the popup opens (`popup.html?tab=<id>`) and
 * analyses the page for the glossary, and once its glossary is final the reader switch is clicked.
 * Measured inside the pages (toggle-probes.ts): the popup's click → the frame that shows the
 * article done in the page. Also "cold": the keyboard-command handler right after a page load,
 * with no popup analysis before it. Baseline: bare Readability on the same page, timed in it.
 */
import type { Page } from 'playwright-core';
import { launchGloss, type GlossBrowser } from '../../tests/e2e/support/browser.ts';
import { openServedPage } from '../../tests/e2e/support/pages.ts';
import { startServer, type TestServer } from '../../tests/e2e/support/server.ts';
import { bundleScript } from './bundle.ts';
import { ensureExtensionBuild } from './build.ts';
import { median, type Row, type Section } from './lib.ts';
import {
  CLOCK_SKEW, POPUP_CLICK_PROBE, READABILITY_ENTRY, armPaintWatcher, bareReadabilityLoop, commandToggle, paintMarks,
} from './toggle-probes.ts';
import { toggleReport, type PageResult, type Sample } from './toggle-report.ts';
import { TOGGLE_PAGES, asTogglePage, realNewsPages, routeTogglePages, type TogglePage } from './toggle-pages.ts';

const TARGET_MS = 60;
const PAINT_TIMEOUT_MS = 20_000;


async function readerGone(page: Page) {
  await page.waitForFunction(() => !document.querySelector('gloss-reader'), undefined, { timeout: PAINT_TIMEOUT_MS });
}

/** Popup opened first: wait for its glossary to be final, click the switch, wait for the paint, switch off. */
async function viaPopup(gloss: GlossBrowser, page: Page, tabId: number, kind: Sample['kind']): Promise<Sample> {
  const popup = await gloss.context.newPage();
  try {
    await popup.addInitScript(POPUP_CLICK_PROBE);
    await popup.goto(`chrome-extension://${gloss.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid=glossary][aria-busy=false]').waitFor({ timeout: PAINT_TIMEOUT_MS });
    const toggle = popup.locator('[data-testid=reader-toggle][aria-pressed=false]');
    await toggle.waitFor({ timeout: PAINT_TIMEOUT_MS });
    await armPaintWatcher(page);
    // Asked before the click: the runner's evaluate is a task in the page (~3 ms, traced), which
    // would otherwise run between the click and the paint and be counted as the reader's.
    const painted = paintMarks(page, PAINT_TIMEOUT_MS);
    await toggle.click();
    const marks = await painted;
    const clickAt = (await popup.evaluate('window.__glossClickAt')) as number | undefined;
    if (!marks || clickAt === undefined) throw new Error(`the reader did not paint within ${PAINT_TIMEOUT_MS} ms after the popup's click`);
    await popup.locator('[data-testid=reader-toggle][aria-pressed=true]').click();
    await readerGone(page);
    return { kind, clickAt, marks };
  } finally {
    await popup.close();
  }
}

/** Cold: the keyboard-command path right after a load — content script injected, page extracted and glossed on the spot. */
async function viaCommand(gloss: GlossBrowser, page: Page, tabId: number): Promise<Sample> {
  await armPaintWatcher(page);
  const clickAt = await commandToggle(gloss.worker, tabId);
  const marks = await paintMarks(page, PAINT_TIMEOUT_MS);
  if (!marks) throw new Error(`the reader did not paint within ${PAINT_TIMEOUT_MS} ms after the command`);
  await commandToggle(gloss.worker, tabId);
  await readerGone(page);
  return { kind: 'cold', clickAt, marks };
}

/**
 * Each round opens the page in a NEW tab — a fresh renderer process, as when a reader opens a
 * story: nothing of an earlier toggle is warm there (a reload would keep the process, its JIT
 * and its font and Intl caches). Round: new tab → keyboard command (cold) → close; new tab →
 * bare Readability (baseline) → close; new tab → popup → click (first toggle) → popup again →
 * click (again: content script warm) → close. The baseline is measured in every round, so that
 * it meets the same machine load as the toggles around it.
 */
export async function measurePage(
  gloss: GlossBrowser, server: TestServer, target: TogglePage, rounds: number, readability: string, { cold: withCold = true } = {},
): Promise<PageResult> {
  const open = () => openServedPage(gloss, server, target.path, { timeout: 30_000 });
  const samples: Sample[] = [];
  const bare: number[] = [];
  let bareLength = 0;
  let skew: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (withCold) {
      const cold = await open();
      try {
        samples.push(await viaCommand(gloss, cold.page, cold.tabId));
      } finally {
        await cold.page.close();
      }
    }
    // In a tab of its own, on the untouched page (main world; Readability bundled by esbuild),
    // so the toggles still start in a process that has run nothing of ours.
    const base = await open();
    try {
      await base.page.evaluate(readability);
      const r = (await base.page.evaluate(bareReadabilityLoop(3))) as { median: number; length: number };
      bare.push(r.median);
      bareLength = r.length;
      skew = [(await base.page.evaluate(CLOCK_SKEW)) as number, (await gloss.worker.evaluate(CLOCK_SKEW)) as number];
    } finally {
      await base.page.close();
    }
    const { page, tabId } = await open();
    try {
      samples.push(await viaPopup(gloss, page, tabId, 'popup'));
      samples.push(await viaPopup(gloss, page, tabId, 'popup-again'));
    } finally {
      await page.close();
    }
  }
  return { page: target, samples, bare: median(bare), bareLength, skew };
}

export const toggleSection: Section = {
  id: 'toggle',
  title: '4. Toggle → reader painted in Chromium (e2e build, from the popup\'s click to the painted frame)',
  async run(ctx) {
    const rounds = Number(ctx.opt('toggle-rounds') ?? (ctx.quick ? 1 : 3));
    // The popup bench's real news pages (24 by default: 12 Vietnamese, 12 English), after the fixed ones.
    const real = realNewsPages(Number(ctx.opt('toggle-real-pages') ?? (ctx.quick ? 4 : 24)));
    const targets = [...TOGGLE_PAGES, ...real.map(asTogglePage)];
    const rows: Row[] = [];
    const details: string[] = [];
    ensureExtensionBuild(ctx, details, { outDir: 'chrome-mv3-e2e', script: 'build:e2e', section: 'toggle' });
    const readability = await bundleScript(READABILITY_ENTRY);
    if (!readability) return { rows, details: [...details, 'skipped: esbuild is not installed (it comes with the build tools)'] };
    const server = await startServer();
    const gloss = await launchGloss();
    const results: PageResult[] = [];
    try {
      await routeTogglePages(gloss, real);
      for (const target of targets) {
        ctx.log(`  toggle: ${target.name}`);
        results.push(await measurePage(gloss, server, target, rounds, readability));
      }
      if (gloss.blocked.length) details.push(`requests to other hosts refused: ${gloss.blocked.length} (the pages' own ads, fonts and scripts)`);
    } finally {
      await gloss.close();
      await server.close();
    }

    const report = toggleReport(results, TARGET_MS);
    rows.push(...report.rows);
    details.push(...report.details,
      `${rounds} rounds per page, each in fresh tabs (new renderer processes, as when a story is opened): keyboard command right after load (cold); `
      + 'popup → click (first toggle); popup again → click (again); the reader is switched off between toggles');
    return { rows, details };
  },
};
