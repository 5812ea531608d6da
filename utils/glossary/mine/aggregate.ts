/**
 * Counting definition pairs by distinct article across a corpus, and choosing the senses to keep.
 * A loose long form (cross-language, compound, partial) is chosen by the corpus itself: among the runs of
 * words written before "(SF)", the longest one that the articles still agree on (its one-word-longer
 * extensions are met in less than half as many articles): "trí tuệ nhân tạo (AI)", not "tạo", not
 * "công nghệ trí tuệ nhân tạo".
 */
import { expansionKey, phraseLang } from './text.ts';
import { letterCover } from './observe.ts';
import type { Observation } from './observe.ts';
import { foldPhrase } from '../normalize.ts';

export interface FormStat {
  articles: number;
  strictArticles: number;
  reusedArticles: number;
  /** articles per corpus id */
  bySource: Map<string, number>;
  /** written variants and how many articles wrote each */
  raw: Map<string, number>;
  /** article indexes (for the context profile) */
  articleIds: number[];
  /** the strongest way it was met: inline (letters aligned in a definition), inferred (the long form elsewhere
   *  in the article), reference (a reference-list meaning written in the same article), loose (the corpus chose it) */
  how: How;
}

export type How = 'inline' | 'inferred' | 'reference' | 'loose';
const RANK: Record<How, number> = { inline: 3, inferred: 2, reference: 1, loose: 0 };

export interface KeyStat { written: Map<string, number>; forms: Map<string, FormStat> }

export interface MinedSense {
  expansion: string;
  articles: number;
  source: string;
  also?: Record<string, number>;
  review: boolean;
  lang: 'vi' | 'en';
  how: How;
  crossChecked?: string;
  norm: string;
  articleIds: number[];
}

const STOP_START = new Set(['của', 'và', 'các', 'những', 'là', 'được', 'cho', 'với', 'tại', 'ở', 'trong', 'the', 'of', 'and', 'a', 'an',
  'in', 'for', 'to', 'on', 'at', 'by', 'from', 'như', 'này', 'đó', 'thì', 'mà', 'hay', 'hoặc', 'or', 'by', 'gọi', 'là', 'tức', 'hoặc',
  'bị', 'do', 'vì', 'về', 'theo', 'từ', 'đến', 'khi', 'sau', 'trước', 'có', 'không', 'đã', 'sẽ', 'đang', 'với', 'cùng', 'nhằm',
  'trên', 'dưới', 'ngoài', 'giữa', 'qua', 'tới', 'sân', 'nói', 'thuộc', 'gồm', 'như', 'rằng', 'nay', 'ông', 'bà', 'anh', 'chị', 'em',
  'thành', 'vào', 'ra', 'lên', 'xuống', 'một', 'hai', 'ba', 'mỗi', 'mọi', 'nhiều', 'ít', 'rất', 'cả', 'tất', 'chỉ', 'đều', 'còn',
  'with', 'as', 'is', 'are', 'was', 'were', 'that', 'which', 'who', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'said', 'says']);

const CONNECTORS = new Set(['và', 'and', '&']);

/**
 * Grouping form of a long form: `expansionKey` without its connectors. The press writes one name as "Kế hoạch và
 * Đầu tư", "Kế hoạch - Đầu tư" and "Kế hoạch & Đầu tư" (the hyphen and & stand for và): one long form, not rival
 * senses that split its articles.
 */
export function groupKey(expansion: string): string {
  return expansionKey(expansion).split(' ').filter((w) => !CONNECTORS.has(w)).join(' ');
}

/**
 * The writing shown: the most frequent one ("Giao thông Vận tải", not the rarer "Giao thông và Vận tải"); when that
 * one puts a hyphen or & for the connector ("Kế hoạch - Đầu tư"), the most frequent writing with và or and instead.
 */
export function shownForm(raw: Map<string, number>): string {
  const top = mostFrequent(raw);
  if (!/ - |&/.test(top)) return top;
  const spelled = new Map([...raw].filter(([e]) => expansionKey(e).split(' ').some((w) => w === 'và' || w === 'and')));
  return spelled.size ? mostFrequent(spelled) : top;
}

export class PairCounter {
  keys = new Map<string, KeyStat>();
  /** how many different abbreviations each loose long form was written with (a place or a gloss, not a definition, when many) */
  looseKeys = new Map<string, Set<string>>();

  /** One article's observations: each (key, long form) counts once per article. */
  add(article: number, source: string, obs: Observation[]): void {
    const seen = new Set<string>();
    for (const o of obs) {
      let ks = this.keys.get(o.key);
      if (!ks) { ks = { written: new Map(), forms: new Map() }; this.keys.set(o.key, ks); }
      const wk = o.key + '\u0000' + o.written;
      if (!seen.has(wk)) { seen.add(wk); ks.written.set(o.written, (ks.written.get(o.written) ?? 0) + 1); }
      for (const e of o.expansions) {
        const norm = groupKey(e);
        if (!norm) continue;
        const id = o.key + '\u0000' + norm;
        let f = ks.forms.get(norm);
        if (!f) { f = { articles: 0, strictArticles: 0, reusedArticles: 0, bySource: new Map(), raw: new Map(), articleIds: [], how: o.how }; ks.forms.set(norm, f); }
        if (RANK[o.how] > RANK[f.how]) f.how = o.how;
        if (o.how === 'loose') {
          let ks2 = this.looseKeys.get(norm);
          if (!ks2) { ks2 = new Set(); this.looseKeys.set(norm, ks2); }
          if (ks2.size < 8) ks2.add(o.key);
        }
        if (seen.has(id)) continue;
        seen.add(id);
        f.articles++;
        if (o.how === 'inline' || o.how === 'inferred') f.strictArticles++;
        if (o.reused) f.reusedArticles++;
        f.bySource.set(source, (f.bySource.get(source) ?? 0) + 1);
        f.raw.set(e, (f.raw.get(e) ?? 0) + 1);
        f.articleIds.push(article);
      }
    }
  }
}

