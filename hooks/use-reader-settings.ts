import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, validateSettings, type ReaderSettings } from '@/utils/reader-settings';

/** Synced, so the reader looks the same on every machine the reader signs into. */
const settingsItem = storage.defineItem<ReaderSettings>('sync:reader-settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

// storage.sync allows ~120 writes a minute: a burst of "+" clicks is written once.
const WRITE_DELAY_MS = 300;

/** The reader's settings: defaults at once, the stored ones as soon as they load, changes applied instantly. */
export function useReaderSettings() {
  const [settings, setSettings] = useState<ReaderSettings>(() => ({ ...DEFAULT_SETTINGS }));
  const current = useRef(settings);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const apply = (next: ReaderSettings) => {
    current.current = next;
    setSettings(next);
  };

  useEffect(() => {
    let alive = true;
    settingsItem.getValue().then(
      (value) => alive && timer.current === undefined && apply(validateSettings(value)),
      () => undefined, // unreadable storage: keep the defaults
    );
    // Another tab, or another synced machine, changed them.
    const unwatch = settingsItem.watch((value) => timer.current === undefined && apply(validateSettings(value)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  // Leaving the reader must not lose the last change still waiting to be written.
  useEffect(() => () => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    void settingsItem.setValue(current.current).catch(() => undefined);
  }, []);

  const update = useCallback((patch: Partial<ReaderSettings>) => {
    apply(validateSettings({ ...current.current, ...patch }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void settingsItem.setValue(current.current).catch(() => undefined);
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
