/** data/eval/glossary-real/SOURCES.tsv: one real page a line (tab-separated, header first, # comments). */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';

export interface RealRow { file: string; repo: string; path: string; commit: string; site: string; group: string; year: string; url: string; bytes: number; sha1: string; license: string; note: string }

export async function readRealManifest(file: string): Promise<RealRow[]> {
  if (!existsSync(file)) return [];
  const rows: RealRow[] = [];
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('file\t')) continue;
    const [f, repo, p, commit, site, group, year, url, bytes, sha1, license, note] = line.split('\t');
    rows.push({ file: f, repo, path: p, commit, site, group: group || site, year, url, bytes: Number(bytes), sha1, license, note: note ?? '' });
  }
  return rows;
}
