/**
 * Values that follow the browser profile through storage.sync, each with a copy in storage.local:
 * reader settings, the user's own meanings, the notebook's known/learn marks. Generic: a key and a
 * JSON value; callers validate what they read.
 *
 * - Writing: the local copy first (it always holds the newest value on this machine), then sync.
 *   When sync refuses (a quota: too big, too many writes; or sync unavailable) the local copy stays,
 *   and `sync-pending:<key>` in storage.local says so (UIs show it: SyncNotice); the next write, or
 *   the background's next start (reconcileSynced), tries again.
 * - Reading: the local copy while a write is pending (this machine is ahead), else the synced value,
 *   else the local copy.
 * - The background mirrors sync → local (mirrorSyncChanges), so code reading the local copy alone
 *   (a content script's cheap check) sees changes made on other machines.
 * Plain storage calls: this module is part of the reader's content script (first-paint budget).
 */
import { browser } from 'wxt/browser';
import { chunkKeys, decodeFromSync, encodeForSync, MAX_VALUE_BYTES } from './quota';

export const pendingKey = (key: string) => `sync-pending:${key}`;

export interface PendingSync {
  reason: 'quota' | 'unavailable';
  /** Bytes the value needs, when it is too big for storage.sync. */
  bytes?: number;
  /** The browser's own message, for the console and bug reports. */
  detail: string;
  at: number;
}
export type SyncResult = { synced: true } | ({ synced: false } & PendingSync);

const local = () => browser.storage.local;
const sync = () => browser.storage.sync;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Chrome: "QUOTA_BYTES_PER_ITEM quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE…"; Firefox: "QuotaExceededError". */
const isQuota = (err: unknown) => /quota|max_write_operations|max_items/i.test(err instanceof Error ? `${err.name} ${err.message}` : String(err));

/** The value stored in storage.sync under `key` (chunks joined), undefined when none. */
export async function readSyncArea(key: string): Promise<unknown> {
  const head = await sync().get(key);
  const chunks = chunkKeys(key, head[key]);
  return decodeFromSync(key, chunks.length ? { ...head, ...(await sync().get(chunks)) } : head);
}

async function markPending(key: string, pending: PendingSync): Promise<SyncResult> {
  await local().set({ [pendingKey(key)]: pending });
  return { synced: false, ...pending };
}

/** Writes `value` to storage.sync only (the caller has written the local copy). */
export async function pushSynced(key: string, value: unknown): Promise<SyncResult> {
  const encoded = encodeForSync(key, value);
  if (!encoded.ok) {
    return markPending(key, { reason: 'quota', bytes: encoded.bytes, detail: `${encoded.bytes} bytes > ${MAX_VALUE_BYTES}`, at: Date.now() });
  }
  try {
    const before = (await sync().get(key))[key];
    await sync().set(encoded.items);
    const stale = chunkKeys(key, before, encoded.chunks);
    if (stale.length) await sync().remove(stale);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return markPending(key, { reason: isQuota(err) ? 'quota' : 'unavailable', detail, at: Date.now() });
  }
  await local().remove(pendingKey(key));
  return { synced: true };
}

/** Keeps `value` on this machine, then sends it to the profile's other machines. */
export async function writeSynced(key: string, value: unknown): Promise<SyncResult> {
  await local().set({ [key]: value });
  return pushSynced(key, value);
}

export async function readSynced(key: string): Promise<unknown> {
  const [mine, synced] = await Promise.all([
    local().get([key, pendingKey(key)]),
    readSyncArea(key).catch(() => undefined),
  ]);
  if (mine[pendingKey(key)] !== undefined) return mine[key];
  return synced !== undefined ? synced : mine[key];
}

export async function syncPending(key: string): Promise<PendingSync | undefined> {
  return (await local().get(pendingKey(key)))[pendingKey(key)] as PendingSync | undefined;
}

/**
 * At the background's start: a pending write is tried again; else a value changed on another
 * machine while this one was off is copied here; a value only kept here (before sync was used
 * for it) is sent to sync.
 */
export async function reconcileSynced(key: string): Promise<'pushed' | 'pulled' | 'same' | 'none' | SyncResult> {
  const mine = await local().get([key, pendingKey(key)]);
  if (mine[pendingKey(key)] !== undefined) return pushSynced(key, mine[key]);
  const synced = await readSyncArea(key);
  if (synced !== undefined) {
    if (same(synced, mine[key])) return 'same';
    await local().set({ [key]: synced });
    return 'pulled';
  }
  if (mine[key] === undefined) return 'none';
  const pushed = await pushSynced(key, mine[key]);
  return pushed.synced ? 'pushed' : pushed;
}

const touches = (key: string, changed: string[]) => changed.some((k) => k === key || k.startsWith(`${key}#`));

/** Whether a storage change to these keys (in either area) can change what readSynced(key) returns. */
export const changesSynced = (key: string, changed: string[]) => touches(key, changed) || changed.includes(pendingKey(key));

/** Background: copies values changed in storage.sync (by another machine) into the local copies. */
export function mirrorSyncChanges(keys: string[]): () => void {
  const listener = (changes: Record<string, unknown>) => {
    const changed = Object.keys(changes);
    for (const key of keys.filter((k) => touches(k, changed))) {
      void (async () => {
        if (await syncPending(key)) return; // this machine is ahead: its value goes out, not in
        const synced = await readSyncArea(key);
        if (synced === undefined) return;
        if (!same(synced, (await local().get(key))[key])) await local().set({ [key]: synced });
      })().catch((error) => console.error(`Gloss could not copy the synced "${key}"`, error));
    }
  };
  sync().onChanged.addListener(listener);
  return () => sync().onChanged.removeListener(listener);
}

/** Calls `onChange` with the value read as readSynced does, whenever it (or its pending state) changes. */
export function watchSynced(key: string, onChange: (value: unknown) => void): () => void {
  let last: string | undefined;
  const listener = (changes: Record<string, unknown>) => {
    if (!changesSynced(key, Object.keys(changes))) return;
    void readSynced(key).then((value) => {
      const text = JSON.stringify(value);
      if (text === last) return; // every open reader writes back what it shows: not a change
      last = text;
      onChange(value);
    }, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `onChange` with the pending state of `key` now and whenever it changes (for SyncNotice). */
export function watchSyncPending(key: string, onChange: (pending: PendingSync | undefined) => void): () => void {
  void syncPending(key).then(onChange, () => undefined);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && pendingKey(key) in changes) onChange(changes[pendingKey(key)].newValue as PendingSync | undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
