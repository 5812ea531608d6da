// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { attachAbbrPopover } from '@/components/abbr-popover';

function article() {
  const frame = document.createElement('div');
  const body = document.createElement('div');
  body.innerHTML = '<p>Họp <abbr title="Ủy ban nhân dân" data-source="dictionary" tabindex="0">UBND</abbr> và '
    + '<abbr title="<b>not markup</b>" data-source="nowhere" tabindex="0">XYZ</abbr> <span>text</span></p>';
  frame.append(body);
  document.body.append(frame);
  return { frame, body, marks: [...body.querySelectorAll('abbr')] };
}

const popover = (frame: Element) => frame.querySelector('[data-testid=abbr-popover]');

describe('the meaning popover', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = (key: string) => `«${key}»`;
    document.body.replaceChildren();
  });

  it('shows an abbreviation\'s meaning and source on hover and focus, and hides when the pointer or focus leaves', () => {
    const { frame, body, marks } = article();
    attachAbbrPopover(frame, body);
    marks[0].dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const shown = popover(frame)!;
    expect(shown.id).toBe('gloss-popover');
    expect(shown.getAttribute('role')).toBe('tooltip');
    expect([...shown.childNodes].map((n) => n.textContent)).toEqual(['UBND', ' ', 'Ủy ban nhân dân', '«sourceDictionary»']);
    expect(marks[0].getAttribute('aria-describedby')).toBe('gloss-popover');

    marks[0].dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    expect(popover(frame)).toBeNull();
    // Leaving plain text is not leaving an abbreviation.
    marks[1].dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    body.querySelector('span')!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    expect(popover(frame)?.textContent).toBe('XYZ <b>not markup</b>');
    expect(popover(frame)?.querySelector('b')).toBeNull();
    marks[1].dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(popover(frame)).toBeNull();
  });

  it('hides on request and stops listening when detached', () => {
    const { frame, body, marks } = article();
    const attached = attachAbbrPopover(frame, body);
    marks[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(popover(frame)).not.toBeNull();
    attached.hide();
    expect(popover(frame)).toBeNull();
    attached.detach();
    marks[0].dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(popover(frame)).toBeNull();
  });
});
