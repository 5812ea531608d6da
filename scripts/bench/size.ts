/**
 * Section 0 — what the reader costs a page to load: every content script of the production build
 * (`.output/chrome-mv3`, rebuilt with `npm run -s build` when older than the sources), raw and
 * gzip bytes, and the total the page must load before the reader's first paint (Gloss issue 7:
 * ≤ 45 KB gzip). Which script comes when is the background's doing (utils/reader-scripts.ts): the
 * reader script first, the controls after the article is on screen. The popup's first look injects
 * only the first-look script (information: what the popup's glossary waits for).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTROLS_SCRIPT, FIRST_LOOK_SCRIPT, READER_SCRIPT } from '../../utils/reader-scripts.ts';
import { REPO, bytes, type Row, type Section } from './lib.ts';
import { ensureExtensionBuild } from './build.ts';

const OUT = 'chrome-mv3';
/** 45 KB, as lib.ts's bytes() counts them (1 KB = 1024 B). */
export const TARGET_FIRST_PAINT_GZIP = 45 * 1024;
/** Injected before the reader can paint, in order. */
const BEFORE_FIRST_PAINT = [READER_SCRIPT];
const WHEN: Record<string, string> = {
  [READER_SCRIPT]: 'before the first paint',
  [CONTROLS_SCRIPT]: 'after the first paint',
  [FIRST_LOOK_SCRIPT]: "the popup's first look; the reader script joins it after the glossary",
};

interface Weighed { file: string; raw: number; gzip: number }

/** gzip -9, as a file's transfer size would be compressed; extensions are read from disk, so this is a size, not a time. */
function weigh(dir: string, file: string): Weighed {
  const data = readFileSync(path.join(dir, file));
  return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

const kb = (w: Weighed) => `${bytes(w.gzip)} gzip (${w.gzip} B), ${bytes(w.raw)} raw (${w.raw} B)`;

export const sizeSection: Section = {
  id: 'size',
  title: '0. Content scripts: what a page loads for the reader (production build)',
  async run(ctx) {
    const rows: Row[] = [];
    const details: string[] = [];
    ensureExtensionBuild(ctx, details, { outDir: OUT, script: 'build', section: 'size' });
    const dir = path.join(REPO, '.output', OUT);
    const scriptsDir = path.join(dir, 'content-scripts');
    const files = existsSync(scriptsDir)
      ? readdirSync(scriptsDir).filter((f) => statSync(path.join(scriptsDir, f)).isFile()).map((f) => `content-scripts/${f}`).sort()
      : [];
    const missing = BEFORE_FIRST_PAINT.filter((f) => !files.includes(f));
    if (missing.length) throw new Error(`no ${missing.join(', ')} in .output/${OUT}: the reader's script was renamed? (utils/reader-scripts.ts)`);

    const weighed = files.map((f) => weigh(dir, f));
    for (const w of weighed) rows.push({ label: `  ${w.file} (${WHEN[w.file] ?? 'not injected by the reader'})`, value: kb(w) });
    const first = weighed.filter((w) => BEFORE_FIRST_PAINT.includes(w.file));
    const total = { file: 'total', raw: first.reduce((a, w) => a + w.raw, 0), gzip: first.reduce((a, w) => a + w.gzip, 0) };
    const all = { file: 'all', raw: weighed.reduce((a, w) => a + w.raw, 0), gzip: weighed.reduce((a, w) => a + w.gzip, 0) };
    rows.push({
      label: 'injected before the reader\'s first paint',
      value: kb(total),
      baseline: `every content script ${bytes(all.gzip)} gzip`,
      ratio: total.gzip / all.gzip,
      target: `≤ ${bytes(TARGET_FIRST_PAINT_GZIP)} gzip`,
      ok: total.gzip <= TARGET_FIRST_PAINT_GZIP,
      note: total.gzip <= TARGET_FIRST_PAINT_GZIP ? undefined
        : 'missed: extraction (Readability + DOMPurify + utils/extract) is most of it; see docs/benchmarks.md (size) for what else is in the first script',
    });
    const firstLook = weighed.find((w) => w.file === FIRST_LOOK_SCRIPT);
    if (firstLook) {
      rows.push({ label: "injected before the popup's glossary (first look)", value: kb(firstLook), baseline: `the reader script ${bytes(first[0]?.gzip ?? 0)} gzip`, ratio: firstLook.gzip / (first[0]?.gzip || 1) });
    }
    const background = path.join(dir, 'background.js');
    if (existsSync(background)) {
      const w = weigh(dir, 'background.js');
      details.push(`background.js (not injected into pages; holds the glossary engine and dictionaries): ${kb(w)}`);
    }
    details.push('gzip level 9 (node:zlib); 1 KB = 1024 B');
    return { rows, details };
  },
};
