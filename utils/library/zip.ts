/**
 * Minimal ZIP writer: STORE method only (no compression), UTF-8 names, no
 * ZIP64. Markdown is small and this avoids a dependency; every unzip tool
 * reads stored entries. Limits: < 65,535 entries and < 4 GiB total.
 */
export interface ZipEntry {
  name: string; // path inside the archive, "/" separated
  data: Uint8Array | string; // strings are written as UTF-8
  date?: Date; // modification time (stored as UTC, 2-second precision)
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as ZIP requires). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function dosDateTime(d: Date): [time: number, date: number] {
  const year = Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  return [
    (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  ];
}

export function createZip(entries: ZipEntry[]): Uint8Array {
  if (entries.length > 0xffff) throw new RangeError('Too many entries for a non-ZIP64 archive');
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = enc.encode(entry.name);
    const data = typeof entry.data === 'string' ? enc.encode(entry.data) : entry.data;
    const crc = crc32(data);
    const [time, date] = dosDateTime(entry.date ?? new Date(Date.UTC(1980, 0, 1)));
    // Fields shared by the local and central headers, from "version needed" to "extra length".
    const common = (v: DataView, at: number) => {
      v.setUint16(at, 20, true); // version needed: 2.0
      v.setUint16(at + 2, 0x0800, true); // flag bit 11: names are UTF-8
      v.setUint16(at + 4, 0, true); // method 0 = STORE
      v.setUint16(at + 6, time, true);
      v.setUint16(at + 8, date, true);
      v.setUint32(at + 10, crc, true);
      v.setUint32(at + 14, data.length, true); // compressed size = size
      v.setUint32(at + 18, data.length, true);
      v.setUint16(at + 22, name.length, true);
      v.setUint16(at + 24, 0, true); // extra field length
    };
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    common(lv, 4);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    // "Made by" Unix (3 << 8): with the DOS host id (0) Info-ZIP unzip re-maps
    // names from CP437 and garbles UTF-8; Unix hosts need mode bits (rw-r--r--).
    cv.setUint16(4, (3 << 8) | 20, true);
    common(cv, 6);
    cv.setUint32(38, 0o100644 << 16 >>> 0, true); // external attributes: regular file 0644
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
