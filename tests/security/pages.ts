/**
 * Realistic article pages with hostile payloads embedded (tests/security/payloads.ts).
 * Each page is a Vietnamese news story of well over 600 characters, so Gloss judges it an
 * article on its own merits (no "open anyway"), with abbreviations Gloss marks (UBND, HĐND,
 * KT-XH…) so the reader view has <abbr> elements to hover.
 *
 * The e2e server serves them at /security/page-<n>.html with its own origin baked into every
 * beacon (tests/e2e/support/server.ts, option `generated`).
 */
import { beaconFor, escapeHtml, jsonForScript, PAYLOADS, type Payload, type Where } from './payloads';

export const PARAGRAPHS = [
  'Sáng 2/3, UBND tỉnh Hà Giang khởi công tuyến đường nối hai xã vùng cao, công trình đầu tiên trong kế hoạch phát triển kinh tế - xã hội (KT-XH) năm nay. Tuyến đường dài gần 14 km, đi qua ba thôn có đông đồng bào dân tộc thiểu số sinh sống.',
  'Theo Ban Quản lý dự án, công trình dùng vốn ngân sách nhà nước (NSNN) kết hợp với nguồn đóng góp của người dân, dự kiến hoàn thành trước mùa mưa năm sau. Các hạng mục thoát nước được thiết kế theo tần suất lũ lớn nhất trong 20 năm qua.',
  'Phát biểu tại lễ khởi công, Phó Chủ tịch UBND tỉnh cho biết Hội đồng nhân dân (HĐND) tỉnh đã thông qua nghị quyết ưu tiên vốn cho giao thông nông thôn. Mặt trận Tổ quốc (MTTQ) các xã sẽ cử người giám sát chất lượng thi công.',
  'Người dân thôn Nậm Ty kể rằng mỗi mùa mưa, học sinh phải đi bộ hơn hai giờ để đến trường của xã. Khi có đường mới, thời gian đi lại sẽ còn chưa đến 30 phút, xe cứu thương cũng vào được tận thôn, người bệnh không còn phải khiêng bộ qua suối.',
  'Đại diện Sở Giao thông vận tải cho biết đơn vị thi công phải bảo đảm an toàn giao thông trong suốt thời gian làm đường, không để đất đá tràn xuống lòng suối, và phải hoàn trả mặt bằng cho các hộ dân ngay sau khi thi công xong từng đoạn.',
  'Năm nay, tỉnh đặt mục tiêu 100% xã có đường ô tô đến trung tâm được cứng hóa. Theo UBND tỉnh, đây là điều kiện để thu hút đầu tư vào nông nghiệp, du lịch và giúp các hợp tác xã (HTX) đưa nông sản ra thị trường nhanh hơn; HĐND tỉnh sẽ giám sát tiến độ mỗi quý.',
];

const EXTRA_BODY = 'Bên lề lễ khởi công, nhiều hộ dân đề nghị bổ sung đèn chiếu sáng ở các đoạn cua gấp và xây thêm cầu tràn tại điểm giao với suối Nậm Ty. Lãnh đạo huyện ghi nhận và hứa đưa vào kế hoạch năm sau. ';

const METADATA_SLOTS: Where[] = ['title', 'og:title', 'og:site_name', 'jsonld:headline', 'jsonld:author', 'byline'];

export interface SecurityPage {
  path: string;
  payloads: Payload[];
  /**
   * The JSON-LD carries an articleBody longer than the page shows, so Gloss also copies the
   * page's declared <article> (utils/extract/candidates.ts copyDeclared) — a second path.
   */
  declaredPath: boolean;
}

/** Group the corpus into pages: each metadata slot once per page, ≤ 8 body payloads per page,
 *  and every page-level clobbering payload on a page of its own (it may stop Gloss outright). */
