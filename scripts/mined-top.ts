/**
 * Lists mined entries for a hand check (what docs/glossary.md reports):
 *   npx tsx scripts/mined-top.ts [vi|en] [N=300] [DIR=utils/glossary/data/mined]
 *     the N most frequent keys: rank, key, its senses (expansion ×articles, how, review flag), most frequent first;
 *   npx tsx scripts/mined-top.ts --review [vi|en] [N] [DIR]
 *     the first N keys (in key order) known only from one article: key, its aligned (inline) long form, corpus.
 * Wrong ones go into DIR/corrections.json ({"vi":{"KEY":[{"from":"as mined","to":"right" | null}]}}), confirmed
 * one-article senses into its `checked` ({"en":{"KEY":"as mined"}}); both are applied by `npm run dict:mine`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MinedFile } from '../utils/glossary/mined.ts';

const args = process.argv.slice(2);
const review = args[0] === '--review';
const [lang = 'vi', n = '300', dir = 'utils/glossary/data/mined'] = review ? args.slice(1) : args;
const data = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as MinedFile;

if (review) {
  const rows = Object.entries(data.entries)
    .filter(([, senses]) => senses.every((s) => s.review) && senses.some((s) => s.how === 'inline'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Number(n));
  for (const [key, senses] of rows) {
    const s = senses.find((x) => x.how === 'inline')!;
    console.log(`${key}\t${s.expansion}\t${s.source}`);
  }
} else {
  const rows = Object.entries(data.entries)
    .map(([key, senses]) => ({ key, senses, top: senses[0]?.articles ?? 0 }))
    .sort((a, b) => b.top - a.top || (a.key < b.key ? -1 : 1))
    .slice(0, Number(n));
  rows.forEach((r, i) => {
    const senses = r.senses.map((s) => `${s.expansion} ×${s.articles} ${s.how}${s.review ? ' REVIEW' : ''}${s.corrected ? ' corrected' : ''}${s.checked ? ' checked' : ''}`).join(' | ');
    console.log(`${i + 1}\t${r.key}\t${senses}`);
  });
}
