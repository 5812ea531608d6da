/**
 * Single self-contained HTML export. Article bodies are the stored sanitised
 * HTML; everything else (titles, metadata) is inserted as escaped text. The
 * CSP forbids scripts, fetches and frames, so even a sanitiser miss cannot run
 * code or phone home when the file is opened from disk — only images load.
 */
import type { SavedArticle } from './schema';

export const EXPORT_CSP = "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222}
article{border-top:1px solid #ccc;padding-top:1em;margin-top:3em}img{max-width:100%;height:auto}
.meta{color:#666;font:14px/1.4 system-ui,sans-serif}nav li{margin:.2em 0}`;

function meta(a: SavedArticle): string {
  const parts = [a.siteName, a.byline, a.publishedTime, `saved ${new Date(a.savedAt).toISOString().slice(0, 10)}`]
    .filter((p): p is string => !!p).map(escapeHtml);
  return `<p class="meta">${parts.join(' · ')} · <a href="${escapeHtml(a.url)}">${escapeHtml(a.url)}</a></p>`;
}

export function exportLibraryHtml(articles: SavedArticle[], now: Date = new Date()): string {
  const toc = articles.map((a) => `<li><a href="#a-${a.id}">${escapeHtml(a.title || a.url)}</a></li>`).join('\n');
  const bodies = articles.map((a) => {
    const lang = a.lang ? ` lang="${escapeHtml(a.lang)}"` : '';
    const content = a.status === 'complete' ? a.contentHtml : '<p><em>Not downloaded.</em></p>';
    return `<article id="a-${a.id}"${lang}>\n<h1>${escapeHtml(a.title || a.url)}</h1>\n${meta(a)}\n${content}\n</article>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gloss library (${now.toISOString().slice(0, 10)})</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Gloss library</h1>
<p class="meta">${articles.length} articles · exported ${escapeHtml(now.toISOString())}</p>
<nav><ol>
${toc}
</ol></nav>
${bodies}
</body>
</html>
`;
}
