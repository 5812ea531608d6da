import { DEFAULT_SETTINGS, FONT_STACKS } from './reader-settings';

/**
 * Looks up, ahead of time, the fonts the reader is about to draw with.
 *
 * Chromium (on Linux, at least) asks the browser process synchronously for each font family,
 * size and style a tab draws with for the first time, and for a fallback font for characters
 * its fonts lack (Vietnamese letters, often). In the first reader frame of a tab these calls
 * took 40–100 ms on a busy machine (traced: FontCache::GetFontPlatformData → MatchFamilyName,
 * GetWebFontRenderStyleForStrike). Measuring the reader's own text in the reader's fonts on an
 * OffscreenCanvas makes the same look-ups while the reader is only prepared, and the frame
 * that shows it finds them cached. Nothing is drawn; the page is not touched.
 */
export interface FontSample {
  /** A CSS font shorthand, as the reader's CSS resolves it. */
  font: string;
  text: string;
}

type WhenIdle = (run: (deadline: IdleDeadline) => void) => void;

/**
 * Measure each sample in idle time, as many per idle period as fit: a click on the switch then
 * waits behind one measurement at most (a few ms), never behind the whole list. `samples` is
 * read when the first idle period comes, so the reader's stored settings have loaded by then.
 */
export function warmFonts(samples: () => FontSample[], whenIdle: WhenIdle): void {
  if (typeof OffscreenCanvas !== 'function') return;
  let queue: FontSample[] | null = null;
  let context: OffscreenCanvasRenderingContext2D | null = null;
  const step = (deadline: IdleDeadline) => {
    queue ??= samples();
    context ??= new OffscreenCanvas(1, 1).getContext('2d');
    if (!context) return;
    do {
      const next = queue.shift();
      if (!next) return;
      context.font = next.font;
      context.measureText(next.text);
    } while (deadline.timeRemaining() > 0);
    if (queue.length) whenIdle(step);
  };
  whenIdle(step);
}

// reader-view.css: the toolbar, byline and captions, and the close button.
const UI_STACK = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/**
 * What reader-view.css draws a prepared reader with: the article in the font and size of the
 * settings on `root` (.gloss-reader), bold and italic, the title as h1 (1.9em) and an article's
 * h2 (the browser's 1.5em); the byline and toolbar in the UI font; the close button.
 */
export function readerFontSamples(root: HTMLElement | null, title: string, text: string): FontSample[] {
  const family = root?.style.getPropertyValue('--gloss-font').trim() || FONT_STACKS[DEFAULT_SETTINGS.font];
  const size = parseFloat(root?.style.getPropertyValue('--gloss-font-size') ?? '') || DEFAULT_SETTINGS.fontSize;
  const ui = `${root?.querySelector('.gloss-meta')?.textContent ?? ''} ${root?.querySelector('.gloss-toolbar')?.textContent ?? ''}`;
  return [
    { font: `${size}px ${family}`, text: text.slice(0, 1500) },
    { font: `bold ${size}px ${family}`, text: text.slice(0, 300) },
    { font: `italic ${size}px ${family}`, text: text.slice(0, 300) },
    { font: `bold ${size * 1.9}px ${family}`, text: title },
    { font: `bold ${size * 1.5}px ${family}`, text: title },
    { font: `15px ${UI_STACK}`, text: ui },
    { font: `14px ${UI_STACK}`, text: ui },
    { font: '24px system-ui, sans-serif', text: '×' },
  ];
}
