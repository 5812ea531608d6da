import { crc32 } from 'node:zlib';

/**
 * The files in a zip made of stored (uncompressed) entries, which is what Gloss's Markdown export
 * writes: read through the central directory as any unzip tool does, each file's CRC-32 checked
 * with Node's own (not Gloss's) so a damaged archive fails here as it would in a notes app.
 */
export function readStoredZip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22; // no archive comment
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('zip: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const text = new TextDecoder('utf-8', { fatal: true });
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('zip: bad central directory entry');
    if (view.getUint16(at + 10, true) !== 0) throw new Error('zip: a compressed entry');
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = text.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`zip: no local header for ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    if (crc32(data) !== crc) throw new Error(`zip: CRC mismatch in ${name}`);
    files.set(name, text.decode(data));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}
