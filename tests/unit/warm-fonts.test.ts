// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readerFontSamples, warmFonts, type FontSample } from '@/utils/warm-fonts';
import { FONT_STACKS } from '@/utils/reader-settings';

describe('readerFontSamples', () => {
  it("uses the font and size of the reader's settings, for the text, headings and UI", () => {
    const root = document.createElement('div');
    root.style.setProperty('--gloss-font', FONT_STACKS.sans);
    root.style.setProperty('--gloss-font-size', '20px');
    root.innerHTML = '<p class="gloss-meta">Báo · 3 phút đọc</p><div class="gloss-toolbar">Đọc to</div>';
    const samples = readerFontSamples(root, 'Tiêu đề', 'Ủy ban nhân dân tỉnh');
    expect(samples).toContainEqual({ font: `20px ${FONT_STACKS.sans}`, text: 'Ủy ban nhân dân tỉnh' });
    expect(samples).toContainEqual({ font: `bold 38px ${FONT_STACKS.sans}`, text: 'Tiêu đề' });
    expect(samples.find((s) => s.font.startsWith('14px'))?.text).toContain('Đọc to');
  });

  it('falls back to the default settings before they are known', () => {
    expect(readerFontSamples(null, 't', 'x')[0].font).toBe(`19px ${FONT_STACKS.serif}`);
  });
});

describe('warmFonts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('measures every sample, one idle period at a time when idle time is short, reading the list only then', () => {
    const measured: string[] = [];
    vi.stubGlobal('OffscreenCanvas', class {
      getContext() {
        return { font: '', measureText(this: { font: string }, text: string) { measured.push(`${this.font}|${text}`); } };
      }
    });
    const idle: ((deadline: IdleDeadline) => void)[] = [];
    const samples: FontSample[] = [{ font: '19px serif', text: 'a' }, { font: 'bold 19px serif', text: 'b' }];
    let read = 0;
    warmFonts(() => { read++; return samples; }, (run) => idle.push(run));
    expect(read).toBe(0);
    const busy = { didTimeout: true, timeRemaining: () => 0 } as IdleDeadline;
    idle.shift()!(busy);
    expect(measured).toEqual(['19px serif|a']);
    idle.shift()!(busy);
    expect(measured).toEqual(['19px serif|a', 'bold 19px serif|b']);
    expect(idle).toHaveLength(0);
    expect(read).toBe(1);
  });
});
