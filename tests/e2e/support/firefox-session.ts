import { afterAll, beforeAll } from 'vitest';
import { launchGlossFirefox, type GlossFirefox } from './firefox';
import { startServer, type TestServer } from './server';

export interface FirefoxSession {
  firefox: GlossFirefox;
  server: TestServer;
}

/** One Firefox ESR with Gloss and one fixture server per describe block (the Firefox twin of useGlossSession). */
export function useFirefoxSession(): FirefoxSession {
  const session = {} as FirefoxSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.firefox = await launchGlossFirefox();
  }, 120_000);
  afterAll(async () => {
    await session.firefox?.close();
    await session.server?.close();
  }, 60_000);
  return session;
}

/**
 * The popup as a page acting on the tab showing `pageUrl` (TEST-CONTRACT: popup.html?tab=): the
 * popup's browsing context, the tab id it found (undefined when no tab shows the URL) and the tabs it saw.
 */
export async function openPopupFor(firefox: GlossFirefox, pageUrl: string) {
  const popup = await firefox.openTab(`${firefox.extensionOrigin}/popup.html`);
  const tabs = await firefox.evaluate<{ id: number; url: string }[]>(popup,
    'browser.tabs.query({}).then((tabs) => tabs.map((tab) => ({ id: tab.id, url: tab.url ?? "" })))');
  const tabId = tabs.find((tab) => tab.url === pageUrl)?.id;
  if (tabId !== undefined) {
    await firefox.bidi.send('browsingContext.navigate', { context: popup, url: `${firefox.extensionOrigin}/popup.html?tab=${tabId}`, wait: 'complete' });
  }
  return { popup, tabId, tabs };
}
