import { describe, expect, it } from 'vitest';
import { afterRule } from './support.ts';
import { removeAdLabels, removeTeasers, isAdLabel } from '../../utils/extract/cleanup/phrases.ts';
import { removeLinkLists } from '../../utils/extract/cleanup/link-lists.ts';
import { removeTrailers, isTrailerLine } from '../../utils/extract/cleanup/trailing.ts';
import { removeMarked } from '../../utils/extract/cleanup/marked.ts';
import { removeRepeats } from '../../utils/extract/cleanup/repeats.ts';
import { isCreditLine } from '../../utils/extract/cleanup/credits.ts';
import { removeHeaderLines, isDateLine } from '../../utils/extract/cleanup/heading.ts';
import { premarkChrome } from '../../utils/extract/premark.ts';
import { cleanArticle, CLEANUP_RULES, type CleanupReport } from '../../utils/extract/cleanup/index.ts';

const STORY = '<p>The council approved the budget on Tuesday after a long debate about bus routes and fares.</p>';
const LONG = `${STORY}${STORY.replace('Tuesday', 'Monday')}${STORY.replace('Tuesday', 'Friday')}`;

type Case = [name: string, html: string, kept: string[], removed: string[]];

async function check(rule: (root: Element) => unknown, [, html, kept, removed]: Case) {
  const text = await afterRule(html, rule);
  for (const k of kept) expect(text).toContain(k);
  for (const r of removed) expect(text).not.toContain(r);
}

describe('ad labels and notices', () => {
  const cases: Case[] = [
    ['vi ad label', `${STORY}<div><span>Quảng cáo</span></div>`, ['council approved'], ['Quảng cáo']],
    ['vi scroll prompt', `${STORY}<p>Kéo xuống để xem tiếp nội dung</p>`, ['council'], ['Kéo xuống']],
    ['combined prompt', `${STORY}<div>Quảng cáo - Kéo xuống để xem tiếp nội dung</div>`, ['council'], ['Quảng cáo']],
    ['en advertisement', `${STORY}<p>Advertisement</p>`, ['council'], ['Advertisement']],
    ['story continues', `${STORY}<div>Story continues below advertisement</div>`, ['council'], ['Story continues']],
    ['cookie notice', `${STORY}<p>This website uses cookies to improve your experience.</p>`, ['council'], ['cookies']],
    ['sentence mentioning ads stays', '<p>Advertisement revenue fell by a third last year, the report said.</p>', ['Advertisement revenue'], []],
  ];
  it.each(cases)('%s', async (...c) => check(removeAdLabels, c));
  it('recognises labels only as whole texts', () => {
    expect(isAdLabel('Quảng cáo')).toBe(true);
    expect(isAdLabel('Quảng cáo thuốc lá bị cấm')).toBe(false);
  });
});

describe('read-more teasers', () => {
  const cases: Case[] = [
    ['Xem thêm with link', `${STORY}<p>Xem thêm: <a href="/x">Giá vàng hôm nay tăng mạnh</a></p>`, ['council'], ['Giá vàng']],
    ['Tin liên quan heading takes its list', `${STORY}<h3>Tin liên quan</h3><ul><li><a href="/a">Phụ huynh xếp hàng từ 4h sáng</a></li><li><a href="/b">Trường mới khởi công</a></li></ul>`, ['council'], ['Tin liên quan', 'Phụ huynh']],
    ['Read more', `${STORY}<p><strong>Read more:</strong> <a href="/y">Council weighs extending rule</a></p>`, ['council'], ['Council weighs']],
    ['sentence starting with Related stays', '<p>Related research from 2019 found the same effect in three other cities, the authors said.</p>', ['Related research'], []],
  ];
  it.each(cases)('%s', async (...c) => check(removeTeasers, c));
});

describe('link-dense blocks', () => {
  const links = '<ul><li><a href="/1">Cháy kho phế liệu ở ngoại thành</a></li><li><a href="/2">Sạt lở bờ sông</a></li><li><a href="/3">Mưa lớn kéo dài</a></li></ul>';
  const cases: Case[] = [
    ['list of links', `${LONG}${links}`, ['council'], ['Cháy kho']],
    ['story list stays', `${LONG}<ul><li>Three new routes start in May, covering the east side.</li><li>Fares stay at $1.50 for adults.</li></ul>`, ['Three new routes', 'Fares stay'], []],
    ['headline-only paragraph', `${LONG}<p><a href="/z">Rural counties struggle to keep buses running</a></p>`, ['council'], ['Rural counties']],
    ['table of links stays', `${LONG}<table><tr><td><a href="/t">Route 5 timetable</a></td><td><a href="/u">Route 6 timetable</a></td><td><a href="/v">Route 7</a></td></tr></table>`, ['Route 5'], []],
  ];
  it.each(cases)('%s', async (...c) => check((root) => removeLinkLists(root, (root.textContent ?? '').length), c));
});

