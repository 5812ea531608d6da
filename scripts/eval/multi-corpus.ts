/**
 * The staged multilingual corpus (npm run corpus:stage): manifest rows of one fold, each with its
 * page's HTML and its gold read from the staged folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { decodeHtml } from '../lib/decode-html.ts';
import { parseManifest, sha1Of, stagedPath, type Fold, type ManifestRow } from '../corpus/manifest.ts';
import type { Gold } from './multi-score.ts';

export interface StagedPage { row: ManifestRow; html: string; gold: Gold }

/**
 * The rows to evaluate: one fold (or both), every page, or with `limit` a deterministic spread of
 * pages (ordered by a hash of their id, so a limited run samples every suite and language).
 */
export function selectRows(rows: ManifestRow[], fold: Fold | 'all', limit = Infinity, filter?: string): ManifestRow[] {
  const chosen = rows.filter((r) => (fold === 'all' || r.fold === fold) && (!filter || r.id.includes(filter)));
  if (!Number.isFinite(limit)) return chosen;
  return [...chosen].sort((a, b) => sha1Of(a.id).localeCompare(sha1Of(b.id))).slice(0, limit);
}

export function readManifestAt(corpus: string): ManifestRow[] {
  const file = path.join(corpus, 'extract-eval.tsv');
  if (!existsSync(file)) throw new Error(`no staged corpus at ${corpus}: run  npm run corpus:stage  (or pass --corpus DIR)`);
  return parseManifest(readFileSync(file, 'utf8'));
}

const jsonCache = new Map<string, unknown>();
function readJson(file: string): unknown {
  if (!jsonCache.has(file)) jsonCache.set(file, JSON.parse(readFileSync(file, 'utf8')));
  return jsonCache.get(file);
}

function goldOf(corpus: string, row: ManifestRow): Gold {
  const file = stagedPath(corpus, row.repo, row.goldPath);
  if (row.goldFormat === 'text') return { kind: 'text', text: readFileSync(file, 'utf8') };
  if (row.goldFormat === 'wcxb') {
    const g = readJson(file) as { ground_truth: { main_content?: string | null } };
    return { kind: 'text', text: g.ground_truth.main_content ?? '' };
  }
  if (row.goldFormat === 'snippets') {
    const entry = (readJson(file) as Record<string, { with?: string[]; without?: string[] }>)[row.goldKey];
    return { kind: 'snippets', with: entry?.with ?? [], without: entry?.without ?? [] };
  }
  return { kind: 'text', text: '' };
}

export function loadPage(corpus: string, row: ManifestRow): StagedPage {
  const file = stagedPath(corpus, row.repo, row.path);
  if (!existsSync(file)) throw new Error(`${row.id}: not staged (${file}); run  npm run corpus:stage`);
  const bytes = readFileSync(file);
  return { row, html: decodeHtml(row.path.endsWith('.gz') ? gunzipSync(bytes) : bytes), gold: goldOf(corpus, row) };
}
