/**
 * The real news pages the popup bench (popup-first-look.ts) opens: the Vietnamese articles of
 * ../shared/corpus/vi-news, the real Vietnamese pages of the glossary evaluation when they are
 * staged ($GLOSS_EVAL_DATA/glossary-real, see docs/glossary.md), and a spread of the
 * article-extraction-benchmark's English pages. All are answered from memory at a 127.0.0.1 path
 * through a context route (the benchmark's pages are gzipped; the others live outside the server's mounts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { GlossBrowser } from '../../tests/e2e/support/browser.ts';
import { SHARED } from './lib.ts';

export interface FirstLookPage {
  name: string;
  lang: 'vi' | 'en';
  /** path on 127.0.0.1 answered by routeFirstLookPages */
  path: string;
  html(): string;
}

const htmlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : []);

function vietnamesePages(): Omit<FirstLookPage, 'path'>[] {
  const viNews = path.join(SHARED, 'corpus/vi-news');
  const pages = htmlFiles(viNews).filter((f) => f.includes('__article__'))
    .map((f) => ({ name: f.slice(0, 48), lang: 'vi' as const, html: () => readFileSync(path.join(viNews, f), 'utf8') }));
  const real = process.env.GLOSS_EVAL_DATA && path.join(process.env.GLOSS_EVAL_DATA, 'glossary-real');
  if (real) pages.push(...htmlFiles(real).map((f) => ({ name: f.slice(0, 48), lang: 'vi' as const, html: () => readFileSync(path.join(real, f), 'utf8') })));
  return pages;
}

/** Every k-th benchmark page by key, so the sample spreads over the benchmark's sites rather than its first names. */
function benchmarkPages(count: number): Omit<FirstLookPage, 'path'>[] {
  const dir = path.join(SHARED, 'corpus/article-extraction-benchmark/html');
  const keys = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort() : [];
  if (!keys.length || count <= 0) return [];
  const step = Math.max(1, Math.floor(keys.length / count));
  return keys.filter((_, i) => i % step === 0).slice(0, count)
    .map((f) => ({ name: `benchmark ${f.slice(0, 12)}`, lang: 'en' as const, html: () => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8') }));
}

/** `total` pages: the Vietnamese ones first (up to half when the staged real pages are there), English to fill. */
export function FIRST_LOOK_PAGES(total: number): FirstLookPage[] {
  const vi = vietnamesePages().slice(0, Math.max(2, Math.ceil(total / 2)));
  return [...vi, ...benchmarkPages(total - vi.length)].map((p, i) => ({ ...p, path: `/first-look/${i}.html` }));
}

export async function routeFirstLookPages(gloss: GlossBrowser, pages: FirstLookPage[]): Promise<void> {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  await gloss.context.route(
    (url) => url.hostname === '127.0.0.1' && byPath.has(url.pathname),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: byPath.get(new URL(route.request().url()).pathname)!.html() }),
  );
}
