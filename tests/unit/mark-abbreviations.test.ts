// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markAbbreviations } from '@/utils/mark-abbreviations';
import type { GlossaryEntry } from '@/utils/glossary/index';

const entry = (abbr: string, expansion: string | null, variants?: string[]): GlossaryEntry =>
  ({ abbr, expansion, source: 'dictionary', count: 1, ...(variants ? { variants } : {}) }) as GlossaryEntry;

function mark(html: string, entries: GlossaryEntry[]) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const count = markAbbreviations(root, entries);
  return { count, html: root.innerHTML, root };
}

describe('markAbbreviations', () => {
  it('wraps every use in <abbr title>, whole words only', () => {
    const { count, html } = mark('<p>UBND tỉnh và UBNDX, HĐND-UBND</p>', [entry('UBND', 'Ủy ban nhân dân'), entry('HĐND', 'Hội đồng nhân dân')]);
    expect(count).toBe(3);
    expect(html).toBe('<p><abbr title="Ủy ban nhân dân" data-source="dictionary" tabindex="0">UBND</abbr> tỉnh và UBNDX, '
      + '<abbr title="Hội đồng nhân dân" data-source="dictionary" tabindex="0">HĐND</abbr>-<abbr title="Ủy ban nhân dân" data-source="dictionary" tabindex="0">UBND</abbr></p>');
  });

  it('prefers the longest form and marks variants', () => {
    const { html } = mark('<p>Sở GD-ĐT và GD&amp;ĐT, KT-XH</p>', [entry('GD&ĐT', 'Giáo dục và Đào tạo', ['GD-ĐT']), entry('KT-XH', 'kinh tế - xã hội'), entry('KT', 'kinh tế')]);
    expect(html).toContain('<abbr title="Giáo dục và Đào tạo" data-source="dictionary" tabindex="0">GD-ĐT</abbr>');
    expect(html).toContain('<abbr title="Giáo dục và Đào tạo" data-source="dictionary" tabindex="0">GD&amp;ĐT</abbr>');
    expect(html).toContain('<abbr title="kinh tế - xã hội" data-source="dictionary" tabindex="0">KT-XH</abbr>');
  });

  it('leaves unknown entries, code and existing abbr alone, and never turns text into markup', () => {
    const { count, html, root } = mark('<p>BTH <code>UBND</code> <abbr>UBND</abbr> &lt;img src=x onerror=alert(1)&gt; UBND</p>',
      [entry('BTH', null), entry('UBND', '<img src=x onerror=alert(1)>')]);
    expect(count).toBe(1);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('abbr[title]')).toHaveLength(1);
    expect(html).toContain('title="<img src=x onerror=alert(1)>"');
  });
});

describe('spelling out at first use', () => {
  it('adds the expansion after the first use only', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>UBND tỉnh họp. UBND huyện dự.</p>';
    markAbbreviations(root, [entry('UBND', 'Ủy ban nhân dân')], { spellOutFirstUse: true });
    expect(root.textContent).toBe('UBND (Ủy ban nhân dân) tỉnh họp. UBND huyện dự.');
  });
});
