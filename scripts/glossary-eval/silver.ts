/**
 * The silver evaluation set, built from the magizbox/scraper news corpus (vn_news/data/*.txt).
 *   npx tsx scripts/glossary-eval/silver.ts scan    # corpus → data/eval/glossary-silver/manifest.tsv (committed)
 *   npx tsx scripts/glossary-eval/silver.ts stage   # manifest + mirror → $GLOSS_EVAL_DATA/glossary-silver/{dev,test}/ (git-ignored)
 * The corpus text is never committed: the manifest holds, per removed definition, the article's path,
 * the commit, the file's sha1, its fold, the form, its long form and the UTF-16 offsets of the definition
 * in the file decoded as UTF-8. Folds: utils/glossary-eval/folds.ts on "magizbox/scraper:<path>".
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { silverRemovals, silverGold, applyRemovals, foldOf } from '../../utils/glossary-eval/index.ts';
import type { SilverRemoval } from '../../utils/glossary-eval/index.ts';
import { gitDirOf, headCommit, listFiles, missingMirror, readFiles, sha1 } from './mirror.ts';
import { SILVER_DIR, SILVER_MANIFEST } from './paths.ts';

const REPO = 'magizbox/scraper';
const UNDER = 'vn_news/data';
const COLUMNS = ['repo', 'commit', 'path', 'sha1', 'fold', 'abbr', 'expansion', 'start', 'end'];

interface Row { repo: string; commit: string; path: string; sha1: string; fold: string; abbr: string; expansion: string; start: number; end: number }

function clean(s: string): string {
  return s.replace(/[\t\n\r]/g, ' ');
}

async function scan(gitDir: string): Promise<void> {
  const commit = headCommit(gitDir);
  const paths = listFiles(gitDir, commit, UNDER).filter((p) => p.endsWith('.txt')).sort();
  const lines = [
    `# Silver glossary items: strict inline definitions in ${REPO}@${commit} ${UNDER} (${paths.length} articles), removed to make each item.`,
    '# Regenerate: npx tsx scripts/glossary-eval/silver.ts scan; stage the items: npm run -s eval:stage-silver',
    COLUMNS.join('\t'),
  ];
  let articles = 0, removals = 0;
  const folds = { dev: 0, test: 0 };
  for (let i = 0; i < paths.length; i += 2000) {
    const batch = paths.slice(i, i + 2000);
    const bufs = await readFiles(gitDir, commit, batch);
    batch.forEach((p, k) => {
      const buf = bufs[k];
      if (!buf) return;
      const text = buf.toString('utf8');
      const rs = silverRemovals(text);
      if (rs.length === 0) return;
      const fold = foldOf(`${REPO}:${p}`);
      articles++; folds[fold]++; removals += rs.length;
      const hash = sha1(buf);
      for (const r of rs) lines.push([REPO, commit, p, hash, fold, clean(r.abbr), clean(r.expansion), r.start, r.end].join('\t'));
    });
  }
  await mkdir(path.dirname(SILVER_MANIFEST), { recursive: true });
  await writeFile(SILVER_MANIFEST, lines.join('\n') + '\n');
  console.log(`${articles} articles (dev ${folds.dev}, test ${folds.test}), ${removals} definitions → ${path.relative(process.cwd(), SILVER_MANIFEST)}`);
}

async function readManifest(): Promise<Row[]> {
  const text = await readFile(SILVER_MANIFEST, 'utf8');
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('repo\t')) continue;
    const [repo, commit, p, hash, fold, abbr, expansion, start, end] = line.split('\t');
    rows.push({ repo, commit, path: p, sha1: hash, fold, abbr, expansion, start: Number(start), end: Number(end) });
  }
  return rows;
}

async function stage(gitDir: string): Promise<void> {
  const rows = await readManifest();
  const byPath = new Map<string, Row[]>();
  for (const r of rows) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);
  const paths = [...byPath.keys()];
  await rm(SILVER_DIR, { recursive: true, force: true });
  for (const f of ['dev', 'test']) await mkdir(path.join(SILVER_DIR, f), { recursive: true });
  let written = 0, bad = 0;
  for (let i = 0; i < paths.length; i += 2000) {
    const batch = paths.slice(i, i + 2000);
    const bufs = await readFiles(gitDir, byPath.get(batch[0])![0].commit, batch);
    for (let k = 0; k < batch.length; k++) {
      const p = batch[k];
      const rs = byPath.get(p)!;
      const buf = bufs[k];
      if (!buf || sha1(buf) !== rs[0].sha1) { bad++; console.error(`skipped ${p}: ${buf ? 'sha1 differs' : 'missing'} at ${rs[0].commit}`); continue; }
      const text = buf.toString('utf8');
      const removals: SilverRemoval[] = rs.map((r) => ({ start: r.start, end: r.end, replacement: r.abbr, abbr: r.abbr, expansion: r.expansion }));
      const item = applyRemovals(text, removals);
      const name = path.basename(p, '.txt');
      const gold = { ...silverGold(item, removals, text.split('\n')[0]), source: { repo: rs[0].repo, commit: rs[0].commit, path: p, sha1: rs[0].sha1 } };
      await writeFile(path.join(SILVER_DIR, rs[0].fold, name + '.txt'), item);
      await writeFile(path.join(SILVER_DIR, rs[0].fold, name + '.gold.json'), JSON.stringify(gold, null, 1) + '\n');
      written++;
    }
  }
  console.log(`${written} silver items staged in ${SILVER_DIR} (${bad} skipped)`);
  if (bad > 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  const cmd = process.argv[2];
  if (cmd !== 'scan' && cmd !== 'stage') { console.error('usage: silver.ts scan|stage'); process.exit(2); }
  const gitDir = gitDirOf(REPO);
  if (!gitDir) { console.error(missingMirror(REPO)); process.exit(1); }
  await (cmd === 'scan' ? scan(gitDir) : stage(gitDir));
}

void main();
