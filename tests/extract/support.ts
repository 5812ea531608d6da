/** Shared helpers for the extraction tests: corpora paths and a tiny DOM harness. */
import path from 'node:path';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** ../shared (read-only corpora): only `*.corpus.test.ts` files may read it (npm run test:corpus). */
export const shared = (...parts: string[]) => path.resolve(repoRoot, '../shared', ...parts);
/** The fixture pages the tests own (copied from ../shared/fixtures, so `npm test` runs without it). */
export const ownFixture = (...parts: string[]) => path.resolve(repoRoot, 'tests/fixtures', ...parts);

/** Parse a page; `run` gets its document and window, the page is closed afterwards. */
export async function withPage<T>(html: string, url: string, run: (doc: Document, win: Window) => T): Promise<T> {
  const page = parseHtml(html, url);
  try {
    return run(page.document, page.window as unknown as Window);
  } finally {
    await page.close();
  }
}

/** Run a clean-up rule on `<div id=root>…</div>` and return the text left, whitespace collapsed. */
export async function afterRule(inner: string, rule: (root: Element) => unknown): Promise<string> {
  return withPage(`<html><body><div id="root">${inner}</div></body></html>`, 'https://example.invalid/a', (doc) => {
    const root = doc.getElementById('root')!;
    rule(root);
    return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}
