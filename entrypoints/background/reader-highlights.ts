import type { Browser } from 'wxt/browser';
import { canonicalUrl } from '@/utils/library/canonical-url';
import { articleIdFor } from '@/utils/library/schema';
import { getArticle } from '@/utils/library/store';
import type { SaveResult } from '@/utils/messages';
import { saveTab } from './library';

type Sender = Browser.runtime.MessageSender | undefined;

/** The saved article of the page a reader content script runs in (sender.url is the frame's address). */
async function savedOf(sender: Sender) {
  try {
    if (!sender?.url) return null;
    const article = await getArticle(articleIdFor(canonicalUrl(sender.url)));
    return article ? { id: article.id, highlights: article.highlights } : null;
  } catch {
    return null; // not an http(s) page: nothing saved for it
  }
}

/**
 * The in-page reader's two requests besides the highlight edits themselves ('library.highlight.*'):
 * what is saved for its page, and "save this page" (highlighting an unsaved article saves it).
 */
export const readerHighlightHandlers = {
  'reader.saved': (_message: object, sender?: Sender) => savedOf(sender),
  'reader.saveTab': async (_message: object, sender?: Sender): Promise<SaveResult> =>
    sender?.tab?.id === undefined ? { problem: 'failed' } : saveTab(sender.tab.id),
};
