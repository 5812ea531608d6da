/**
 * The reader's two content scripts, as built by WXT (paths inside the extension). The background
 * injects them (entrypoints/background/tab-reader.ts); the size benchmark weighs them
 * (scripts/bench/size.ts).
 */

/** Extraction, glossary marks and the article's first paint (entrypoints/reader-overlay.content). */
export const READER_SCRIPT = 'content-scripts/reader-overlay.js';

/** The reader's controls and the article picker, injected after the first paint (entrypoints/reader-controls.content). */
export const CONTROLS_SCRIPT = 'content-scripts/reader-controls.js';
