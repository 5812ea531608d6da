/**
 * Writes scripts/corpus/extract-eval.tsv, the manifest of the multilingual evaluation corpus, from
 * the suites' mirrors (see suites.ts): `npx tsx scripts/corpus/build-extract-eval.ts`.
 * Run it only to change the corpus; staging and the evaluation read the committed manifest.
 * Pages of the article-extraction-benchmark (which the pipeline was developed on) are left out.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { franc } from 'franc';
import { fetchHint, hasMirror, readBlobs } from './git-mirror.ts';
import { SUITES, type Candidate } from './suites.ts';
import { chooseLanguage, declaredLanguage, paragraphText } from './language.ts';
import { foldOf, hostOf, serializeManifest, sha1Of, siteOf, type ManifestRow } from './manifest.ts';
import { decodeHtml } from '../lib/decode-html.ts';

const OUT = path.resolve(import.meta.dirname, 'extract-eval.tsv');
const BENCHMARK = path.resolve(import.meta.dirname, '../../../shared/corpus/article-extraction-benchmark/ground-truth.json');

const urlKey = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/[/?#]+$/, '');
const tunedOn = new Set<string>(
  existsSync(BENCHMARK) ? Object.values(JSON.parse(readFileSync(BENCHMARK, 'utf8')) as Record<string, { url: string }>).map((v) => urlKey(v.url)) : [],
);

const CANONICAL = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i;
const OG_URL = /<meta\b[^>]*\bproperty=["']og:url["'][^>]*>/i;
const attr = (tag: string | undefined, name: string) => tag && new RegExp(`\\b${name}=["']([^"']+)["']`, 'i').exec(tag)?.[1];

function pageUrl(html: string): string {
  const found = attr(CANONICAL.exec(html)?.[0], 'href') || attr(OG_URL.exec(html)?.[0], 'content') || '';
  return /^https?:\/\//.test(found) ? found : '';
}

/** The gold's main text (empty for snippet gold), its address if it gives one, and whether it is usable. */
function readGold(c: Candidate, bytes: Buffer): { text: string; url: string; usable: boolean } {
  if (c.goldFormat === 'text') { const text = bytes.toString('utf8'); return { text, url: '', usable: text.trim().length > 0 }; }
  if (c.goldFormat === 'wcxb') {
    const g = JSON.parse(bytes.toString('utf8')) as { url?: string; ground_truth: { main_content?: string } };
    const text = g.ground_truth.main_content ?? '';
    return { text, url: g.url ?? '', usable: c.kind === 'listing' || text.trim().length > 0 };
  }
  const entry = (JSON.parse(bytes.toString('utf8')) as Record<string, { with?: string[] }>)[c.goldKey];
  return { text: '', url: '', usable: (entry?.with?.length ?? 0) > 0 };
}

function rowOf(c: Candidate, blobs: Map<string, Buffer | null>, seen: Set<string>): ManifestRow | string {
  const raw = blobs.get(`${c.commit}:${c.path}`);
  const goldBytes = blobs.get(`${c.commit}:${c.goldPath}`);
  if (!raw || !goldBytes) return `missing in mirror: ${c.path}`;
  const sha1 = sha1Of(raw);
  if (seen.has(sha1)) return `duplicate page: ${c.path}`;
  seen.add(sha1);
  const html = decodeHtml(c.path.endsWith('.gz') ? gunzipSync(raw) : raw);
  const g = readGold(c, goldBytes);
  if (!g.usable) return `no gold text: ${c.path}`;
  const url = c.url || g.url || pageUrl(html);
  if (url && tunedOn.has(urlKey(url))) return `in the article-extraction-benchmark: ${url}`;
  const host = hostOf(url) || c.siteHint.toLowerCase().replace(/^www\./, '') || `${c.suite}.invalid`;
  const sample = g.text.trim().length >= 200 ? g.text.slice(0, 4000) : paragraphText(html);
  const { lang, source } = chooseLanguage({ suite: c.lang, detected: franc(sample, { minLength: 50 }), declared: declaredLanguage(html) });
  const site = siteOf(host);
  const name = c.path.slice(c.path.lastIndexOf('/') + 1).replace(/\.html?(\.gz)?$/, '');
  return {
    id: `${c.suite}:${c.goldFormat === 'wcxb' ? c.path.split('/')[0] + '-' : ''}${name}`,
    repo: c.repo, commit: c.commit, path: c.path, sha1, lang, langSource: source, host, site, kind: c.kind,
    fold: foldOf(site), url, goldFormat: c.goldFormat, goldPath: c.goldPath, goldSha1: sha1Of(goldBytes), goldKey: c.goldKey,
  };
}

const rows: ManifestRow[] = [];
const seen = new Set<string>();
const skipped = new Map<string, number>();
for (const [name, collect] of Object.entries(SUITES)) {
  const repo = collect.toString().match(/'([\w.-]+\/[\w.-]+)'/)?.[1];
  let candidates: Candidate[];
  try {
    candidates = collect();
  } catch (error) {
    console.error(`${name}: mirror not readable${repo && !hasMirror(repo) ? ` — run: ${fetchHint(repo)}` : ''}\n  ${(error as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
    continue;
  }
  let kept = 0;
  const keys = new Set(candidates.flatMap((c) => [`${c.commit}:${c.path}`, `${c.commit}:${c.goldPath}`]));
  const blobs = candidates.length ? readBlobs(candidates[0].repo, [...keys]) : new Map<string, Buffer | null>();
  for (const c of candidates) {
    const row = rowOf(c, blobs, seen);
    if (typeof row === 'string') { const why = row.split(':')[0]; skipped.set(`${name}: ${why}`, (skipped.get(`${name}: ${why}`) ?? 0) + 1); continue; }
    rows.push(row); kept++;
  }
  console.log(`${name}: ${kept} of ${candidates.length} pages`);
}
for (const [why, n] of skipped) console.log(`  skipped ${n} (${why})`);
rows.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(OUT, serializeManifest(rows));
console.log(`wrote ${rows.length} rows to ${path.relative(process.cwd(), OUT)}`);
