import { describe, expect, it } from 'vitest';
import { ArticleWords } from './article-words.ts';
import { foldPhrase } from './normalize.ts';

/** What sense.ts searched before: the folded article padded with spaces. */
const folded = (text: string) => ' ' + foldPhrase(text) + ' ';

const TEXT = 'Ủy ban nhân dân (UBND) tỉnh Thanh Hóa; Sở Y tế — Bộ Y tế. The World Health Organization\'s (WHO) '
  + 'report: 15/2020/NĐ-CP, COVID-19, TP.HCM. Tiếng Việt viết tổ hợp: Hoa\u0300 (NFD), x \u0301 y, số 2024.\nĐại học Quốc gia';

describe('ArticleWords answers exactly as the folded article would', () => {
  it('for words, phrases, and needles that are not space-padded words', () => {
    const index = new ArticleWords(TEXT);
    const needles = [' uy ban ', ' uy ban nhan dan ', ' ubnd tinh ', ' y te ', ' bo y te ', ' te bo ', ' who ', ' organization s ',
      ' s ', ' nd cp ', ' 2020 nd ', ' covid 19 ', ' tp hcm ', ' hoa ', ' x y ', ' xy ', ' 2024 dai ', ' gia ', ' quoc gia ',
      ' dai hoc quoc gia ', 'uy', ' uy', '  ', ' ', '', 'te bo', ' Y ', ' y  te ', ' tỉnh ', ' thanh hoa so ', ' hoa  '];
    for (const n of needles) expect(index.includes(n), JSON.stringify(n)).toBe(folded(TEXT).includes(n));
  });

  it('on every phrase of one to three words cut from the text, and on near misses', () => {
    const words = foldPhrase(TEXT).split(' ');
    const index = new ArticleWords(TEXT);
    for (let i = 0; i < words.length; i++) {
      for (let k = 1; k <= 3 && i + k <= words.length; k++) {
        const phrase = words.slice(i, i + k);
        const near = [...phrase.slice(0, -1), phrase[phrase.length - 1] + 'x'];
        for (const p of [phrase, near, [...phrase].reverse()]) {
          const needle = ' ' + p.join(' ') + ' ';
          expect(index.includes(needle), needle).toBe(folded(TEXT).includes(needle));
        }
      }
    }
  });

  it('on an empty text and on many distinct words (its table grows)', () => {
    expect(new ArticleWords('').includes(' a ')).toBe(false);
    expect(new ArticleWords('').includes('  ')).toBe(folded('').includes('  '));
    const many = Array.from({ length: 5000 }, (_, i) => 'w' + i.toString(36)).join(' ');
    const index = new ArticleWords(many);
    for (const n of [' w0 ', ' w0 w1 ', ' w3uf ', ' w3ug ', ' w3uf w3ug ', ' w3ug w3uf ', ' wzz ']) {
      expect(index.includes(n), n).toBe(folded(many).includes(n));
    }
  });
});
