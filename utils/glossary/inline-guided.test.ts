import { afterEach, describe, expect, it } from 'vitest';
import { buildGlossary } from './index.ts';
import { installMined, uninstallMined } from './mined.ts';
import type { MinedFile, MinedSenseRecord } from './mined.ts';
import { readsAsMeaning } from './inline-guided.ts';

const sense = (expansion: string, articles: number, extra: Partial<MinedSenseRecord> = {}): MinedSenseRecord =>
  ({ expansion, articles, source: 'test', domain: 'general', review: false, how: 'inline', context: {}, ...extra });
const mined = (entries: MinedFile['entries']) =>
  installMined('vi', { sources: [{ id: 'test', repo: 'x/y', commit: '0', files: '*', articles: 9 }], entries });

const entry = (text: string, abbr: string) => buildGlossary(text, { lang: 'vi' }).find((e) => e.abbr === abbr);

afterEach(() => uninstallMined());

describe('a known form defined in the article in other words: the article wins over the dictionary', () => {
  it('"long form (SF)" for a form only the mined layer knows', () => {
    mined({ KCNA: [sense('Hãng thông tấn trung ương Triều Tiên', 45)] });
    expect(entry('Thông tấn xã Trung ương Triều Tiên (KCNA) cho biết vụ phóng thành công. KCNA nói thêm.', 'KCNA'))
      .toMatchObject({ expansion: 'Thông tấn xã Trung ương Triều Tiên', source: 'article' });
    expect(entry('Theo hãng thông tấn nhà nước Triều Tiên (KCNA), vụ phóng thành công.', 'KCNA'))
      .toMatchObject({ expansion: 'hãng thông tấn nhà nước Triều Tiên', source: 'article' });
    // the walk back runs through "của" before a capital, and stops at the preposition before the name
    expect(entry('Ông nói với hãng thông tấn chính thức của Triều Tiên (KCNA) rằng vụ thử thành công.', 'KCNA')?.expansion)
      .toBe('hãng thông tấn chính thức của Triều Tiên');
    // no clean edge within reach ("dẫn lời" is no break the cues know): nothing of its own, the dictionary answers
    expect(entry('Báo chí dẫn lời hãng thông tấn chính thức của Triều Tiên (KCNA) cho biết.', 'KCNA')?.source).toBe('dictionary');
  });

  it('"SF (long form)" for a form only the mined layer knows', () => {
    mined({ KCNA: [sense('Hãng thông tấn trung ương Triều Tiên', 45)] });
    expect(entry('Theo KCNA (hãng thông tấn chính thức của Triều Tiên), vụ phóng thành công. KCNA nói.', 'KCNA'))
      .toMatchObject({ expansion: 'hãng thông tấn chính thức của Triều Tiên', source: 'article' });
  });

  it('for a form of the hand dictionary, in both orders', () => {
    // AFP: Agence France-Presse | hãng thông tấn AFP
    expect(entry('Theo Thông tấn xã Pháp (AFP), ông nói.', 'AFP')).toMatchObject({ expansion: 'Thông tấn xã Pháp', source: 'article' });
    expect(entry('Theo AFP (Hãng thông tấn Pháp), ông nói.', 'AFP')).toMatchObject({ expansion: 'Hãng thông tấn Pháp', source: 'article' });
  });

  it('moves a start found inside a compound back to a clean edge, or gives nothing', () => {
    // UAV: unmanned aerial vehicle | phương tiện bay không người lái
    expect(entry('Nga dùng các máy bay không người lái (UAV) tấn công.', 'UAV')?.expansion).toBe('máy bay không người lái');
    expect(entry('Nga dùng chiếc máy bay không người lái (UAV) tấn công.', 'UAV')?.expansion).toBe('máy bay không người lái');
    mined({ ACV: [sense('Tổng công ty Cảng hàng không Việt Nam', 13)] });
    expect(entry('Đại diện Tổng công ty Cảng hàng không Việt Nam (ACV) cho biết.', 'ACV')?.expansion)
      .toBe('Tổng công ty Cảng hàng không Việt Nam');
  });

  it('leaves a known meaning cut by a line break to the dictionary, not to its tail', () => {
    // ICAO: International Civil Aviation Organization | Tổ chức Hàng không Dân dụng Quốc tế
    expect(entry('theo tiêu chuẩn của Tổ chức Hàng\nkhông dân dụng quốc tế (ICAO). Công trình lớn.', 'ICAO'))
      .toMatchObject({ expansion: 'Tổ chức Hàng không Dân dụng Quốc tế', source: 'dictionary' });
  });

  it('gives nothing when the words share too little with every known meaning', () => {
    mined({ KCNA: [sense('Hãng thông tấn trung ương Triều Tiên', 45)] });
    expect(entry('Hãng tin Pháp (AFP) cho biết. AFP nói.', 'AFP')?.source).toBe('dictionary');
    expect(entry('Theo KCNA (Bình Nhưỡng), vụ phóng thành công. KCNA nói.', 'KCNA')?.source).toBe('dictionary');
  });
});

describe('reading a run as a known meaning', () => {
  const m = [new Set(['hang', 'thong', 'tan', 'trung', 'uong', 'trieu', 'tien'])];
  it('needs two shared words, half of the meaning, and no more words of its own than shared ones', () => {
    expect(readsAsMeaning('thong tan xa trung uong trieu tien'.split(' '), m)).toBe(true);
    expect(readsAsMeaning('hang tin trieu tien'.split(' '), m)).toBe(false); // 3 of 7
    expect(readsAsMeaning('doan dai bieu cap cao trung uong trieu tien'.split(' '), m)).toBe(false); // own 5 > shared 4
    const short = [new Set(['bao', 'hiem', 'xa', 'hoi'])];
    expect(readsAsMeaning('bao hiem y te'.split(' '), short)).toBe(false); // 2 of a 4-word meaning
    expect(readsAsMeaning('che do bao hiem xa hoi'.split(' '), short)).toBe(true);
  });
});
