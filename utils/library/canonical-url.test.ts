import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalUrl, isSaveableUrl } from './canonical-url';

describe('canonicalUrl', () => {
  it.each([
    ['https://Example.COM/a/b?x=1#frag', 'https://example.com/a/b?x=1'],
    ['https://e.com/p?utm_source=nl&id=7&utm_medium=email', 'https://e.com/p?id=7'],
    ['https://e.com/p?UTM_Campaign=x&b=2&a=1', 'https://e.com/p?b=2&a=1'],
    ['https://e.com/p?fbclid=abc', 'https://e.com/p'],
    ['https://e.com/p?gclid=1&msclkid=2&mc_eid=3&igshid=4&id=9', 'https://e.com/p?id=9'],
    ['https://e.com/p?q=a%20b&utm_term=z', 'https://e.com/p?q=a%20b'],
    ['https://e.com/p?q=a+b', 'https://e.com/p?q=a+b'],
    ['https://e.com/p?', 'https://e.com/p'],
    ['https://e.com/p?&&id=1&', 'https://e.com/p?id=1'],
    ['https://e.com:443/p', 'https://e.com/p'],
    ['http://e.com:8080/p', 'http://e.com:8080/p'],
    ['  https://vnexpress.net/bai-viet-123.html#box  ', 'https://vnexpress.net/bai-viet-123.html'],
    ['https://e.com/a?ref=home&page=2', 'https://e.com/a?ref=home&page=2'],
    ['https://e.com/a?utm_=x&utmx=1', 'https://e.com/a?utmx=1'],
    ['https://e.com./a', 'https://e.com/a'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it.each(['not a url', 'ftp://e.com/x', 'javascript:alert(1)', 'about:blank', ''])('rejects %s', (input) => {
    expect(() => canonicalUrl(input)).toThrow(TypeError);
    expect(isSaveableUrl(input)).toBe(false);
  });

  it('is idempotent on a query whose last parameter ends in "?" (found by the property below)', () => {
    const once = canonicalUrl('http://a.aa?a&?');
    expect(canonicalUrl(once)).toBe(once);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (u) => {
        const once = canonicalUrl(u);
        expect(canonicalUrl(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
