import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { decodeFromSync, encodeForSync, itemBytes, MAX_VALUE_BYTES, SYNC_QUOTA } from './quota';
import {
  mirrorSyncChanges, pendingKey, readSyncArea, readSynced, reconcileSynced, syncPending, watchSynced, writeSynced,
} from './synced';

/** storage.sync as Chrome enforces it: one item ≤ 8,192 bytes (key + JSON), the area ≤ 102,400. */
function enforceSyncQuotas() {
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  return vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) {
      if (itemBytes(k, v) > SYNC_QUOTA.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const all = { ...(await fakeBrowser.storage.sync.get(null)), ...items };
    const total = Object.entries(all).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
    if (total > SYNC_QUOTA.total) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}

/** A user glossary of n entries in Vietnamese (multi-byte text). */
const meanings = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`UBND${i}`, `Ủy ban nhân dân số ${i} — “trích dẫn” \\ ${i}`]));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('encodeForSync / decodeFromSync', () => {
  it('keeps a small value as it is under its key', () => {
    const enc = encodeForSync('reader-settings', { theme: 'dark' });
    expect(enc).toEqual({ ok: true, items: { 'reader-settings': { theme: 'dark' } }, chunks: 0 });
  });

  it('cuts a big value into chunks that each fit one item, and joins them back', () => {
    const value = meanings(600);
    const enc = encodeForSync('user-glossary', value);
    if (!enc.ok) throw new Error('should fit');
    expect(enc.chunks).toBeGreaterThan(2);
    for (const [k, v] of Object.entries(enc.items)) expect(itemBytes(k, v)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
    expect(decodeFromSync('user-glossary', enc.items)).toEqual(value);
  });

  it('never splits a surrogate pair', () => {
    const value = { s: '😀'.repeat(9000) };
    const enc = encodeForSync('k', value);
    if (!enc.ok) throw new Error('should fit');
    for (const [k, v] of Object.entries(enc.items)) if (k !== 'k') expect((v as string).isWellFormed()).toBe(true);
    expect(decodeFromSync('k', enc.items)).toEqual(value);
  });

  it('refuses a value bigger than its share of the area, saying how big', () => {
    const enc = encodeForSync('user-glossary', meanings(2000));
    expect(enc.ok).toBe(false);
    if (!enc.ok) expect(enc.bytes).toBeGreaterThan(MAX_VALUE_BYTES);
  });

  it('reads a missing chunk as no value yet', () => {
    const enc = encodeForSync('user-glossary', meanings(600));
    if (!enc.ok) throw new Error('should fit');
    const { 'user-glossary#1': _gone, ...partial } = enc.items;
    expect(decodeFromSync('user-glossary', partial)).toBeUndefined();
  });
});

describe('writeSynced / readSynced', () => {
  it('writes the local copy and storage.sync', async () => {
    expect(await writeSynced('reader-settings', { theme: 'sepia' })).toEqual({ synced: true });
    expect((await browser.storage.local.get('reader-settings'))['reader-settings']).toEqual({ theme: 'sepia' });
    expect((await browser.storage.sync.get('reader-settings'))['reader-settings']).toEqual({ theme: 'sepia' });
    expect(await readSynced('reader-settings')).toEqual({ theme: 'sepia' });
  });

  it('a value past one item goes to sync in chunks, within the quotas; a smaller one later removes the chunks', async () => {
    enforceSyncQuotas();
    const big = meanings(600);
    expect(await writeSynced('user-glossary', big)).toEqual({ synced: true });
    expect(await readSyncArea('user-glossary')).toEqual(big);
    await writeSynced('user-glossary', { UBND: 'Ủy ban nhân dân' });
    expect(Object.keys(await browser.storage.sync.get(null))).toEqual(['user-glossary']);
    expect(await readSynced('user-glossary')).toEqual({ UBND: 'Ủy ban nhân dân' });
  });

  it('a quota error keeps the local copy, says so, and reads still give the newest value', async () => {
    await writeSynced('notebook-marks', { known: ['UBND'], learn: [] });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const result = await writeSynced('notebook-marks', { known: ['UBND', 'HĐND'], learn: [] });
    expect(result).toMatchObject({ synced: false, reason: 'quota' });
    expect(await syncPending('notebook-marks')).toMatchObject({ reason: 'quota', detail: expect.stringContaining('MAX_WRITE') });
    // sync still holds the older value; this machine reads its own, newer one
    expect(await readSyncArea('notebook-marks')).toEqual({ known: ['UBND'], learn: [] });
    expect(await readSynced('notebook-marks')).toEqual({ known: ['UBND', 'HĐND'], learn: [] });
  });

  it('a value too big for storage.sync is not sent at all; kept locally with its size', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const result = await writeSynced('user-glossary', meanings(2000));
    expect(spy).not.toHaveBeenCalled();
    expect(result).toMatchObject({ synced: false, reason: 'quota', bytes: expect.any(Number) });
    expect(await readSynced('user-glossary')).toEqual(meanings(2000));
  });

  it('sync unavailable (e.g. turned off) is told apart from a quota', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Sync is disabled'));
    expect(await writeSynced('reader-settings', { theme: 'dark' })).toMatchObject({ synced: false, reason: 'unavailable' });
  });

  it('the next successful write clears the notice', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await writeSynced('reader-settings', { theme: 'dark' });
    expect(await syncPending('reader-settings')).toBeDefined();
    spy.mockRestore();
    expect(await writeSynced('reader-settings', { theme: 'light' })).toEqual({ synced: true });
    expect(await syncPending('reader-settings')).toBeUndefined();
  });

  it('reads what only one area holds (an older install: sync only; sync never reached: local only)', async () => {
    await browser.storage.sync.set({ 'reader-settings': { theme: 'dark' } });
    expect(await readSynced('reader-settings')).toEqual({ theme: 'dark' });
    await browser.storage.local.set({ 'user-glossary': { HĐND: 'Hội đồng nhân dân' } });
    expect(await readSynced('user-glossary')).toEqual({ HĐND: 'Hội đồng nhân dân' });
  });
});

