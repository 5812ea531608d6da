import type { AnyMessageOf, ContentRequests } from './messages';

/**
 * The hand-over between the two scripts that may answer a tab's requests. The popup's first look
 * injects a small script (entrypoints/first-look.content: the page's reading, no reader); the
 * reader's own script (entrypoints/reader-overlay.content) is injected into the same frame and
 * isolated world later, when the first-look script asks the background for it (`reader.join`).
 * On arrival the reader's script takes the first-look script's listener down (`retire`) and leaves
 * its own request handler here (`reader`), for the requests the first-look script was holding
 * while it came. The reading itself is shared through utils/page-reading.ts.
 * Symbol-keyed: a page element cannot clobber it, as it can a global named by a string.
 */
export type ContentRequestHandler = (message: AnyMessageOf<ContentRequests>) => Promise<unknown> | undefined;

export interface FirstLookPort {
  /** Set by the first-look script: removes its message listener. */
  retire?: () => void;
  /** Set by the reader's script once it answers the tab's requests. */
  reader?: ContentRequestHandler;
  /**
   * Set by the reader's script: prepare the reader if a glossary was kept. The first-look script
   * calls it after keeping one, for a reader's script that joined while it was keeping it.
   */
  prepare?: () => void;
}

const PORT_KEY = Symbol.for('gloss.first-look-port');

export function firstLookPort(): FirstLookPort {
  const global = globalThis as { [PORT_KEY]?: FirstLookPort };
  return (global[PORT_KEY] ??= {});
}
