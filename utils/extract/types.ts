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
  /** Sanitised article HTML: safe to render, never contains scripts or handlers. */
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
}
