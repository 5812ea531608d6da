import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { keptStorageRead } from '@/utils/kept-storage-read';

// The reader's switch reads its settings and the reader's own definitions from memory, kept
// current by storage.onChanged (utils/kept-storage-read.ts).

function counted(key: string) {
  let reads = 0;
  const read = keptStorageRead(async () => {
    reads += 1;
    return (await fakeBrowser.storage.local.get(key))[key];
  }, (keys, area) => area === 'local' && keys.includes(key));
  return { read, reads: () => reads };
}

describe('a kept storage read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads storage once while nothing it depends on changes', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    const { read, reads } = counted('theme');
    expect(await read()).toBe('dark');
    await fakeBrowser.storage.local.set({ other: 1 });
    expect(await read()).toBe('dark');
    expect(reads()).toBe(1);
  });

  it('reads again after its key changed, and returns the new value', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    const { read, reads } = counted('theme');
    expect(await read()).toBe('dark');
    await fakeBrowser.storage.local.set({ theme: 'sepia' });
    expect(await read()).toBe('sepia');
    expect(reads()).toBe(2);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const read = keptStorageRead(async () => {
      if (fail) throw new Error('storage unavailable');
      return 'ok';
    }, () => false);
    await expect(read()).rejects.toThrow('storage unavailable');
    fail = false;
    expect(await read()).toBe('ok');
  });
});
