import type { Page } from 'playwright-core';
import type { GlossSession } from './session';
import { openServedPage, runCommand } from './pages';

/** Saves a served page through the "save article" command; returns its saved id. */
export async function saveServedPage(session: GlossSession, path: string): Promise<string> {
  const { page, tabId } = await openServedPage(session.gloss, session.server, path);
  const saved = (await runCommand(session.gloss, 'save-article', tabId)) as { id?: string; problem?: string };
  await page.close();
  if (!saved.id) throw new Error(`could not save ${path}: ${saved.problem}`);
  return saved.id;
}

/** Opens a saved article in reader.html (in the given colour scheme) once its article is shown. */
export async function openSavedReader(session: GlossSession, id: string, colorScheme?: 'light' | 'dark'): Promise<Page> {
  const reader = await session.gloss.context.newPage();
  if (colorScheme) await reader.emulateMedia({ colorScheme });
  await reader.goto(`chrome-extension://${session.gloss.extensionId}/reader.html?id=${id}`);
  await reader.getByTestId('reader-article').waitFor();
  return reader;
}

/**
 * Selects the first occurrence of `text` (inside one text node) in the reader's article, as a
 * drag would, and releases the mouse there. `host` is the reader's shadow host over a page.
 */
export async function selectInReader(page: Page, text: string, host?: string): Promise<void> {
  await page.evaluate(([wanted, hostName]) => {
    const scope: Document | ShadowRoot = hostName ? document.querySelector(hostName)!.shadowRoot! : document;
    const body = scope.querySelector('[data-testid=reader-article]')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted!);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted!.length);
      const selection = (scope as ShadowRoot & { getSelection?: () => Selection }).getSelection?.() ?? document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const box = range.getBoundingClientRect();
      node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true, clientX: box.right, clientY: box.bottom }));
      return;
    }
    throw new Error(`"${wanted}" is not in the article`);
  }, [text, host] as const);
}
