import type { Browser } from 'wxt/browser';
import type { BackgroundRequests, MessageOf, ResponseOf } from '@/utils/messages';
import { sendToTab } from '@/utils/tab-messaging';
import { glossaryFor } from '@/utils/article-glossary';
import { injectControls, injectReader, toggleReader } from './tab-reader';
import { libraryHandlers } from './library';
import { annotationHandlers } from './library-annotations';
import { readerHighlightHandlers } from './reader-highlights';
import { notebookHandlers } from './notebook';

type Handlers = {
  [K in keyof BackgroundRequests]: (
    message: MessageOf<BackgroundRequests, K>,
    /** Who asked: the reader content script's tab and frame, for the requests it makes. */
    sender?: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<BackgroundRequests, K>>;
};

/** Every request the popup (and the reader content script: its glossary, its controls) can make, in one map (see utils/messages.ts). */
export const handlers: Handlers = {
  'reader.toggle': ({ tabId, force, open }) => toggleReader(tabId, { force, open }),
  'reader.pick': ({ tabId }) => sendToTab(tabId, { type: 'content.pick' }),
  'reader.reveal': ({ tabId, abbr }) => sendToTab(tabId, { type: 'content.reveal', abbr }),
  'glossary.build': glossaryFor,
  'reader.controls': (_message, sender) => injectControls(sender),
  'reader.join': (_message, sender) => injectReader(sender),
  ...libraryHandlers,
  ...annotationHandlers,
  ...readerHighlightHandlers,
  ...notebookHandlers,
};

export function isBackgroundRequest(message: unknown): message is { type: keyof BackgroundRequests } {
  return typeof message === 'object' && message !== null && (message as { type?: string }).type! in handlers;
}
