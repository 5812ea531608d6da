/**
 * Each saved article's abbreviations for the notebook: its glossary computed again from the saved
 * text (buildGlossary gives each entry its subject domain and first use, which the stored glossary
 * does not keep), with the sentence of each first use. Cached in storage.local under
 * `notebook-cache` by article id and updatedAt, so only new or changed articles are read again.
 * Background only (it holds the glossary engine).
 */
import { browser } from 'wxt/browser';
import type { GlossaryEntry } from '../glossary/index';
import { getAllArticles } from '../library/read';
import type { SavedArticle } from '../library/schema';
import type { NotebookSource } from './aggregate';
import { sentenceAround } from './sentence';

export const CACHE_KEY = 'notebook-cache';
interface Cached { updatedAt: number; entries: GlossaryEntry[]; sentences: Record<string, string> }

type Glossary = (text: string, lang: string) => Promise<GlossaryEntry[]>;

/** The glossary of one saved article and the sentence each abbreviation was first met in. */
export async function glossaryOfArticle(article: SavedArticle, glossary: Glossary): Promise<Cached> {
  const text = [article.title, article.textContent].join('\n');
  // An article saved without its text (a Pocket link): the glossary it was saved with, if any.
  const entries = article.textContent ? await glossary(text, article.lang ?? 'en') : article.glossary;
  const sentences: Record<string, string> = {};
  for (const e of entries) {
    const sentence = sentenceAround(text, e.abbr, e.firstIndex);
    if (sentence) sentences[e.abbr] = sentence;
  }
  return {
    updatedAt: article.updatedAt,
    entries: entries.map(({ abbr, expansion, source, count, domain }) => ({ abbr, expansion, source, count, ...(domain ? { domain } : {}) })),
    sentences,
  };
}

export async function notebookSources(glossary: Glossary): Promise<NotebookSource[]> {
  const [articles, stored] = await Promise.all([getAllArticles(), browser.storage.local.get(CACHE_KEY)]);
  const cache = (stored[CACHE_KEY] ?? {}) as Record<string, Cached>;
  const next: Record<string, Cached> = {};
  let changed = false;
  const out: NotebookSource[] = [];
  for (const a of articles) {
    let hit = cache[a.id];
    if (!hit || hit.updatedAt !== a.updatedAt || !Array.isArray(hit.entries)) {
      hit = await glossaryOfArticle(a, glossary);
      changed = true;
    }
    next[a.id] = hit;
    out.push({ id: a.id, title: a.title, url: a.url, siteName: a.siteName, savedAt: a.savedAt, entries: hit.entries, sentences: hit.sentences ?? {} });
  }
  // Deleted articles leave the cache too.
  if (changed || Object.keys(cache).length !== Object.keys(next).length) await browser.storage.local.set({ [CACHE_KEY]: next });
  return out;
}
