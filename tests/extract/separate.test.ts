/**
 * Words the page shows apart stay apart when read as text (utils/extract/separate.ts): without
 * styles (the CLI's happy-dom parse) by structure, on a shown page by its computed styles.
 */
import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { separateBoxes } from '../../utils/extract/separate.ts';
import { blockText } from '../../utils/extract/text.ts';
import { extractArticle } from '../../utils/extract/index.ts';

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of `<p id=x>` after separating a copy of the parsed page (no styles: the CLI's case). */
const separatedText = (inner: string) =>
  withPage(`<html><body><p id="x">${inner}</p></body></html>`, 'https://example.invalid/a', (doc) => {
    const copy = doc.cloneNode(true) as Document;
    separateBoxes(copy, doc);
    // The page itself is only read.
    expect(doc.getElementById('x')!.innerHTML).toBe(inner);
    return collapse(copy.querySelector('#x')!.textContent);
  });

describe('words apart without styles (structure)', () => {
  it.each([
    ['a stamp in capitals glued to a capitalised word', '<span class="location-stamp">TP HCM</span>Nếu giá xăng tăng', 'TP HCM Nếu giá xăng tăng'],
    ['an English dateline', '<b>LONDON</b>The council met', 'LONDON The council met'],
    ['an inline style that makes a box', '<span style="display: inline-block">Hà Nội</span>Chiều qua', 'Hà Nội Chiều qua'],
    ['a float', 'Giá<span style="float:right">Tin nhanh</span>tăng', 'Giá Tin nhanh tăng'],
    ['nested: the box inside an inline parent', '<strong><span style="display:block">HÀ NỘI</span></strong>Chiều nay', 'HÀ NỘI Chiều nay'],
  ])('%s', async (_name, inner, want) => expect(await separatedText(inner)).toBe(want));

  it.each([
    ['a drop cap stays one word', '<span style="float:left">T</span>he council met', 'The council met'],
    ['inline markup inside a word', 'Ủy <b>ban</b>nhân dân', 'Ủy bannhân dân'],
    ['punctuation after a link', '<a href="/x">UBND</a>, HĐND', 'UBND, HĐND'],
    ['a lower-case word after capitals', '<abbr>HCM</abbr>city', 'HCMcity'],
    ['already spaced', '<span style="display:block">TP HCM</span> Nếu', 'TP HCM Nếu'],
  ])('%s', async (_name, inner, want) => expect(await separatedText(inner)).toBe(want));
});

describe('blockText', () => {
  it('puts table cells and list blocks apart', async () => {
    const text = await withPage('<html><body><div id="x"><table><tr><td>Quý I</td><td>12%</td></tr></table><ul><li>UBND</li></ul><header>Tin</header>mới</div></body></html>',
      'https://example.invalid/a', (doc) => blockText(doc.getElementById('x')!));
    expect(text).toBe('Quý I 12%\nUBND\nTin\nmới');
  });
});

describe('through the pipeline', () => {
  it('keeps a location stamp apart in the article text and HTML', async () => {
    const para = 'Giá xăng RON 95 tăng thêm 500 đồng mỗi lít từ chiều nay, theo thông báo của liên Bộ Công Thương và Tài chính. ';
    const html = `<html lang="vi"><head><title>Giá xăng tăng</title></head><body><article><h1>Giá xăng tăng từ chiều nay</h1>
      <p class="description"><span class="location-stamp">TP HCM</span>Nếu giá dầu thế giới tiếp tục tăng, giá xăng trong nước sẽ còn điều chỉnh.</p>
      ${`<p>${para.repeat(4)}</p>`.repeat(5)}</article></body></html>`;
    const article = await withPage(html, 'https://example.invalid/gia-xang.html', (doc, win) => extractArticle(doc, { window: win }));
    expect(article.textContent).toContain('TP HCM Nếu giá dầu');
    expect(collapse(article.content.replace(/<[^>]+>/g, ''))).toContain('TP HCM Nếu giá dầu');
  });
});
