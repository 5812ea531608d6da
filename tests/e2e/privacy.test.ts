import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Request } from 'playwright-core';
import { launchGloss, openPopup, type GlossBrowser } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { openServedPage } from './support/pages';
import { repoRoot } from './support/paths';
import { policyProblems } from '../security/csp-policy';

// Privacy: Gloss makes no network requests of its own (README, Privacy). Every request of a
// full session is recorded and attributed: to an extension page or the service worker (Gloss's
// own), or to the web page (its own loads — and, while the reader overlay is open, the article's
// images, which the page itself would load). The manifest's permission list is checked in
// tests/e2e/manifest.test.ts; the CSP as declared in wxt.config.ts in tests/unit/csp.test.ts.

interface Seen {
  url: string;
  /** 'extension' (an extension page or the worker) or 'page' (a web page frame). */
  by: 'extension' | 'page';
  initiator: string;
  resourceType: string;
  phase: string;
  /** Set when the request never completed: "csp" when the page's CSP refused it (it never left the browser). */
  failure?: string;
}

/**
 * Playwright does not report an extension service worker's own requests, so the worker's
 * network APIs are wrapped to log every URL it asks for (Gloss's background code can only
 * reach the network through these).
 */
function instrumentWorker(): Promise<void> {
  return gloss.worker.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown> & { __netLog?: string[] };
    if (g.__netLog) return;
    const log: string[] = (g.__netLog = []);
    const href = (input: unknown) => String(input instanceof Request ? input.url : input);
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => { log.push(`fetch ${href(input)}`); return realFetch(input, init); };
    for (const name of ['WebSocket', 'EventSource'] as const) {
      const Real = g[name] as (new (url: string, ...rest: unknown[]) => object) | undefined;
      if (Real) g[name] = new Proxy(Real, { construct: (target, args) => { log.push(`${name} ${href(args[0])}`); return Reflect.construct(target, args); } });
    }
    const XHR = g.XMLHttpRequest as { prototype: { open: (...args: unknown[]) => void } } | undefined;
    if (XHR) {
      const open = XHR.prototype.open;
      XHR.prototype.open = function (this: unknown, ...args: unknown[]) { log.push(`xhr ${href(args[1])}`); return open.apply(this, args); };
    }
    const nav = navigator as Navigator & { sendBeacon?: (url: string, data?: unknown) => boolean };
    if (nav.sendBeacon) {
      const beacon = nav.sendBeacon.bind(nav);
      nav.sendBeacon = (url: string, data?: unknown) => { log.push(`beacon ${url}`); return beacon(url, data as BodyInit); };
    }
  });
}
const workerLog = () => gloss.worker.evaluate(() => (globalThis as unknown as { __netLog?: string[] }).__netLog ?? null);

let gloss: GlossBrowser;
let server: TestServer;
const seen: Seen[] = [];
let phase = 'start';

function attribute(request: Request): Seen {
  const worker = request.serviceWorker();
  let initiator = worker?.url() ?? '';
  if (!worker) {
    try { initiator = request.frame().url(); } catch { initiator = ''; }
  }
  const extension = initiator.startsWith('chrome-extension:') || (!initiator && request.url().startsWith('chrome-extension:'));
  return { url: request.url(), by: extension ? 'extension' : 'page', initiator, resourceType: request.resourceType(), phase };
}

