import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, FONT_STACKS, PALETTES, RANGES, resolveTheme, settingsToCssVars, stepSetting, validateSettings,
} from '@/utils/reader-settings';

describe('validateSettings', () => {
  it('gives the defaults for nothing or for something that is not settings', () => {
    for (const stored of [undefined, null, 42, 'dark', [], {}]) expect(validateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps good values', () => {
    const good = { theme: 'sepia', font: 'sans', fontSize: 24, lineHeight: 1.8, contentWidth: 800, spellOutFirstUse: true, speechRate: 1.5 };
    expect(validateSettings(good)).toEqual(good);
  });

  it('repairs each bad field on its own and keeps the rest', () => {
    const repaired = validateSettings({
      theme: 'neon', font: 'Comic Sans', fontSize: Number.NaN, lineHeight: 'loose', contentWidth: null,
      spellOutFirstUse: 'yes', speechRate: Infinity, extra: 'dropped',
    });
    expect(repaired).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ theme: 'dark', fontSize: 'x' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('clamps numbers into range and snaps them to the step', () => {
    const s = validateSettings({ fontSize: 99, lineHeight: 0.5, contentWidth: 10_000, speechRate: 0.1 });
    expect(s).toMatchObject({ fontSize: 32, lineHeight: 1.2, contentWidth: 1200, speechRate: 0.75 });
    expect(validateSettings({ fontSize: 20.4, lineHeight: 1.64, contentWidth: 701, speechRate: 1.3 }))
      .toMatchObject({ fontSize: 20, lineHeight: 1.6, contentWidth: 720, speechRate: 1.25 });
  });

  it('reads numeric strings (an older or hand-edited value)', () => {
    expect(validateSettings({ fontSize: '22', lineHeight: ' 1.8 ' })).toMatchObject({ fontSize: 22, lineHeight: 1.8 });
    expect(validateSettings({ fontSize: '' }).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
  });

  it('defaults are themselves valid', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.spellOutFirstUse).toBe(false);
  });
});

describe('stepSetting', () => {
  it('steps within the limits without binary noise', () => {
    expect(stepSetting(DEFAULT_SETTINGS, 'fontSize', 1)).toBe(20);
    expect(stepSetting({ ...DEFAULT_SETTINGS, lineHeight: 1.5 }, 'lineHeight', 1)).toBe(1.6);
    expect(stepSetting({ ...DEFAULT_SETTINGS, fontSize: RANGES.fontSize.max }, 'fontSize', 1)).toBe(RANGES.fontSize.max);
    expect(stepSetting({ ...DEFAULT_SETTINGS, contentWidth: RANGES.contentWidth.min }, 'contentWidth', -1)).toBe(RANGES.contentWidth.min);
  });
});

describe('settings → CSS variables', () => {
  it('auto follows the system colour scheme', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
  });

  it('sets font, measures and the palette of the theme', () => {
    const vars = settingsToCssVars({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 22, lineHeight: 1.8, contentWidth: 760 }, 'dark');
    expect(vars).toMatchObject({
      '--gloss-font': FONT_STACKS.sans, '--gloss-font-size': '22px', '--gloss-line-height': '1.8', '--gloss-width': '760px',
      '--gloss-bg': PALETTES.dark.background, '--gloss-text': PALETTES.dark.text, '--gloss-color-scheme': 'dark',
    });
    expect(settingsToCssVars(DEFAULT_SETTINGS, 'sepia')['--gloss-bg']).toBe(PALETTES.sepia.background);
    for (const name of Object.keys(vars)) expect(name).toMatch(/^--gloss-/);
  });

  it('every font stack starts with fonts that cover Vietnamese and ends in a generic family', () => {
    for (const stack of Object.values(FONT_STACKS)) {
      expect(stack).toMatch(/(serif|sans-serif)$/);
      // Liberation (what Times New Roman and Arial become on Linux) lacks ẫ/ự: never ahead of DejaVu.
      const dejavu = stack.indexOf('DejaVu');
      for (const late of ['Times New Roman', 'Arial']) if (stack.includes(late)) expect(stack.indexOf(late)).toBeGreaterThan(dejavu);
    }
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('palettes meet WCAG AA', () => {
  for (const [theme, p] of Object.entries(PALETTES)) {
    it(theme, () => {
      for (const [fg, bg] of [[p.text, p.background], [p.muted, p.background], [p.link, p.background],
        [p.onAccent, p.accent], [p.text, p.highlight], [p.link, p.highlight], [p.muted, p.highlight]]) {
        expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const ui of [p.accent, p.border]) expect(contrast(ui, p.background), `${ui} on ${p.background}`).toBeGreaterThanOrEqual(3);
    });
  }
});
