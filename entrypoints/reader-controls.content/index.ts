import { defineContentScript } from '#imports';
import { mountReaderControls } from '@/components/ReaderControls';
import controlsCss from '@/components/reader-controls.css?inline';
import highlightsCss from '@/components/highlights.css?inline';
import { mountPageHighlights } from '@/components/highlights/page-highlights';
import { PROVIDE_CONTROLS, type ProvideControls, type ReaderControlsModule } from '@/utils/reader-controls-port';
import { pickBlock } from './picker';

/**
 * The reader's second script: its interactive controls (display settings, read aloud, pick, progress,
 * the meaning popover) with Preact. Injected by the background at the first script's request, after
 * the reader's first paint (utils/reader-controls-port.ts), into the same frame and isolated world.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const provide = (globalThis as Record<string, unknown>)[PROVIDE_CONTROLS];
    // Only the first script's function counts: a page element named like it shows through as a
    // global here too (DOM clobbering), and is no function.
    if (typeof provide !== 'function') return;
    const controls: ReaderControlsModule = {
      css: `${controlsCss}\n${highlightsCss}`,
      // Highlights come with the controls: the anchoring library is no part of the reader's first paint.
      mount: (shell, options) => {
        const unmountControls = mountReaderControls(shell, options);
        const unmountHighlights = mountPageHighlights(shell);
        return () => {
          unmountHighlights();
          unmountControls();
        };
      },
      pickBlock: () => pickBlock(ctx),
    };
    (provide as ProvideControls)(controls);
  },
});
