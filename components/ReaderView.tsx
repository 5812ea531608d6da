import { render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExtractedArticle } from '@/utils/extract/types';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { DEFAULT_SETTINGS } from '@/utils/reader-settings';
import { createReaderShell } from './reader-shell';
import { mountReaderControls } from './ReaderControls';

interface Props {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
  /** Shown after the article, inside the reader, so it takes the reader's theme (the reader page's "open original" link). */
  footer?: ComponentChildren;
}

/**
 * The reader on the saved-article page: the same shell as over a page (components/reader-shell.ts)
 * with its controls mounted at once. Built in a layout effect, so the article is in the document
 * before the page's own effects run (use-reading-progress scrolls to where the reader left off).
 * The stored settings apply as soon as they load (use-reader-settings).
 */
export function ReaderView({ article, entries, footer }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
    const shell = createReaderShell(document, { article, entries, settings: { ...DEFAULT_SETTINGS }, prefersDark, footer: footer != null });
    host.current!.replaceChildren(shell.root);
    if (shell.footer) render(footer, shell.footer);
    const unmount = mountReaderControls(shell);
    return () => {
      unmount();
      if (shell.footer) render(null, shell.footer);
      shell.root.remove();
    };
  }, [article, entries]);
  return <div class="gloss-reader-host" ref={host} />;
}
