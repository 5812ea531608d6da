/**
 * Mines abbreviation definitions from news corpora into utils/glossary/data/mined/{vi,en}.json.
 *   npm run corpus:stage                      (copies the fetched corpora into .corpus/, git-ignored)
 *   npm run dict:mine -- .corpus/magizbox-vn_news .corpus/underthesea-unc .corpus/zitros-bbc
 * Options: --out DIR (default utils/glossary/data/mined), --limit N (articles per corpus, for a quick try),
 * --reference FILE (a `KEY:meaning,meaning` list, e.g. ../shared/reference/vi-abbreviations.soe-vinorm.txt: its meanings
 * count where an article uses the key and writes the meaning too; Vietnamese articles only).
 * A corpus directory's name is its id in scripts/corpus/sources.json (repository, commit, files, language);
 * an unlisted directory is mined too, its language guessed per article. Files: .txt, .html/.htm.
 * Hand corrections (utils/glossary/data/mined/corrections.json) are applied last and counted;
 * `--corrections-only` re-applies them to the files already written, without mining again.
 * `--hold-out-all-silver` leaves out the silver dev fold's articles too (with --out elsewhere: an honest dev measure).
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { basename, join, dirname, relative } from 'node:path';
import { observe, referenceObservations } from '../utils/glossary/mine/observe.ts';
import { PairCounter, chooseSenses } from '../utils/glossary/mine/aggregate.ts';
import type { MinedSense } from '../utils/glossary/mine/aggregate.ts';
import { contextItems, Vocabulary, pmiProfile } from '../utils/glossary/mine/context.ts';
import { phraseLang, expansionKey } from '../utils/glossary/mine/text.ts';
import { buildMinedFiles, applyCorrections, checkedCount } from '../utils/glossary/mine/output.ts';
import type { Corrections, SourceInfo } from '../utils/glossary/mine/output.ts';
import { htmlToText } from '../utils/glossary/mine/html.ts';
import { pruneSenses } from '../utils/glossary/mine/prune.ts';
import { loadDictionary, allForms } from '../utils/glossary/dictionary.ts';
import { abbrKey, foldPhrase } from '../utils/glossary/normalize.ts';
import { isForbidden, silverTestPaths } from './corpus/hold-out.ts';
import { CopyIndex, sentenceHashes } from '../utils/glossary/mine/dedupe.ts';

const dict = loadDictionary();

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
let out = join(root, 'utils/glossary/data/mined');
let limit = Infinity;
let referenceFile: string | null = null;
const dirs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--limit') limit = Number(args[++i]);
  else if (args[i] === '--reference') referenceFile = args[++i];
  else if (args[i] === '--corrections-only') continue;
  else if (args[i] === '--hold-out-all-silver') continue;
  else dirs.push(args[i]);
}
if (args.includes('--corrections-only')) {
  // re-apply corrections.json to the files already written (after a spot-check), without mining again
  const corrections = JSON.parse(readFileSync(join(out, 'corrections.json'), 'utf8')) as Corrections;
  const files = { vi: JSON.parse(readFileSync(join(out, 'vi.json'), 'utf8')), en: JSON.parse(readFileSync(join(out, 'en.json'), 'utf8')) };
  const n = applyCorrections(files, corrections);
  const pruned = pruneSenses(files);
  console.log(`senses dropped by rule (mine/prune.ts): vi ${pruned.vi}, en ${pruned.en}`);
  for (const lang of ['vi', 'en'] as const) writeFileSync(join(out, `${lang}.json`), serialise(files[lang]));
  const c = checkedCount(files);
  console.log(`corrections applied: vi ${n.vi}, en ${n.en}; one-article senses confirmed by hand: vi ${c.vi}, en ${c.en}`);
  process.exit(0);
}
if (dirs.length === 0) {
  console.error('usage: npm run dict:mine -- CORPUS_DIR... [--out DIR] [--limit N]\n(stage the corpora first: npm run corpus:stage)');
  process.exit(2);
}

/** One entry a line: readable diffs, small files. */
function serialise(file: object): string {
  return JSON.stringify(file).replace(/\],"/g, '],\n"') + '\n';
}

