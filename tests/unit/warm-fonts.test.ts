import { describe, expect, it } from 'vitest';
import { readerFonts } from '@/utils/warm-fonts';
import { FONT_STACKS } from '@/utils/reader-settings';

describe('readerFonts', () => {
  it('covers every font the settings offer at the body size, and the headings at theirs', () => {
    const fonts = readerFonts(20);
    for (const family of Object.values(FONT_STACKS)) {
      for (const style of ['', 'bold ', 'italic ']) expect(fonts).toContain(`${style}20px ${family}`);
    }
    expect(fonts).toContain(`bold 38px ${FONT_STACKS.serif}`);
    expect(fonts.every((font) => /^(?:(?:bold|italic|\d00) )?\d+(?:\.\d+)?px \S/.test(font))).toBe(true);
  });
});
