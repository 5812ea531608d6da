// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lockScroll } from '@/utils/scroll-lock';

describe('lockScroll', () => {
  it.each([
    ['no style attribute', null],
    ['an empty style attribute', ''],
    ['an existing style', 'color: red'],
    ['an existing style ending in a semicolon', 'margin: 0;'],
  ])('locks and gives back %s exactly', (_name, style) => {
    for (const el of [document.documentElement, document.body]) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
    const before = document.documentElement.outerHTML;
    const unlock = lockScroll(document);
    expect(document.documentElement.getAttribute('style')).toContain('overflow: hidden !important');
    expect(document.body.getAttribute('style')).toContain('overflow: hidden !important');
    unlock();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
