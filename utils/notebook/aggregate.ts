/**
 * The abbreviation notebook: every abbreviation met across the saved articles, its meanings and
 * where each came from, the articles it was met in, counts. Pure: the background gathers each
 * article's glossary (utils/notebook/sources.ts), the notebook page folds them here.
 */
import type { GlossaryEntry } from '../glossary/index';

/** One saved article as the notebook sees it. */
export interface NotebookSource {
  id: string;
  title: string;
  url: string;
  siteName: string | null;
  savedAt: number;
  entries: GlossaryEntry[];
  /** abbr → the sentence of its first use in this article. */
  sentences: Record<string, string>;
}

export interface Meaning {
  expansion: string | null;
  sources: GlossaryEntry['source'][];
  /** Articles that gave this meaning. */
  articleIds: string[];
}

export interface MetIn { id: string; title: string; site: string; count: number }

export interface NotebookEntry {
  abbr: string;
  /** Most articles first. */
  meanings: Meaning[];
  articles: MetIn[];
  count: number;
  domains: string[];
  /** The sentence of its first use in the article it was met in first (by saved date). */
  sentence: string;
}

/** The site an article is from: its declared name, else the host. */
export function siteOf(source: Pick<NotebookSource, 'siteName' | 'url'>): string {
  if (source.siteName) return source.siteName;
  try { return new URL(source.url).hostname.replace(/^www\./, ''); } catch { return source.url; }
}

const SOURCE_TRUST: GlossaryEntry['source'][] = ['user', 'article', 'inferred', 'dictionary', 'unknown'];

export function buildNotebook(sources: readonly NotebookSource[]): NotebookEntry[] {
  const byAbbr = new Map<string, NotebookEntry & { firstSaved: number }>();
  // Oldest first: the first meeting decides the example sentence.
  for (const source of [...sources].sort((a, b) => a.savedAt - b.savedAt)) {
    for (const e of source.entries) {
      if (!e.abbr || e.count <= 0) continue;
      let entry = byAbbr.get(e.abbr);
      if (!entry) {
        entry = { abbr: e.abbr, meanings: [], articles: [], count: 0, domains: [], sentence: '', firstSaved: source.savedAt };
        byAbbr.set(e.abbr, entry);
      }
      entry.count += e.count;
      entry.articles.push({ id: source.id, title: source.title, site: siteOf(source), count: e.count });
      if (!entry.sentence && source.sentences[e.abbr]) entry.sentence = source.sentences[e.abbr];
      if (e.domain && !entry.domains.includes(e.domain)) entry.domains.push(e.domain);
      if (e.expansion === null && e.source === 'unknown') continue;
      const key = e.expansion?.toLocaleLowerCase('vi');
      let meaning = entry.meanings.find((m) => m.expansion?.toLocaleLowerCase('vi') === key);
      if (!meaning) entry.meanings.push(meaning = { expansion: e.expansion, sources: [], articleIds: [] });
      if (!meaning.sources.includes(e.source)) meaning.sources.push(e.source);
      meaning.articleIds.push(source.id);
    }
  }
  const trust = (m: Meaning) => Math.min(...m.sources.map((s) => SOURCE_TRUST.indexOf(s)));
  return [...byAbbr.values()]
    .map(({ abbr, meanings, articles, count, domains, sentence }) => ({
      abbr, articles, count, domains, sentence,
      meanings: meanings.sort((a, b) => b.articleIds.length - a.articleIds.length || trust(a) - trust(b)),
    }))
    .sort((a, b) => b.articles.length - a.articles.length || b.count - a.count || a.abbr.localeCompare(b.abbr, 'vi'));
}

export interface NotebookFilter {
  domain?: string | null;
  articleId?: string | null;
  query?: string;
}

/** Entries that pass the filter: a subject domain, one article, and text in the abbreviation or a meaning. */
export function filterNotebook(entries: readonly NotebookEntry[], filter: NotebookFilter): NotebookEntry[] {
  const q = (filter.query ?? '').trim().toLocaleLowerCase('vi');
  return entries.filter((e) =>
    (!filter.domain || e.domains.includes(filter.domain))
    && (!filter.articleId || e.articles.some((a) => a.id === filter.articleId))
    && (!q || e.abbr.toLocaleLowerCase('vi').includes(q) || e.meanings.some((m) => m.expansion?.toLocaleLowerCase('vi').includes(q))));
}

/** The domains present, most entries first. */
export function domainsOf(entries: readonly NotebookEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const d of e.domains) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([d]) => d);
}
