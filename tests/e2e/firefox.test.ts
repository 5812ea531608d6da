import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot, fixturesDir } from './support/paths';
import { expectSameHtml } from './support/same-html';
import { firefoxE2eExtensionDir, GECKO_ID, waitFor } from './support/firefox';
import { openPopupFor, useFirefoxSession } from './support/firefox-session';

// Firefox: the store build passes Mozilla's linter, and the e2e build works in Debian's
// firefox-esr, driven headless over WebDriver BiDi. Nothing here builds: test:e2e runs
// `npm run build:firefox` and `npm run build:firefox:e2e` first.

const firefoxDir = resolve(repoRoot, '.output/firefox-mv2');

function readManifest(dir: string, script: string) {
  const file = resolve(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No Firefox build at ${dir}: run \`npm run ${script}\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

interface LintMessage { code: string; file?: string; line?: number; message: string }
interface LintReport { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[] }

/** `web-ext lint --output json` on a built add-on (exits non-zero when there are errors). */
function webExtLint(sourceDir: string): Promise<LintReport> {
  const bin = resolve(repoRoot, 'node_modules/.bin/web-ext');
  return new Promise((done, fail) => {
    execFile(bin, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-input', '--no-config-discovery'], {
      cwd: repoRoot,
      // No update check against the npm registry: a test talks to nothing.
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const start = stdout.indexOf('{');
      if (start < 0) return fail(new Error(`web-ext lint printed no report (${error?.message ?? 'no error'}):\n${stderr}`));
      try {
        done(JSON.parse(stdout.slice(start)));
      } catch (parseError) {
        fail(new Error(`unreadable web-ext lint report: ${String(parseError)}\n${stdout.slice(0, 2000)}`));
      }
    });
  });
}

const describeMessage = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;

describe('Firefox build', () => {
  it('declares the gecko id, no data collection, and the same permissions as Chromium', () => {
    const production = readManifest(firefoxDir, 'build:firefox');
    expect(production.manifest_version).toBe(2);
    expect(production.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(production.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // MV2 keeps host permissions in `permissions`: production must have none.
    expect(production.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus']);
    expect(production.content_scripts ?? []).toEqual([]);
    expect(existsSync(resolve(firefoxDir, 'content-scripts/reader-overlay.js'))).toBe(true);
  });

  it('differs in the e2e build only by the 127.0.0.1 host permission', () => {
    const production = readManifest(firefoxDir, 'build:firefox');
    const e2e = readManifest(firefoxE2eExtensionDir, 'build:firefox:e2e');
    expect(e2e.permissions).toEqual([...production.permissions, 'http://127.0.0.1/*']);
    expect({ ...e2e, permissions: undefined }).toEqual({ ...production, permissions: undefined });
  });

  it("passes Mozilla's add-on linter (web-ext lint) with no errors", async () => {
    readManifest(firefoxDir, 'build:firefox');
    const report = await webExtLint(firefoxDir);
    expect(report.errors.map(describeMessage), 'web-ext lint errors').toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

const seedGold = JSON.parse(readFileSync(resolve(fixturesDir, 'seed-thanh-hoa.gold.json'), 'utf8'));
const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('reader mode in Firefox ESR (WebDriver BiDi)', () => {
  const session = useFirefoxSession();

  it('opens the reader from the popup in an open shadow root and restores the page exactly', async () => {
    const { firefox, server } = session;
    const pageUrl = `${server.origin}/fixtures/seed-thanh-hoa.html?visit=firefox`;
    const page = await firefox.openTab(pageUrl);
    await firefox.evaluate(page, 'window.scrollTo(0, 300)');
    const snapshot = () => firefox.evaluate<string>(page, 'document.documentElement.outerHTML');
    const before = await snapshot();
    const scrollBefore = await firefox.evaluate<number>(page, 'window.scrollY');

    // The popup as a page, on the seed page's tab id (TEST-CONTRACT: popup.html?tab=).
    const { popup, tabId, tabs } = await openPopupFor(firefox, pageUrl);
    expect(tabId, `a tab for ${pageUrl} among ${JSON.stringify(tabs)}`).toBeTypeOf('number');

    const inPopup = (expression: string) => firefox.evaluate<string | null>(popup, expression);
    const pressed = () => inPopup(`document.querySelector('[data-testid=reader-toggle]')?.getAttribute('aria-pressed') ?? null`);
    const click = () => inPopup(`(document.querySelector('[data-testid=reader-toggle]').click(), null)`);

    // The popup analysed the page in Firefox: its glossary is final and not empty.
    await waitFor(() => inPopup(`document.querySelector('[data-testid=glossary]')?.getAttribute('aria-busy') ?? null`),
      (busy) => busy === 'false', 'the glossary to finish');
    expect(Number(await inPopup(`String(document.querySelectorAll('[data-testid=glossary-entry]').length)`))).toBeGreaterThan(0);
    await waitFor(pressed, (value) => value === 'false', 'the toggle to show reader mode off');

    await click();
    await waitFor(pressed, (value) => value === 'true', 'the toggle to show reader mode on');
    const article = await waitFor(
      () => firefox.evaluate<string | null>(page,
        `document.querySelector('gloss-reader')?.shadowRoot?.querySelector('[data-testid=reader-view] [data-testid=reader-article]')?.textContent ?? null`),
      (text) => Boolean(text), 'the reader article in the page');
    const text = collapse(article!);
    for (const passage of seedGold.text_must_include) expect(text).toContain(collapse(passage));
    expect(await firefox.evaluate(page, `document.querySelector('gloss-reader').shadowRoot.mode`)).toBe('open');
    // The controls come after the first paint, as a second script the background injects.
    await waitFor(() => firefox.evaluate<number>(page,
      `document.querySelector('gloss-reader').shadowRoot.querySelectorAll('[data-testid=reader-toolbar] [data-testid=reader-settings-toggle], [data-testid=read-aloud]').length`),
    (count) => count === 2, 'the reader controls');
    expect(await firefox.evaluate(page, 'getComputedStyle(document.documentElement).overflow')).toBe('hidden');

    await click();
    await waitFor(pressed, (value) => value === 'false', 'the toggle to show reader mode off again');
    await waitFor(() => firefox.evaluate<number>(page, `document.querySelectorAll('gloss-reader').length`),
      (count) => count === 0, 'the reader to leave the page');
    const after = await snapshot();
    expectSameHtml(after, before);
    expect(await firefox.evaluate<number>(page, 'window.scrollY')).toBe(scrollBefore);

    await firefox.closeTab(popup);
    await firefox.closeTab(page);
  });

  it('never reached beyond 127.0.0.1 (every other request went to the refusing proxy)', () => {
    // The seed page loads nothing from outside, so anything here is Firefox phoning
    // home: silence it with a pref in tests/e2e/support/firefox.ts.
    expect(session.firefox.blocked).toEqual([]);
  });
});
