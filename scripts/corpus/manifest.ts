/**
 * The extraction evaluation corpus across languages and sites: one manifest row per page, naming
 * where the page and its gold text live in a public repository (bare mirror under /work/.mirror),
 * so that the pages themselves are staged, never committed. Pure: strings in, values out.
 */
import { createHash } from 'node:crypto';

export type PageKind = 'article' | 'listing';
export type Fold = 'dev' | 'test';
/**
 * How the gold is written: `text` a plain-text file of the main text; `wcxb` a WCXB JSON
 * (ground_truth.main_content, with, without); `snippets` trafilatura's evaldata.json entry
 * (with/without snippets only, no full text), found under `goldKey`.
 */
export type GoldFormat = 'text' | 'wcxb' | 'snippets' | 'none';

export interface ManifestRow {
  id: string;
  repo: string;
  commit: string;
  path: string;
  sha1: string;
  lang: string;
  /** Where `lang` came from: the suite's metadata, the text (franc), or the page's lang attribute. */
  langSource: 'suite' | 'text' | 'attr';
  host: string;
  /** The host reduced to its site (registrable domain): the unit of the dev/test split. */
  site: string;
  kind: PageKind;
  fold: Fold;
  url: string;
  goldFormat: GoldFormat;
  goldPath: string;
  goldSha1: string;
  goldKey: string;
}

export const COLUMNS: (keyof ManifestRow)[] = [
  'id', 'repo', 'commit', 'path', 'sha1', 'lang', 'langSource', 'host', 'site', 'kind', 'fold', 'url',
  'goldFormat', 'goldPath', 'goldSha1', 'goldKey',
];

const KINDS = new Set(['article', 'listing']);
const FOLDS = new Set(['dev', 'test']);
const GOLD_FORMATS = new Set(['text', 'wcxb', 'snippets', 'none']);
const LANG_SOURCES = new Set(['suite', 'text', 'attr']);

/** Tabs and line breaks cannot appear in a TSV cell: paths and URLs never hold them, so refuse them. */
function cell(value: string, column: string): string {
  if (/[\t\n\r]/.test(value)) throw new Error(`manifest ${column} holds a tab or line break: ${JSON.stringify(value)}`);
  return value;
}

export function serializeManifest(rows: ManifestRow[]): string {
  const lines = [COLUMNS.join('\t')];
  for (const row of rows) lines.push(COLUMNS.map((c) => cell(String(row[c]), c)).join('\t'));
  return lines.join('\n') + '\n';
}

/** Parses the TSV written by serializeManifest; a malformed line is an error naming its line number. */
export function parseManifest(text: string): ManifestRow[] {
  const lines = text.split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));
  const header = lines.shift()?.split('\t') ?? [];
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`manifest header lacks: ${missing.join(', ')}`);
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) throw new Error(`manifest line ${i + 2}: ${cells.length} cells, header has ${header.length}`);
    const raw = Object.fromEntries(header.map((h, j) => [h, cells[j]])) as Record<string, string>;
    const where = `manifest line ${i + 2} (${raw.id})`;
    if (!KINDS.has(raw.kind)) throw new Error(`${where}: kind "${raw.kind}"`);
    if (!FOLDS.has(raw.fold)) throw new Error(`${where}: fold "${raw.fold}"`);
    if (!GOLD_FORMATS.has(raw.goldFormat)) throw new Error(`${where}: goldFormat "${raw.goldFormat}"`);
    if (!LANG_SOURCES.has(raw.langSource)) throw new Error(`${where}: langSource "${raw.langSource}"`);
    if (!/^[0-9a-f]{40}$/.test(raw.commit) || !/^[0-9a-f]{40}$/.test(raw.sha1)) throw new Error(`${where}: commit/sha1 not 40 hex digits`);
    return raw as unknown as ManifestRow;
  });
}

// Second-level labels under which a country code's sites register (bbc.co.uk, abc.net.au, folha.com.br).
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic']);

/** The host a URL names, lower-cased, without a leading "www." (and its numbered variants). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d*\./, '');
  } catch {
    return '';
  }
}

/**
 * The site a host belongs to: its last two labels, or three under a country's second level
 * (edition.cnn.com → cnn.com, www.bbc.co.uk → bbc.co.uk). An approximation of the public suffix
 * list that is right for news hosts; pages of one site always land in the same fold.
 */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const last = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  const keep = last.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * The fold of a site: the first 32 bits of SHA-1("gloss-extract-eval:" + site), even → dev, odd → test.
 * Deterministic, independent of the order pages are listed in, and about half the sites each way.
 */
export function foldOf(site: string): Fold {
  const digest = createHash('sha1').update(`gloss-extract-eval:${site}`).digest();
  return digest.readUInt32BE(0) % 2 === 0 ? 'dev' : 'test';
}

export function sha1Of(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** Where a repository file is staged: <root>/<owner>+<name>/<path>, the mirror's own naming. */
export function stagedPath(root: string, repo: string, path: string): string {
  return `${root}/${repo.replace('/', '+')}/${path}`;
}

export interface Wanted { repo: string; commit: string; path: string; sha1: string }

/** Every distinct file the manifest needs (one gold file can serve many pages). */
export function wantedFiles(rows: ManifestRow[]): Wanted[] {
  const byKey = new Map<string, Wanted>();
  for (const r of rows) {
    byKey.set(`${r.repo}\t${r.path}`, { repo: r.repo, commit: r.commit, path: r.path, sha1: r.sha1 });
    if (r.goldPath) byKey.set(`${r.repo}\t${r.goldPath}`, { repo: r.repo, commit: r.commit, path: r.goldPath, sha1: r.goldSha1 });
  }
  return [...byKey.values()];
}