const manifest = JSON.parse(readFileSync(join(root, 'scripts/corpus/sources.json'), 'utf8')) as { sources: (SourceInfo & { lang: string; prefix: string })[] };

function listFiles(dir: string): string[] {
  const outFiles: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|html?)$/i.test(name)) outFiles.push(p);
    }
  };
  walk(dir);
  return outFiles;
}

function readArticle(file: string): string {
  const raw = readFileSync(file, 'utf8');
  if (/\.html?$/i.test(file)) return htmlToText(raw);
  // underthesea's "# doc_id = …" header lines are metadata, not text
  return raw.split('\n').filter((l) => !l.startsWith('# ')).join('\n');
}

interface Corpus { info: SourceInfo & { duplicates?: number }; lang: string | null; files: string[] }
const corpora: Corpus[] = [];
const heldFiles: string[] = [];
for (const dir of dirs) {
  if (!existsSync(dir)) { console.error(`${dir}: not found (run npm run corpus:stage)`); process.exitCode = 1; continue; }
  const id = basename(dir.replace(/\/+$/, ''));
  const m = manifest.sources.find((s) => s.id === id);
  if (m && isForbidden(m.repo, root)) { console.error(`${dir}: ${m.repo} is reserved for evaluation (scripts/corpus/hold-out.ts): not mined`); process.exitCode = 1; continue; }
  // the silver test fold's articles are never mined (their definitions are the test's answers)
  // --hold-out-all-silver: the dev fold too (a data set for measuring the dev fold without its own definitions)
  const folds = args.includes('--hold-out-all-silver') ? ['test', 'dev'] : ['test'];
  const held = m ? silverTestPaths(m.repo, root, folds) : new Set<string>();
  const all = listFiles(dir);
  const kept = all.filter((f) => !held.has(m!.prefix + relative(dir, f)));
  if (held.size) heldFiles.push(...all.filter((f) => held.has(m!.prefix + relative(dir, f))));
  const files = kept.slice(0, limit);
  const info: SourceInfo = { id, repo: m?.repo ?? 'unknown', commit: m?.commit ?? 'unknown', files: m?.files ?? '*', articles: files.length };
  if (m?.lang === 'vi' || m?.lang === 'en') info.lang = m.lang;
  if (held.size) {
    info.heldOut = all.length - kept.length;
    console.error(`${id}: ${info.heldOut} articles held out (silver ${folds.join(' + ')} fold)`);
  }
  corpora.push({ info, lang: m?.lang ?? null, files });
}

/** The reference list: upper-case keys only (the file repeats each in lower case), meanings of two words or more. */
const reference = new Map<string, string[]>();
if (referenceFile) {
  for (const line of readFileSync(referenceFile, 'utf8').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim();
    if (key !== key.toUpperCase() || abbrKey(key).length < 2) continue;
    const meanings = line.slice(colon + 1).split(',').map((m) => m.trim()).filter((m) => m.includes(' '));
    if (meanings.length) reference.set(abbrKey(key), meanings);
  }
  console.error(`reference: ${reference.size} keys from ${referenceFile}`);
}

