/**
 * The real pages the extraction and glossary benchmarks run on (read-only data beside the repo):
 *  - bench:    ../shared/corpus/article-extraction-benchmark/html/*.html.gz (first N by name; English news)
 *  - fixtures: ../shared/fixtures/*.html and ../shared/fixtures/dev/*.html (small vi/en articles)
 *  - vi-news:  ../shared/corpus/vi-news/*.html (big Vietnamese article, home and listing pages)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { SHARED } from './lib.ts';

export type Group = 'bench' | 'fixtures' | 'vi-news';

export interface CorpusPage {
  name: string;
  group: Group;
  url: string;
  /** loads the HTML (lazily: the corpus is ~100 MB unpacked) */
  html(): string;
}

function listHtml(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : [];
}

function fixtureUrl(file: string): string {
  // the `gloss` CLI's default: https://example.invalid/<file name>; gold files may know better
  const gold = file.replace(/\.html$/, '.gold.json');
  if (existsSync(gold)) {
    try {
      const url = (JSON.parse(readFileSync(gold, 'utf8')) as { url?: unknown }).url;
      if (typeof url === 'string' && /^https?:/.test(url)) return url;
    } catch { /* default below */ }
  }
  return `https://example.invalid/${path.basename(file)}`;
}

export function loadCorpus(benchPages: number): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const benchDir = path.join(SHARED, 'corpus/article-extraction-benchmark');
  const truthFile = path.join(benchDir, 'ground-truth.json');
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string }>;
    for (const key of Object.keys(truth).sort().slice(0, benchPages)) {
      const file = path.join(benchDir, 'html', `${key}.html.gz`);
      if (!existsSync(file)) continue;
      pages.push({ name: key.slice(0, 12), group: 'bench', url: truth[key].url, html: () => gunzipSync(readFileSync(file)).toString('utf8') });
    }
  }
  for (const dir of [path.join(SHARED, 'fixtures'), path.join(SHARED, 'fixtures/dev')]) {
    for (const f of listHtml(dir)) {
      const file = path.join(dir, f);
      pages.push({ name: f.replace(/\.html$/, ''), group: 'fixtures', url: fixtureUrl(file), html: () => readFileSync(file, 'utf8') });
    }
  }
  const viDir = path.join(SHARED, 'corpus/vi-news');
  const urls = new Map<string, string>();
  const sources = path.join(viDir, 'SOURCES.tsv');
  if (existsSync(sources)) {
    const [head, ...lines] = readFileSync(sources, 'utf8').trim().split('\n').map((l) => l.split('\t'));
    const fi = head.indexOf('file'), ui = head.indexOf('url');
    for (const l of lines) urls.set(l[fi], l[ui]);
  }
  for (const f of listHtml(viDir)) {
    const file = path.join(viDir, f);
    pages.push({ name: f.replace(/\.html$/, '').slice(0, 40), group: 'vi-news', url: urls.get(f) ?? `https://example.invalid/${f}`, html: () => readFileSync(file, 'utf8') });
  }
  return pages;
}
