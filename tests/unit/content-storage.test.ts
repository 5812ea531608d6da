import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/reader-settings';
import { loadReaderSettings, saveReaderSettings, watchReaderSettings } from '@/utils/reader-settings-store';
import { pickRuleFor, rememberPick } from '@/utils/pick-rules';

// The reader's content script reads its settings and pick rules with plain storage calls; earlier
// versions used @wxt-dev/storage items. Both must see the same data, both ways.
const oldSettingsItem = () => storage.defineItem<ReaderSettings>('sync:reader-settings', { fallback: { ...DEFAULT_SETTINGS }, version: 1 });
const oldPickRules = () => storage.defineItem<Record<string, string>>('local:pick-rules', { fallback: {} });

describe('settings and pick rules in the storage layout @wxt-dev/storage used', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads settings the earlier version stored, and stores them where it looks', async () => {
    expect(await loadReaderSettings()).toEqual(DEFAULT_SETTINGS);
    await oldSettingsItem().setValue({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 24 });
    expect(await loadReaderSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 24 });
    await saveReaderSettings({ ...DEFAULT_SETTINGS, font: 'sans' });
    expect(await oldSettingsItem().getValue()).toEqual({ ...DEFAULT_SETTINGS, font: 'sans' });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual(['reader-settings']);
  });

  it('repairs what it finds, and hears changes made elsewhere (not equal rewrites)', async () => {
    await fakeBrowser.storage.sync.set({ 'reader-settings': { theme: 'neon', fontSize: '20', lineHeight: 9 } });
    expect(await loadReaderSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 20, lineHeight: 2.2 });
    const seen = vi.fn();
    const unwatch = watchReaderSettings(seen);
    await fakeBrowser.storage.sync.set({ 'reader-settings': { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await fakeBrowser.storage.sync.set({ 'reader-settings': { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    expect(seen.mock.calls).toEqual([[{ ...DEFAULT_SETTINGS, theme: 'dark' }]]);
    unwatch();
    await fakeBrowser.storage.sync.set({ 'reader-settings': DEFAULT_SETTINGS });
    expect(seen).toHaveBeenCalledOnce();
  });

  it('keeps pick rules per site, readable both ways', async () => {
    await oldPickRules().setValue({ 'a.example': 'main > article' });
    expect(await pickRuleFor('a.example')).toBe('main > article');
    expect(await pickRuleFor('b.example')).toBeUndefined();
    await rememberPick('b.example', '#story');
    expect(await oldPickRules().getValue()).toEqual({ 'a.example': 'main > article', 'b.example': '#story' });
  });
});
