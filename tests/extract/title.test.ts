/** Titles without site names, keyword tails and URL slugs; bylines that name a person, not the site. */
import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { cleanByline, cleanTitle } from '../../utils/extract/metadata.ts';
import { namesSite, pageByline } from '../../utils/extract/byline.ts';
import { extractArticle } from '../../utils/extract/index.ts';

const page = (h1: string, head = '') => `<html><head><title>x</title>${head}</head><body>${h1 ? `<h1>${h1}</h1>` : ''}<p>…</p></body></html>`;
const clean = (title: string, site: string | null, host: string, h1 = '', head = '') =>
  withPage(page(h1, head), `https://${host}/a`, (doc) => cleanTitle(title, doc, site, host));

describe('title cleaning', () => {
  it.each([
    // A URL slug: the headline's words again, without diacritics, after a hyphen with no spaces.
    ['Giới trẻ đổ xô vào lò luyện thi công chức ở Hàn Quốc-lo luyen thi cong chuc o han', null, 'vnexpress.net', '',
      'Giới trẻ đổ xô vào lò luyện thi công chức ở Hàn Quốc'],
    ['Giá xăng giảm mạnh từ chiều nay - gia xang giam manh', 'VnExpress', 'vnexpress.net', '', 'Giá xăng giảm mạnh từ chiều nay'],
    // A keyword tail naming the site after a colon.
    ['Mỹ Tâm lần đầu kể chuyện hậu trường: Tin, Video clip, Hình ảnh Ngôi Sao', 'Ngôi Sao', 'ngoisao.vnexpress.net', '',
      'Mỹ Tâm lần đầu kể chuyện hậu trường'],
    ['Mỹ Tâm lần đầu kể chuyện hậu trường: Tin, Video clip, Hình ảnh Ngôi Sao', null, 'ngoisao.vnexpress.net', '',
      'Mỹ Tâm lần đầu kể chuyện hậu trường'],
    // The page's heading, then a separator with no spaces.
    ['Doanh nghiệp kêu khó vì thủ tục hoàn thuế-Kinh tế', null, 'baodautu.vn', 'Doanh nghiệp kêu khó vì thủ tục hoàn thuế',
      'Doanh nghiệp kêu khó vì thủ tục hoàn thuế'],
    ['Site names at either end - Báo Đầu tư', 'Báo Đầu tư', 'baodautu.vn', '', 'Site names at either end'],
    // The slug, then the site's name, with no heading on the page to compare with.
    ['Giới trẻ đổ xô vào lò luyện thi công chức ở Hàn Quốc-lo luyen thi cong chuc o han - Tin Mẫu', 'Tin Mẫu', 'tinmau.example', '',
      'Giới trẻ đổ xô vào lò luyện thi công chức ở Hàn Quốc'],
    ['Tuổi Trẻ Online | Giá vàng tăng mạnh phiên sáng nay - gia vang tang manh phien sang nay', null, 'tuoitre.vn', '',
      'Giá vàng tăng mạnh phiên sáng nay'],
  ])('%s', async (title, site, host, h1, want) => expect(await clean(title, site, host, h1)).toBe(want));

  it('takes the social title when the tab title only adds to it', async () => {
    const head = '<meta property="og:title" content="Bão số 3 đổ bộ vào Quảng Ninh">';
    expect(await clean('Bão số 3 đổ bộ vào Quảng Ninh | Tin tức 24h', null, 'example.vn', '', head)).toBe('Bão số 3 đổ bộ vào Quảng Ninh');
  });

  it.each([
    // English is plain ASCII too: only a tail repeating the headline's words is a slug.
    ['Covid-19 vaccine rollout begins in rural clinics', 'Covid-19 vaccine rollout begins in rural clinics'],
    ['Friday Facts #282 - 0.17 in sight', 'Friday Facts #282 - 0.17 in sight'],
    ['Kinh tế: lãi suất giảm, tín dụng tăng', 'Kinh tế: lãi suất giảm, tín dụng tăng'],
    ['The Fed and the markets - what comes next for rates', 'The Fed and the markets - what comes next for rates'],
  ])('keeps %s', async (title, want) => expect(await clean(title, 'Harbor News', 'example.com')).toBe(want));
});

