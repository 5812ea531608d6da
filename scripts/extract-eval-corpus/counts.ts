/** What the manifest holds, per fold: articles, listing pages, sites and languages. Pure: rows in, lines out. */
import type { Fold, ManifestRow } from './manifest.ts';

export interface FoldCounts { fold: Fold | 'all'; articles: number; listings: number; sites: number; languages: Map<string, number> }

export function countFold(rows: ManifestRow[], fold: Fold | 'all'): FoldCounts {
  const mine = fold === 'all' ? rows : rows.filter((r) => r.fold === fold);
  const articles = mine.filter((r) => r.kind === 'article');
  const languages = new Map<string, number>();
  for (const r of articles) languages.set(r.lang, (languages.get(r.lang) ?? 0) + 1);
  return {
    fold,
    articles: articles.length,
    listings: mine.length - articles.length,
    sites: new Set(mine.map((r) => r.site)).size,
    languages: new Map([...languages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
  };
}

/** One line per fold; languages with at least `minPages` articles are named with their counts. */
export function countLines(rows: ManifestRow[], minPages = 20): string[] {
  return (['dev', 'test', 'all'] as const).map((fold) => {
    const c = countFold(rows, fold);
    const big = [...c.languages].filter(([, n]) => n >= minPages).map(([l, n]) => `${l} ${n}`).join(', ');
    return `  ${fold.padEnd(4)} ${String(c.articles).padStart(5)} articles in ${c.languages.size} languages, ${String(c.listings).padStart(4)} listing pages, ${c.sites} sites; ≥ ${minPages} articles: ${big}`;
  });
}
