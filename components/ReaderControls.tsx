import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { usePrefersDark, useReaderSettings } from '@/hooks/use-reader-settings';
import type { ReaderShell } from './reader-shell';
import { attachAbbrPopover, type AbbrPopover } from './abbr-popover';
import { ReaderToolbar } from './ReaderToolbar';

export interface ReaderControlsOptions {
  /** Start "Pick the article" on the page underneath (only over a live page). */
  onPick?: () => void;
}

/**
 * Everything interactive in the reader besides closing it: the settings (kept, stored, applied to
 * the shell), the toolbar controls and the meaning popover. The article itself belongs to the shell
 * (components/reader-shell.ts) and is only restyled, never re-rendered, except when the "spell out"
 * setting changes what it says.
 */
function ReaderControls({ shell, onPick }: ReaderControlsOptions & { shell: ReaderShell }) {
  const { settings, update } = useReaderSettings(shell.settings);
  const prefersDark = usePrefersDark();
  const popover = useRef<AbbrPopover | null>(null);
  const readerRef = useMemo(() => ({ current: shell.root }), [shell]);

  useEffect(() => {
    popover.current = attachAbbrPopover(shell.frame, shell.body);
    return () => popover.current?.detach();
  }, [shell]);
  // Before the browser paints, so a change shows in the same frame as the control that made it.
  useLayoutEffect(() => {
    if (shell.apply(settings, prefersDark)) popover.current?.hide();
  }, [shell, settings, prefersDark]);

  return <ReaderToolbar settings={settings} onChange={update} readerRef={readerRef} lang={shell.lang} onPick={onPick} />;
}

/** Mount the controls into a reader shell; returns the unmount (which also writes a pending settings change). */
export function mountReaderControls(shell: ReaderShell, options: ReaderControlsOptions = {}): () => void {
  render(<ReaderControls shell={shell} {...options} />, shell.controls);
  return () => render(null, shell.controls);
}
