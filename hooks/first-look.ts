import { browser } from 'wxt/browser';
import { askBackground } from '@/utils/background-client';
import { isProblem, type ContentRequests, type MessageOf, type PageAnalysis, type PageProblem } from '@/utils/messages';
import { readTab } from '@/utils/tab-messaging';
import { backgroundAwake, takeEarlyLook } from '@/utils/first-look-start';
import type { GlossaryEntry } from '@/utils/glossary/index';

let looking: Promise<unknown> = Promise.resolve();

/** Marks the popup's first look as under way (from finding the tab to its glossary). */
export function trackFirstLook<T>(work: Promise<T>): Promise<T> {
  looking = work.catch(() => undefined);
  return work;
}

/**
 * Resolves once the first look is over: the popup's other requests to the background (the
 * library check) wait for it, so they do not queue ahead of the glossary.
 */
export function afterFirstLook(): Promise<unknown> {
  return looking;
}

/**
 * The popup's first look at a tab. The popup asks the tab for its article itself (injecting the
 * small first-look script when nothing answers: utils/tab-messaging.ts readTab) while the background
 * wakes (utils/first-look-start.ts), then has the background explain the text, and hands the glossary
 * to the tab, where the reader will use it (the reader's script joins the first-look script then) —
 * and where the next popup on the same page finds it (`entries` in the reading).
 */
export async function firstLook(tabId: number): Promise<PageAnalysis | { problem: PageProblem }> {
  // performance marks: where the first look's time goes (read by `npm run bench`, section popup)
  performance.mark('gloss:ask-tab');
  // Usually already under way: popup.html starts it before the popup's modules load.
  const reading = await ((await takeEarlyLook(tabId)) ?? readTab(tabId));
  performance.mark('gloss:page-read');
  if (isProblem(reading)) return reading;
  const { text, definitions, entries: kept, ...rest } = reading;
  if (kept) {
    performance.mark('gloss:glossary-built');
    return { ...rest, entries: kept };
  }
  // The background is awake (it was running, or has started): the reader's script can join the tab
  // while the background builds the glossary, rather than after it, so the switch finds it ready.
  // With the background still starting, it waits: joining then slowed the cold first look.
  const join: MessageOf<ContentRequests, 'content.join'> = { type: 'content.join' };
  if (backgroundAwake()) void browser.tabs.sendMessage(tabId, join).catch(() => undefined);
  let entries: GlossaryEntry[] = [];
  if (text) {
    const built = await askBackground({ type: 'glossary.build', text, lang: reading.lang ?? 'en' });
    if (isProblem(built)) return built;
    entries = built;
  }
  performance.mark('gloss:glossary-built');
  const glossed: MessageOf<ContentRequests, 'content.glossed'> = { type: 'content.glossed', definitions, entries };
  void browser.tabs.sendMessage(tabId, glossed).catch(() => undefined);
  return { ...rest, entries };
}
