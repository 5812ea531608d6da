/** Titles without site names, keyword tails and URL slugs; bylines that name a person, not the site. */
import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { cleanByline, cleanTitle } from '../../utils/extract/metadata.ts';
import { namesSite, pageByline } from '../../utils/extract/byline.ts';

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
