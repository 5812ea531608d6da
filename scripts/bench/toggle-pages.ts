/**
 * The pages the toggle bench (toggle.ts) opens, all served on 127.0.0.1: the seed article, two
 * other news fixtures (vi + en), and two large article pages — the largest Vietnamese article of
 * ../shared/corpus/vi-news and a 550 KB slate.com page (20 KB of story) from the
 * article-extraction-benchmark, which the test server cannot serve itself (it is gzipped), so
 * the bench answers its URL from memory through a context route. Then the real news pages of the
 * popup bench (popup-pages.ts: Vietnamese pages of vi-news and $GLOSS_EVAL_DATA, English pages of
 * the article-extraction-benchmark), over which the median ratio to bare Readability is reported.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { GlossBrowser } from '../../tests/e2e/support/browser.ts';
import { SHARED } from './lib.ts';
import { FIRST_LOOK_PAGES, routeFirstLookPages, type FirstLookPage } from './popup-pages.ts';

export interface TogglePage {
  name: string;
  /** path on the test server (tests/e2e/support/server.ts mounts ../shared/fixtures at /shared-fixtures/ and ../shared/corpus at /corpus/) */
  path: string;
  large: boolean;
  /** one of the popup bench's real news pages (the median ratio over them is the figure) */
  real?: boolean;
}

const BENCHMARK_KEY = '851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29';
const BENCHMARK_PATH = `/bench-pages/${BENCHMARK_KEY}.html`;

export const TOGGLE_PAGES: TogglePage[] = [
  { name: 'seed-thanh-hoa (vi, 11 KB)', path: '/shared-fixtures/seed-thanh-hoa.html', large: false },
  { name: 'vi-01-hdnd-ky-hop-cuoi-nam (vi, 11 KB)', path: '/shared-fixtures/dev/vi-01-hdnd-ky-hop-cuoi-nam.html', large: false },
  { name: 'en-02-boise-transit-budget (en, 8 KB)', path: '/shared-fixtures/dev/en-02-boise-transit-budget.html', large: false },
  {
    name: 'tuoitre article (vi, 246 KB, large)',
    path: '/corpus/vi-news/tuoitre__article__tin-chinh-tri-xa-hoi-20150323-chat-cay-xanh-ha-noi-724115-ht.html',
    large: true,
  },
  { name: 'slate.com 851498a2b9f4 (en, 548 KB, large)', path: BENCHMARK_PATH, large: true },
];

/** The popup bench's first `count` real news pages, each served from memory (routeTogglePages). */
export function realNewsPages(count: number): FirstLookPage[] {
  return FIRST_LOOK_PAGES(count);
}

export function asTogglePage(page: FirstLookPage): TogglePage {
  return { name: `${page.name} (${page.lang}, real)`, path: page.path, large: true, real: true };
}

/** Routes the benchmark page and the real news pages to their 127.0.0.1 paths. */
export async function routeTogglePages(gloss: GlossBrowser, real: FirstLookPage[]): Promise<void> {
  await routeBenchmarkPage(gloss);
  if (real.length) await routeFirstLookPages(gloss, real);
}

/** Serves the gzipped benchmark page at its 127.0.0.1 path (routes added later take precedence). */
async function routeBenchmarkPage(gloss: GlossBrowser): Promise<void> {
  const file = path.join(SHARED, 'corpus/article-extraction-benchmark/html', `${BENCHMARK_KEY}.html.gz`);
  const html = gunzipSync(readFileSync(file)).toString('utf8');
  await gloss.context.route(
    (url) => url.hostname === '127.0.0.1' && url.pathname === BENCHMARK_PATH,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}
