// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setSanitizedHtml } from '@/utils/safe-html';

const HOSTILE = '<p>Tin <b>UBND</b><script>alert(1)</script><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a></p>';

describe('setSanitizedHtml', () => {
  it.each([
    ['an element of the page', () => document.createElement('div')],
    // The overlay renders a prepared reader into an inert document, which has no window.
    ['an element of an inert document (no window)', () => document.implementation.createHTMLDocument('').createElement('div')],
  ])('sanitises at the sink for %s', (_name, make) => {
    const element = make();
    setSanitizedHtml(element, HOSTILE);
    expect(element.querySelector('b')?.textContent).toBe('UBND');
    expect(element.querySelector('script')).toBeNull();
    expect(element.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(element.querySelector('a')?.hasAttribute('href')).toBe(false);
  });
});
