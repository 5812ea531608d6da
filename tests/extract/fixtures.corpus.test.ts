import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shared, withPage } from './support.ts';
import { extractArticle } from '../../utils/extract/index.ts';
import { normalizeForCheck } from '../../utils/extract/score.ts';

const names = ['seed-thanh-hoa', ...readdirSync(shared('fixtures/dev')).filter((f) => f.endsWith('.gold.json')).map((f) => `dev/${f.replace('.gold.json', '')}`)];

describe('fixture pages', () => {
  it.each(names)('%s', async (name) => {
    const gold = JSON.parse(readFileSync(shared(`fixtures/${name}.gold.json`), 'utf8'));
    const html = readFileSync(shared(`fixtures/${name}.html`), 'utf8');
    const article = await withPage(html, `https://example.invalid/${name.split('/').pop()}.html`, (doc, win) => extractArticle(doc, { window: win }));
    expect(article.readerable).toBe(true);
    expect(normalizeForCheck(article.title)).toBe(normalizeForCheck(gold.title));
    expect(article.lang).toBe(gold.lang);
    const text = normalizeForCheck(article.textContent);
    for (const passage of gold.text_must_include) expect(text).toContain(normalizeForCheck(passage));
    for (const chrome of gold.text_must_exclude) expect(text).not.toContain(normalizeForCheck(chrome));
  });
});
