/**
 * The content scripts, as built by WXT (paths inside the extension). The popup's first look injects
 * the first, the background or the popup the reader's two (utils/tab-messaging.ts,
 * entrypoints/background/tab-reader.ts); the size benchmark weighs them (scripts/bench/size.ts).
 */

/** The popup's first look: judgement and extraction only (entrypoints/first-look.content); the reader's script joins it later. */
export const FIRST_LOOK_SCRIPT = 'content-scripts/first-look.js';

/** Extraction, glossary marks and the article's first paint (entrypoints/reader-overlay.content). */
export const READER_SCRIPT = 'content-scripts/reader-overlay.js';

/** The reader's controls and the article picker, injected after the first paint (entrypoints/reader-controls.content). */
export const CONTROLS_SCRIPT = 'content-scripts/reader-controls.js';
