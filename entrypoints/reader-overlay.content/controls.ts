import { askBackground } from '@/utils/background-client';
import { isProblem } from '@/utils/messages';
import { PROVIDE_CONTROLS, type ProvideControls, type ReaderControlsModule } from '@/utils/reader-controls-port';

let loading: Promise<ReaderControlsModule> | null = null;

/**
 * The reader's controls and the article picker (entrypoints/reader-controls.content): not needed to
 * paint the article, so they load after, as a second script the background injects into this frame.
 * Loaded once per page; a failed load (the tab's permission is gone, say) is tried again next time.
 */
export function loadControls(): Promise<ReaderControlsModule> {
  loading ??= (async () => {
    let provided: ReaderControlsModule | undefined;
    const provide: ProvideControls = (controls) => {
      provided = controls;
    };
    (globalThis as Record<string, unknown>)[PROVIDE_CONTROLS] = provide;
    // The injection has run the script (and so handed the controls over) before the answer comes.
    const answer = await askBackground({ type: 'reader.controls' });
    if (!provided) throw new Error(`Gloss could not load the reader's controls (${isProblem(answer) ? answer.problem : 'not handed over'})`);
    return provided;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
