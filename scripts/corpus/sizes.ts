/**
 * The sizes table of docs/glossary.md ("Mined dictionary"), from the data files:
 *   npx tsx scripts/corpus/sizes.ts [DIR=utils/glossary/data/mined]
 * A mined key counts when one of its senses is attested (not `review`): met in ≥ 2 articles, else met once and
 * confirmed or corrected by hand, else met once with the same meaning in the soe-vinorm list — each key in the first
 * of these that holds. "New" keys are those the hand dictionary lacks in that language; "together" = hand + new.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MinedFile, MinedSenseRecord } from '../../utils/glossary/mined.ts';
import { loadDictionary } from '../../utils/glossary/dictionary.ts';
import { abbrKey } from '../../utils/glossary/normalize.ts';

const dir = process.argv[2] ?? 'utils/glossary/data/mined';
const dict = loadDictionary();

for (const lang of ['vi', 'en'] as const) {
  const data = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as MinedFile;
  const hand = new Set([...dict.byKey].filter(([, senses]) => senses.some((s) => s.lang === lang)).map(([k]) => k));
  const how = { articles: 0, hand: 0, reference: 0 };
  let keys = 0;
  let senses = 0;
  let fresh = 0;
  let review = 0;
  const perCorpus = new Map<string, [number, number]>(); // corpus → [keys with an attesting article, keys it attests most]
  for (const [key, list] of Object.entries(data.entries)) {
    const used = list.filter((s) => !s.review);
    if (used.length === 0) { review++; continue; }
    keys++;
    senses += used.length;
    const some = (f: (s: MinedSenseRecord) => boolean) => used.some(f);
    if (some((s) => s.articles >= 2)) how.articles++;
    else if (some((s) => Boolean(s.checked || s.corrected))) how.hand++;
    else how.reference++;
    if (!hand.has(abbrKey(key))) fresh++;
    const corpora = new Set(used.flatMap((s) => [s.source, ...Object.keys(s.also ?? {})]));
    for (const c of corpora) { const v = perCorpus.get(c) ?? [0, 0]; v[0]++; perCorpus.set(c, v); }
    const top = used.reduce((a, b) => (b.articles > a.articles ? b : a)).source;
    perCorpus.get(top)![1]++;
  }
  console.log(`${lang}: hand ${hand.size} keys | mined attested ${keys} keys, ${senses} senses | ≥ 2 articles ${how.articles}, `
    + `1 article + hand check ${how.hand}, 1 article + soe-vinorm ${how.reference} | new beyond the hand list ${fresh} | `
    + `together ${hand.size + fresh} | review-only keys ${review}`);
  console.log(`  per corpus (keys with an attesting article, most frequent there): `
    + [...perCorpus].sort((a, b) => b[1][0] - a[1][0]).map(([c, [n, top]]) => `${c} ${n} (${top})`).join(', '));
}
