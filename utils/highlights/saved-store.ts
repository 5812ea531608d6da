import { askBackground } from '../background-client';
import type { Highlight, HighlightPatch } from '../library/highlight-schema';

/** What the highlighter needs from storage (components/highlights/highlighter.ts). */
export interface HighlightStore {
  /** Resolves false when it could not be kept (the highlight is then taken off again). */
  add(highlight: Highlight): Promise<boolean>;
  update(id: string, patch: HighlightPatch): Promise<boolean>;
  /** The removed highlight (the undo token), or null. */
  remove(id: string): Promise<Highlight | null>;
}

const done = (result: object) => 'ok' in result && result.ok === true;

/** The highlights of a saved article, written by the background (the library's one writer). */
export function savedHighlightStore(article: string | (() => Promise<string | null>)): HighlightStore {
  const articleId = async () => (typeof article === 'string' ? article : article());
  return {
    async add(highlight) {
      const id = await articleId();
      return !!id && done(await askBackground({ type: 'library.highlight.add', id, highlight }));
    },
    async update(highlightId, patch) {
      const id = await articleId();
      return !!id && done(await askBackground({ type: 'library.highlight.update', id, highlightId, patch }));
    },
    async remove(highlightId) {
      const id = await articleId();
      if (!id) return null;
      const result = await askBackground({ type: 'library.highlight.remove', id, highlightId });
      return 'ok' in result && result.ok ? result.removed : null;
    },
  };
}
