import type { StageTimes } from './stages.ts';
import type { CleanupReport, CleanupRule } from './cleanup/index.ts';

/** What the reader pipeline returns for one page (shape fixed by TEST-CONTRACT.md). */
export interface ExtractedArticle {
  readerable: boolean;
  /** Set when the page is not an article or extraction failed; other fields are then "as far as known". */
  error?: 'not-article' | 'empty';
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /**
   * Sanitised article HTML: safe to render, never contains scripts or handlers — unless the caller
   * asked for `sanitize: false`, and then it must pass it through the sanitising sink
   * (utils/safe-html.ts, utils/extract/sanitize.ts) before it is rendered or stored.
   */
  content: string;
  textContent: string;
  wordCount: number;
  readingMinutes: number;
}

export interface ExtractOptions {
  /** Extract even when the page does not look like an article ("Open anyway"). */
  force?: boolean;
  /** The window whose DOM implementation DOMPurify should use (the page's, or happy-dom's in Node). */
  window: Window;
  /**
   * false: leave DOMPurify to the caller's sink. The reader overlay renders through
   * setSanitizedHtml, which sanitises again anyway; one pass there instead of two saves the
   * largest single cost of the pipeline before the reader paints. Default true.
   */
  sanitize?: boolean;
  /** Benchmarks only: milliseconds per stage of the pipeline are added here (see stages.ts). */
  stages?: StageTimes;
  /** Evaluation only (eval-extract --ablate): clean-up passes to leave out (cleanup/index.ts). */
  cleanupOff?: readonly CleanupRule[];
  /** Evaluation only: what the clean-up removed, one report per candidate it cleaned, pushed here. */
  cleanupReports?: CleanupReport[];
}
