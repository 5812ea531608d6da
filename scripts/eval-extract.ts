/**
 * Extraction quality report: `npx tsx scripts/eval-extract.ts [--only bench,mozilla,fixtures,vinews,multi]
 * [--limit N] [--filter SUBSTR] [--verbose] [--fold dev|test|all] [--corpus DIR] [--extract-from WORKTREE] [--save RESULTS.json]`.
 *  (a) article-extraction-benchmark: bare Readability textContent (baseline) vs our pipeline;
 *  (b) Mozilla's Readability test pages: shingle recall vs expected.html, titles, readerable judgement;
 *  (c) fixture text checks; (d) vi-news article/listing judgement;
 *  (e) the multilingual corpus of public test suites (scripts/corpus, staged by `npm run corpus:stage`),
 *      one fold (default test: tune on dev), per language, Gloss beside plain Readability (scripts/eval/multi.ts).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle, extractDetailed } from '../utils/extract/index.ts';
import { aggregate, shingleOverlap, shingleRecall, normalizeForCheck, type Overlap, type Scores } from '../utils/extract/score.ts';
import { parseHtml } from './lib/parse-html.ts';
import { multi } from './eval/multi.ts';
import { DEFAULT_CORPUS } from './corpus/paths.ts';

const SHARED = path.resolve(import.meta.dirname, '../../shared');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const only = opt('only')?.split(',');
const limit = Number(opt('limit') ?? Infinity);
const filter = opt('filter');
const verbose = args.includes('--verbose');
const wants = (section: string) => !only || only.includes(section);
const pick = <T extends string>(names: T[]) => names.filter((n) => !filter || n.includes(filter)).slice(0, limit);
const fmt = (s: Scores) => `F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}  (${s.pages} pages)`;

function bare(doc: Document) {
  return new Readability(doc.cloneNode(true) as Document).parse();
}

async function benchmark() {
  const dir = path.join(SHARED, 'corpus/article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const base: Overlap[] = [], ours: Overlap[] = [];
  let tBase = 0, tOurs = 0, notArticle = 0;
  const rows: string[] = [];
  for (const key of pick(Object.keys(truth).sort())) {
    const html = gunzipSync(readFileSync(path.join(dir, 'html', `${key}.html.gz`))).toString('utf8');
    const page = parseHtml(html, truth[key].url);
    try {
      let t = performance.now();
      const b = bare(page.document);
      tBase += performance.now() - t;
      t = performance.now();
      const detail = extractDetailed(page.document, { window: page.window as unknown as Window });
      const o = detail.article;
      tOurs += performance.now() - t;
      if (!o.readerable) notArticle++;
      const bo = shingleOverlap(truth[key].articleBody, b?.textContent ?? '');
      const oo = shingleOverlap(truth[key].articleBody, o.textContent);
      base.push(bo); ours.push(oo);
      const p = (x: Overlap) => (x.tp + x.fp ? x.tp / (x.tp + x.fp) : 1).toFixed(2);
      const r = (x: Overlap) => (x.tp + x.fn ? x.tp / (x.tp + x.fn) : 1).toFixed(2);
      rows.push(`${key.slice(0, 10)} base P ${p(bo)} R ${r(bo)}  ours P ${p(oo)} R ${r(oo)}${o.readerable ? '' : ' NOT-ARTICLE'} ${detail.source} ${truth[key].url}`);
    } finally { await page.close(); }
  }
  if (verbose) console.log(rows.join('\n'));
  console.log('\n(a) article-extraction-benchmark');
  console.log(`  baseline Readability textContent: ${fmt(aggregate(base))}`);
  console.log(`  Gloss pipeline textContent:       ${fmt(aggregate(ours))}  judged not-article: ${notArticle}`);
  console.log(`  time: Readability ${tBase.toFixed(0)} ms, Gloss ${tOurs.toFixed(0)} ms (×${(tOurs / tBase).toFixed(2)})`);
}

async function mozilla() {
  const dir = path.join(SHARED, 'corpus/readability-test-pages');
  let recallSum = 0, recallN = 0, parsedSum = 0, parsedN = 0, titleOurs = 0, titleBase = 0, judgeOurs = 0, judgeBase = 0, n = 0;
  const notes: string[] = [];
  for (const name of pick(readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'source.html'))).sort())) {
    const meta = JSON.parse(readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8'));
    const page = parseHtml(readFileSync(path.join(dir, name, 'source.html'), 'utf8'), 'http://fakehost/test/page.html');
    const expected = parseHtml(readFileSync(path.join(dir, name, 'expected.html'), 'utf8'), 'http://fakehost/test/page.html');
    try {
      n++;
      const detail = extractDetailed(page.document, { window: page.window as unknown as Window });
      const judged = detail.article;
      const forced = judged.readerable ? judged : extractArticle(page.document, { window: page.window as unknown as Window, force: true });
      const b = bare(page.document);
      const probably = isProbablyReaderable(page.document);
      if (judged.readerable === meta.readerable) judgeOurs++; else notes.push(`judge ${name}: expected ${meta.readerable}, ours ${judged.readerable} ${JSON.stringify(detail.signals)}`);
      if (probably === meta.readerable) judgeBase++;
      const norm = (s: string | null | undefined) => normalizeForCheck(s ?? '');
      if (norm(forced.title) === norm(meta.title)) titleOurs++; else notes.push(`title ${name}: "${meta.title}" ours "${forced.title}"`);
      if (norm(b?.title) === norm(meta.title)) titleBase++;
      if (meta.readerable) {
        const r = shingleRecall(expected.document.body?.textContent ?? '', forced.textContent);
        recallSum += r; recallN++;
        // happy-dom loses a few pages entirely (cnet: empty body); report the figure without them too.
        if ((page.document.body?.textContent?.trim().length ?? 0) >= 100) { parsedSum += r; parsedN++; }
        if (r < 0.97) notes.push(`recall ${name}: ${r.toFixed(3)}`);
      }
    } finally { await page.close(); await expected.close(); }
  }
  if (verbose) console.log(notes.join('\n'));
  console.log('\n(b) Readability test pages');
  console.log(`  shingle recall vs expected.html (readerable pages): ${(recallSum / recallN).toFixed(4)} over ${recallN}; over the ${parsedN} pages happy-dom parses: ${(parsedSum / parsedN).toFixed(4)}`);
  console.log(`  titles equal to expected: Gloss ${titleOurs}/${n}, Readability ${titleBase}/${n}`);
  console.log(`  readerable agreement: Gloss ${judgeOurs}/${n}, isProbablyReaderable ${judgeBase}/${n}`);
}

async function fixtures() {
  const dir = path.join(SHARED, 'fixtures');
  const names = ['seed-thanh-hoa', ...readdirSync(path.join(dir, 'dev')).filter((f) => f.endsWith('.gold.json')).map((f) => `dev/${f.replace('.gold.json', '')}`)];
  let pass = 0, total = 0, titles = 0;
  const failures: string[] = [];
  for (const name of pick(names)) {
    const gold = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8'));
    const page = parseHtml(readFileSync(path.join(dir, `${name}.html`), 'utf8'), `https://example.invalid/${path.basename(name)}.html`);
    try {
      const a = extractArticle(page.document, { window: page.window as unknown as Window });
      const text = normalizeForCheck(a.textContent);
      for (const s of gold.text_must_include ?? []) { total++; if (text.includes(normalizeForCheck(s))) pass++; else failures.push(`${name}: missing "${s.slice(0, 60)}"`); }
      for (const s of gold.text_must_exclude ?? []) { total++; if (!text.includes(normalizeForCheck(s))) pass++; else failures.push(`${name}: has "${s}"`); }
      if (normalizeForCheck(a.title) === normalizeForCheck(gold.title)) titles++; else failures.push(`${name}: title "${a.title}"`);
      if (gold.lang && a.lang !== gold.lang) failures.push(`${name}: lang ${a.lang}`);
    } finally { await page.close(); }
  }
  console.log('\n(c) fixtures');
  console.log(`  text checks passed: ${pass}/${total}; titles ${titles}/${pick(names).length}`);
  for (const f of failures) console.log(`  FAIL ${f}`);
}

async function viNews() {
  const dir = path.join(SHARED, 'corpus/vi-news');
  const urls = new Map(readFileSync(path.join(dir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')).map((c) => [c[0], c[6]]));
  let right = 0, rightBase = 0, n = 0;
  const lines: string[] = [];
  for (const file of pick(readdirSync(dir).filter((f) => f.endsWith('.html')).sort())) {
    const page = parseHtml(readFileSync(path.join(dir, file), 'utf8'), urls.get(file) ?? `https://example.invalid/${file}`);
    try {
      n++;
      const want = file.includes('__article__');
      const detail = extractDetailed(page.document, { window: page.window as unknown as Window });
      const a = detail.article;
      const probably = isProbablyReaderable(page.document);
      if (a.readerable === want) right++;
      if (probably === want) rightBase++;
      lines.push(`  ${a.readerable === want ? 'ok  ' : 'FAIL'} ${file.slice(0, 60)}: ours ${a.readerable}, isProbablyReaderable ${probably}${a.readerable ? ` "${a.title}" ${a.wordCount} words` : ''}${verbose ? ` ${JSON.stringify(detail.signals)}` : ''}`);
    } finally { await page.close(); }
  }
  console.log('\n(d) vi-news judgement');
  console.log(`  correct: Gloss ${right}/${n}, isProbablyReaderable ${rightBase}/${n}`);
  console.log(lines.join('\n'));
}

const started = performance.now();
if (wants('bench')) await benchmark();
if (wants('mozilla')) await mozilla();
if (wants('fixtures')) await fixtures();
if (wants('vinews')) await viNews();
const fold = opt('fold') ?? 'test';
if (!['dev', 'test', 'all'].includes(fold)) throw new Error(`--fold ${fold}: expected dev, test or all`);
const corpus = opt('corpus') ?? process.env.GLOSS_EXTRACT_EVAL_CORPUS;
if (only?.includes('multi') || (!only && existsSync(path.join(corpus ?? DEFAULT_CORPUS, 'extract-eval.tsv')))) {
  await multi({ fold: fold as 'dev' | 'test' | 'all', limit, filter, corpus, extractFrom: opt('extract-from'), save: opt('save'), verbose });
} else if (!only) {
  console.log('\n(e) multilingual corpus: not staged here (npm run corpus:stage), skipped');
}
console.log(`\n(done in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
