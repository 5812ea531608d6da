import type { Page } from 'playwright-core';
import type { GlossBrowser } from './browser';
import { tabIdOf } from './browser';
import type { TestServer } from './server';

let visits = 0;

/** Open a served page in a new tab; a unique query string keeps tab lookups unambiguous. */
export async function openServedPage(
  gloss: GlossBrowser, server: TestServer, path: string, options: { timeout?: number } = {},
): Promise<{ page: Page; tabId: number }> {
  const page = await gloss.context.newPage();
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${server.origin}${path}${separator}visit=${++visits}`, { timeout: options.timeout, waitUntil: 'load' });
  return { page, tabId: await tabIdOf(gloss, page) };
}

/** Run a background command handler exactly as the keyboard shortcut or context menu would. */
export function runCommand(gloss: GlossBrowser, command: string, tabId: number): Promise<unknown> {
  return gloss.worker.evaluate(([name, id]) => {
    const handlers = (globalThis as unknown as { gloss: { handleCommand: (c: string, t: object) => Promise<unknown> } }).gloss;
    return handlers.handleCommand(name as string, { id });
  }, [command, tabId] as const);
}