beforeAll(async () => {
  server = await startServer();
  gloss = await launchGloss();
  const byRequest = new Map<Request, Seen>();
  gloss.context.on('request', (request) => {
    const entry = attribute(request);
    byRequest.set(request, entry);
    seen.push(entry);
  });
  gloss.context.on('requestfailed', (request) => {
    const entry = byRequest.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  await instrumentWorker();
});
afterAll(async () => {
  await gloss?.close();
  await server?.close();
});

const scheme = (url: string) => new URL(url).protocol;
const isLocal = (url: string) => {
  const u = new URL(url);
  return u.hostname === '127.0.0.1' || ['chrome-extension:', 'data:', 'blob:'].includes(u.protocol);
};

describe('a full session makes no requests of its own', () => {
  it('sees requests from extension pages and from the service worker (instrument check)', async () => {
    phase = 'calibration';
    const marker = `calibration-${Date.now()}`;
    await gloss.worker.evaluate((m) => fetch(`/manifest.json?${m}`).then((r) => r.ok), marker);
    expect(await workerLog()).toEqual([expect.stringContaining(`/manifest.json?${marker}`)]);
    const popup = await gloss.context.newPage();
    await popup.goto(`chrome-extension://${gloss.extensionId}/popup.html`);
    await popup.evaluate((m) => fetch(`/manifest.json?page-${m}`).then((r) => r.ok), marker);
    await expect.poll(() => seen.filter((s) => s.url.includes(`page-${marker}`)).map((s) => `${s.by} ${s.initiator.split('/').pop()}`))
      .toEqual([expect.stringMatching(/^extension popup\.html/)]);
    await popup.close();
  });

  it('seed page → popup → reader on → glossary → save → reader.html → options export', async () => {
    phase = 'session';
    // A page that loads things from outside hosts itself (stylesheet, script, ad image: all blocked by
    // the harness) and the seed article.
    const noisy = await openServedPage(gloss, server, '/pages/sample-article.html');
    const { page, tabId } = await openServedPage(gloss, server, '/fixtures/seed-thanh-hoa.html');

    phase = 'popup';
    const popup = await openPopup(gloss, tabId);
    await expect.poll(() => popup.getByTestId('glossary').getAttribute('aria-busy')).toBe('false');
    expect(await popup.getByTestId('glossary-entry').count()).toBeGreaterThan(0);

    phase = 'reader';
    const toggle = popup.getByTestId('reader-toggle');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await page.bringToFront();
    await page.getByTestId('reader-article').waitFor();
    for (const abbr of await page.locator('[data-testid=reader-article] abbr').all()) await abbr.hover({ force: true }).catch(() => undefined);

    phase = 'save';
    await popup.getByTestId('save-article').click();
    await expect.poll(() => popup.getByTestId('save-status').innerText()).toContain('Saved');

    phase = 'reader.html';
    const item = popup.locator(`[data-testid=saved-item][data-url="${page.url()}"]`);
    await expect.poll(() => item.count()).toBe(1);
    const [reader] = await Promise.all([gloss.context.waitForEvent('page'), item.click()]);
    await reader.waitForLoadState('load');
    await reader.getByTestId('reader-article').waitFor();
    expect(reader.url()).toMatch(/\/reader\.html\?id=[\w-]+$/);

    phase = 'options';
    const options = await gloss.context.newPage();
    await options.goto(`chrome-extension://${gloss.extensionId}/options.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.articles.some((a: { url: string }) => a.url === page.url())).toBe(true);
    expect(scheme(download.url())).toBe('blob:');

    phase = 'closing';
    for (const p of [options, reader, popup, page, noisy.page]) await p.close();
    // Give the worker a moment: anything it would send on its own (pings, sync) shows up here.
    await new Promise((done) => setTimeout(done, 1000));

    const session = seen.filter((s) => s.phase !== 'calibration' && s.phase !== 'start');
    const own = session.filter((s) => s.by === 'extension');
    const pages = session.filter((s) => s.by === 'page');
    // The worker asked for nothing beyond the calibration fetch and its own packaged files (the mined dictionary).
    const ownPackage = `fetch chrome-extension://${gloss.extensionId}/`;
    expect((await workerLog())?.filter((line) => !line.includes('calibration-') && !line.startsWith(ownPackage))).toEqual([]);
    // Gloss's own pages: nothing but their packaged files, data: and blob: (the export). A saved
    // article's images are requested by reader.html and refused by its CSP (img-src 'self' data:)
    // before anything leaves the browser: listed, and they must never reach the server.
    const refused = own.filter((s) => s.failure === 'csp' || s.failure === 'net::ERR_BLOCKED_BY_CSP');
    expect(own.filter((s) => !['chrome-extension:', 'data:', 'blob:'].includes(scheme(s.url)) && !refused.includes(s))
      .map((s) => `${s.phase} ${s.initiator} → ${s.url} (${s.failure ?? 'completed'})`)).toEqual([]);
    for (const s of refused) expect(server.requests.filter((path) => s.url.endsWith(path)).length, `${s.url} reached the server`).toBeLessThanOrEqual(
      pages.filter((p) => p.url === s.url).length);
    console.info(`requests by extension pages refused by their CSP (never sent):\n  ${refused.map((s) => `${s.phase} ${s.url}`).join('\n  ') || '(none)'}`);
    expect(own.filter((s) => scheme(s.url) === 'chrome-extension:' && !s.url.startsWith(`chrome-extension://${gloss.extensionId}/`))
      .map((s) => s.url)).toEqual([]);
    // Everything that was let out went to the test server; what the harness blocked, a web page asked for.
    expect(session.filter((s) => !isLocal(s.url) && !gloss.blocked.includes(s.url)).map((s) => `${s.by} ${s.url}`)).toEqual([]);
    const blockedByGloss = gloss.blocked.filter((url) => !pages.some((s) => s.url === url));
    expect(blockedByGloss, 'outside requests not made by a web page').toEqual([]);
    // The page's own outside loads were seen, so the attribution above is not vacuous.
    expect(pages.some((s) => s.url.startsWith('https://cdn.example.invalid/'))).toBe(true);

    // Listed, not failed: loads in the page's origin while the reader was open (its article images).
    const overlayLoads = pages.filter((s) => s.phase === 'reader' && s.resourceType !== 'document').map((s) => `${s.resourceType} ${s.url}`);
    console.info(`page-origin loads while the reader overlay was open (the page's own images):\n  ${overlayLoads.join('\n  ') || '(none)'}`);
  });
});

describe('built extension pages stay strict (.output/chrome-mv3, built by test:e2e)', () => {
  const dir = resolve(repoRoot, '.output/chrome-mv3');
  const manifest = () => JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));

  it("has a CSP without 'unsafe-inline', 'unsafe-eval' or remote sources", () => {
    const policy = manifest().content_security_policy?.extension_pages ?? '';
    expect(policyProblems(policy)).toEqual([]);
    expect(manifest().content_security_policy?.sandbox).toBeUndefined();
  });

  it.each(['popup.html', 'reader.html', 'options.html'])('%s has no inline script and no remote URL', (name) => {
    const html = readFileSync(resolve(dir, name), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body.trim(), `inline script in ${name}`).toBe('');
      expect(attrs).toMatch(/\bsrc="\/[^"/][^"]*"/);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:src|href|action|content)\s*=\s*["']?(?:[a-z]+:)?\/\//i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<(?:iframe|object|embed|base)\b/i);
  });
});
