import { askBackground } from '@/utils/background-client';
import { savedHighlightStore } from '@/utils/highlights/saved-store';
import type { ReaderShell } from '../reader-shell';
import { mountHighlighter, type Highlighter } from './highlighter';

/**
 * Highlights in the reader over a page (loaded with its controls, after the first paint). The
 * page's saved article, if any, brings its highlights; the first highlight on a page not yet saved
 * saves it (through the background, which reads the article from this tab as the reader shows it).
 */
export function mountPageHighlights(shell: ReaderShell): () => void {
  let highlighter: Highlighter | null = null;
  let stopped = false;
  let articleId: Promise<string | null> | null = null;
  const saveOnce = () => {
    articleId ??= askBackground({ type: 'reader.saveTab' }).then((result) => ('id' in result ? result.id : null));
    // A failed save is tried again at the next highlight.
    void articleId.then((id) => { if (!id) articleId = null; });
    return articleId;
  };
  void askBackground({ type: 'reader.saved' }).then((answer) => {
    if (stopped) return;
    const saved = answer && 'id' in answer ? answer : null;
    if (saved) articleId = Promise.resolve(saved.id);
    const title = () => shell.root.querySelector('#gloss-title')?.textContent ?? document.title;
    highlighter = mountHighlighter(shell, {
      highlights: saved?.highlights ?? [],
      store: savedHighlightStore(saveOnce),
      source: () => ({ title: title(), url: location.href }),
    });
    shell.onRender = highlighter.repaint;
  });
  return () => {
    stopped = true;
    shell.onRender = undefined;
    highlighter?.destroy();
  };
}
