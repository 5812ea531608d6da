import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { askBackground } from '@/utils/background-client';
import { afterFirstLook } from './first-look';
import type { DamagedRecord } from '@/utils/library/damaged-record';
import { DAMAGED_KEY, INDEX_KEY, RECENT_COUNT, RECENT_KEY } from '@/utils/library/keys';
import { firstScreenFrom, isIndexEntry, listIndex, listRecent, toDamagedList, type FirstScreen } from '@/utils/library/read';
import type { IndexEntry } from '@/utils/library/schema';

let firstScreen: Promise<FirstScreen> | null = null;

/**
 * The first screen's one small read (newest entries + damaged notice). popup.html starts it in a
 * plain script while the modules load (public/popup-first-read.js, window.__glossFirstRead);
 * otherwise it starts here, before the first render (Preact runs effects only after the first
 * frame, which would start it a frame late).
 */
export function prefetchLibrary(): Promise<FirstScreen> {
  const early = (globalThis as { __glossFirstRead?: Promise<Record<string, unknown>> }).__glossFirstRead;
  const read = early
    ? early.then((values) => firstScreenFrom(values[RECENT_KEY.slice(6)], values[DAMAGED_KEY.slice(6)]))
    : listRecent();
  firstScreen ??= read.catch(() => ({ entries: [], damaged: [] }));
  return firstScreen;
}

/** Runs `task` once the frame that shows the current render has been produced. */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(task, 0); });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The saved list's data as the popup needs it: the newest entries first (one ~30 KB read), the
 * whole index (1.4 MB at 5,000 articles: a long task to read) only once something needs it —
 * search, the unread filter, "show more" past the newest — and the damaged-records notice.
 * After the first screen is painted, the background checks the library and the records shown.
 */
export function useLibraryData() {
  const [recent, setRecent] = useState<IndexEntry[] | null>(null);
  const [all, setAll] = useState<IndexEntry[] | null>(null);
  const [damaged, setDamaged] = useState<DamagedRecord[]>([]);
  const wantAll = useRef(false);

  // A layout effect runs right after the first render (a plain effect waits for the next frame),
  // so the list can render as soon as its read answers, usually inside the popup's first frame.
  useLayoutEffect(() => {
    let current = true;
    let cancelCheck = () => {};
    void prefetchLibrary().then((first) => {
      if (!current) return;
      setRecent(first.entries);
      setDamaged(first.damaged);
      cancelCheck = afterPaint(() => {
        const ids = first.entries.slice(0, FIRST_SCREEN).map((e) => e.id);
        void afterFirstLook().then(() => askBackground({ type: 'library.check', ids }));
      });
    });
    return () => {
      current = false;
      cancelCheck();
    };
  }, []);

  useEffect(() => {
    // The background writes; the list follows every change (saves from other tabs too).
    const unwatchIndex = storage.watch<unknown>(INDEX_KEY, (value) => {
      setAll(Array.isArray(value) ? value.filter(isIndexEntry) : []);
    });
    const unwatchDamaged = storage.watch<unknown>(DAMAGED_KEY, (value) => setDamaged(toDamagedList(value)));
    return () => {
      unwatchIndex();
      unwatchDamaged();
    };
  }, []);

  const needAll = useCallback(() => {
    if (wantAll.current) return;
    wantAll.current = true;
    void listIndex().then((entries) => setAll((known) => known ?? entries));
  }, []);

  const entries = all ?? recent;
  // The recent item holds the whole library when it is shorter than its limit.
  const complete = all !== null || (recent !== null && recent.length < RECENT_COUNT);
  return { entries, complete, damaged: damaged.filter((d) => !d.dismissed), needAll };
}

/** Items rendered for the first paint: what the list's 320 px box shows (A/B: 6 rows paint ~10 ms sooner than 10). */
export const FIRST_SCREEN = 6;
/** Items shown once the first screen is painted, and added by each "show more". */
export const PAGE_SIZE = 50;
