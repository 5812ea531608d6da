// @vitest-environment happy-dom
/**
 * On a shown page (here happy-dom's own document, which computes styles from the page's
 * stylesheet) the browser's styles decide what is apart: the same markup reads as two words or one
 * depending on the CSS (utils/extract/separate.ts).
 */
import { describe, expect, it } from 'vitest';
import { separateBoxes } from '../../utils/extract/separate.ts';

// happy-dom computes only what a sheet sets (no user-agent defaults, no blockified floats): the
// inline display every browser gives span and b is spelled out.
const STYLES = `<style>
  span, b { display: inline; }
  .stamp { margin-right: 12px; text-transform: uppercase; }
  .pill { display: inline-block; }
  .side { display: inline; float: left; }
  .rtl { direction: rtl; }
</style>`;

function separated(body: string): Record<string, string> {
  document.head.innerHTML = STYLES;
  document.body.innerHTML = body;
  const copy = document.cloneNode(true) as Document;
  const spaces = separateBoxes(copy, document);
  const out: Record<string, string> = { spaces: String(spaces) };
  for (const el of copy.querySelectorAll('[id]')) out[el.id] = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return out;
}

describe('words apart on a shown page', () => {
  it('separates what the styles set apart and nothing else', () => {
    const text = separated(`
      <p id="margin"><span class="stamp">TP HCM</span>Nếu giá xăng tăng</p>
      <p id="box"><span class="pill">Hà Nội</span>Chiều qua</p>
      <p id="float">Giá<span class="side">Tin nhanh</span>tăng</p>
      <p id="plain"><span>TP HCM</span>Nếu giá xăng tăng</p>
      <p id="word">Ủy <b>ban</b>nhân dân</p>`);
    expect(text.margin).toBe('TP HCM Nếu giá xăng tăng');
    expect(text.box).toBe('Hà Nội Chiều qua');
    expect(text.float).toBe('Giá Tin nhanh tăng');
    // Shown glued on the page: the styles say so, whatever the capitals suggest.
    expect(text.plain).toBe('TP HCMNếu giá xăng tăng');
    expect(text.word).toBe('Ủy bannhân dân');
    expect(text.spaces).toBe('4');
    // Only the copy changed.
    expect(document.body.textContent).toContain('TP HCMNếu');
  });
});
