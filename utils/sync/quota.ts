/**
 * storage.sync's quotas (the same in Chrome and Firefox) and how one value is laid out within them.
 * A value that fits one item is stored as it is under its key (the layout reader-settings always
 * had); a bigger one is stored as JSON text cut into chunks `<key>#0…` with `{ $chunks: n }` under
 * the key. A value too big for the whole area is refused here, before the browser is asked.
 */
export const SYNC_QUOTA = {
  /** Bytes of one item: its key plus the JSON of its value (UTF-8). */
  perItem: 8192,
  /** Bytes of the whole area. */
  total: 102_400,
  maxItems: 512,
} as const;

/** The share of the area one value may take: the others (settings, marks, meanings) need room too. */
export const MAX_VALUE_BYTES = 60_000;

const utf8 = new TextEncoder();
export const byteLength = (text: string) => utf8.encode(text).length;
/** What the browser counts for one item. */
export const itemBytes = (key: string, value: unknown) => byteLength(key) + byteLength(JSON.stringify(value) ?? '');

export const chunkKey = (key: string, i: number) => `${key}#${i}`;
export interface ChunkManifest { $chunks: number }
export const isManifest = (v: unknown): v is ChunkManifest =>
  !!v && typeof v === 'object' && Number.isInteger((v as ChunkManifest).$chunks) && (v as ChunkManifest).$chunks > 0;

export type Encoded = { ok: true; items: Record<string, unknown>; chunks: number } | { ok: false; bytes: number };

/** Bytes a character costs inside a JSON string literal (escapes counted at their longest). */
function charCost(code: number): number {
  if (code < 0x20) return 6;
  if (code === 0x22 || code === 0x5c) return 2;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return 3; // a surrogate half: 3 + 3 ≥ the pair's 4 bytes
}

/** Cuts `text` so that each piece, as a JSON string under its chunk key, fits one item. */
function split(text: string, key: string): string[] {
  const budget = SYNC_QUOTA.perItem - byteLength(chunkKey(key, SYNC_QUOTA.maxItems)) - 2; // 2: the quotes
  const pieces: string[] = [];
  let start = 0;
  let cost = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = charCost(code);
    // Never between the halves of a surrogate pair.
    const lowHalf = code >= 0xdc00 && code <= 0xdfff && i > start;
    if (cost + c > budget && !lowHalf) {
      pieces.push(text.slice(start, i));
      start = i;
      cost = 0;
    }
    cost += c;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** The sync items for `value` under `key`, or how many bytes it would need when it does not fit. */
export function encodeForSync(key: string, value: unknown): Encoded {
  if (itemBytes(key, value) <= SYNC_QUOTA.perItem && !isManifest(value)) return { ok: true, items: { [key]: value }, chunks: 0 };
  const text = JSON.stringify(value);
  const bytes = byteLength(text);
  if (bytes > MAX_VALUE_BYTES) return { ok: false, bytes };
  const pieces = split(text, key);
  const items: Record<string, unknown> = { [key]: { $chunks: pieces.length } satisfies ChunkManifest };
  pieces.forEach((p, i) => { items[chunkKey(key, i)] = p; });
  return { ok: true, items, chunks: pieces.length };
}

/** The value stored under `key` in `got` (a storage.sync read of the key and its chunks); undefined if none or broken. */
export function decodeFromSync(key: string, got: Record<string, unknown>): unknown {
  const head = got[key];
  if (!isManifest(head)) return head;
  let text = '';
  for (let i = 0; i < head.$chunks; i++) {
    const piece = got[chunkKey(key, i)];
    if (typeof piece !== 'string') return undefined; // a chunk not arrived yet (sync delivers items one by one)
    text += piece;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The chunk keys a stored manifest names (to read them, or to remove them when they are no longer used). */
export function chunkKeys(key: string, head: unknown, from = 0): string[] {
  if (!isManifest(head)) return [];
  return Array.from({ length: Math.max(0, head.$chunks - from) }, (_, i) => chunkKey(key, from + i));
}
