import { describe, expect, it } from 'vitest';
import { ArticleWords } from './article-words.ts';
import { foldPhrase } from './normalize.ts';
import { tokenize } from './tokenize.ts';

/** The index over the tokenizer's words (as explain.ts builds it). */
const indexOf = (text: string) => new ArticleWords(tokenize(text, new Set()));
/** What sense.ts searched before: the folded article padded with spaces. */
const folded = (text: string) => ' ' + foldPhrase(text) + ' ';

const TEXT = 'Ủy ban nhân dân (UBND) tỉnh Thanh Hóa; Sở Y tế — Bộ Y tế. The World Health Organization\'s (WHO) '
  + 'report: 15/2020/NĐ-CP, COVID-19, TP.HCM. Tiếng Việt viết tổ hợp: Hoa\u0300 (NFD), x \u0301 y, \u0301z w, số 2024. '
  + 'The U.S.\'s plan, NASA’s rover, rock\'n\'roll, A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P-Q-R-S-T-U-V-W-X-Y-Z-A-B-C-D-E-F-G-H, '
  + 'x\u00a0y\u2003z «q» 中文 ٣\nĐại học Quốc gia';

describe('ArticleWords answers exactly as the folded article would', () => {
  it('for words, phrases, and needles that are not space-padded words', () => {
    const index = indexOf(TEXT);
    const needles = [' uy ban ', ' uy ban nhan dan ', ' ubnd tinh ', ' y te ', ' bo y te ', ' te bo ', ' who ', ' organization s ',
      ' s ', ' nd cp ', ' 2020 nd ', ' covid 19 ', ' tp hcm ', ' hoa ', ' x y ', ' xy ', ' 2024 dai ', ' gia ', ' quoc gia ',
      ' dai hoc quoc gia ', ' z w ', ' y z w ', ' u s s ', ' s plan ', ' nasa s rover ', ' rock n roll ', ' h x ', ' x y z q ', ' q ', 'uy', ' uy', '  ', ' ', '', 'te bo', ' Y ', ' y  te ', ' tỉnh ', ' thanh hoa so ', ' hoa  '];
    for (const n of needles) expect(index.includes(n), JSON.stringify(n)).toBe(folded(TEXT).includes(n));
  });

  it('on every phrase of one to three words cut from the text, and on near misses', () => {
    const words = foldPhrase(TEXT).split(' ');
    const index = indexOf(TEXT);
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

  it('on an empty text and on many distinct words', () => {
    expect(indexOf('').includes(' a ')).toBe(false);
    expect(indexOf('').includes('  ')).toBe(folded('').includes('  '));
    const many = Array.from({ length: 5000 }, (_, i) => 'w' + i.toString(36)).join(' ');
    const index = indexOf(many);
    for (const n of [' w0 ', ' w0 w1 ', ' w3uf ', ' w3ug ', ' w3uf w3ug ', ' w3ug w3uf ', ' wzz ']) {
      expect(index.includes(n), n).toBe(folded(many).includes(n));
    }
  });
});