function mostFrequent(m: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of m) if (c > n || (c === n && k < best)) { best = k; n = c; }
  return best;
}

/** Is a loose long form plausible for this abbreviation? Cross-language, or most of its letters start words. */
export function plausibleLoose(written: string, expansion: string): boolean {
  const words = expansionKey(expansion).split(' ');
  if (words.length === 0 || STOP_START.has(words[0])) return false;
  if (expansionKey(written) === expansionKey(expansion)) return false;
  let ascii = true;
  for (let i = 0; i < written.length; i++) if (written.charCodeAt(i) > 0x7f) ascii = false;
  const { cover, firstOk } = letterCover(written, expansion);
  if (firstOk && cover >= 0.5 && words.length >= 2) return true;
  // an English (ASCII) abbreviation with a Vietnamese long form: "trí tuệ nhân tạo (AI)"
  return ascii && phraseLang(expansion) === 'vi' && words.length >= 2 && words.length <= 10;
}

export interface ChoiceContext {
  /** loose long form → abbreviations it follows ("Nhật Bản" after many: a gloss, not a definition) */
  looseKeys: Map<string, Set<string>>;
  /** folded meanings the hand dictionary gives the key (empty when it does not know it) */
  handForms: string[];
}

/** Opening words of a person's title, not of a long form: "Giám đốc Cục Điều tra Liên bang (FBI)". */
const TITLE_START = ['giám đốc', 'chủ tịch', 'tổng thống', 'thủ tướng', 'bộ trưởng', 'ngoại trưởng', 'tổng thư ký', 'người phát ngôn',
  'quan chức', 'đại diện', 'lãnh đạo', 'phó', 'cựu', 'nguyên', 'trưởng', 'cơ quan chức năng', 'nhà', 'chuyên gia', 'thành viên'];

function titled(norm: string): boolean {
  return TITLE_START.some((t) => norm === t || norm.startsWith(t + ' '));
}

/** A loose reading worth counting at all (the boundary is decided after). */
function looseCandidate(written: string, norm: string, f: FormStat, ctx: ChoiceContext): boolean {
  if (f.articles < 2 || f.reusedArticles < 1 || titled(norm)) return false;
  if (!plausibleLoose(written, mostFrequent(f.raw))) return false;
  if ((ctx.looseKeys.get(norm)?.size ?? 0) >= 3) return false;
  // the hand dictionary knows this key: a loose reading it does not give is a gloss ("quận Thủ Đức (TP.HCM)")
  return ctx.handForms.length === 0 || ctx.handForms.includes(foldPhrase(mostFrequent(f.raw)));
}

/** The senses kept for one key, most articles first. */
export function chooseSenses(ks: KeyStat, ctx: ChoiceContext): MinedSense[] {
  const written = mostFrequent(ks.written);
  const kept: { norm: string; f: FormStat }[] = [];
  const loose: { norm: string; f: FormStat }[] = [];
  for (const [norm, f] of ks.forms) {
    if (f.how === 'inline' || f.how === 'inferred') { kept.push({ norm, f }); continue; }
    if (f.how === 'reference') { if (f.articles >= 2) kept.push({ norm, f }); continue; }
    if (!looseCandidate(written, norm, f, ctx)) continue;
    // the longest run the articles agree on: no plausible one-word-longer run met in 60% as many articles
    const words = norm.split(' ').length;
    let extended = false;
    for (const [other, g] of ks.forms) {
      if (g.how === 'loose' && g.articles >= f.articles * 0.6 && other.endsWith(' ' + norm) && other.split(' ').length === words + 1
        && looseCandidate(written, other, g, ctx)) { extended = true; break; }
    }
    if (!extended) loose.push({ norm, f });
  }
  // an abbreviation written after many different phrases is a gloss (a byline's agency, a district's city)
  const looseTotal = loose.reduce((n, x) => n + x.f.articles, 0);
  const looseTop = loose.reduce((n, x) => Math.max(n, x.f.articles), 0);
  if (!(loose.length >= 4 && looseTop < looseTotal * 0.5)) kept.push(...loose);
  if (kept.length === 0) return [];
  kept.sort((a, b) => b.f.articles - a.f.articles || b.f.strictArticles - a.f.strictArticles);
  const top = kept[0].f.articles;
  const out: MinedSense[] = [];
  for (const { norm, f } of kept) {
    // a rare reading beside a frequent one is mostly noise; aligned ones met twice stay
    if (f.articles < top * 0.1 && !(f.strictArticles >= 2)) continue;
    if (f.how === 'loose' && out.some((s) => s.norm.endsWith(' ' + norm) || norm.endsWith(' ' + s.norm))) continue;
    const review = f.how === 'loose' ? f.articles < 3 : f.articles < 2;
    const bySource = [...f.bySource].sort((a, b) => b[1] - a[1]);
    const expansion = shownForm(f.raw);
    const sense: MinedSense = { expansion, articles: f.articles, source: bySource[0][0], review, lang: phraseLang(expansion),
      how: f.how, norm, articleIds: f.articleIds };
    if (bySource.length > 1) sense.also = Object.fromEntries(bySource.slice(1));
    out.push(sense);
  }
  return out;
}