describe('class/id hints marked before Readability', () => {
  const mark = (root: Element) => { premarkChrome(root); removeMarked(root, (root.textContent ?? '').length); };
  const cases: Case[] = [
    ['share bar', `${LONG}<div class="share-buttons">Facebook Twitter Email</div>`, ['council'], ['Facebook']],
    ['related box', `${LONG}<div class="box-related"><a href="/a">Other story one here</a> <a href="/b">Other story two</a></div>`, ['council'], ['Other story']],
    ['tags', `${LONG}<div class="tags"><a href="/t">giáo dục</a><a href="/u">Bình Dương</a></div>`, ['council'], ['giáo dục']],
    ['story body named "article-body" stays', `<div class="article-body">${LONG}</div>`, ['council'], []],
    ['inline link with a chrome class stays', '<p>Fares rise for <a class="textTag" href="/t">space travel</a> fans, the council said.</p>', ['space travel'], []],
    ['figure with caption stays', `${LONG}<figure class="banner"><img src="a.jpg"><figcaption>Học sinh tập trung đầu năm</figcaption></figure>`, ['Học sinh'], []],
    // A live ticker: every entry is short and its class names a comment, but together they are the story.
    ['a live ticker\'s entries named "comment" stay', `<div class="live-comments">${[
      "95' It is over at the stadium: the home side held on for a draw.", "93' Another counter-attack, the keeper saves at the near post.",
      "90' Four minutes of added time are shown on the board.", "71' Yellow card for the visiting captain after a late tackle.",
      "46' The second half is under way, no changes at the break."].map((t) => `<div class="live-match-comment">${t}</div>`).join('')}</div>
      <div class="share-buttons">Facebook Twitter Email</div>`, ['It is over', 'Yellow card', 'second half'], ['Facebook']],
  ];
  it.each(cases)('%s', async (...c) => check(mark, c));
});

describe('closing chrome', () => {
  const cases: Case[] = [
    ['copyright', `${LONG}<p>© 2024 The Millbrook Courier. All rights reserved.</p>`, ['council'], ['Millbrook']],
    ['vi copyright and comments', `${LONG}<p>Ý kiến bạn đọc</p><p>Bản quyền thuộc về Báo điện tử Dân Phố.</p>`, ['council'], ['Ý kiến', 'Bản quyền']],
    ['tags line', `${LONG}<p>Tags: <a href="/a">transit</a>, <a href="/b">budget</a></p>`, ['council'], ['transit']],
    ['follow prompt', `${LONG}<p>Follow us on Twitter</p>`, ['council'], ['Follow us']],
    ['story ending stays', `${LONG}<p>Follow the money, she said, and you will find the answer.</p>`, ['Follow the money'], []],
    ['wire copyright stays on another site', `${LONG}<p>© 2019 Associated Press. All Rights Reserved.</p>`, ['Associated Press'], []],
  ];
  it.each(cases)('%s', async (...c) => check((root) => removeTrailers(root, ['millbrookcourier', 'example']), c));
  it('tells trailer lines from sentences', () => {
    expect(isTrailerLine('Share')).toBe(true);
    expect(isTrailerLine('Share prices fell sharply on Monday after the announcement.')).toBe(false);
  });
});

describe('repeated widgets and header lines', () => {
  it('removes a short line repeated three times', async () => {
    const share = '<p>Whatsapp Facebook Pint</p>';
    const text = await afterRule(`${LONG}${share}${share}${share}`.replace(/<\/p><p>Whatsapp/g, '</p><div>x</div><p>Whatsapp'), removeRepeats);
    expect(text).not.toContain('Whatsapp');
    expect(text).toContain('council');
  });
  it('keeps section headings and lead-ins a review repeats, in title case too', async () => {
    const section = (n: number) => `<h3>What We Like</h3><p>Lead-in:</p><p>Model ${n} is light, quiet and cheap to run for a family.</p>`;
    const text = await afterRule(`${LONG}${section(1)}${section(2)}${section(3)}`, removeRepeats);
    expect(text.match(/What We Like/g)).toHaveLength(3);
    expect(text.match(/Lead-in:/g)).toHaveLength(3);
  });
  it('still removes a repeated row of names in a list item', async () => {
    const row = '<li>Whatsapp Facebook Pinterest</li>';
    const text = await afterRule(`${LONG}<ul>${row}</ul><div>x</div><ul>${row}</ul><div>x</div><ul>${row}</ul>`, removeRepeats);
    expect(text).not.toContain('Whatsapp');
  });
  it('removes byline and date lines above the story', async () => {
    const text = await afterRule(`<p>By Dana Whitfield · Health Reporter</p><p>Published April 9, 2024, 5:15 p.m.</p>${LONG}`,
      (root) => removeHeaderLines(root, 'Budget approved', 'Dana Whitfield'));
    expect(text).not.toContain('Dana');
    expect(text).not.toContain('Published');
    expect(text).toContain('council');
  });
  it.each([
    ['Updated: Nov. 20, 2019 1:35 a.m.', true],
    ['Thứ hai, 20/11/2023 10:05 (GMT+7)', true],
    ['The council met on Nov. 20, 2019.', false],
  ])('isDateLine(%s) = %s', (line, want) => expect(isDateLine(line)).toBe(want));
});

