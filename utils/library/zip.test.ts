import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, createZip } from './zip';

const hasUnzip = (() => {
  try { execFileSync('unzip', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; }
})();

/** Reads the central directory back (independent of `unzip`). */
function readZip(bytes: Uint8Array): Array<{ name: string; data: string; crc: number }> {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  expect(v.getUint32(eocd, true)).toBe(0x06054b50);
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const dec = new TextDecoder();
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(v.getUint32(p, true)).toBe(0x02014b50);
    const size = v.getUint32(p + 20, true);
    const nameLen = v.getUint16(p + 28, true);
    const local = v.getUint32(p + 42, true);
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    expect(v.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    out.push({ name, data: dec.decode(bytes.subarray(start, start + size)), crc: v.getUint32(p + 16, true) });
    p += 46 + nameLen;
  }
  return out;
}

describe('zip writer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entries = [
    { name: 'gloss-library/hello.md', data: '# Hello\n\nworld\n' },
    { name: 'gloss-library/ủy-ban.md', data: 'Ủy ban nhân dân — “quotes”\n', date: new Date(Date.UTC(2024, 4, 6, 7, 8, 10)) },
    { name: 'empty.txt', data: new Uint8Array(0) },
  ];
  const zip = createZip(entries);

  it('computes CRC-32 like zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('central directory lists every entry with its data', () => {
    const read = readZip(zip);
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    expect(read[1].data).toBe(entries[1].data);
    expect(read[1].crc).toBe(crc32(new TextEncoder().encode(entries[1].data as string)));
  });

  it.skipIf(!hasUnzip)('is readable and CRC-valid for unzip', () => {
    const file = join(dir, 'test.zip');
    writeFileSync(file, zip);
    expect(existsSync(file)).toBe(true);
    execFileSync('unzip', ['-t', file]); // throws on any CRC / structure error
    const list = execFileSync('unzip', ['-l', file]).toString();
    expect(list).toContain('gloss-library/hello.md');
    expect(list).toContain('3 files');
    expect(execFileSync('unzip', ['-p', file, 'gloss-library/hello.md']).toString()).toBe('# Hello\n\nworld\n');
    expect(execFileSync('unzip', ['-p', file, 'gloss-library/ủy-ban.md']).toString()).toBe(entries[1].data);
  });

  it('writes an empty archive', () => {
    expect(createZip([])).toHaveLength(22);
  });
});
