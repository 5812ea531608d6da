// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createShadowHost } from '@/utils/shadow-host';

describe('the shadow host of Gloss\'s UI over a page', () => {
  it('is an open shadow root with html › head (reset, then our CSS) + body, and leaves nothing when removed', () => {
    document.body.innerHTML = '<p>page</p>';
    const before = document.documentElement.outerHTML;
    const ui = createShadowHost({ name: 'gloss-reader', css: '.a { color: red; }' });
    expect(ui.host.tagName).toBe('GLOSS-READER');
    expect(ui.shadow.mode).toBe('open');
    expect(ui.host.shadowRoot).toBe(ui.shadow);
    expect(ui.shadow.firstElementChild).toBe(ui.html);
    const styles = [...ui.html.querySelectorAll('head > style')].map((s) => s.textContent);
    expect(styles).toEqual([':host{all:initial !important;}\n.a { color: red; }']);
    ui.addStyle('.b {}');
    expect(ui.html.querySelectorAll('head > style')[1].textContent).toBe('.b {}');
    expect(ui.html.lastElementChild).toBe(ui.body);

    ui.mount(document.body);
    expect(document.body.lastElementChild).toBe(ui.host);
    expect(ui.host.style.width).toBe('0px');
    expect(ui.html.style.position).toBe('fixed');
    ui.remove();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keeps the events it isolates inside', () => {
    const ui = createShadowHost({ name: 'gloss-picker', css: '', isolateEvents: ['keydown'] });
    ui.mount(document.body);
    const onPage = vi.fn();
    document.addEventListener('keydown', onPage);
    document.addEventListener('keyup', onPage);
    const input = document.createElement('input');
    ui.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true }));
    expect(onPage).not.toHaveBeenCalled();
    input.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true }));
    expect(onPage).toHaveBeenCalledOnce();
    ui.remove();
  });
});
