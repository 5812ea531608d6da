/**
 * Reader comfort settings: their shape, defaults, repair of stored values, and the CSS custom
 * properties the reader view applies. Pure, so the extension and the tests share it.
 */

export type ReaderTheme = 'light' | 'sepia' | 'dark' | 'auto';
export type ResolvedTheme = Exclude<ReaderTheme, 'auto'>;
export type ReaderFont = 'serif' | 'sans' | 'system';

export interface ReaderSettings {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Body text size in CSS px (px, not rem: inside the overlay rem would follow the page's root size). */
  fontSize: number;
  lineHeight: number;
  /** Maximum width of the text column in CSS px. */
  contentWidth: number;
  /** Write an abbreviation's expansion at its first use (rendered by ArticleBody). */
  spellOutFirstUse: boolean;
  /** Read-aloud speed, as SpeechSynthesisUtterance.rate. */
  speechRate: number;
}

export const THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark', 'auto'];
export const FONTS: readonly ReaderFont[] = ['serif', 'sans', 'system'];

interface Range {
  min: number;
  max: number;
  step: number;
}

/** Limits and step of every numeric setting; the toolbar steps by `step` and stored values snap to it. */
export const RANGES = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  contentWidth: { min: 480, max: 1200, step: 40 },
  speechRate: { min: 0.75, max: 2, step: 0.25 },
} satisfies Record<string, Range>;

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  theme: 'auto',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  contentWidth: 680,
  spellOutFirstUse: false,
  speechRate: 1,
});

/**
 * Font stacks whose first installed fonts cover every Vietnamese letter (ẫ, ự, ệ, đ…).
 * Fonts that cover all of Vietnamese come first; "Times New Roman" and Arial come late because
 * on Linux they resolve to Liberation fonts, which lack the precomposed Vietnamese letters, and
 * the browser would then mix two fonts inside one word.
 */
export const FONT_STACKS: Record<ReaderFont, string> = {
  serif: '"Noto Serif", "Source Serif 4", "Source Serif Pro", Merriweather, "DejaVu Serif", Georgia, Cambria, "Times New Roman", serif',
  sans: '"Noto Sans", "Segoe UI", Roboto, "Source Sans 3", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
};

export interface Palette {
  background: string;
  text: string;
  /** Secondary text (byline, captions): still ≥ 4.5:1. */
  muted: string;
  link: string;
  /** Selected controls, focus ring, progress bar: ≥ 3:1 against the background. */
  accent: string;
  /** Text on an accent background. */
  onAccent: string;
  /** Control borders: ≥ 3:1 against the background. */
  border: string;
  /** Background of the paragraph being read aloud; text and links on it stay ≥ 4.5:1. */
  highlight: string;
}

/** Contrast ratios are checked in tests/unit/reader-settings.test.ts. */
export const PALETTES: Record<ResolvedTheme, Palette> = {
  light: {
    background: '#fbfaf7', text: '#1d1d1f', muted: '#57554f', link: '#1a55c4',
    accent: '#1a55c4', onAccent: '#ffffff', border: '#8a867d', highlight: '#fbeeb0',
  },
  sepia: {
    background: '#f4ecd8', text: '#33291c', muted: '#5e4f3b', link: '#8a3b0b',
    accent: '#7a4312', onAccent: '#ffffff', border: '#8f7b5d', highlight: '#ead79a',
  },
  dark: {
    background: '#17181a', text: '#e6e4df', muted: '#b3b0a8', link: '#8ab4ff',
    accent: '#8ab4ff', onAccent: '#17181a', border: '#7d8088', highlight: '#3e3619',
  },
};

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A number (or numeric string, as an older or hand-edited value might be) clamped and snapped to its step. */
function number(value: unknown, range: Range, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, n));
  const snapped = range.min + Math.round((clamped - range.min) / range.step) * range.step;
  // Round away binary noise (1.2 + 4 × 0.1 = 1.6000000000000003).
  return Math.round(Math.min(range.max, snapped) * 1000) / 1000;
}

/**
 * Whatever storage holds (nothing, another version's shape, a value synced from a broken
 * client) becomes valid settings: each bad field falls back to its default, the rest is kept.
 */
export function validateSettings(stored: unknown): ReaderSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: pick(s.theme, THEMES, d.theme),
    font: pick(s.font, FONTS, d.font),
    fontSize: number(s.fontSize, RANGES.fontSize, d.fontSize),
    lineHeight: number(s.lineHeight, RANGES.lineHeight, d.lineHeight),
    contentWidth: number(s.contentWidth, RANGES.contentWidth, d.contentWidth),
    spellOutFirstUse: typeof s.spellOutFirstUse === 'boolean' ? s.spellOutFirstUse : d.spellOutFirstUse,
    speechRate: number(s.speechRate, RANGES.speechRate, d.speechRate),
  };
}

/** One step up (+1) or down (−1) for a numeric setting, within its limits. */
export function stepSetting(settings: ReaderSettings, key: keyof typeof RANGES, direction: 1 | -1): number {
  const range = RANGES[key];
  return number(settings[key] + direction * range.step, range, settings[key]);
}

/** "auto" follows the system's colour scheme. */
export function resolveTheme(theme: ReaderTheme, prefersDark: boolean): ResolvedTheme {
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}

/** The custom properties set on the reader root; reader-view.css reads only these. */
export function settingsToCssVars(settings: ReaderSettings, theme: ResolvedTheme): Record<string, string> {
  const palette = PALETTES[theme];
  return {
    '--gloss-font': FONT_STACKS[settings.font],
    '--gloss-font-size': `${settings.fontSize}px`,
    '--gloss-line-height': String(settings.lineHeight),
    '--gloss-width': `${settings.contentWidth}px`,
    '--gloss-bg': palette.background,
    '--gloss-text': palette.text,
    '--gloss-muted': palette.muted,
    '--gloss-link': palette.link,
    '--gloss-accent': palette.accent,
    '--gloss-on-accent': palette.onAccent,
    '--gloss-border': palette.border,
    '--gloss-highlight': palette.highlight,
    // Native scrollbars and form controls follow the chosen theme, not the system's.
    '--gloss-color-scheme': theme === 'dark' ? 'dark' : 'light',
  };
}
