import { useEffect } from 'preact/hooks';
import { askBackground } from '@/utils/background-client';

/**
 * Restore the reader's place in a saved article, then keep it while they scroll.
 * Reaching the end marks the article read (the store does that at progress ≥ 0.98).
 */
export function useReadingProgress(id: string | null, initial: number, ready: boolean) {
  useEffect(() => {
    if (!id || !ready) return;
    const scroller = document.scrollingElement ?? document.documentElement;
    const range = () => Math.max(1, scroller.scrollHeight - window.innerHeight);
    if (initial > 0 && initial < 0.98) window.scrollTo(0, initial * range());
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = initial;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const progress = Math.min(1, Math.max(0, window.scrollY / range()));
        if (Math.abs(progress - last) < 0.01 && progress < 0.98) return;
        last = progress;
        void askBackground({ type: 'library.setProgress', id, progress });
      }, 250);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [id, ready]);
}
