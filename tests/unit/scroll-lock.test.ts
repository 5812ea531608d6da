// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lockScroll } from '@/utils/scroll-lock';

function setStyles(style: string | null, body: string | null = style) {
  for (const [el, value] of [[document.documentElement, style], [document.body, body]] as const) {
    if (value === null) el.removeAttribute('style');
    else el.setAttribute('style', value);
  }
}

describe('lockScroll', () => {
  it.each([
    ['no style attribute', null],
    ['an empty style attribute', ''],
    ['an existing style', 'color: red'],
    ['an existing style ending in a semicolon', 'margin: 0;'],
  ])('locks and gives back %s exactly', (_name, style) => {
    setStyles(style);
    const before = document.documentElement.outerHTML;
    const unlock = lockScroll(document);
    expect(document.documentElement.getAttribute('style')).toContain('overflow: hidden !important');
    // A body that does not scroll itself is left alone (locking it costs a repaint of the whole page).
    expect(document.body.getAttribute('style')).toBe(style);
    unlock();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['overflow: auto', 'overflow: auto'],
    ['overflow-y: scroll', 'height: 100%; overflow-y: scroll;'],
  ])('locks a body that scrolls itself (%s) too, and gives it back exactly', (_name, body) => {
    setStyles(null, body);
    const before = document.documentElement.outerHTML;
    const unlock = lockScroll(document);
    expect(document.documentElement.getAttribute('style')).toContain('overflow: hidden !important');
    expect(document.body.getAttribute('style')).toContain('overflow: hidden !important');
    unlock();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
