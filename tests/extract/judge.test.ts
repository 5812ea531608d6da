import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { extractArticle } from '../../utils/extract/index.ts';
import { judge, strongListing, type JudgeSignals } from '../../utils/extract/judge.ts';

const at = 'https://news.example/2026/09/some-story-about-the-town-123456.html';
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const extract = (html: string, url = at) => withPage(html, url, (doc, win) => extractArticle(doc, { window: win }));
const nav = '<header><a href="/">Home</a> · <a href="/local">Local</a> · <a href="/sport">Sport</a></header>';

describe('short stories are articles', () => {
  it('a short news item: a headline and three sentences', async () => {
    const a = await extract(page('<title>Bridge closes for repairs</title>', `${nav}<main><h1>Bridge closes for repairs</h1>
      <p>The old river bridge will close to traffic from Monday for three weeks while engineers replace its joints.</p>
      <p>Buses will take the ring road instead, adding about ten minutes to the journey into town.</p>
      <p>Pedestrians can still cross on the north footpath.</p></main>`));
    expect(a.readerable).toBe(true);
    expect(a.textContent).toContain('replace its joints');
  });

  it('a Q&A piece with short answers', async () => {
    const qa = [['Why now?', 'The pipes under the square are eighty years old and leak every winter.'],
      ['How long will it take?', 'About six weeks, if the weather holds.'],
      ['Will the market move?', 'Yes, to the car park behind the library until the work is done.']];
    const a = await extract(page('<title>Questions about the square</title>', `${nav}<article><h1>Your questions about the works on the square</h1>
      ${qa.map(([q, r]) => `<h3>${q}</h3><p>${r}</p>`).join('')}</article>`));
    expect(a.readerable).toBe(true);
    expect(a.textContent).toContain('car park behind the library');
  });
});

describe('a guide with many product links is an article', () => {
  it('links of five words and more inside its prose, link text a small share, are not teasers', async () => {
    const tools = ['multimeter', 'wire stripper', 'voltage tester', 'fish tape', 'tape measure', 'level', 'drill', 'headlamp', 'pliers', 'screwdriver set', 'cable cutter', 'tool bag'];
    const sections = tools.map((tool, i) => `<h2>${i + 1}. The ${tool}</h2>
      <p>Every electrician needs a good ${tool}: it saves time on the job, it makes the work safer, and a solid one lasts for years if it is looked after and kept dry between jobs.</p>
      <p>Our pick: <a href="https://shop.example/p/${i}">the professional ${tool} with a hard case</a>.</p>`).join('');
    const a = await extract(page('<title>Twelve tools every electrician needs</title><meta property="og:type" content="website">',
      `${nav}<main><h1>Twelve tools every electrician needs</h1>${sections}</main>`));
    expect(a.readerable).toBe(true);
    expect(a.textContent).toContain('kept dry between jobs');
  });
});

describe('listing pages stay refused', () => {
  const cards = Array.from({ length: 12 }, (_, i) =>
    `<article><h2><a href="/story-${i}.html">Headline number ${i} about something that happened in town</a></h2><p>One line of summary ${i}.</p></article>`).join('');
  it('a page of headline teasers', async () => {
    const a = await extract(page('<title>Local news</title><meta property="og:type" content="website">', `${nav}<main><h1>Local news</h1>${cards}</main>`), 'https://news.example/local');
    expect(a.readerable).toBe(false);
    expect(a.error).toBe('not-article');
  });
});

describe('the judgement itself', () => {
  const article: JudgeSignals = {
    ldArticle: false, ldCollection: false, ogType: 'article', rawChars: 5000, cleanChars: 5000,
    rawLinkDensity: 0.05, rawTeasers: 2, rawCards: 0, sectionUrl: false,
  };
  it('never counts what the clean-up removed as listing evidence', () => {
    expect(judge({ ...article, cleanChars: 900 }, () => true)).toBe(true);
    expect(judge({ ...article, cleanChars: 900, probablyReaderable: false })).toBe(true);
  });
  it('does not refuse what isProbablyReaderable accepts on one weak hint', () => {
    expect(judge({ ...article, ldCollection: true, sectionUrl: true, ogType: 'website' }, () => true)).toBe(false);
    expect(judge({ ...article, ldCollection: true, sectionUrl: true }, () => true)).toBe(true);
    expect(judge({ ...article, ogType: 'website' }, () => true)).toBe(true);
  });
  it('refuses many headline teasers confirmed by a second sign', () => {
    const teasers = { ...article, rawTeasers: 30, rawLinkDensity: 0.35 };
    expect(strongListing(teasers)).toBe(false);
    expect(strongListing({ ...teasers, rawCards: 25 })).toBe(true);
    expect(strongListing({ ...teasers, sectionUrl: true })).toBe(true);
    expect(strongListing({ ...teasers, sectionUrl: true, ldArticle: true })).toBe(false);
  });
  it('does not take a guide\'s many long links inside its prose for teasers', () => {
    // A buying guide of 18,000 characters with 64 product links of five words or more, link text a fifth of it.
    const guide = { ...article, rawChars: 18000, cleanChars: 15000, rawTeasers: 64, rawLinkDensity: 0.2, ldCollection: true };
    expect(strongListing(guide)).toBe(false);
    expect(judge(guide, () => true)).toBe(true);
    expect(strongListing({ ...guide, rawLinkDensity: 0.4 })).toBe(true);
  });
});
