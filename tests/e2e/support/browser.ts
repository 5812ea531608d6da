import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2eExtensionDir } from './paths';

// The extension API inside the service worker, as seen from evaluate() callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface GlossBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests the test let through or blocked (blocked ones would have left the machine). */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Real Chromium with the e2e build of Gloss loaded. Only 127.0.0.1 and the extension
 * itself may be reached: fixture pages reference outside hosts, and this machine must
 * not contact them.
 */
export async function launchGloss(extensionDir = e2eExtensionDir): Promise<GlossBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No e2e build at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--lang=en-US',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' || url.protocol === 'data:') {
      return route.continue();
    }
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The background's first start writes the library's schema marker (utils/library/migrate-stored.ts):
  // tests that compare storage before and after must start once that write is done.
  await worker.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      if ((await chrome.storage.local.get('library-schema'))['library-schema']) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
  return {
    context, extensionId, worker, blocked,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page, as the extension knows it (the e2e build may see 127.0.0.1 URLs). */
export async function tabIdOf(gloss: GlossBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await gloss.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab: { url?: string; id?: number }) => tab.url === target)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`no tab for ${url}`);
  return id;
}

/** Open Gloss's popup as a page acting on `tabId` (TEST-CONTRACT: popup.html?tab=). */
export async function openPopup(gloss: GlossBrowser, tabId: number): Promise<Page> {
  const popup = await gloss.context.newPage();
  await popup.goto(`chrome-extension://${gloss.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
