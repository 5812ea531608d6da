/**
 * What the reader adds to a saved article — highlights with notes, a note on the article, tags —
 * written through the one writer (store.ts updateArticles), so the library page, the popup and
 * readers in several tabs can all change one article at once without losing a change: every
 * operation reads the record inside the queue and changes only its own part.
 */
import { LibraryError } from './errors';
import { validateHighlight, type Highlight, type HighlightPatch } from './highlight-schema';
import { readIndex } from './read';
import type { SavedArticle } from './schema';
import { updateArticle, updateArticles } from './store';
import { changeTags, cleanTag, renameTag, tagKey } from './tags';

function checked(value: unknown, updated: number): Highlight {
  const problems: string[] = [];
  const h = validateHighlight(value, 'highlight', (i) => problems.push(`${i.path}: ${i.message}`));
  if (!h || problems.length) throw new LibraryError('invalid-data', problems[0] ?? 'highlight: invalid');
  return { ...h, updated };
}

/** Adds a highlight (or replaces the one with its id: a retried request adds nothing twice). */
export async function addHighlight(articleId: string, highlight: Highlight): Promise<SavedArticle> {
  const h = checked(highlight, highlight.updated);
  return updateArticle(articleId, (a) => ({ highlights: [...a.highlights.filter((x) => x.id !== h.id), h] }));
}

/** Changes colour, note (or re-anchors) one highlight; 'not-found' if it is gone. */
export function updateHighlight(articleId: string, highlightId: string, patch: HighlightPatch): Promise<SavedArticle> {
  return updateArticle(articleId, (a) => {
    const old = a.highlights.find((x) => x.id === highlightId);
    if (!old) throw new LibraryError('not-found', `No highlight ${highlightId}`);
    const { color, note, quote, position } = patch; // only these may change
    const next = checked({ ...old, ...definedOnly({ color, note, quote, position }) }, Date.now());
    return { highlights: a.highlights.map((x) => (x.id === highlightId ? next : x)) };
  });
}

/** Removes one highlight; returns it (the undo token: add it back with addHighlight). */
export async function removeHighlight(articleId: string, highlightId: string): Promise<{ article: SavedArticle; removed: Highlight | null }> {
  let removed: Highlight | null = null;
  const article = await updateArticle(articleId, (a) => {
    removed = a.highlights.find((x) => x.id === highlightId) ?? null;
    return { highlights: a.highlights.filter((x) => x.id !== highlightId) };
  });
  return { article, removed };
}

export async function setArticleNotes(articleId: string, notes: string): Promise<SavedArticle> {
  if (typeof notes !== 'string') throw new LibraryError('invalid-data', 'notes: not a string');
  return updateArticle(articleId, () => ({ notes }));
}

/** Adds and removes tags on many articles in one write; returns the articles that changed. */
export function changeArticleTags(ids: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): Promise<SavedArticle[]> {
  return updateArticles(ids, (a) => {
    const tags = changeTags(a.tags, add, remove);
    return sameList(tags, a.tags) ? null : { tags };
  });
}

/** Renames a tag on every article that has it (merging into `to` where both exist). */
export async function renameTagEverywhere(from: string, to: string): Promise<SavedArticle[]> {
  const target = cleanTag(to);
  if (!target) throw new LibraryError('invalid-data', 'tag: empty');
  const key = tagKey(from);
  const ids = (await readIndex()).filter((e) => e.tags?.some((t) => tagKey(t) === key)).map((e) => e.id);
  return updateArticles(ids, (a) => {
    const tags = renameTag(a.tags, from, target);
    return sameList(tags, a.tags) ? null : { tags };
  });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
