/**
 * Markdown export: one .md file per article (YAML front matter + body),
 * bundled with the dependency-free STORE zip writer. Pure: the caller passes
 * a Document (its own `document`) used only to parse HTML inertly.
 */
import { htmlToMarkdown } from './html-to-markdown';
import type { Highlight, SavedArticle } from './schema';
import { createZip } from './zip';

/** JSON strings are valid YAML double-quoted scalars, which escapes quotes, colons and newlines safely. */
const yaml = (v: string) => JSON.stringify(v);
const iso = (ms: number) => new Date(ms).toISOString();

export function articleToMarkdown(a: SavedArticle, doc: Document): string {
  const front = [
    '---',
    `title: ${yaml(a.title)}`,
    `url: ${yaml(a.url)}`,
    a.siteName ? `site: ${yaml(a.siteName)}` : null,
    a.byline ? `author: ${yaml(a.byline)}` : null,
    a.publishedTime ? `published: ${yaml(a.publishedTime)}` : null,
    a.lang ? `lang: ${yaml(a.lang)}` : null,
    `tags: [${a.tags.map(yaml).join(', ')}]`,
    `saved: ${iso(a.savedAt)}`,
    `read: ${a.readState === 'read'}`,
    '---',
  ].filter((l): l is string => l !== null);
  const body = a.status === 'not-downloaded' || !a.contentHtml
    ? `*Not downloaded — read it at <${a.url}>.*`
    : htmlToMarkdown(a.contentHtml, doc, a.url);
  const glossary = a.glossary.filter((g) => g.expansion);
  const glossarySection = glossary.length
    ? `\n\n## Glossary\n\n${glossary.map((g) => `- **${g.abbr}**: ${g.expansion}`).join('\n')}`
    : '';
  const notes = a.notes.trim() ? `\n\n## Notes\n\n${a.notes.trim()}` : '';
  const highlights = a.highlights.length ? `\n\n## Highlights\n\n${highlightsMarkdown(a.highlights)}` : '';
  return `${front.join('\n')}\n\n# ${a.title.replace(/\s+/g, ' ').trim() || a.url}${notes}${highlights}\n\n${body}${glossarySection}\n`;
}

/** Each highlight as a block quote, its note (if any) as a paragraph under it. */
export function highlightsMarkdown(highlights: readonly Highlight[]): string {
  return highlights.map((h) => {
    const quote = h.quote.exact.trim().split(/\r?\n/).map((line) => `> ${line}`.trimEnd()).join('\n');
    return h.note.trim() ? `${quote}\n\n${h.note.trim()}` : quote;
  }).join('\n\n');
}

/**
 * "Copy all highlights": every article that has some, as a Markdown heading linking the article
 * followed by its highlights and notes (notes apps paste it as it is).
 */
export function allHighlightsMarkdown(articles: readonly SavedArticle[]): string {
  return articles.filter((a) => a.highlights.length).map((a) =>
    `## [${(a.title.replace(/\s+/g, ' ').trim() || a.url).replace(/([[\]])/g, '\\$1')}](<${a.url}>)\n\n${highlightsMarkdown(a.highlights)}`).join('\n\n');
}

/** ASCII slug (Vietnamese folded: "Ủy ban" → "uy-ban") + short id so names are unique and portable. */
export function markdownFileName(a: SavedArticle): string {
  const slug = a.title.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${slug || 'article'}-${a.id.slice(0, 8)}.md`;
}

/** Zip archive (Uint8Array) with one Markdown file per article under "gloss-library/". */
export function exportMarkdownZip(articles: SavedArticle[], doc: Document): Uint8Array {
  return createZip(articles.map((a) => ({
    name: `gloss-library/${markdownFileName(a)}`,
    data: articleToMarkdown(a, doc),
    date: new Date(a.updatedAt),
  })));
}
