/**
 * Section 2 — buildGlossary throughput, in ms per 100 KB (UTF-8 bytes) of input.
 * Normal: real article text (textContent of the extracted corpus pages), Vietnamese and English
 * separately, concatenated (and cycled) to 1 MB. Adversarial: 1 MB inputs built to hit the
 * tokenizer's and the definition finder's worst cases. The ratio compares ms per byte of an
 * adversarial input with the normal text of the same language, measured in the same run.
 */
import { buildGlossary } from '../../utils/glossary/index.ts';
import { extractArticle } from '../../utils/extract/index.ts';
import { parseHtml } from '../lib/parse-html.ts';
import { loadCorpus } from './corpus.ts';
import type { ArticleText } from './extract.ts';
import { median, ms, now, type BenchContext, type Row, type Section } from './lib.ts';

const MB = 1_000_000;
const TARGET_MS_PER_100KB = 2;
const TARGET_RATIO = 3;

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

/** Repeats `unit` until the string has at least `size` UTF-8 bytes. */
function fill(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / byteLength(unit)));
}

/** Real texts joined with blank lines, cycled up to `size` bytes (each pass starts at a new article). */
function realText(texts: string[], size: number): string {
  if (!texts.length) return '';
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    n += byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
function joined(sep: string, size = MB): string {
  const letters: string[] = [];
  for (let n = 0; n < size; n += 2) letters.push(ALPHABET[(n / 2) % 26]);
  return letters.join(sep);
}

/** name → [text, language] */
function adversarialInputs(): [string, string, string][] {
  return [
    ['"A(" repeated', fill('A('), 'vi'],
    ['"ABCDEFGHIJ " repeated (caps runs)', fill('ABCDEFGHIJ '), 'en'],
    ['one 1 MB caps run, no spaces', fill('ABCDEFGHIJ'), 'en'],
    ['"(" × 1 MB (deep parentheses)', fill('('), 'vi'],
    ['"((((A))))" nested, repeated', fill('((((((((((A)))))))))) '), 'vi'],
    ['"A-B-C-D-…" one hyphen-joined token', joined('-'), 'vi'],
    ['"A&B&C&…" one ampersand-joined token', joined('&'), 'en'],
    ['"UBND " repeated', fill('UBND '), 'vi'],
    ['"Ủy ban nhân dân (UBND) " repeated', fill('Ủy ban nhân dân (UBND) '), 'vi'],
    ['"KT-XH, GD&ĐT, HĐND; " repeated', fill('KT-XH, GD&ĐT, HĐND; '), 'vi'],
  ];
}

/** Median ms of `iterations` runs. */
function time(text: string, lang: string, iterations: number): number {
  const ts: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = now();
    buildGlossary(text, { lang });
    ts.push(now() - t);
  }
  return median(ts);
}

const per100KB = (msTotal: number, text: string) => (msTotal / byteLength(text)) * 100_000;

/** Article texts from section 1, or extracted here when the glossary section runs alone. */
async function articleTexts(ctx: BenchContext): Promise<ArticleText[]> {
  const cached = ctx.shared.get('articleTexts') as ArticleText[] | undefined;
  if (cached) return cached;
  ctx.log('  glossary: extracting article texts (section 1 did not run)…');
  const out: ArticleText[] = [];
  for (const page of loadCorpus(Number(ctx.opt('pages') ?? (ctx.quick ? 8 : 30)))) {
    const parsed = parseHtml(page.html(), page.url);
    try {
      const a = extractArticle(parsed.document, { window: parsed.window, force: false });
      if (a.readerable && a.textContent) out.push({ name: page.name, group: page.group, lang: a.lang ?? '', text: a.textContent });
    } finally {
      await parsed.close();
    }
  }
  return out;
}

export const glossarySection: Section = {
  id: 'glossary',
  title: '2. Glossary: buildGlossary, ms per 100 KB of input',
  async run(ctx) {
    const iterations = Number(ctx.opt('glossary-iterations') ?? (ctx.quick ? 1 : 3));
    const texts = await articleTexts(ctx);
    const byLang = {
      vi: texts.filter((t) => t.lang.startsWith('vi')).map((t) => t.text),
      en: texts.filter((t) => !t.lang.startsWith('vi')).map((t) => t.text),
    };
    buildGlossary('Ủy ban nhân dân (UBND) tỉnh; the World Health Organization (WHO) said.', { lang: 'vi' }); // warm-up, loads the dictionary
    const rows: Row[] = [];
    const details: string[] = [];
    const normal: Record<string, number> = {};
    for (const lang of ['vi', 'en'] as const) {
      const source = byLang[lang];
      if (!source.length) { details.push(`no ${lang} article text found: normal ${lang} figure skipped`); continue; }
      const sourceBytes = source.reduce((n, t) => n + byteLength(t), 0);
      const big = realText(source, MB);
      const small = realText(source, 100_000);
      const tBig = time(big, lang, iterations);
      const tSmall = time(small, lang, Math.max(3, iterations));
      normal[lang] = per100KB(tBig, big);
      const entries = buildGlossary(realText(source, 1), { lang }).length;
      rows.push({
        label: `normal ${lang} text, 1 MB (${source.length} articles, ${(sourceBytes / 1000).toFixed(0)} KB, cycled)`,
        value: `${normal[lang].toFixed(3)} ms/100 KB`,
        baseline: `same text at 100 KB: ${per100KB(tSmall, small).toFixed(3)} ms/100 KB`,
        ratio: normal[lang] / per100KB(tSmall, small),
        target: `≤ ${TARGET_MS_PER_100KB} ms/100 KB`,
        ok: normal[lang] <= TARGET_MS_PER_100KB,
        ...(entries === 0 ? { note: 'buildGlossary found no entries in the first article: if it is still a stub the figures mean nothing yet' } : {}),
      });
    }
    details.push('normal rows: ratio = 1 MB vs 100 KB of the same text (≈1× means linear in input size)');
    const fallback = normal.vi ?? normal.en;
    for (const [name, text, lang] of adversarialInputs()) {
      const t = time(text, lang, iterations);
      const p = per100KB(t, text);
      const base = normal[lang] ?? fallback;
      const ratio = base ? p / base : NaN;
      rows.push({
        label: `adversarial ${lang}: ${name}`,
        value: `${p.toFixed(3)} ms/100 KB`,
        baseline: `normal ${lang} ${base?.toFixed(3) ?? 'n/a'} ms/100 KB`,
        ratio,
        target: `≤ ${TARGET_RATIO}× and ≤ ${TARGET_MS_PER_100KB} ms/100 KB`,
        ok: ratio <= TARGET_RATIO && p <= TARGET_MS_PER_100KB,
        ...(ratio > TARGET_RATIO || p > TARGET_MS_PER_100KB ? { note: `missed: ${ms(t)} for ${(byteLength(text) / 1000).toFixed(0)} KB` } : {}),
      });
    }
    details.push(`each figure: median of ${iterations} runs on ~1 MB (UTF-8 bytes); adversarial inputs run in the language shown`);
    return { rows, details };
  },
};
