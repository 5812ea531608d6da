/**
 * What mining must not see, so that the evaluation stays honest:
 *  - the silver TEST fold's articles (data/eval/glossary-silver/manifest.tsv, rows with fold = test): their
 *    definitions were removed to make the test items, so mining them would put the answers in the dictionary;
 *  - the repositories of the real evaluation pages (data/eval/glossary-real/SOURCES.tsv);
 *  - the sources DEVELOPERS.md reserves for independent measurement.
 * The lists are read from the committed evaluation manifests, so anyone re-mining gets the same hold-out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const RESERVED = ['flairNLP/fundus', 'geodrome/page-signal', 'meth04/tracking_news-mcp', 'lythinhsunrise/', 'dungvn3000/myfeed',
  'dangdinh87/LiverpoolApp', 'quangkode/demonhahatcheoquandoi', 'vpeopleonatank/crawl_news_site', 'vvstdung89/news-crawler'];

function tsvRows(file: string): Record<string, string>[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const head = lines.shift()?.split('\t') ?? [];
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], v])));
}

/** Repositories mining refuses: the reserved ones and those of the real evaluation pages. */
export function forbiddenRepos(root: string): string[] {
  const real = tsvRows(join(root, 'data/eval/glossary-real/SOURCES.tsv')).map((r) => r.repo).filter(Boolean);
  return [...new Set([...RESERVED, ...real])];
}

export function isForbidden(repo: string, root: string): boolean {
  const r = repo.toLowerCase();
  return forbiddenRepos(root).some((f) => (f.endsWith('/') ? r.startsWith(f.toLowerCase()) : r === f.toLowerCase()));
}

/** Paths (inside `repo`) of the silver articles of the given folds (default: the test fold); empty for other repositories. */
export function silverTestPaths(repo: string, root: string, folds: readonly string[] = ['test']): Set<string> {
  const rows = tsvRows(join(root, 'data/eval/glossary-silver/manifest.tsv'));
  return new Set(rows.filter((r) => folds.includes(r.fold) && r.repo === repo).map((r) => r.path));
}