describe('bylines name a person, not the site', () => {
  it.each([
    ['VnExpress', 'VnExpress', 'vnexpress.net', true],
    ['baodautu.vn', 'baodautu', 'baodautu.vn', true],
    // The site's name written out is the host's label with its diacritics.
    ['Báo Đầu tư', null, 'baodautu.vn', true],
    ['Minh Anh', 'VnExpress', 'vnexpress.net', false],
    ['Thanh', 'Thanh Niên', 'thanhnien.vn', false],
  ])('%s on %s (%s) names the site: %s', (byline, site, host, want) => expect(namesSite(byline, site, host)).toBe(want));

  it('skips a meta author that is the site and finds the byline the page prints', async () => {
    const html = `<html><body><article><h1>Tin</h1><p>Bài viết.</p><p class="author_mail"><strong>Hoài Thu</strong></p></article>
      <aside><ul><li><span class="author">Người khác</span></li></ul></aside><div class="comment-item"><span class="author">Bạn đọc</span></div></body></html>`;
    const got = await withPage(html, 'https://vnexpress.net/a', (doc) => ({
      byline: cleanByline('VnExpress', 'VnExpress', { siteName: 'VnExpress', host: 'vnexpress.net', doc }),
      printed: pageByline(doc),
    }));
    expect(got).toEqual({ byline: 'Hoài Thu', printed: 'Hoài Thu' });
  });

  it('keeps an author the metadata names', () => {
    expect(cleanByline(null, 'Thanh Trúc', { siteName: 'VnExpress', host: 'vnexpress.net' })).toBe('Thanh Trúc');
    expect(cleanByline('baodautu.vn', null, { siteName: 'baodautu', host: 'baodautu.vn' })).toBeNull();
  });
});

describe('the whole pipeline: title, site and author of a page', () => {
  const para = 'Hội đồng nhân dân thành phố đã thông qua kế hoạch đầu tư công trung hạn với nhiều dự án giao thông và trường học mới trong giai đoạn tới. ';
  const body = `${`<p>${para.repeat(3)}</p>`.repeat(6)}`;
  const extract = (head: string, article: string, url = 'https://baodautu.vn/ke-hoach-dau-tu-cong.html') =>
    withPage(`<html lang="vi"><head><meta charset="utf-8">${head}</head><body><header>baodautu.vn</header><article>${article}</article></body></html>`,
      url, (doc, win) => extractArticle(doc, { window: win }));

  it('takes the schema.org author over a meta author that is the site, and the headline without its site and slug', async () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Hà Nội duyệt kế hoạch đầu tư công',
      author: { '@type': 'Person', name: 'Thanh Trúc' }, publisher: { '@type': 'Organization', name: 'baodautu' } };
    const got = await extract(`<title>Hà Nội duyệt kế hoạch đầu tư công-ha noi duyet ke hoach dau tu cong - baodautu.vn</title>
      <meta name="author" content="baodautu.vn"><meta property="og:site_name" content="baodautu">
      <script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<h1>Hà Nội duyệt kế hoạch đầu tư công</h1>${body}`);
    expect({ title: got.title, byline: got.byline, siteName: got.siteName }).toEqual(
      { title: 'Hà Nội duyệt kế hoạch đầu tư công', byline: 'Thanh Trúc', siteName: 'baodautu' });
  });

  it('finds the author a byline element prints when the metadata names only the site', async () => {
    const got = await extract(`<title>Hà Nội duyệt kế hoạch đầu tư công | Báo Đầu tư</title><meta name="author" content="Báo Đầu tư">`,
      `<h1>Hà Nội duyệt kế hoạch đầu tư công</h1>${body}<p class="author_mail"><strong>Hoài Thu</strong></p>`);
    expect({ title: got.title, byline: got.byline }).toEqual({ title: 'Hà Nội duyệt kế hoạch đầu tư công', byline: 'Hoài Thu' });
  });

  it('names no author when the page names none but the site', async () => {
    const got = await extract('<title>Hà Nội duyệt kế hoạch đầu tư công - baodautu.vn</title><meta name="author" content="baodautu.vn">',
      `<h1>Hà Nội duyệt kế hoạch đầu tư công</h1>${body}`);
    expect(got.byline).toBeNull();
  });
});
