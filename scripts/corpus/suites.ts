/**
 * The public extraction test suites the multilingual evaluation draws on, and how each pairs a
 * page with its gold. Used only by build-extract-eval.ts (which writes the manifest); staging and
 * the evaluation read the manifest alone.
 */
import { headCommit, listFiles, readBlob } from './git-mirror.ts';
import type { GoldFormat, PageKind } from './manifest.ts';

export interface Candidate {
  suite: string;
  repo: string;
  commit: string;
  path: string;
  /** The page's address when the suite gives it; otherwise read from the page (canonical, og:url). */
  url: string;
  /** A site name to fall back on when neither the suite nor the page gives an address. */
  siteHint: string;
  kind: PageKind;
  lang: string;
  goldFormat: GoldFormat;
  goldPath: string;
  goldKey: string;
}

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1).replace(/\.(html?|txt|json)(\.gz)?$/, '');

/**
 * "iwr.de.IWR-Pressedienst.html", "laestrella.com.pa-laboral.html" → iwr.de, laestrella.com.pa: the
 * labels up to the first that reads as a top-level domain (and a country code after com/org/net).
 */
export function hostFromFileName(file: string): string {
  const labels = file.replace(/\.html?$/, '').split(/[-_]/)[0].toLowerCase().split('.');
  const tld = labels.findIndex((l, i) => i > 0 && /^(com|net|org|info|gov|edu|[a-z]{2})$/.test(l));
  if (tld < 0) return '';
  const more = /^(com|net|org|gov|edu|co)$/.test(labels[tld]) && /^[a-z]{2}$/.test(labels[tld + 1] ?? '') ? 1 : 0;
  return labels.slice(0, tld + 1 + more).join('.');
}

/** adbar/trafilatura tests/eval: ~1,000 pages in many languages, gold as with/without snippets. */
function trafilatura(): Candidate[] {
  const repo = 'adbar/trafilatura';
  const commit = headCommit(repo);
  const files = new Set(listFiles(repo, commit, 'tests/eval'));
  const evaldata = JSON.parse(readBlob(repo, commit, 'tests/evaldata.json')!.toString('utf8')) as Record<string, { file: string }>;
  return Object.entries(evaldata)
    .filter(([, v]) => files.has(`tests/eval/${v.file}`))
    .map(([url, v]) => ({
      // A few keys are not addresses ("hard::site.com-word.html"): the page or its file name says the host.
      suite: 'trafilatura', repo, commit, path: `tests/eval/${v.file}`, url: /^https?:\/\//.test(url) ? url : '',
      siteHint: hostFromFileName(v.file), kind: 'article' as const, lang: '',
      goldFormat: 'snippets' as const, goldPath: 'tests/evaldata.json', goldKey: url,
    }));
}

/**
 * Murrough-Foley/web-content-extraction-benchmark (WCXB, CC-BY-4.0): typed pages with full main
 * text. Articles are articles; listing and collection pages (teaser lists, category grids) are the
 * pages a reader view should refuse. Forums, products, docs and service pages are left out.
 */
function wcxb(): Candidate[] {
  const repo = 'Murrough-Foley/web-content-extraction-benchmark';
  const commit = headCommit(repo);
  const meta = JSON.parse(readBlob(repo, commit, 'metadata.json')!.toString('utf8')) as {
    files: Record<string, { split: string; page_type: string; domain: string }>;
  };
  const kinds: Record<string, PageKind> = { article: 'article', listing: 'listing', collection: 'listing' };
  return Object.entries(meta.files)
    .filter(([, v]) => kinds[v.page_type])
    .map(([id, v]) => ({
      suite: 'wcxb', repo, commit, path: `${v.split}/html/${id}.html.gz`, url: '', siteHint: v.domain,
      kind: kinds[v.page_type], lang: '', goldFormat: 'wcxb' as const, goldPath: `${v.split}/ground-truth/${id}.json`, goldKey: '',
    }));
}

/** Pages beside a plain-text gold of the same name (newspaper's tests, htmltotext-benchmark). */
function pairedText(suite: string, repo: string, htmlDir: string, textDir: string, keep: (name: string) => boolean, lang = ''): Candidate[] {
  const commit = headCommit(repo);
  const texts = new Map(listFiles(repo, commit, textDir).map((p) => [base(p), p]));
  return listFiles(repo, commit, htmlDir)
    .filter((p) => /\.html?$/.test(p) && texts.has(base(p)) && keep(base(p)))
    .map((p) => ({
      suite, repo, commit, path: p, url: '',
      // newspaper names pages after their site ("reuters.com1"); others say only the language.
      siteHint: /\.[a-z]{2,}\d*$/.test(base(p)) ? base(p).replace(/\d+$/, '') : '',
      kind: 'article' as const, lang, goldFormat: 'text' as const, goldPath: texts.get(base(p))!, goldKey: '',
    }));
}

function leogao(): Candidate[] {
  const repo = 'leogao2/htmltotext-benchmark';
  const commit = headCommit(repo);
  const langs = [...new Set(listFiles(repo, commit, 'benchmarkdata').map((p) => p.split('/')[1]))];
  // Forum threads are not articles; news and blog posts are.
  return langs.flatMap((lang) =>
    pairedText('htmltotext', repo, `benchmarkdata/${lang}/html`, `benchmarkdata/${lang}/text`, (n) => !n.startsWith('forum-'), lang));
}

export const SUITES: Record<string, () => Candidate[]> = {
  trafilatura,
  wcxb,
  newspaper: () => pairedText('newspaper', 'codelucas/newspaper', 'tests/data/html', 'tests/data/text', (n) => !n.endsWith('_summary')),
  newspaper4k: () => pairedText('newspaper4k', 'AndyTheFactory/newspaper4k', 'tests/data/html', 'tests/data/txt', () => true),
  htmltotext: leogao,
};
