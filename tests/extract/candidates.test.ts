import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { extractDetailed } from '../../utils/extract/index.ts';

const at = 'https://paper.example/2026/05/new-tram-line-opens-to-passengers-778899.html';
const story = Array.from({ length: 9 }, (_, i) =>
  `<p>Story paragraph ${i + 1}: the new tram line carried its first passengers on Saturday, linking the station to the university in twelve minutes, and the operator expects twenty thousand riders a day by autumn.</p>`);
const lead = 'The city opened its first new tram line in forty years on Saturday, after three years of building work and a long argument about the cost of the project.';
const teasers = Array.from({ length: 10 }, (_, i) =>
  `<div class="card"><h3><a href="/2026/05/other-${i}.html">Other story number ${i} from the same newspaper today</a></h3>
   <p>A summary of the other story ${i}, long enough to read as prose: residents, councillors and the police all had something to say about it this week.</p></div>`).join('');

const doc = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>New tram line opens to passengers</title><meta property="og:type" content="article">${head}</head>
  <body><nav><a href="/">Home</a> <a href="/city">City</a></nav><h1>New tram line opens to passengers</h1>${body}
  <footer><p>© Paper</p></footer></body></html>`;

const extract = (html: string) => withPage(html, at, (d, win) => extractDetailed(d, { window: win }));

describe('a misleading declared container does not lose the story', () => {
  it('an <article> holding a list of teasers, the story in a plain block', async () => {
    const { article } = await extract(doc('', `<div class="main"><div class="text">${story.join('')}</div></div><article class="more">${teasers}${teasers.replace(/number/g, 'numero')}</article>`));
    expect(article.readerable).toBe(true);
    expect(article.textContent).toContain('Story paragraph 1:');
    expect(article.textContent).toContain('Story paragraph 9:');
    expect(article.textContent).not.toContain('Other story number');
  });

  it('a JSON-LD articleBody holding only the lead', async () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'New tram line opens to passengers', articleBody: `${lead} ${lead}` })}</script>`;
    const { article } = await extract(doc(ld, `<div class="story"><p>${lead}</p>${story.join('')}</div><aside>${teasers}</aside>`));
    expect(article.textContent).toContain(lead);
    expect(article.textContent).toContain('Story paragraph 9:');
  });

  it('an [itemprop=articleBody] holding only the lead, the story in the next block', async () => {
    const { article } = await extract(doc('', `<div class="wrap"><div itemprop="articleBody"><p>${lead}</p></div><div class="rest">${story.join('')}</div></div>`));
    expect(article.textContent).toContain('Story paragraph 1:');
    expect(article.textContent).toContain('Story paragraph 9:');
  });

  it('Readability taking a long block of teaser summaries over a shorter story declared in <article>', async () => {
    const summaries = Array.from({ length: 14 }, (_, i) => `<div class="promo"><p>Promo ${i}: ${story[i % 9].replace(/<\/?p>/g, '').replace('Story paragraph', 'elsewhere')}</p><a href="/p/${i}">Read more</a></div>`).join('');
    const { article } = await extract(doc('', `<article><div class="body">${story.slice(0, 5).join('')}</div></article><section class="promos">${summaries}</section>`));
    expect(article.textContent).toContain('Story paragraph 1:');
    expect(article.textContent).toContain('Story paragraph 5:');
  });
});

describe('the page\'s main text run referees a short result', () => {
  // Streamed server rendering: the story arrives in a hidden block that the page's script moves
  // into place; a saved copy, or a page read before that script ran, shows only the placeholder.
  const streamed = (extra = '') => doc('', `<main><div class="promo"><p>Start reading today: the best stories, in your inbox every morning.</p></div>
    <div id="slot">Loading…</div></main>${extra}<div hidden id="S:1"><div class="post">${story.join('')}</div></div>`);

  it('a story Readability does not see (hidden until a script moves it) is found in the run', async () => {
    const { article, source } = await extract(streamed());
    expect(source).toBe('text-run');
    expect(article.readerable).toBe(true);
    expect(article.textContent).toContain('Story paragraph 1:');
    expect(article.textContent).toContain('Story paragraph 9:');
  });

  it('a run of teaser summaries, each after a linked headline, does not win', async () => {
    const grid = `<div hidden id="S:1">${teasers}</div>`;
    const { source } = await extract(doc('', `<main><div class="promo"><p>Start reading today: the best stories, in your inbox every morning.</p></div></main>${grid}`));
    expect(source).not.toBe('text-run');
  });
});
