/** The evaluation data committed in the repository (manifests and hand-checked gold) is well formed. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { normalizeAbbr } from '../glossary/score.ts';
import { CLASSES } from './classes.ts';

const root = path.resolve(import.meta.dirname, '../../data/eval');
const rows = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

describe('real pages: manifest and gold', () => {
  const dir = path.join(root, 'glossary-real');
  const [header, ...body] = rows(path.join(dir, 'SOURCES.tsv'));
  const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));

  it('has one gold file per manifest line and the columns the stager reads', () => {
    expect(header.slice(0, 6)).toEqual(['file', 'repo', 'path', 'commit', 'site', 'group']);
    expect(body.map((r) => r[0].replace(/\.html$/, '.gold.json')).sort()).toEqual(golds.sort());
    for (const r of body) {
      expect(r[3], r[0]).toMatch(/^[0-9a-f]{40}$/);
      expect(r[9], r[0]).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('gold lists each form once, with an expansion, a known how and class', () => {
    for (const f of golds) {
      const g = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      expect(g.lang, f).toBe('vi');
      const keys = [...g.required.map((r: { abbr: string }) => r.abbr), ...g.optional, ...g.forbidden].map(normalizeAbbr);
      expect(new Set(keys).size, f).toBe(keys.length);
      for (const r of g.required) {
        expect(r.expansion.trim().length, `${f} ${r.abbr}`).toBeGreaterThan(0);
        expect(['inline', 'inferred', 'dictionary'], `${f} ${r.abbr}`).toContain(r.how);
        if (r.class) expect(CLASSES).toContain(r.class);
      }
    }
  });
});

describe('silver manifest', () => {
  it('has sane rows: offsets in order, a fold, a form and its long form', () => {
    const [header, ...body] = rows(path.join(root, 'glossary-silver/manifest.tsv'));
    expect(header).toEqual(['repo', 'commit', 'path', 'sha1', 'fold', 'abbr', 'expansion', 'start', 'end']);
    expect(body.length).toBeGreaterThan(1000);
    for (const r of body) {
      expect(['dev', 'test']).toContain(r[4]);
      expect(Number(r[7])).toBeLessThan(Number(r[8]));
      expect(r[5].length).toBeGreaterThan(1);
      expect(r[6].length).toBeGreaterThan(r[5].length - 1);
    }
  });
});
