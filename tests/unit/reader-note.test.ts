// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createReaderShell } from '@/components/reader-shell';
import { DEFAULT_SETTINGS } from '@/utils/reader-settings';
import type { ExtractedArticle } from '@/utils/extract/types';

const forced: ExtractedArticle = {
  readerable: false, error: 'not-article', title: 'Ảnh: Mùa lúa chín', byline: null, siteName: null, lang: 'vi', publishedTime: null,
  excerpt: null, content: '<p>Những thửa ruộng bậc thang vàng óng.</p>', textContent: 'Những thửa ruộng bậc thang vàng óng.', wordCount: 7, readingMinutes: 1,
};

describe('a reader opened on a page judged not an article', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = vi.fn((key: string) => key);
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });

  it('says so quietly above the title and offers to pick the article', () => {
    const onPick = vi.fn();
    const shell = createReaderShell(document, { article: forced, entries: [], settings: { ...DEFAULT_SETTINGS }, prefersDark: false, onPickArticle: onPick });
    const note = shell.root.querySelector<HTMLElement>('[data-testid=reader-note]')!;
    expect(note.getAttribute('role')).toBe('note');
    expect(note.lang).toBe('en-US');
    expect(note.textContent).toContain('readerNotArticle');
    // Before the title, outside the article body (the glossary marks and saved text never see it).
    expect(note.nextElementSibling?.id).toBe('gloss-title');
    expect(shell.body.contains(note)).toBe(false);
    const pick = note.querySelector<HTMLButtonElement>('[data-testid=reader-note-pick]')!;
    expect([pick.type, pick.textContent]).toEqual(['button', 'pickArticle']);
    pick.click();
    expect(onPick).toHaveBeenCalledOnce();
  });

  it('shows no note when none is asked for', () => {
    const shell = createReaderShell(document, { article: forced, entries: [], settings: { ...DEFAULT_SETTINGS }, prefersDark: false });
    expect(shell.root.querySelector('[data-testid=reader-note]')).toBeNull();
    expect(shell.root.querySelector('.gloss-page')?.firstElementChild?.id).toBe('gloss-title');
  });
});
