/**
 * Deterministic synthetic library for the library benchmark: N articles of ≈10 KB of text
 * (mixed Vietnamese / English news vocabulary), realistic titles and sites, as SavedArticle
 * records (utils/library/schema.ts) plus the IndexEntry list, newest first, as store.ts keeps it.
 * No Node imports: it is also bundled into the extension's service worker, which seeds itself.
 */
import { canonicalUrl } from '../../utils/library/canonical-url.ts';
import { INDEX_KEY, RECENT_COUNT, RECENT_KEY } from '../../utils/library/keys.ts';
import { SCHEMA_VERSION, articleIdFor, toIndexEntry, type IndexEntry, type SavedArticle } from '../../utils/library/schema.ts';

/** Deterministic PRNG (mulberry32), so the library is the same in every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const VI_WORDS = (
  'ủy ban nhân dân tỉnh thành phố hội đồng kỳ họp nghị quyết kinh tế xã hội giáo dục đào tạo học sinh sinh viên '
  + 'trường học bệnh viện y tế bảo hiểm lương hưu người lao động doanh nghiệp ngân hàng nhà nước lãi suất tín dụng '
  + 'chứng khoán thị trường đầu tư công dự án giao thông đường cao tốc sân bay cảng biển nông nghiệp nông dân lúa gạo '
  + 'xuất khẩu nhập khẩu thuế phí ngân sách chi tiêu tăng trưởng biến đổi khí hậu sạt lở sông hậu mưa lũ bão '
  + 'Hà Nội Đà Nẵng Cần Thơ Nghệ An Bắc Ninh Thanh Hóa Bình Dương Hồ Chí Minh chủ tịch phó giám đốc sở bộ trưởng '
  + 'cho biết theo đó trong khi năm nay tháng trước đồng thời ngoài ra cùng với các những được đã đang sẽ không có '
  + 'của và là với cho tại về từ đến khoảng hơn triệu tỷ đồng phần trăm người dân địa phương cơ quan chức năng'
).split(' ');
const EN_WORDS = (
  'the government said on Monday that budget spending would rise while inflation remained above target and '
  + 'officials warned of slower growth in the second quarter as exporters faced weaker demand from China Europe '
  + 'central bank interest rates held steady small business owners transit agency city council students university '
  + 'hospital health ministry climate change flooding province investors stock market technology company profit '
  + 'reported analysts expect according to data released by the statistics office a spokesperson declined to comment '
  + 'in an interview this week the plan includes new rules for housing schools roads and public services'
).split(' ');
const ABBRS = ['UBND', 'HĐND', 'KT-XH', 'GD&ĐT', 'BHXH', 'NHNN', 'GDP', 'WHO', 'NASA', 'CEO', 'THPT', 'TP.HCM', 'ĐBSCL', 'FDI'];
const VI_SITES = ['vnexpress.net', 'tuoitre.vn', 'dantri.com.vn', 'thanhnien.vn', 'vietnamnet.vn', 'nld.com.vn', 'baochinhphu.vn'];
const EN_SITES = ['www.reuters.com', 'www.bbc.com', 'apnews.com', 'www.theguardian.com', 'www.nytimes.com', 'idahostatesman.com'];
const VI_TITLES = [
  (r: () => number) => `UBND tỉnh ${pick(r, ['Nghệ An', 'Bắc Ninh', 'Thanh Hóa', 'Cần Thơ', 'Bình Dương'])} họp bàn giải pháp ${pick(r, ['phát triển kinh tế', 'giảm sạt lở', 'thu hút đầu tư', 'xây trường học'])}`,
  (r: () => number) => `HĐND thông qua ${2 + Math.floor(r() * 30)} nghị quyết về ${pick(r, ['ngân sách', 'giáo dục', 'y tế', 'giao thông'])} năm ${2023 + Math.floor(r() * 3)}`,
  (r: () => number) => `Ngân hàng Nhà nước ${pick(r, ['giữ nguyên', 'giảm', 'tăng'])} lãi suất điều hành, thị trường chứng khoán ${pick(r, ['tăng điểm', 'giảm mạnh', 'đi ngang'])}`,
  (r: () => number) => `Lương hưu và BHXH: ${pick(r, ['những điểm mới', 'người lao động cần biết', 'thay đổi từ tháng 7'])}`,
  (r: () => number) => `Sạt lở bờ sông Hậu, ${Math.floor(r() * 90) + 10} hộ dân phải di dời khẩn cấp`,
];
const EN_TITLES = [
  (r: () => number) => `${pick(r, ['Fed', 'ECB', 'Bank of England'])} holds rates as small businesses ${pick(r, ['brace for slowdown', 'report higher costs', 'cut hiring'])}`,
  (r: () => number) => `City council approves ${Math.floor(r() * 90) + 10} million transit budget after long debate`,
  (r: () => number) => `WHO urges ${pick(r, ['smoke-free parks', 'stronger vaccination drives', 'action on air pollution'])} in ${pick(r, ['Asia', 'Europe', 'Africa'])}`,
  (r: () => number) => `Students' satellite ${pick(r, ['reaches orbit', 'sends first images', 'wins NASA award'])}`,
  (r: () => number) => `${pick(r, ['Vietnam', 'Thailand', 'Indonesia'])} exports ${pick(r, ['rise', 'fall', 'stall'])} as demand from China ${pick(r, ['weakens', 'recovers'])}`,
];

const encoder = new TextEncoder();
const byteLength = (s: string) => encoder.encode(s).length; // runs in Node and in the service worker

// Rare words: names of people, places, companies; each article uses a handful of its own, so the
// index has many terms with short posting lists (as real text does), not only 200 common words.
const SYLLABLES = ('an bình châu dương giang hải hòa hưng khánh lâm long minh nam ngọc phong phú quang sơn tân thanh '
  + 'thịnh trung tuấn việt xuân yên đông đức hạnh kiên lộc nhân phúc quý tài thắng trí vĩnh').split(' ');
const EN_SYLLABLES = 'al bar cor den fal gar hol kin lor mar nor pel quin ros sal tor ul ver wes yor zan'.split(' ');
function rareName(i: number): string {
  const r = rng(i + 1);
  return i % 2
    ? `${pick(r, SYLLABLES)} ${pick(r, SYLLABLES)}`.replace(/^./, (c) => c.toUpperCase())
    : `${pick(r, EN_SYLLABLES)}${pick(r, EN_SYLLABLES)}${pick(r, EN_SYLLABLES)}`.replace(/^./, (c) => c.toUpperCase());
}
const RARE = Array.from({ length: 4000 }, (_, i) => rareName(i));

function sentence(r: () => number, vi: boolean, own: string[]): string {
  const n = 10 + Math.floor(r() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    words.push(x < 0.04 ? pick(r, own) : x < 0.1 ? pick(r, ABBRS) : x < 0.2 ? pick(r, vi ? EN_WORDS : VI_WORDS) : pick(r, vi ? VI_WORDS : EN_WORDS));
  }
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

/** The articles, one at a time (5,000 × 20 KB need not sit in memory at once). */
export function* syntheticArticles(count: number, textBytes = 10_000, seed = 20240601): Generator<SavedArticle> {
  const r = rng(seed);
  const newest = Date.UTC(2025, 5, 1);
  for (let i = 0; i < count; i++) {
    const vi = r() < 0.6;
    const site = pick(r, vi ? VI_SITES : EN_SITES);
    const url = canonicalUrl(`https://${site}/${vi ? 'thoi-su' : 'news'}/article-${i}-${Math.floor(r() * 1e6)}.html`);
    const own = Array.from({ length: 4 }, () => pick(r, RARE));
    const paragraphs: string[] = [];
    let size = 0;
    while (size < textBytes) {
      const p = Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r, vi, own)).join(' ');
      paragraphs.push(p);
      size += byteLength(p) + 2;
    }
    const textContent = paragraphs.join('\n\n');
    const wordCount = textContent.split(/\s+/).length;
    const savedAt = newest - i * 3_600_000; // one per hour, article 0 newest
    const read = r() < 0.3;
    yield {
      id: articleIdFor(url), url,
      title: pick(r, vi ? VI_TITLES : EN_TITLES)(r),
      byline: vi ? pick(r, ['Minh Anh', 'Thu Hà', 'Quốc Tuấn', null]) : pick(r, ['Jane Doe', 'John Smith', null]),
      siteName: site.replace(/^www\./, ''),
      lang: vi ? 'vi' : 'en',
      publishedTime: new Date(savedAt - 7_200_000).toISOString(),
      excerpt: paragraphs[0].slice(0, 200),
      leadImageUrl: null,
      contentHtml: paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join(''),
      textContent,
      glossary: [
        { abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'dictionary', count: 3 },
        { abbr: 'KT-XH', expansion: 'kinh tế - xã hội', source: 'article', count: 2 },
      ],
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 220)),
      savedAt, updatedAt: savedAt,
      readState: read ? 'read' : 'unread',
      progress: read ? 1 : 0,
      status: 'complete',
      // Derived from i, not drawn from r(): the articles stay the ones earlier benchmark runs used.
      tags: i % 3 === 0 ? [SYNTHETIC_TAGS[i % SYNTHETIC_TAGS.length]] : [],
      highlights: i % 7 === 0 ? [{
        id: `h${i}`, color: 'yellow', note: i % 14 === 0 ? 'ghi chú của tôi' : '',
        quote: { exact: textContent.slice(0, 40), prefix: '', suffix: textContent.slice(40, 72) },
        position: { start: 0, end: 40 }, created: savedAt, updated: savedAt,
      }] : [],
      notes: '',
    };
  }
}