describe('recurring story lines, credits and hover cards', () => {
  it('keeps a plain line that recurs in the story (a meal plan) but prints a long caption once', async () => {
    const meal = (n: number) => `<h3>Meal ${n}</h3><p><em>Eat every 2–3 hours</em></p>`;
    const caption = `<p><img src="s.jpg"></p><p>In this Sunday photograph, a long row of unsold sports-utility vehicles sits at a dealership in Colorado, waiting for buyers.</p>`;
    const text = await afterRule(`${meal(1)}${meal(2)}${meal(3)}${caption}${LONG}${caption}`, removeRepeats);
    expect(text.match(/Eat every/g)).toHaveLength(3);
    expect(text.match(/unsold/g)).toHaveLength(1);
  });
  it('keeps paragraphs that repeat in the story itself (no image before them)', async () => {
    const para = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';
    const text = await afterRule(`${para}${STORY}${para}${para}`, removeRepeats);
    expect(text.match(/Lorem/g)).toHaveLength(3);
  });
  it('removes a grid of story cards (linked picture, headline that is not a sentence)', async () => {
    const card = (n: number) => `<div><a href="/news/${n}/story"><img src="/t${n}.jpg"></a><h3>KICKER ${n}</h3><p>Pop star parties in unearthed pics ${n}</p></div>`;
    const text = await afterRule(`${LONG}<div>${card(1)}${card(2)}${card(3)}</div>`, (root) => removeLinkLists(root, (root.textContent ?? '').length));
    expect(text).toContain('council');
    expect(text).not.toContain('unearthed');
  });
  it.each([
    ['Photo: Hau Dinh, AP', true], ['(Image credit: Blue Origin)', true], ['Credit: EPA', true], ['© John Brecher', true],
    ['Image 3 of 5', true], ['Photographers gathered outside the court on Monday.', false], ['© 2019 Associated Press', false],
  ])('isCreditLine(%s) = %s', (line, want) => expect(isCreditLine(line as string, () => false)).toBe(want));
  it('removes credits inside captions and cards that pop up over links', async () => {
    const html = `<figure><img src="a.jpg"><figcaption><span>Hospital in Beijing where patients sought treatment</span><span>Credit: EPA</span></figcaption></figure>
      <p>Rep. <a href="/p/omar">Ilhan Omar</a><span>Ilhan Omar Latest: House votes on the bill | Senators call for review</span> said on Monday that the vote would go ahead.</p>${LONG}`;
    const text = await afterRule(html, removeAdLabels);
    expect(text).toContain('Hospital in Beijing');
    expect(text).not.toContain('Credit');
    expect(text).toContain('Rep. Ilhan Omar said on Monday');
  });
  it.each([
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', true], ['Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM', true],
    ['Published 1 day ago', true], ['4:14 p.m.', false], ['Marine 2019', false],
  ])('isDateLine(%s) = %s', (line, want) => expect(isDateLine(line as string)).toBe(want));
});

describe('leaving a pass out (eval-extract --ablate)', () => {
  const page = `${LONG}<p>Advertisement</p>`;
  it('the ad-label pass removes the label, and reports it', async () => {
    let report: CleanupReport | undefined;
    expect(await afterRule(page, (root) => (report = cleanArticle(root)))).not.toContain('Advertisement');
    expect(report?.ads).toBe(1);
  });
  it('with ads off the label stays and no pass claims it', async () => {
    let report: CleanupReport | undefined;
    expect(await afterRule(page, (root) => (report = cleanArticle(root, { off: ['ads'] })))).toContain('Advertisement');
    expect(report?.ads).toBe(0);
  });
  it('names every pass the report counts', () => {
    expect([...CLEANUP_RULES].sort()).toEqual(['ads', 'header', 'links', 'marked', 'repeats', 'teasers', 'trailers']);
  });
});
