import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('UI strings', () => {
  const en = catalogue('en');
  const vi = catalogue('vi');

  it('English and Vietnamese have the same keys, none empty', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(vi)]) {
      expect(value.message.trim(), key).not.toBe('');
    }
  });

  it('every key the code asks for exists', () => {
    const used = new Set<string>();
    for (const file of ['components', 'entrypoints', 'utils'].flatMap((dir) => sourceFiles(join(root, dir)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1]);
      for (const match of readFileSync(file, 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });

  it('no component writes words straight into the UI', () => {
    const offenders: string[] = [];
    for (const file of ['components', 'entrypoints'].flatMap((dir) => sourceFiles(join(root, dir))).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(file, 'utf8');
      // JSX text between tags, and literal label-like attributes.
      for (const match of source.matchAll(/(?<!=)>([^<>{}();=&|*]*\p{L}{2,}[^<>{}();=&|*]*)</gu)) offenders.push(`${file}: ${match[1].trim()}`);
      for (const match of source.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*\p{L}{2,}[^"]*)"/gu)) offenders.push(`${file}: ${match[1]}`);
    }
    expect(offenders).toEqual([]);
  });
});
