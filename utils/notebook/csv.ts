/**
 * The notebook as a CSV file Anki imports (File → Import, Anki 2.1.55+ reads the header lines):
 * one note per abbreviation, fields Front (the abbreviation), Back (its meanings), Sentence (where
 * it was met), Articles; tags from the subject domains. Plain text (#html:false), so nothing in a
 * meaning or a sentence is read as markup.
 */
import type { NotebookEntry } from './aggregate';

const COLUMNS = ['Front', 'Back', 'Sentence', 'Articles', 'Tags'];

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Anki tags are space-separated words: a domain with spaces keeps them as underscores. */
const tag = (text: string) => `gloss::${text.trim().replace(/\s+/g, '_')}`;

export function notebookCsv(entries: readonly NotebookEntry[]): string {
  const lines = [
    '#separator:Comma',
    '#html:false',
    '#notetype:Basic',
    `#columns:${COLUMNS.join(',')}`,
    `#tags column:${COLUMNS.length}`,
  ];
  for (const e of entries) {
    const back = e.meanings.map((m) => m.expansion).filter((x): x is string => !!x).join(' / ');
    const articles = e.articles.map((a) => a.title).join(' · ');
    const tags = ['gloss', ...e.domains.map(tag)].join(' ');
    lines.push([e.abbr, back, e.sentence, articles, tags].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
