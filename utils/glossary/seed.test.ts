import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle } from '../extract/index.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { buildGlossary } from './index.ts';
import { normalizeExpansion } from './score.ts';

const seed = path.resolve(__dirname, '../../tests/fixtures/seed-thanh-hoa.html');

describe('the seed page through the real pipeline', () => {
  it('explains NQ, TP, BTV, KT-XH, QP-AN, MTTQ, UBND, HĐND and does not list XX', async () => {
    const page = parseHtml(await readFile(seed, 'utf8'), 'https://example.invalid/seed-thanh-hoa.html');
    const a = extractArticle(page.document, { window: page.window as unknown as Window, force: true });
    await page.close();
    const entries = buildGlossary(a.title + '\n' + a.textContent, { lang: 'vi' });
    const got = Object.fromEntries(entries.map((e) => [e.abbr, e.expansion && normalizeExpansion(e.expansion, 'vi')]));
    expect(got).toMatchObject({
      NQ: 'nghi quyet',
      TP: 'thanh pho',
      BTV: 'ban thuong vu',
      'KT-XH': 'kinh te xa hoi',
      'QP-AN': 'quoc phong an ninh',
      MTTQ: 'mat tran to quoc',
      UBND: 'uy ban nhan dan',
      'HĐND': 'hoi dong nhan dan',
    });
    expect(Object.keys(got)).not.toContain('XX');
    expect(entries.find((e) => e.abbr === 'KT-XH')).toMatchObject({ source: 'article', count: 5 });
  });
});
