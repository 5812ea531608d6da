/**
 * The notebook's marks: abbreviations the reader knows (the reader stops underlining them) and
 * ones they are learning (each has a review card). One value under one key, `notebook-marks`, in
 * storage.local, read through `MarksStore` below. The background, their one writer, also sends them
 * to storage.sync (utils/sync: writeSynced) and copies other machines' changes back into the local
 * copy (utils/sync/profile.ts lists the key); validateMarks repairs whatever comes back.
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

/** The small interface every reader and writer of the marks goes through. */
export interface MarksStore {
  read(): Promise<NotebookMarks>;
  write(marks: NotebookMarks): Promise<void>;
  /** Calls `onChange` with the marks whenever they change (another tab, a synced copy arriving). */
  watch(onChange: (marks: NotebookMarks) => void): () => void;
}

type Area = Pick<typeof browser.storage.local, 'get' | 'set'>;

/** The marks kept in one storage area under MARKS_KEY. */
export function marksStoreIn(area: Area, areaName: string): MarksStore {
  const read = async () => validateMarks((await area.get(MARKS_KEY).catch(() => ({} as Record<string, unknown>)))[MARKS_KEY]);
  return {
    read,
    write: (marks) => area.set({ [MARKS_KEY]: validateMarks(marks) }),
    watch(onChange) {
      const listener = (changes: Record<string, unknown>, name: string) => {
        if (name === areaName && MARKS_KEY in changes) void read().then(onChange);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

export const marksStore: MarksStore = marksStoreIn(browser.storage.local, 'local');
export const readMarks = () => marksStore.read();
export const writeMarks = (marks: NotebookMarks) => marksStore.write(marks);
export const watchMarks = (onChange: (marks: NotebookMarks) => void) => marksStore.watch(onChange);

/** The glossary without the abbreviations the reader knows (the reader underlines only the rest). */
export function withoutKnown<T extends { abbr: string }>(entries: T[], marks: NotebookMarks): T[] {
  if (!marks.known.length) return entries;
  const known = new Set(marks.known);
  return entries.filter((e) => !known.has(e.abbr));
}
