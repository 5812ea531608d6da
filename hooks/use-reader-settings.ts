import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { validateSettings, type ReaderSettings } from '@/utils/reader-settings';
import { loadReaderSettings, saveReaderSettings, watchReaderSettings } from '@/utils/reader-settings-store';

// storage.sync allows ~120 writes a minute: a burst of "+" clicks is written once.
const WRITE_DELAY_MS = 300;

/**
 * The reader's settings: `initial` at once (what the reader was first painted with), the stored
 * ones as soon as they load, changes applied instantly and written shortly after.
 */
export function useReaderSettings(initial: ReaderSettings) {
  const [settings, setSettings] = useState<ReaderSettings>(initial);
  const current = useRef(settings);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const apply = (next: ReaderSettings) => {
    current.current = next;
    setSettings(next);
  };

  useEffect(() => {
    let alive = true;
    loadReaderSettings().then(
      // A change the reader made meanwhile wins.
      (value) => alive && timer.current === undefined && apply(value),
      () => undefined, // unreadable storage: keep what is shown
    );
    // Another tab, or another synced machine, changed them.
    const unwatch = watchReaderSettings((value) => timer.current === undefined && apply(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  // Leaving the reader must not lose the last change still waiting to be written.
  useEffect(() => () => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    void saveReaderSettings(current.current).catch(() => undefined);
  }, []);

  const update = useCallback((patch: Partial<ReaderSettings>) => {
    apply(validateSettings({ ...current.current, ...patch }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void saveReaderSettings(current.current).catch(() => undefined);
    }, WRITE_DELAY_MS);
  }, []);

  return { settings, update };
}

/** Whether the system asks for a dark colour scheme, following changes live (for the "auto" theme). */
export function usePrefersDark(): boolean {
  const [query] = useState(() => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null));
  const [dark, setDark] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}
