// Draws Gloss's toolbar icon (an open book over a rounded square) at every size the
// stores ask for, with Node's zlib alone. Run once: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
    raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
function icon(u, v) {
  const r = 0.2, dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0), dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  // Two pages of a book, slightly tilted, with a gap at the spine.
  const page = v > 0.3 && v < 0.74 && Math.abs(u - 0.5) > 0.03 && Math.abs(u - 0.5) < 0.32 - (Math.abs(u - 0.5) > 0.03 ? (0.74 - v) * 0 : 0);
  const lines = page && Math.abs(u - 0.5) > 0.08 && Math.abs(u - 0.5) < 0.26 && [0.4, 0.5, 0.6].some((l) => Math.abs(v - l) < 0.022);
  if (lines) return [31, 95, 207, 255];
  if (page) return [255, 255, 255, 255];
  return [31, 95, 207, 255];
}
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size, icon));
