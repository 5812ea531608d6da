import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html';
import { extractArticle } from '@/utils/extract/index';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize';
import { setSanitizedHtml } from '@/utils/safe-html';
import { buildGlossary } from '@/utils/glossary/index';
import { markAbbreviations } from '@/utils/mark-abbreviations';
import { beaconFor, escapeHtml, PAYLOADS, type Payload } from './payloads';
import { buildArticlePage, PARAGRAPHS, SECURITY_PAGES } from './pages';
import { findUnsafe } from './unsafe';

// Every hostile payload through the real reader pipeline (Readability, clean-up, DOMPurify)
// under happy-dom, as the `gloss` CLI runs it. happy-dom parses <noscript> as markup
// (scripting off), so this also covers what Readability does with noscript contents.
// tests/e2e/security.test.ts runs the same corpus in real Chromium.

const ORIGIN = 'http://127.0.0.1:9';
const closers: (() => Promise<void>)[] = [];
afterAll(async () => { for (const close of closers) await close(); });

function parse(html: string, url = `${ORIGIN}/security/unit.html`) {
  const parsed = parseHtml(html, url);
  closers.push(parsed.close);
  return parsed;
}

/** Parse sanitised output in an inert document and list anything dangerous in it. */
function unsafeIn(html: string): string[] {
  const { document } = parse(`<!doctype html><body>${html}</body>`);
  return findUnsafe(document.body);
}

describe('the payload corpus', () => {
  it('has at least 40 payloads with unique, URL-safe names', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PAYLOADS.map((p) => p.name)).size).toBe(PAYLOADS.length);
    for (const p of PAYLOADS) expect(p.name).toMatch(/^[a-z0-9-]+$/);
  });

  it('makes every payload phone home to /pwned/<its name> (or be a clobbering check)', () => {
    for (const p of PAYLOADS) {
      const html = p.html(beaconFor(p.name, ORIGIN));
      if (p.kind === 'clobber' && !html.includes('/pwned/')) continue;
      // The beacon may be entity-encoded, base64'd or URL-encoded inside the payload.
      const decoded = decodeURIComponent(html.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))))
        + html.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, b) => Buffer.from(b, 'base64').toString('utf8'));
      expect(decoded, p.name).toContain(`/pwned/${p.name}`);
    }
  });

  it('puts every payload on exactly one e2e page, each page an article of ≥ 600 characters of text', () => {
    const placed = SECURITY_PAGES.flatMap((page) => page.payloads.map((p) => p.name));
    expect([...placed].sort()).toEqual(PAYLOADS.map((p) => p.name).sort());
    // (Counted on the source: happy-dom mis-parses some mXSS shapes differently from browsers.)
    expect(PARAGRAPHS.join(' ').length).toBeGreaterThanOrEqual(600);
    for (const page of SECURITY_PAGES) {
      const html = buildArticlePage(page.payloads, ORIGIN, page);
      for (const text of PARAGRAPHS) expect(html, page.path).toContain(`<p>${escapeHtml(text)}</p>`);
    }
  });
});

function checkArticle(payload: Payload | null, html: string) {
  const { document, window } = parse(html);
  const article = extractArticle(document, { window, force: true });
  const label = payload?.name ?? 'page';
  expect(article.content, label).not.toBe('');
  expect(findUnsafe(parse(`<!doctype html><body>${article.content}</body>`).document.body), label).toEqual([]);
  expect(article.content, label).not.toMatch(/<\s*(script|iframe|form|base|meta|object|embed|svg|math|style|link|template|noscript)\b/i);
  // Rendered by Preact as text: plain strings (or null), whatever they contain.
  expect(typeof article.title, label).toBe('string');
  for (const field of ['byline', 'siteName', 'lang', 'publishedTime', 'excerpt'] as const) {
    expect(article[field] === null || typeof article[field] === 'string', `${label} ${field}`).toBe(true);
  }
  // The glossary: plain data, and marking it into the article adds only <abbr> with text.
  const entries = buildGlossary([article.title, article.textContent].join('\n'), { lang: article.lang ?? 'en' });
  for (const entry of entries) {
    expect(typeof entry.abbr, label).toBe('string');
    expect(entry.expansion === null || typeof entry.expansion === 'string', label).toBe(true);
  }
  const root = document.createElement('div');
  setSanitizedHtml(root, article.content);
  const before = root.querySelectorAll('*').length;
  const marked = markAbbreviations(root, entries);
  expect(root.querySelectorAll('*').length, label).toBe(before + marked);
  for (const abbr of root.querySelectorAll('abbr[data-source]')) expect(abbr.children.length, label).toBe(0);
  expect(findUnsafe(root), label).toEqual([]);
  return { article, entries };
}

describe.each(PAYLOADS.map((p) => [p.name, p] as const))('payload %s', (_name, payload) => {
  it('leaves nothing that can run in the extracted article, and metadata as plain strings', () => {
    const { article } = checkArticle(payload, buildArticlePage([payload], ORIGIN, { declaredPath: true }));
    if (['title', 'og:title', 'jsonld:headline'].includes(payload.where)) expect(article.title).not.toBe('');
  });

  it('is defused by the sanitiser itself, and the output is stable when parsed again (no mutation XSS)', () => {
    const { window } = parse('<!doctype html><body></body>');
    const dirty = payload.html(beaconFor(payload.name, ORIGIN));
    const clean = sanitizeArticleHtml(dirty, window);
    expect(unsafeIn(clean)).toEqual([]);
    const again = sanitizeArticleHtml(clean, window);
    expect(unsafeIn(again)).toEqual([]);
    expect(again).toBe(clean);
  });
});

describe('the e2e pages', () => {
  it.each(SECURITY_PAGES.map((p) => [p.path, p] as const))('%s extracts as an article with nothing that can run', (_path, page) => {
    const { document, window } = parse(buildArticlePage(page.payloads, ORIGIN, page));
    const judged = extractArticle(document, { window, force: false });
    expect(judged.readerable).toBe(true);
    checkArticle(null, buildArticlePage(page.payloads, ORIGIN, page));
  });
});
