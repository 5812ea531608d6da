import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { extractArticle } from '../../utils/extract/index.ts';

const at = 'https://paper.example/2026/03/harbour-cranes-return-to-work-after-strike-445566.html';
const standfirst = 'After a month of talks, dockers accepted a new contract on Friday and the cranes were turning again by nightfall, clearing the queue of ships.';
const body = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the story: the port authority said the backlog of container ships would take about ten days to clear, and that night shifts would continue until the berths were free again.</p>`).join('');

/** A story page whose standfirst sits between the headline and the body container, outside it. */
const page = (dek: string, description: string | null) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>Harbour cranes return to work after strike</title>
  ${description ? `<meta name="description" content="${description}">` : ''}<meta property="og:type" content="article"></head>
  <body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>
  <div class="page"><div class="headline-block"><h1>Harbour cranes return to work after strike</h1>${dek}
  <div class="meta">By A. Reporter · 14 March 2026</div></div>
  <div class="story-body" itemprop="articleBody">${body}</div></div>
  <footer><p>© Paper</p></footer></body></html>`;

const extract = (html: string) => withPage(html, at, (doc, win) => extractArticle(doc, { window: win }));

describe('the lead outside the body container is kept', () => {
  it('a standfirst named as such, that the page also gives as its description', async () => {
    const a = await extract(page(`<p class="article-dek">${standfirst}</p>`, standfirst));
    expect(a.textContent.startsWith(standfirst)).toBe(true);
    expect(a.textContent).toContain('Paragraph 8 of the story');
  });

  it('a block named as a standfirst (dek, teaser, sapo…) under the headline, with no description', async () => {
    for (const name of ['article-dek', 'standfirst', 'sapo', 'teaser-text']) {
      const a = await extract(page(`<p class="${name}">${standfirst}</p>`, null));
      expect(a.textContent.startsWith(standfirst), name).toBe(true);
    }
  });

  it('is not added twice when the body already holds it, nor taken from elsewhere on the page', async () => {
    const inBody = page('', standfirst).replace('<div class="story-body" itemprop="articleBody">', `<div class="story-body" itemprop="articleBody"><p>${standfirst}</p>`);
    const a = await extract(inBody);
    expect(a.textContent.split(standfirst).length).toBe(2);
    const inFooter = page('', null).replace('<footer>', `<footer><p class="teaser">${standfirst}</p>`);
    expect((await extract(inFooter)).textContent).not.toContain(standfirst);
  });
});
