// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createReaderShell } from '@/components/reader-shell';
import { DEFAULT_SETTINGS, PALETTES } from '@/utils/reader-settings';
import type { ExtractedArticle } from '@/utils/extract/types';
import type { GlossaryEntry } from '@/utils/glossary/index';

const article: ExtractedArticle = {
  readerable: true, title: 'UBND tỉnh họp', byline: 'BTH', siteName: 'Báo', lang: 'vi', publishedTime: null,
  excerpt: null, content: '<p>UBND tỉnh và UBND huyện.</p><img src="x.png" onerror="alert(1)"><script>alert(2)</script>',
  textContent: 'UBND tỉnh và UBND huyện.', wordCount: 5, readingMinutes: 1,
};
const entries: GlossaryEntry[] = [{ abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'dictionary', count: 2 }];

describe('the reader shell (first paint, plain DOM)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser has no i18n: "key|substitution", so the test sees which message was asked for.
    fakeBrowser.i18n.getMessage = vi.fn((key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join('|'));
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });

  it('paints the article as the reader view: dialog, title, byline line, sanitised and marked body', () => {
    const onClose = vi.fn();
    const shell = createReaderShell(document, { article, entries, settings: { ...DEFAULT_SETTINGS }, prefersDark: false, onClose });
    const { root } = shell;
    expect(root.dataset.testid).toBe('reader-view');
    expect([root.getAttribute('role'), root.getAttribute('aria-modal'), root.getAttribute('aria-labelledby'), root.lang]).toEqual(['dialog', 'true', 'gloss-title', 'vi']);
    expect(root.querySelector('h1#gloss-title')?.textContent).toBe('UBND tỉnh họp');
    expect(root.querySelector('.gloss-meta')?.textContent).toBe('BTH · Báo · readingMinutes|1');
    const body = root.querySelector('[data-testid=reader-article]')!;
    expect(body).toBe(shell.body);
    expect([...body.querySelectorAll('abbr[title]')].map((a) => a.getAttribute('title'))).toEqual(['Ủy ban nhân dân', 'Ủy ban nhân dân']);
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    // The toolbar bar: the controls' slot first, then the close button.
    const toolbar = root.querySelector<HTMLElement>('[data-testid=reader-toolbar]')!;
    expect(toolbar.lang).toBe('en-US');
    expect([...toolbar.children].map((el) => el.className)).toEqual(['gloss-controls', 'gloss-close']);
    shell.closeButton!.click();
    expect(onClose).toHaveBeenCalledOnce();
    expect(root.dataset.theme).toBe('light');
    expect(root.style.getPropertyValue('--gloss-bg')).toBe(PALETTES.light.background);
  });

  it('has no close button and can have a footer on the saved-article page', () => {
    const shell = createReaderShell(document, { article, entries, settings: { ...DEFAULT_SETTINGS }, prefersDark: true, footer: true });
    expect(shell.closeButton).toBeNull();
    expect(shell.root.querySelector('[data-testid=reader-close]')).toBeNull();
    expect(shell.footer?.className).toBe('gloss-footer');
    expect(shell.root.dataset.theme).toBe('dark');
  });

  it('restyles for new settings without touching the article, and rebuilds it only to spell abbreviations out', () => {
    const shell = createReaderShell(document, { article, entries, settings: { ...DEFAULT_SETTINGS }, prefersDark: false });
    const firstMark = shell.body.querySelector('abbr');
    expect(shell.apply({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22 }, false)).toBe(false);
    expect(shell.root.dataset.theme).toBe('sepia');
    expect(shell.root.style.getPropertyValue('--gloss-font-size')).toBe('22px');
    expect(shell.body.querySelector('abbr')).toBe(firstMark);

    expect(shell.apply({ ...DEFAULT_SETTINGS, theme: 'sepia', spellOutFirstUse: true }, false)).toBe(true);
    expect(shell.body.textContent).toBe('UBND (Ủy ban nhân dân) tỉnh và UBND huyện.');
    expect(shell.body.querySelector('script')).toBeNull();
    expect(shell.apply({ ...DEFAULT_SETTINGS, spellOutFirstUse: false }, true)).toBe(true);
    expect(shell.body.textContent).toBe('UBND tỉnh và UBND huyện.');
    expect(shell.root.dataset.theme).toBe('dark');
  });

  it('can be built ahead in an inert document (sanitised, marked, nothing run) and shown by moving its root', () => {
    const inert = document.implementation.createHTMLDocument('');
    const onClose = vi.fn();
    const shell = createReaderShell(inert, { article, entries, settings: { ...DEFAULT_SETTINGS }, prefersDark: false, onClose });
    expect(shell.root.ownerDocument).toBe(inert);
    expect(shell.body.querySelector('script')).toBeNull();
    expect(shell.body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(shell.body.querySelectorAll('abbr[title]')).toHaveLength(2);
    const host = document.createElement('div');
    document.body.append(host);
    host.append(shell.root);
    expect(shell.root.ownerDocument).toBe(document);
    expect(host.querySelector('[data-testid=reader-article] abbr')?.getAttribute('title')).toBe('Ủy ban nhân dân');
    shell.closeButton!.click();
    expect(onClose).toHaveBeenCalledOnce();
    host.remove();
  });
});
