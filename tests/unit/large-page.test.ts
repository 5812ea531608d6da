// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_ELEMENTS, countElements, reduceLargeDocument } from '@/utils/large-page';

const story = '<p>' + 'The barrier held back the highest water in a decade. '.repeat(20) + '</p>';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<html lang="en"><head><title>T</title><meta property="og:title" content="Barrier holds"></head><body>${body}</body></html>`, 'text/html');
}

describe('reduceLargeDocument', () => {
  it('keeps the story container and the head metadata, without the page around it', () => {
    const doc = page(`<nav>${'<a href="/">x</a>'.repeat(50)}</nav><article><h1>Barrier holds</h1>${story}${story}</article>`);
    const small = reduceLargeDocument(doc)!;
    expect(small.querySelector('article h1')?.textContent).toBe('Barrier holds');
    expect(small.querySelector('nav')).toBeNull();
    expect(small.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Barrier holds');
    expect(small.documentElement.lang).toBe('en');
  });

  it('declines when no container is both small enough and story-like', () => {
    expect(reduceLargeDocument(page(`<div>${story}</div>`))).toBeNull();
    const tooBig = `<main>${story}${'<span>x</span>'.repeat(MAX_ELEMENTS + 10)}</main>`;
    const doc = page(tooBig);
    expect(countElements(doc)).toBeGreaterThan(MAX_ELEMENTS);
    expect(reduceLargeDocument(doc)).toBeNull();
  });
});
