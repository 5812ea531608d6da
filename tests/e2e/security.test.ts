import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { launchGloss, openPopup, type GlossBrowser } from './support/browser';
import { startServer, type PwnedHit, type TestServer } from './support/server';
import { openServedPage, runCommand } from './support/pages';
import { SECURITY_PAGES, securityPageAt, type SecurityPage } from '../security/pages';
import { findUnsafe } from '../security/unsafe';

// No page content ever runs as code in Gloss: the hostile corpus of tests/security/payloads.ts,
// embedded in article pages, through the popup, the reader overlay (page origin, shadow root),
// the save, and reader.html (extension origin). Every payload phones home to /pwned/<name>
// if it runs; after Gloss starts acting on a page, nothing may phone home at all.

let gloss: GlossBrowser;
let server: TestServer;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await startServer({ generated: securityPageAt });
  gloss = await launchGloss();
  gloss.context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
});
afterAll(async () => {
  await gloss?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const describeHits = (hits: PwnedHit[]) => hits.map((h) => `${h.path} (${h.dest || 'fetch'}, from ${h.referer || '?'})`);

/** Run findUnsafe (tests/security/unsafe.ts) in the page on the element `selector` finds (piercing Gloss's shadow root). */
function unsafeIn(page: Page, selector: string, allowControls = false): Promise<string[] | null> {
  return page.evaluate(([source, sel, controls]) => {
    const check = new Function('__name', `return (${source})`)((fn: unknown) => fn) as (root: ParentNode, c: boolean) => string[];
    const shadow = document.querySelector('gloss-reader')?.shadowRoot;
    const root = shadow?.querySelector(sel) ?? document.querySelector(sel);
    return root ? check(root, controls) : null;
  }, [findUnsafe.toString(), selector, allowControls] as const);
}

/**
 * Extension pages: console errors that are CSP violations, other than the expected blocked
 * images (img-src 'self' data: keeps a saved article from loading remote images).
 */
function watchConsole(page: Page, into: string[]) {
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (message.type() !== 'error' && !/Content Security Policy/i.test(text)) return;
    // Chromium words it either way, depending on the version.
    if (/Refused to load (the image|media)|Loading (the image|media from) .* violates/i.test(text)) return;
    if (/Content Security Policy|Refused to/i.test(text)) into.push(`${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => into.push(`${page.url()}: uncaught ${error.message}`));
}

/**
 * Navigations a click starts away from the page (a reader link to the original site, or a
 * payload's navigation): recorded, and answered 204 so the page stays where it is and the
 * original hostile page is not loaded again behind the test's back.
 */
async function holdNavigations(page: Page, into: string[]) {
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()
      && !request.url().startsWith('chrome-extension:') && page.url() !== 'about:blank') {
      into.push(request.url());
      return route.fulfill({ status: 204, body: '' });
    }
    return route.fallback();
  });
}

/**
 * Hover and focus every element of the article, abbreviations first; then click every link and
 * control. A same-page link (#notes) may close the overlay (Gloss closes the reader when the page
 * navigates, even within itself): `reopen` brings it back before the next click.
 */
async function interact(page: Page, label: string, reopen?: () => Promise<void>) {
  const article = page.locator('[data-testid=reader-article]');
  await article.waitFor();
  for (const abbr of await article.locator('abbr').all()) {
    await abbr.hover({ timeout: 2000, force: true }).catch(() => undefined);
    await abbr.focus({ timeout: 2000 }).catch(() => undefined);
  }
  for (const el of await article.locator('p, span, b, i, strong, em, img, abbr, figure, div, a, details, summary').all()) {
    await el.hover({ timeout: 1000, force: true }).catch(() => undefined);
  }
  await article.evaluate((root) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      el.dispatchEvent(new FocusEvent('focus'));
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
  });
  const CLICKABLE = 'a, area, button, input, summary, [onclick]';
  const count = await article.locator(CLICKABLE).count();
  for (let i = 0; i < count; i++) {
    if (reopen && (await article.count()) === 0) {
      await reopen();
      await article.waitFor();
    }
    const el = article.locator(CLICKABLE).nth(i);
    const clicked = await el.click({ timeout: 1500, force: true, noWaitAfter: true }).then(() => true, () => false);
    // Not clickable by a pointer (an <area>, hidden, zero-sized): activate it as a keyboard user would.
    if (!clicked) await el.evaluate((node) => (node as HTMLElement).click(), undefined, { timeout: 1500 }).catch(() => undefined);
    await sleep(30);
  }
  if (!reopen) expect(await article.count(), `${label}: the reader page still shows the article after the clicks`).toBe(1);
}

async function checkPage(spec: SecurityPage) {
  const label = spec.path;
  const consoleErrors: string[] = [];
  const navigations: string[] = [];
  const { page, tabId } = await openServedPage(gloss, server, spec.path);
  const hitsOf = (name: string) => server.pwned.filter((hit) => hit.name === name);

  // Calibration: the page's own live payloads ran (so a beacon that runs is seen), inert ones did not.
  const live = spec.payloads.filter((p) => p.original === 'live').map((p) => p.name);
  await expect.poll(() => live.filter((name) => hitsOf(name).length === 0), { timeout: 5000, message: `${label}: live payloads that never ran in the page` }).toEqual([]);
  await sleep(300);
  const inertThatRan = spec.payloads.filter((p) => p.original === 'inert' && hitsOf(p.name).length > 0).map((p) => p.name);
  expect(inertThatRan, `${label}: payloads meant to be inert in the page ran before Gloss acted (fix the corpus)`).toEqual([]);
  const mark = server.pwned.length;
  const dialogMark = dialogs.length;
  await holdNavigations(page, navigations);

  // 1. The popup analyses the page and lists its glossary.
  const popup = await openPopup(gloss, tabId);
  watchConsole(popup, consoleErrors);
  await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
  expect(await unsafeIn(popup, 'main', true), `${label}: popup`).toEqual([]);

  // 2. Reader mode on, from the popup's switch.
  const toggle = popup.getByTestId('reader-toggle');
  await expect.poll(async () => (await toggle.isEnabled()) ? 'enabled' : await popup.getByTestId('popup-message').innerText().catch(() => 'disabled'),
    { timeout: 5000, message: `${label}: the reader switch is usable on this page` }).toBe('enabled');
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 10_000, message: `${label}: reader mode opens` }).toBe('true');
  await page.bringToFront();
  await page.getByTestId('reader-view').waitFor();
  expect(await unsafeIn(page, '[data-testid=reader-view]', true), `${label}: reader overlay`).toEqual([]);
  expect(await unsafeIn(page, '[data-testid=reader-article]'), `${label}: reader overlay article`).toEqual([]);
  await interact(page, `${label} overlay`, async () => {
    expect(await runCommand(gloss, 'toggle-reader', tabId), `${label}: reader reopens`).toEqual({ open: true });
  });

  // 3. Save, then read the saved copy on the extension's own page.
  const saved = await runCommand(gloss, 'save-article', tabId) as { id?: string; problem?: string };
  expect(saved.id, `${label}: saved (${JSON.stringify(saved)})`).toBeTruthy();
  const reader = await gloss.context.newPage();
  watchConsole(reader, consoleErrors);
  await holdNavigations(reader, navigations);
  await reader.goto(`chrome-extension://${gloss.extensionId}/reader.html?id=${saved.id}`);
  await reader.getByTestId('reader-article').waitFor();
  expect(await unsafeIn(reader, '#app', true), `${label}: reader.html`).toEqual([]);
  expect(await unsafeIn(reader, '[data-testid=reader-article]'), `${label}: reader.html article`).toEqual([]);
  // The page's metadata arrives as text only.
  expect(await reader.locator('h1 *').count(), `${label}: markup in the saved title`).toBe(0);
  await interact(reader, `${label} reader.html`);

  // 4. The popup again, now listing the saved article by its (hostile) title.
  await popup.reload();
  await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
  expect(await unsafeIn(popup, 'main', true), `${label}: popup with the saved list`).toEqual([]);

  await sleep(500);
  expect(describeHits(server.pwned.slice(mark)), `${label}: payloads that ran after Gloss acted`).toEqual([]);
  expect(navigations.filter((url) => url.includes('/pwned/')), `${label}: navigations to /pwned/`).toEqual([]);
  expect(dialogs.slice(dialogMark), `${label}: dialogs`).toEqual([]);
  expect(consoleErrors, `${label}: CSP violations or errors in extension pages`).toEqual([]);

  await reader.close();
  await popup.close();
  await page.close();
}

describe('hostile pages (tests/security/payloads.ts)', () => {
  it.each(SECURITY_PAGES.map((spec) => [spec.path, spec] as const))('%s: nothing runs in the popup, the overlay or reader.html', async (_path, spec) => {
    await checkPage(spec);
  });

  it('no payload ever phoned home, and no dialog opened', () => {
    // Live payloads phone home once per page load, before Gloss acts; nothing else may.
    const liveNames = new Set(SECURITY_PAGES.flatMap((p) => p.payloads).filter((p) => p.original === 'live').map((p) => p.name));
    const unexpected = server.pwned.filter((hit) => !liveNames.has(hit.name));
    expect(describeHits(unexpected)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