function groupPages(payloads: Payload[]): SecurityPage[] {
  const pages: Payload[][] = [];
  const alone: Payload[][] = [];
  for (const payload of payloads) {
    if (payload.kind === 'clobber' && payload.where === 'page') { alone.push([payload]); continue; }
    const isSlot = METADATA_SLOTS.includes(payload.where);
    let page = pages.find((group) => isSlot
      ? !group.some((p) => p.where === payload.where)
      : group.filter((p) => !METADATA_SLOTS.includes(p.where)).length < 8);
    if (!page) pages.push(page = []);
    page.push(payload);
  }
  return [...pages, ...alone].map((group, i) => ({
    path: `/security/page-${i + 1}.html`,
    payloads: group,
    // Live payloads sit on pages that also take the declared-container path: a copy made in
    // the live document would load and run them again.
    declaredPath: group.some((p) => p.original === 'live'),
  }));
}

export const SECURITY_PAGES: SecurityPage[] = groupPages(PAYLOADS);

/** One article page holding `payloads`, every beacon pointing at `origin`. */
export function buildArticlePage(payloads: Payload[], origin: string, options: { declaredPath?: boolean } = {}): string {
  const slot = (where: Where) => {
    const payload = payloads.find((p) => p.where === where);
    return payload ? payload.html(beaconFor(payload.name, origin)) : null;
  };
  const headline = 'Hà Giang khởi công tuyến đường liên xã đầu tiên của năm';
  // <title> is RCDATA: a literal "<" stays text, but "</title>" would end it — escape only that.
  const title = (slot('title') ?? `${headline} | Báo Thử`).replace(/<\/title/gi, '&lt;/title');
  const ogTitle = slot('og:title') ?? escapeHtml(headline);
  const siteName = slot('og:site_name') ?? 'Báo Thử';
  const byline = slot('byline') ?? 'Minh Anh';
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: slot('jsonld:headline') ?? headline,
    author: { '@type': 'Person', name: slot('jsonld:author') ?? 'Minh Anh' },
    datePublished: '2026-03-02T07:30:00+07:00',
    inLanguage: 'vi',
  };
  if (options.declaredPath) ld.articleBody = [...PARAGRAPHS, EXTRA_BODY.repeat(6)].join('\n\n');

  const body = payloads.filter((p) => p.where === 'body' || p.where === 'glossary');
  const blocks: string[] = [];
  PARAGRAPHS.forEach((text, i) => {
    blocks.push(`<p>${escapeHtml(text)}</p>`);
    // Spread the payloads between the paragraphs (several after one paragraph if need be).
    for (let j = i; j < body.length; j += PARAGRAPHS.length) {
      blocks.push(`<!-- payload: ${body[j].name} -->\n${body[j].html(beaconFor(body[j].name, origin))}`);
    }
  });
  const pageLevel = payloads.filter((p) => p.where === 'page')
    .map((p) => `<!-- payload: ${p.name} -->\n${p.html(beaconFor(p.name, origin))}`).join('\n');

  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${ogTitle}">
<meta property="og:site_name" content="${siteName}">
<meta property="article:published_time" content="2026-03-02T07:30:00+07:00">
<meta name="description" content="UBND tỉnh Hà Giang khởi công tuyến đường nối hai xã vùng cao.">
<script type="application/ld+json">${jsonForScript(ld)}</script>
</head>
<body>
<header class="site-header"><a href="#top" class="logo">Báo Thử</a></header>
${pageLevel}
<main>
<article class="article">
<h1 id="top">${escapeHtml(headline)}</h1>
<p class="byline">${byline}</p>
${blocks.join('\n')}
<h2 id="notes">Ghi chú</h2>
<p>Bài viết dùng cho kiểm thử an ninh của Gloss; mọi liên kết trong bài chỉ trỏ tới chính trang này.</p>
</article>
</main>
<footer><p>Bản quyền thuộc về Báo Thử.</p></footer>
</body>
</html>
`;
}

/** The server's `generated` hook: `/security/page-<n>.html` → that page, else null. */
export function securityPageAt(path: string, origin: string): string | null {
  const page = SECURITY_PAGES.find((p) => p.path === path);
  return page ? buildArticlePage(page.payloads, origin, { declaredPath: page.declaredPath }) : null;
}
