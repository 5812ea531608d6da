import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { exportLibraryHtml, EXPORT_CSP } from './export-html';
import { allHighlightsMarkdown, articleToMarkdown, exportMarkdownZip, markdownFileName } from './export-markdown';
import { htmlToMarkdown } from './html-to-markdown';
import type { SavedArticle } from './schema';

const doc = new Window().document as unknown as Document;
const md = (html: string, base?: string) => htmlToMarkdown(html, doc, base);

const article: SavedArticle = {
  id: '0123456789abcdef', url: 'https://e.com/news/1', title: 'Ủy ban "nhân dân": họp <báo>', byline: 'An', siteName: 'VnE',
  lang: 'vi', publishedTime: '2024-01-02', excerpt: null, leadImageUrl: null,
  contentHtml: '<p>Xin <strong>chào</strong> <a href="/x">link</a></p>', textContent: 'Xin chào link',
  glossary: [{ abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'article', count: 1 }],
  wordCount: 3, readingMinutes: 1, savedAt: Date.UTC(2024, 0, 3), updatedAt: Date.UTC(2024, 0, 4),
  readState: 'unread', progress: 0, status: 'complete', tags: [], highlights: [], notes: '',
};

describe('htmlToMarkdown', () => {
  it.each([
    ['<p>Hello <b>bold</b> and <em>it</em></p><p>Second</p>', 'Hello **bold** and *it*\n\nSecond'],
    ['<h1>T</h1><h3> Sub  title </h3>', '# T\n\n### Sub title'],
    ['<p><a href="https://a.com/x y">A (b)</a> <a href="#frag">in page</a></p>', '[A (b)](https://a.com/x%20y) in page'],
    ['<img src="/i.png" alt="pic">', '![pic](https://e.com/i.png)'],
    ['<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>', '- a\n- b\n\n  - c'],
    ['<ol start="3"><li>x</li><li><p>y</p><p>z</p></li></ol>', '3. x\n4. y\n\n   z'],
    ['<blockquote><p>q1</p><p>q2</p></blockquote>', '> q1\n>\n> q2'],
    ['<figure><img src="https://e.com/a.jpg" alt=""><figcaption>Cap <b>tion</b></figcaption></figure>', '![](https://e.com/a.jpg)\n\n*Cap **tion***'],
    ['<p>line<br>  next</p>', 'line\\\nnext'],
    ['<pre><code class="language-js">const a = 1;\n\n  b();\n</code></pre>', '```js\nconst a = 1;\n\n  b();\n```'],
    ['<p>use <code>x = `y`</code></p>', 'use `` x = `y` ``'],
    ['<table><tr><th>A</th><th>B</th></tr><tr><td>1|2</td><td>3</td></tr></table>', '| A | B |\n| --- | --- |\n| 1\\|2 | 3 |'],
    ['<p>5 * 3 _x_ [y] <not-a-tag></p>', '5 \\* 3 \\_x\\_ \\[y\\]'],
    ['<p># not a heading</p><p>1. not a list</p><p>- nor this</p>', '\\# not a heading\n\n1\\. not a list\n\n\\- nor this'],
    ['<script>alert(1)</script><style>p{}</style><p>ok</p>', 'ok'],
    ['<div>\n  <p>a</p>\n  <p>b</p>\n</div>', 'a\n\nb'],
    ['<p>&lt;script&gt;</p>', '\\<script>'],
    ['<hr>', '---'],
  ])('%s', (html, expected) => {
    expect(md(html, 'https://e.com/page')).toBe(expected);
  });
});

describe('Markdown export', () => {
  it('front matter + body + glossary', () => {
    const out = articleToMarkdown(article, doc);
    expect(out).toBe([
      '---', 'title: "Ủy ban \\"nhân dân\\": họp <báo>"', 'url: "https://e.com/news/1"', 'site: "VnE"', 'author: "An"',
      'published: "2024-01-02"', 'lang: "vi"', 'tags: []', 'saved: 2024-01-03T00:00:00.000Z', 'read: false', '---', '',
      '# Ủy ban "nhân dân": họp <báo>', '', 'Xin **chào** [link](https://e.com/x)', '', '## Glossary', '',
      '- **UBND**: Ủy ban nhân dân', '',
    ].join('\n'));
  });

  it('tags in the front matter; the note and the highlights (quotes, their notes under them) before the body', () => {
    const h = (id: string, exact: string, note: string) => ({
      id, color: 'yellow' as const, note, quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: 1 }, created: 1, updated: 1,
    });
    const out = articleToMarkdown({
      ...article, tags: ['Kinh tế', 'a "b"'], notes: 'Đọc lại.',
      highlights: [h('1', 'Xin chào', 'lời chào'), h('2', 'dòng 1\ndòng 2', '')],
    }, doc);
    expect(out).toContain('tags: ["Kinh tế", "a \\"b\\""]\nsaved: ');
    expect(out).toContain('## Notes\n\nĐọc lại.\n\n## Highlights\n\n> Xin chào\n\nlời chào\n\n> dòng 1\n> dòng 2\n\nXin **chào**');
    expect(allHighlightsMarkdown([{ ...article, highlights: [h('1', 'Xin chào', '')] }, article]))
      .toBe('## [Ủy ban "nhân dân": họp <báo>](<https://e.com/news/1>)\n\n> Xin chào');
  });

  it('file names are ASCII slugs with the id', () => {
    expect(markdownFileName(article)).toBe('uy-ban-nhan-dan-hop-bao-01234567.md');
    expect(markdownFileName({ ...article, title: '' })).toBe('article-01234567.md');
  });

  it('zips one file per article', () => {
    const zip = exportMarkdownZip([article, { ...article, id: 'ffffffffffffffff', status: 'not-downloaded', contentHtml: '' }], doc);
    const text = new TextDecoder().decode(zip);
    expect(text).toContain('gloss-library/uy-ban-nhan-dan-hop-bao-01234567.md');
    expect(text).toContain('gloss-library/uy-ban-nhan-dan-hop-bao-ffffffff.md');
    expect(text).toContain('*Not downloaded — read it at <https://e.com/news/1>.*');
  });
});

describe('HTML export', () => {
  const html = exportLibraryHtml([article], new Date('2025-01-01T00:00:00Z'));
  it('has the strict CSP before any content', () => {
    expect(EXPORT_CSP).toBe("default-src 'none'; img-src * data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
    expect(html.indexOf(`content="${EXPORT_CSP}"`)).toBeGreaterThan(0);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<body>'));
  });
  it('escapes titles and metadata but keeps the sanitised body', () => {
    expect(html).toContain('<h1>Ủy ban &#34;nhân dân&#34;: họp &#60;báo&#62;</h1>');
    expect(html).not.toContain('<báo>');
    expect(html).toContain(article.contentHtml);
    expect(html).toContain('<article id="a-0123456789abcdef" lang="vi">');
    const parsed = new Window().document;
    parsed.write(html);
    expect(parsed.querySelectorAll('article')).toHaveLength(1);
    expect(parsed.querySelector('article h1')?.textContent).toBe(article.title);
  });
});
