import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { mainTextRun, runMayWin, sharedWithRun } from '../../utils/extract/text-run.ts';

const para = (i: number) => `<p>Paragraph ${i} of the story: the harbour authority voted to dredge the channel this winter, and the fishing fleet will moor at the north quay until March.</p>`;
const card = (i: number) => `<div><h3><a href="/s/${i}">Another headline number ${i} from the front page today</a></h3><p>Summary ${i}: a short account of another story, long enough to read as a sentence of prose on its own.</p></div>`;
const runOf = (body: string) => withPage(`<!doctype html><html><body>${body}</body></html>`, 'https://example.test/', (doc) => mainTextRun(doc.body));

describe('mainTextRun', () => {
  it('takes the story, with its subheadings, over a longer grid of teasers', async () => {
    const grid = Array.from({ length: 12 }, (_, i) => card(i)).join('');
    const run = await runOf(`<div>${grid}</div><article>${para(1)}${para(2)}<h2>What next</h2>${para(3)}${para(4)}</article>`);
    expect(run.text).toContain('Paragraph 1 of the story');
    expect(run.text).toContain('What next');
    expect(run.text).toContain('Paragraph 4 of the story');
    // The summary right before the story joins its run (nothing ends it); the grid's others do not.
    expect(run.text).not.toContain('Summary 10');
  });

  it('ignores navigation, footers and scripts', async () => {
    const run = await runOf(`<nav><p>${'Menu item text that is long enough to be prose, '.repeat(6)}</p></nav>${para(1)}${para(2)}<footer><p>${'Footer words that could read as prose if we let them, '.repeat(8)}</p></footer>`);
    expect(run.text).toContain('Paragraph 2 of the story');
    expect(run.text).not.toMatch(/Menu item|Footer words/);
  });
});

describe('runMayWin', () => {
  const story = Array.from({ length: 10 }, (_, i) => `Paragraph ${i}: the harbour authority voted to dredge the channel this winter.`).join(' ');
  it('replaces a short block that is not part of the run', () => {
    expect(runMayWin({ el: null as unknown as Element, text: 'Subscribe to our newsletter for the best stories every morning.', source: 'readability' }, story)).toBe(true);
    expect(runMayWin(null, story)).toBe(true);
  });
  it('keeps a short block that is part of the run, and any block when the run is short', () => {
    expect(runMayWin({ el: null as unknown as Element, text: story.slice(0, 160), source: 'readability' }, story)).toBe(false);
    expect(runMayWin(null, story.slice(0, 300))).toBe(false);
  });
  it('sharedWithRun counts the block\'s words that the run also holds', () => {
    expect(sharedWithRun(story.slice(0, 200), story)).toBeGreaterThan(0.9);
    expect(sharedWithRun('nothing in common with the harbour story at all here', story)).toBeLessThan(0.2);
  });
});