// pass 1: definition pairs, and the context items near each defined abbreviation
const counter = new PairCounter();
const vocab = new Vocabulary();
const bags = new Map<string, Int32Array>(); // article + key → context item ids
const articleFiles: string[] = [];
const WINDOW = 12;
const t0 = Date.now();
// held-out articles are also kept out under another path or in another corpus (a copy shares ≥ 30 % of their
// long sentences); a copy of an article already read (≥ 50 %) is not a second attesting article
const heldIndex = new CopyIndex();
heldFiles.forEach((f, i) => heldIndex.add(i, sentenceHashes(readArticle(f))));
const seen = new CopyIndex();
for (const corpus of corpora) {
  let copies = 0;
  let heldCopies = 0;
  for (const file of corpus.files) {
    const text = readArticle(file);
    const hashes = sentenceHashes(text);
    if (heldIndex.copyOf(hashes, 0.3) >= 0) { heldCopies++; continue; }
    if (seen.copyOf(hashes, 0.5) >= 0) { copies++; continue; }
    seen.add(articleFiles.length, hashes);
    const lang = (corpus.lang ?? phraseLang(text.slice(0, 2000))) as 'vi' | 'en';
    const article = articleFiles.length;
    articleFiles.push(file);
    const { obs, t, uses } = observe(text, lang);
    if (lang === 'vi' && reference.size) obs.push(...referenceObservations(text, uses, reference, (k) => k));
    if (obs.length === 0) continue;
    counter.add(article, corpus.info.id, obs);
    for (const key of new Set(obs.map((o) => o.key))) {
      const ids = new Set<number>();
      for (const w of (uses.get(key) ?? []).slice(0, 8)) {
        const a = t.start[Math.max(0, w - WINDOW)];
        const b = t.end[Math.min(t.n - 1, w + WINDOW)];
        for (const item of contextItems(text.slice(a, b))) ids.add(vocab.id(item));
      }
      bags.set(article + ':' + key, Int32Array.from(ids));
    }
  }
  corpus.info.articles -= copies + heldCopies;
  if (copies) corpus.info.duplicates = copies;
  if (heldCopies) corpus.info.heldOut = (corpus.info.heldOut ?? 0) + heldCopies;
  console.error(`${corpus.info.id}: ${corpus.files.length} articles read, ${copies} copies of earlier ones and ${heldCopies} of held-out ones skipped (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

const senses = new Map<string, { written: string; senses: MinedSense[] }>();
for (const [key, ks] of counter.keys) {
  const chosen = chooseSenses(ks, { looseKeys: counter.looseKeys, handForms: allForms(dict, key).map((x) => x.form) });
  if (chosen.length === 0) continue;
  let written = '';
  let n = -1;
  for (const [w, c] of ks.written) if (c > n) { written = w; n = c; }
  // met once, but the reference list gives the same meaning: cross-checked, not left for review
  for (const s of chosen) {
    if (s.review && s.how !== 'loose' && (reference.get(key) ?? []).some((m) => foldPhrase(m) === foldPhrase(s.expansion))) { s.review = false; s.crossChecked = 'soe-vinorm'; }
  }
  senses.set(key, { written, senses: chosen });
}

// pass 2: document frequency of the context items that profiles may use
const wanted = new Uint8Array(vocab.words.length);
for (const [k, bag] of bags) {
  const key = k.slice(k.indexOf(':') + 1);
  if (senses.has(key)) for (const id of bag) wanted[id] = 1;
}
const df = new Int32Array(vocab.words.length);
for (const file of articleFiles) {
  const seen = new Set<number>();
  for (const item of contextItems(readArticle(file))) {
    const id = vocab.ids.get(item);
    if (id !== undefined && wanted[id] && !seen.has(id)) { seen.add(id); df[id]++; }
  }
}
console.error(`document frequencies done (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

const profiles = new Map<MinedSense, Record<string, number>>();
for (const [key, { senses: list }] of senses) for (const s of list) {
  const sb: Int32Array[] = [];
  for (const a of s.articleIds.slice(0, 400)) { const b = bags.get(a + ':' + key); if (b) sb.push(b); }
  profiles.set(s, pmiProfile({ bags: sb, df, articles: articleFiles.length, words: vocab.words, exclude: new Set(expansionKey(s.expansion).split(' ').concat(key.toLowerCase())) }));
}

const correctionsFile = join(out, 'corrections.json');
const corrections: Corrections = existsSync(correctionsFile) ? JSON.parse(readFileSync(correctionsFile, 'utf8')) : { vi: {}, en: {} };
const files = buildMinedFiles(senses, profiles, corpora.map((c) => c.info));
const applied = applyCorrections(files, corrections);
const pruned = pruneSenses(files);
console.log(`senses dropped by rule (mine/prune.ts): vi ${pruned.vi}, en ${pruned.en}`);
mkdirSync(out, { recursive: true });
for (const lang of ['vi', 'en'] as const) {
  writeFileSync(join(out, `${lang}.json`), serialise(files[lang]));
  const keys = Object.keys(files[lang].entries).length;
  const attested = Object.values(files[lang].entries).filter((l) => l.some((s) => !s.review)).length;
  console.log(`${lang}: ${keys} keys (${attested} with a sense met in ≥ 2 articles or hand-checked), ${applied[lang]} hand corrections applied, `
    + `${checkedCount(files)[lang]} one-article senses confirmed by hand`);
}