/** The tags a third of the synthetic articles carry. */
export const SYNTHETIC_TAGS = ['kinh tế', 'chính trị', 'work', 'to read', 'thể thao'];

export interface SeedReport {
  count: number;
  indexEntries: number;
  /** mean UTF-8 bytes of JSON.stringify(textContent): the storage baseline */
  textJsonBytes: number;
  generateMs: number;
}

/**
 * Writes `count` articles through `set` (chrome.storage.local.set, wherever it runs) exactly as
 * store.ts lays them out: 'article:<id>' items carrying schemaVersion, in batches, then last the
 * 'library-index' (IndexEntry[], newest first, with updatedAt) and 'library-recent' (its first
 * RECENT_COUNT entries, which the popup reads for its first screen). No 'library-search': the
 * benchmark's first search builds and stores it, as after an install.
 */
export async function seedStorage(count: number, set: (items: Record<string, unknown>) => Promise<unknown>, batch = 250): Promise<SeedReport> {
  const index: IndexEntry[] = [];
  let jsonBytes = 0;
  let generateMs = 0;
  let items: Record<string, unknown> = {};
  let n = 0;
  let t = performance.now();
  for (const a of syntheticArticles(count)) {
    index.push(toIndexEntry(a));
    jsonBytes += byteLength(JSON.stringify(a.textContent));
    items[`article:${a.id}`] = { ...a, schemaVersion: SCHEMA_VERSION };
    if (++n % batch === 0 || n === count) {
      generateMs += performance.now() - t;
      await set(items);
      items = {};
      t = performance.now();
    }
  }
  index.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const area = (key: string) => key.replace(/^local:/, '');
  await set({ [area(INDEX_KEY)]: index, [area(RECENT_KEY)]: index.slice(0, RECENT_COUNT) });
  return { count, indexEntries: index.length, textJsonBytes: jsonBytes / Math.max(1, count), generateMs };
}

/**
 * Queries as typed with diacritics; the benchmark also sends each one folded (no diacritics, lower case),
 * which the search must treat the same. Common phrases (thousands of matching articles) and rare names
 * (a few articles each).
 */
export const SEARCH_QUERIES = [
  'ủy ban nhân dân', 'giáo dục đào tạo', 'bảo hiểm lương hưu', 'ngân hàng nhà nước', 'biến đổi khí hậu',
  'sạt lở sông hậu', 'interest rates', RARE[1], RARE[7], RARE[12],
];
