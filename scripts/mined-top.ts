/**
 * Lists the most frequent mined entries for a hand spot-check (what docs/glossary.md reports):
 *   npx tsx scripts/mined-top.ts [vi|en] [N=300] [DIR=utils/glossary/data/mined]
 * One line per key: rank, key, its senses (expansion ×articles, how, review flag), most frequent first.
 * Wrong ones go into DIR/corrections.json ({"vi":{"KEY":[{"from":"as mined","to":"right" | null}]}}),
 * applied by the next `npm run dict:mine`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MinedFile } from '../utils/glossary/mined.ts';

const [lang = 'vi', n = '300', dir = 'utils/glossary/data/mined'] = process.argv.slice(2);
const data = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as MinedFile;
const rows = Object.entries(data.entries)
  .map(([key, senses]) => ({ key, senses, top: senses[0]?.articles ?? 0 }))
  .sort((a, b) => b.top - a.top || (a.key < b.key ? -1 : 1))
  .slice(0, Number(n));
rows.forEach((r, i) => {
  const senses = r.senses.map((s) => `${s.expansion} ×${s.articles} ${s.how}${s.review ? ' REVIEW' : ''}${s.corrected ? ' corrected' : ''}`).join(' | ');
  console.log(`${i + 1}\t${r.key}\t${senses}`);
});
