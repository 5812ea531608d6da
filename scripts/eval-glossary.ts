/**
 * Scores the glossary, with the rule of ../shared/fixtures/README.md, on three sets:
 *   fixtures — every *.gold.json of ../shared/fixtures and ../shared/fixtures/dev (regression tests; each
 *              file's errors and P/R/F1, then the totals, and the report of `source` against gold `how`);
 *   silver   — corpus articles with their strict inline definitions removed (only the removed forms are
 *              scored): scripts/glossary-eval/silver.ts, data/eval/glossary-silver/manifest.tsv;
 *   real     — real Vietnamese news pages with hand-checked gold: data/eval/glossary-real/.
 * Each set is printed overall and per class (dictionary, composed, inline, inferred, sense: see
 * utils/glossary-eval/classes.ts) beside the plain baseline (utils/glossary-eval/baseline.ts).
 *   npm run -s eval:glossary -- [--fold dev|test|all] [--only fixtures,silver,real] [--verbose]
 * Default: fixtures, the silver TEST fold, the real pages' dev and test folds (each apart).
 * --no-mined: the hand dictionary alone (without utils/glossary/data/mined/*.json), for before/after figures.
 * --fold dev is for tuning: silver dev and real dev only. Staged data: $GLOSS_EVAL_DATA or .corpus/.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../utils/extract/index.ts';
import { buildGlossary } from '../utils/glossary/index.ts';
import { prf, checkSources } from '../utils/glossary/score.ts';
import { Tally, scoreByClass, requiredOnly, baselineGlossary, foldOf } from '../utils/glossary-eval/index.ts';
import type { ClassGold, Fold } from '../utils/glossary-eval/index.ts';
import { parseHtml } from './lib/parse-html.ts';
import { installMinedFromDisk } from './lib/mined.ts';
import { printTally } from './glossary-eval/report.ts';
import { senseCount, firstSenseFor } from './glossary-eval/dictionary-view.ts';
import { REPO_ROOT, SILVER_DIR, REAL_DIR, REAL_GOLD, REAL_MANIFEST } from './glossary-eval/paths.ts';
import { readRealManifest } from './glossary-eval/real-manifest.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const arg = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const foldArg = arg('--fold');
const only = new Set((arg('--only') ?? 'fixtures,silver,real').split(','));
const fixtures = path.resolve(REPO_ROOT, '../shared/fixtures');
if (!args.includes('--no-mined')) installMinedFromDisk();

async function articleText(html: string, name: string): Promise<string> {
  const page = parseHtml(html, 'https://example.invalid/' + name);
  try {
    const a = extractArticle(page.document, { window: page.window as unknown as Window, force: true });
    return a.title + '\n' + a.textContent;
  } finally {
    await page.close();
  }
}

interface Item { name: string; gold: ClassGold & { scope?: string }; text: string }

/** Scores items with the engine and the baseline; prints per-file lines when asked. */
function scoreItems(title: string, items: Item[], perFile: boolean): void {
  const engine = new Tally(), baseline = new Tally();
  let checked = 0, disagree = 0;
  for (const { name, gold, text } of items) {
    const scoped = <E extends { abbr: string; expansion: string | null }>(es: E[]) => (gold.scope === 'required-only' ? requiredOnly(gold, es) : es);
    const entries = buildGlossary(text, { lang: gold.lang });
    const s = scoreByClass(gold, scoped(entries), senseCount);
    engine.add(s);
    baseline.add(scoreByClass(gold, scoped(baselineGlossary(text, firstSenseFor(gold.lang))), senseCount));
    const src = checkSources(gold, entries);
    checked += src.checked; disagree += src.disagree;
    if (perFile || (verbose && s.errors.length > 0)) {
      const r = prf(s.tp, s.fp, s.fn);
      console.log(`${name.padEnd(44)} TP ${s.tp} FP ${s.fp} FN ${s.fn}  P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`);
      for (const e of s.errors) console.log('    ' + e);
      if (perFile) for (const e of src.errors) console.log('    ' + e);
      if (verbose) for (const e of entries) console.log(`      ${e.abbr} [${e.source}] ${e.expansion ?? '—'} ×${e.count}`);
    }
  }
  printTally(title, engine, baseline);
  console.log(`SOURCES ${checked - disagree}/${checked} required entries agree with gold \`how\` (report only, not scored)`);
}

async function fixtureItems(): Promise<Item[] | string> {
  if (!existsSync(fixtures)) return `fixtures: ${fixtures} not found (a clone without ../shared)`;
  const items: Item[] = [];
  for (const dir of [fixtures, path.join(fixtures, 'dev')]) {
    for (const f of (await readdir(dir)).filter((x) => x.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as ClassGold;
      const htmlName = f.replace(/\.gold\.json$/, '.html');
      const text = await articleText(await readFile(path.join(dir, htmlName), 'utf8'), htmlName);
      items.push({ name: path.relative(fixtures, path.join(dir, f)).replace(/\.gold\.json$/, ''), gold, text });
    }
  }
  return items;
}

async function silverItems(fold: Fold): Promise<Item[] | string> {
  const dir = path.join(SILVER_DIR, fold);
  if (!existsSync(dir)) return `silver: no staged items in ${dir} — run \`npm run -s eval:stage-silver\` (needs the mirror: the search tool's \`fetch github:magizbox/scraper\`)`;
  const items: Item[] = [];
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as Item['gold'];
    items.push({ name: f.replace(/\.gold\.json$/, ''), gold, text: await readFile(path.join(dir, f.replace(/\.gold\.json$/, '.txt')), 'utf8') });
  }
  return items;
}

async function realItems(fold: Fold): Promise<Item[] | string> {
  if (!existsSync(REAL_MANIFEST)) return `real: no manifest at ${REAL_MANIFEST}`;
  const rows = (await readRealManifest(REAL_MANIFEST)).filter((r) => foldOf(r.group) === fold);
  const items: Item[] = [];
  for (const r of rows) {
    const html = path.join(REAL_DIR, r.file);
    if (!existsSync(html)) return `real: ${html} not staged — run \`npm run -s eval:stage-real\` (it names any mirror to \`fetch\`)`;
    const gold = JSON.parse(await readFile(path.join(REAL_GOLD, r.file.replace(/\.html$/, '.gold.json')), 'utf8')) as ClassGold;
    items.push({ name: r.file.replace(/\.html$/, ''), gold, text: await articleText(await readFile(html, 'utf8'), r.file) });
  }
  return items;
}

async function section(title: string, load: () => Promise<Item[] | string>, perFile: boolean): Promise<void> {
  const items = await load();
  if (typeof items === 'string') { console.log(`\n== ${title}: ${items}`); return; }
  scoreItems(title, items, perFile);
}

async function main(): Promise<void> {
  if (foldArg && !['dev', 'test', 'all'].includes(foldArg)) { console.error('--fold dev|test|all'); process.exit(2); }
  const folds: Fold[] = foldArg === 'dev' ? ['dev'] : foldArg === 'all' ? ['dev', 'test'] : ['test'];
  const realFolds: Fold[] = foldArg === 'dev' ? ['dev'] : foldArg === 'test' ? ['test'] : ['dev', 'test'];
  if (only.has('fixtures')) await section('fixtures (../shared/fixtures, regression)', fixtureItems, true);
  for (const f of folds) if (only.has('silver')) await section(`silver ${f} fold (removed definitions only)`, () => silverItems(f), false);
  for (const f of realFolds) if (only.has('real')) await section(`real pages ${f} fold`, () => realItems(f), true);
}

void main();
