import { FONT_STACKS } from './reader-settings';

/**
 * Looks up, ahead of time, the fonts the reader is about to draw with.
 *
 * Chromium (on Linux, at least) asks the browser process synchronously for each font family,
 * size and style a tab draws with for the first time, and for a fallback font for characters
 * its fonts lack (Vietnamese letters, often). In the first reader frame of a tab these calls
 * took 40–100 ms on a busy machine (traced: FontCache::GetFontPlatformData → MatchFamilyName,
 * GetWebFontRenderStyleForStrike). Measuring the reader's own text in the reader's fonts on an
 * OffscreenCanvas makes the same look-ups while the reader is only being prepared, and the frame
 * that shows it finds them cached. Nothing is drawn; the page is not touched.
 */
export function warmFonts(fonts: string[], sample: string): void {
  if (typeof OffscreenCanvas !== 'function') return;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return;
  for (const font of fonts) {
    context.font = font;
    context.measureText(sample);
  }
}

// reader-view.css: the toolbar, byline and captions, and the close button.
const UI_STACK = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/**
 * The fonts reader-view.css draws the reader with at body size `size` px: the article in every
 * font the settings offer (a change of font then finds it ready too), its headings (h1 1.9em,
 * an article's h2 and h3 at the browser's 1.5em and 1.17em), bold and italic; the UI at its sizes.
 */
export function readerFonts(size: number): string[] {
  const article = Object.values(FONT_STACKS).flatMap((family) => [
    `${size}px ${family}`, `bold ${size}px ${family}`, `italic ${size}px ${family}`,
  ]);
  const main = FONT_STACKS.serif;
  return [
    ...article,
    `bold ${size * 1.9}px ${main}`, `bold ${size * 1.5}px ${main}`, `bold ${size * 1.17}px ${main}`,
    `15px ${UI_STACK}`, `14px ${UI_STACK}`, `600 14px ${UI_STACK}`, '24px system-ui, sans-serif',
  ];
}
