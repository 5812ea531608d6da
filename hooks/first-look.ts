import { browser } from 'wxt/browser';
import { isProblem, type ContentRequests, type MessageOf, type PageAnalysis, type PageProblem } from '@/utils/messages';
import { sendToTab } from '@/utils/tab-messaging';
import type { GlossaryEntry } from '@/utils/glossary/index';

let engine: Promise<typeof import('@/utils/article-glossary')> | null = null;

/** The glossary engine and its dictionaries, imported once, off the popup's first paint. */
export function loadGlossaryEngine() {
  // the mined dictionary's JSON is read while the tab is read too (the popup is idle meanwhile)
  return (engine ??= import('@/utils/article-glossary').then((module) => {
    void module.ensureMinedDictionary();
    return module;
  }));
}

let looking: Promise<unknown> = Promise.resolve();

/** Marks the popup's first look as under way (from finding the tab to its glossary). */
export function trackFirstLook<T>(work: Promise<T>): Promise<T> {
  looking = work.catch(() => undefined);
  return work;
}

/**
 * Resolves once the first look is over: the popup's own requests to the background wait for it,
 * so that a stopped service worker starting up does not compete with the first look for the CPU.
 */
export function afterFirstLook(): Promise<unknown> {
  return looking;
}

/**
 * The popup's first look at a tab, without the background: Chromium stops an idle service worker
 * after 30 s, and waking it cost the first look ~200 ms (issue 14). The popup asks the tab for its
 * article itself (injecting the reader's script when it is not there yet), builds the glossary
 * here with the engine loaded lazily — its import starts when the popup mounts, so it loads while
 * the page is read — and hands the glossary back to the tab, where the reader will use it.
 */
export async function firstLook(tabId: number): Promise<PageAnalysis | { problem: PageProblem }> {
  // performance marks: where the first look's time goes (read by `npm run bench`, section popup)
  performance.mark('gloss:ask-tab');
  const reading = await sendToTab(tabId, { type: 'content.read' });
  performance.mark('gloss:page-read');
  if (isProblem(reading)) return reading;
  const { text: _text, definitions: _definitions, entries: kept, ...rest } = reading;
  if (kept) {
    performance.mark('gloss:glossary-built');
    return { ...rest, entries: kept };
  }
  let entries: GlossaryEntry[] = [];
  if (reading.text) {
    const built = await (await loadGlossaryEngine()).glossaryFor({ text: reading.text, lang: reading.lang ?? 'en' });
    if (isProblem(built)) return built;
    entries = built;
  }
  performance.mark('gloss:glossary-built');
  const glossed: MessageOf<ContentRequests, 'content.glossed'> = { type: 'content.glossed', definitions: reading.definitions, entries };
  void browser.tabs.sendMessage(tabId, glossed).catch(() => undefined);
  return { ...rest, entries };
}

