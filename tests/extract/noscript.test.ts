import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { extractDetailed } from '../../utils/extract/index.ts';

const at = 'https://notes.example/2026/03/the-lighthouse-keepers-last-winter.html';
const story = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the post: the lighthouse keeper logged the weather every four hours through the winter, and the supply boat came only twice before the ice broke in April.</p>`).join('');
const teasers = Array.from({ length: 12 }, (_, i) =>
  `<div class="post-card"><h3><a href="/2026/0${(i % 9) + 1}/post-${i}.html">Another post number ${i} from the archive of this blog</a></h3>
   <p>Teaser ${i}: a short summary of the post, long enough to read as a sentence of prose on its own line.</p></div>`).join('');

/** A page rendered by script: the visible document is a shell, the content sits in a <noscript>. */
const shell = (noscript: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>The lighthouse keeper's last winter</title>${head}</head>
  <body><div id="app"><div class="loading">Loading…</div></div><script>render()</script>
  <noscript><img src="https://pixel.example/t.gif" width="1" height="1"></noscript>
  <noscript>${noscript}</noscript></body></html>`;

const extract = (html: string, url = at, prepare?: (doc: Document) => void) => withPage(html, url, (doc, win) => {
  prepare?.(doc);
  return extractDetailed(doc, { window: win });
});

/** What a browser with scripting on parses: each <noscript> holds its markup as one text node. */
const asScriptingOn = (doc: Document) => {
  for (const noscript of doc.querySelectorAll('noscript')) noscript.textContent = noscript.innerHTML;
};

describe('a story printed only inside <noscript>', () => {
  const post = `<div class="post"><h3 class="post-title">The lighthouse keeper's last winter</h3>
    <div class="post-body">${story}<img src="https://notes.example/x.jpg" onerror="alert(1)"><script>alert(2)</script></div></div>`;

  it('is opened with its text, sanitised like any candidate', async () => {
    const { article, source } = await extract(shell(post));
    expect(source).toMatch(/^noscript/);
    expect(article.readerable).toBe(true);
    expect(article.textContent).toContain('Paragraph 1 of the post');
    expect(article.textContent).toContain('Paragraph 8 of the post');
    expect(article.content).not.toMatch(/onerror|<script|alert/);
  });

  it('is found when the browser leaves the noscript as raw markup (scripting on)', async () => {
    const { article, source } = await extract(shell(post), at, asScriptingOn);
    expect(source).toMatch(/^noscript/);
    expect(article.readerable).toBe(true);
    expect(article.textContent).toContain('Paragraph 8 of the post');
    expect(article.content).not.toMatch(/onerror|<script|alert/);
  });

  it('is not taken when two noscripts each hold a story (which one is the page?)', async () => {
    const { article } = await extract(shell(`${post}</noscript><noscript>${post.replace(/lighthouse/g, 'harbour')}`));
    expect(article.readerable).toBe(false);
  });
});

describe('pages that do not change', () => {
  it('a listing page whose noscript holds navigation and teasers stays refused', async () => {
    const nav = `<nav>${Array.from({ length: 8 }, (_, i) => `<a href="/label/${i}">Label ${i}</a>`).join(' ')}</nav>`;
    for (const prepare of [undefined, asScriptingOn]) {
      const { article, source } = await extract(shell(`${nav}<div class="blog-posts">${teasers}</div>`), 'https://notes.example/', prepare);
      expect(source).not.toMatch(/^noscript/);
      expect(article.readerable).toBe(false);
    }
  });

  it('an article with a tracking-pixel noscript is extracted as without it', async () => {
    const page = (pixel: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Last winter</title></head>
      <body><h1>The lighthouse keeper's last winter</h1><article>${story}</article>${pixel}</body></html>`;
    const withPixel = await extract(page('<noscript><img src="https://pixel.example/t.gif?id=12345678901234567890" width="1" height="1" alt=""></noscript>'));
    const without = await extract(page(''));
    expect(withPixel.article.readerable).toBe(true);
    expect(withPixel.source).toBe(without.source);
    expect(withPixel.article.textContent).toBe(without.article.textContent);
  });

  it('a visible short story is not replaced by a noscript holding a different long text', async () => {
    // The noscript is only read when the visible page holds no story of SHORT_RESULT characters.
    const visible = `<article>${story}</article>`;
    const html = shell(post2()).replace('<div id="app">', `<div id="app">${visible}`);
    const { article, source } = await extract(html);
    expect(source).not.toMatch(/^noscript/);
    expect(article.textContent).toContain('Paragraph 1 of the post');
    expect(article.textContent).not.toContain('Unrelated paragraph');
  });
});

function post2(): string {
  return Array.from({ length: 8 }, (_, i) => `<p>Unrelated paragraph ${i}: a different text in the noscript, about the harbour dredging and the fleet moored at the north quay.</p>`).join('');
}
