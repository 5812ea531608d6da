/**
 * Scores the glossary against every *.gold.json in ../shared/fixtures and ../shared/fixtures/dev,
 * through the real pipeline (extraction, then buildGlossary), with the rule of fixtures/README.md.
 *   npx tsx scripts/eval-glossary.ts [--verbose] [--no-mined]
 * --no-mined: the hand dictionary alone (without utils/glossary/data/mined/*.json), for before/after figures.
 * Prints each file's errors and P/R/F1, then the totals (TP/FP/FN summed over files), and a report
 * (not part of the score) of required entries whose `source` disagrees with the gold `how`
 * (inline ≙ article, inferred, dictionary).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../utils/extract/index.ts';
import { buildGlossary } from '../utils/glossary/index.ts';
import { scoreGlossary, prf, checkSources } from '../utils/glossary/score.ts';
import type { Gold } from '../utils/glossary/score.ts';
import { parseHtml } from './lib/parse-html.ts';
import { installMinedFromDisk } from './lib/mined.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.resolve(repoRoot, '../shared/fixtures');
const verbose = process.argv.includes('--verbose');
if (!process.argv.includes('--no-mined')) installMinedFromDisk();

async function articleText(htmlFile: string): Promise<string> {
  const html = await readFile(htmlFile, 'utf8');
  const name = path.basename(htmlFile);
  const page = parseHtml(html, 'https://example.invalid/' + name);
  try {
    const a = extractArticle(page.document, { window: page.window as unknown as Window, force: true });
    return a.title + '\n' + a.textContent;
  } finally {
    await page.close();
  }
}

async function main() {
  let tp = 0, fp = 0, fn = 0;
  let checked = 0, disagree = 0;
  for (const dir of [fixtures, path.join(fixtures, 'dev')]) {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
    for (const f of files) {
      const gold = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as Gold;
      const text = await articleText(path.join(dir, f.replace(/\.gold\.json$/, '.html')));
      const entries = buildGlossary(text, { lang: gold.lang });
      const s = scoreGlossary(gold, entries);
      tp += s.tp; fp += s.fp; fn += s.fn;
      const src = checkSources(gold, entries);
      checked += src.checked; disagree += src.disagree;
      const r = prf(s.tp, s.fp, s.fn);
      const rel = path.relative(fixtures, path.join(dir, f)).replace(/\.gold\.json$/, '');
      console.log(`${rel.padEnd(40)} TP ${s.tp} FP ${s.fp} FN ${s.fn}  P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`);
      for (const e of s.errors) console.log('    ' + e);
      for (const e of src.errors) console.log('    ' + e);
      if (verbose) for (const e of entries) console.log(`      ${e.abbr} [${e.source}] ${e.expansion ?? '—'} ×${e.count}`);
    }
  }
  const r = prf(tp, fp, fn);
  console.log(`TOTAL TP ${tp} FP ${fp} FN ${fn}  P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`);
  console.log(`SOURCES ${checked - disagree}/${checked} required entries agree with gold \`how\` (${disagree} disagree; report only, not scored)`);
}

void main();
