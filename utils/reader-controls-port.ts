import type { ReaderShell } from '@/components/reader-shell';
import type { ReaderControlsOptions } from '@/components/ReaderControls';

/**
 * The hand-over between the reader's two content scripts. The first (entrypoints/reader-overlay.content)
 * extracts the page and paints the reader; once it is on screen it asks the background to inject the
 * second (entrypoints/reader-controls.content), which brings Preact and everything interactive and
 * hands it over by calling the function the first left under PROVIDE_CONTROLS in their shared
 * isolated world. Types only, apart from that name: neither script pulls the other's code in.
 */
export interface ReaderControlsModule {
  /** The controls' stylesheet (components/reader-controls.css), for the overlay's shadow root. */
  css: string;
  mount(shell: ReaderShell, options: ReaderControlsOptions): () => void;
  /** "Pick the article": the block the reader clicks, or null when they press Escape. */
  pickBlock(): Promise<Element | null>;
}

export const PROVIDE_CONTROLS = '__glossProvideControls';

export type ProvideControls = (controls: ReaderControlsModule) => void;
