import { render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExtractedArticle } from '@/utils/extract/types';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { DEFAULT_SETTINGS } from '@/utils/reader-settings';
import { createReaderShell } from './reader-shell';
import { mountReaderControls } from './ReaderControls';
import { mountHighlighter, type HighlighterOptions } from './highlights/highlighter';
import { revealAbbreviation } from './reveal';

interface Props {
  article: ExtractedArticle;
  entries: GlossaryEntry[];
  /** Shown after the article, inside the reader, so it takes the reader's theme (the reader page's "open original" link). */
  footer?: ComponentChildren;
  /** Highlights and notes on this article (the saved-article page). */
  highlights?: HighlighterOptions;
  /** Scroll to the first use of this abbreviation once shown (the notebook's links). */
  reveal?: string | null;
}

/**
 * The reader on the saved-article page: the same shell as over a page (components/reader-shell.ts)
 * with its controls mounted at once. Built in a layout effect, so the article is in the document
 * before the page's own effects run (use-reading-progress scrolls to where the reader left off).
 * The stored settings apply as soon as they load (use-reader-settings).
 */
export function ReaderView({ article, entries, footer, highlights, reveal }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
    const shell = createReaderShell(document, { article, entries, settings: { ...DEFAULT_SETTINGS }, prefersDark, footer: footer != null });
    host.current!.replaceChildren(shell.root);
    if (shell.footer) render(footer, shell.footer);
    const unmount = mountReaderControls(shell);
    const highlighter = highlights ? mountHighlighter(shell, highlights) : null;
    if (highlighter) shell.onRender = highlighter.repaint;
    // After the page's own effects (the reading place is restored there), so this scroll wins.
    const revealing = reveal ? setTimeout(() => revealAbbreviation(shell.body, reveal), 0) : undefined;
    return () => {
      clearTimeout(revealing);
      highlighter?.destroy();
      unmount();
      if (shell.footer) render(null, shell.footer);
      shell.root.remove();
    };
  }, [article, entries]);
  return <div class="gloss-reader-host" ref={host} />;
}