describe('reconcileSynced (the background at start)', () => {
  it('sends a value kept only here (before it was synced) to sync', async () => {
    await browser.storage.local.set({ 'user-glossary': { UBND: 'Ủy ban nhân dân' } });
    expect(await reconcileSynced('user-glossary')).toBe('pushed');
    expect(await readSyncArea('user-glossary')).toEqual({ UBND: 'Ủy ban nhân dân' });
  });

  it('copies a value changed on another machine here', async () => {
    await writeSynced('user-glossary', { UBND: 'Ủy ban nhân dân' });
    await browser.storage.sync.set({ 'user-glossary': { UBND: 'Ủy ban nhân dân', TP: 'Thành phố' } });
    expect(await reconcileSynced('user-glossary')).toBe('pulled');
    expect((await browser.storage.local.get('user-glossary'))['user-glossary']).toEqual({ UBND: 'Ủy ban nhân dân', TP: 'Thành phố' });
    expect(await reconcileSynced('user-glossary')).toBe('same');
  });

  it('a pending write goes out again and wins over the older synced value', async () => {
    await writeSynced('notebook-marks', { known: [], learn: ['UBND'] });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await writeSynced('notebook-marks', { known: ['UBND'], learn: [] });
    expect(await reconcileSynced('notebook-marks')).toEqual({ synced: true });
    expect(await readSyncArea('notebook-marks')).toEqual({ known: ['UBND'], learn: [] });
    expect(await syncPending('notebook-marks')).toBeUndefined();
  });

  it('nothing anywhere: nothing written', async () => {
    expect(await reconcileSynced('notebook-marks')).toBe('none');
    expect(await browser.storage.sync.get(null)).toEqual({});
  });
});

describe('mirrorSyncChanges and watchSynced', () => {
  const settle = () => new Promise((r) => setTimeout(r, 10));

  it('the background copies another machine\'s change into the local copy; watchers hear it once', async () => {
    const stop = mirrorSyncChanges(['user-glossary']);
    const heard: unknown[] = [];
    const unwatch = watchSynced('user-glossary', (v) => heard.push(v));
    const big = meanings(600); // chunked: arrives as several items
    const enc = encodeForSync('user-glossary', big);
    if (!enc.ok) throw new Error('should fit');
    await browser.storage.sync.set(enc.items);
    await settle();
    expect((await browser.storage.local.get('user-glossary'))['user-glossary']).toEqual(big);
    expect(heard).toEqual([big]);
    stop();
    unwatch();
  });

  it('does not overwrite a local value still waiting to go out', async () => {
    const stop = mirrorSyncChanges(['notebook-marks']);
    await browser.storage.local.set({ 'notebook-marks': { known: ['UBND'], learn: [] }, [pendingKey('notebook-marks')]: { reason: 'quota', detail: '', at: 1 } });
    await browser.storage.sync.set({ 'notebook-marks': { known: [], learn: [] } });
    await settle();
    expect((await browser.storage.local.get('notebook-marks'))['notebook-marks']).toEqual({ known: ['UBND'], learn: [] });
    stop();
  });
});
