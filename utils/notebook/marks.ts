/**
 * The notebook's marks: abbreviations the reader knows (the reader stops underlining them) and
 * ones they are learning (each has a review card). Kept in storage.sync, so they follow the
 * browser profile, with a copy in storage.local: a sync quota error keeps the local copy (and the
 * notebook says so); reads prefer sync, then local. Reads from anywhere; writes by the background.
 */
import { browser } from 'wxt/browser';

export const MARKS_KEY = 'notebook-marks';
export type Mark = 'known' | 'learn';
export interface NotebookMarks { known: string[]; learn: string[] }

const strings = (v: unknown): string[] => (Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x !== ''))] : []);

export function validateMarks(value: unknown): NotebookMarks {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const known = strings(v.known);
  return { known, learn: strings(v.learn).filter((a) => !known.includes(a)) };
}

/** The marks with `abbr` set to `mark` (null: neither); known and learning exclude each other. */
export function withMark(marks: NotebookMarks, abbr: string, mark: Mark | null): NotebookMarks {
  const known = marks.known.filter((a) => a !== abbr);
  const learn = marks.learn.filter((a) => a !== abbr);
  if (mark === 'known') known.push(abbr);
  if (mark === 'learn') learn.push(abbr);
  return { known, learn };
}

export function markOf(marks: NotebookMarks, abbr: string): Mark | null {
  return marks.known.includes(abbr) ? 'known' : marks.learn.includes(abbr) ? 'learn' : null;
}

export async function readMarks(): Promise<NotebookMarks> {
  const synced = await browser.storage.sync.get(MARKS_KEY).catch(() => ({} as Record<string, unknown>));
  if (synced[MARKS_KEY] !== undefined) return validateMarks(synced[MARKS_KEY]);
  const local = await browser.storage.local.get(MARKS_KEY).catch(() => ({} as Record<string, unknown>));
  return validateMarks(local[MARKS_KEY]);
}

/** Writes both copies; `synced` false when storage.sync refused (quota), the local copy then holds. */
export async function writeMarks(marks: NotebookMarks): Promise<{ synced: boolean }> {
  await browser.storage.local.set({ [MARKS_KEY]: marks });
  try {
    await browser.storage.sync.set({ [MARKS_KEY]: marks });
    return { synced: true };
  } catch {
    // Sync is behind now: drop its copy so reads fall back on the local one.
    await browser.storage.sync.remove(MARKS_KEY).catch(() => undefined);
    return { synced: false };
  }
}

/** Calls `onChange` with the marks whenever either copy changes (another tab, another machine). */
export function watchMarks(onChange: (marks: NotebookMarks) => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (MARKS_KEY in changes) void readMarks().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The glossary without the abbreviations the reader knows (the reader underlines only the rest). */
export function withoutKnown<T extends { abbr: string }>(entries: T[], marks: NotebookMarks): T[] {
  if (!marks.known.length) return entries;
  const known = new Set(marks.known);
  return entries.filter((e) => !known.has(e.abbr));
}
