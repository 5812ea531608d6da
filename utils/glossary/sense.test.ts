import { afterEach, describe, expect, it } from 'vitest';
import { buildGlossary } from './index.ts';
import { installMined, uninstallMined } from './mined.ts';
import type { MinedFile, MinedSenseRecord } from './mined.ts';
import { PROFILE_SHRINK, chooseSense, senseChoices } from './sense.ts';
import { loadDictionary, sensesFor } from './dictionary.ts';

/** Small mined data in the shape of data/mined/vi.json (profiles made up for the test, not corpus figures). */
const rec = (expansion: string, articles: number, context: Record<string, number>, more: Partial<MinedSenseRecord> = {}): MinedSenseRecord =>
  ({ expansion, articles, source: 'test', domain: 'edu', review: false, how: 'inline', context, ...more });
const MINED: MinedFile = {
  sources: [{ id: 'test', repo: 'example/test', commit: '0'.repeat(40), files: 'test', articles: 100 }],
  entries: {
    TS: [rec('tiến sĩ', 812, { 'luận án': 3.1, 'công bố': 2.0, 'khoa học': 1.5 }),
      rec('thí sinh', 640, { 'trúng tuyển': 2.8, 'nguyện vọng': 3.0, 'điểm chuẩn': 3.4 })],
    CP: [rec('cổ phần', 900, { 'niêm yết': 3.0, 'vốn điều lệ': 3.2, 'sàn': 1.0 }, { domain: 'econ' }),
      rec('Chính phủ', 1500, { 'phiên họp': 2.5, 'thường kỳ': 2.2, 'bộ trưởng': 1.8 }, { domain: 'gov' })],
    ĐH: [rec('đại học', 2000, { 'điểm chuẩn': 2.6, 'ngành': 2.0 }),
      rec('Đại hội', 1200, { 'khai mạc': 2.2, 'bầu': 2.5, 'nhiệm kỳ': 3.0 }, { domain: 'party' })],
    SN: [rec('sinh năm', 120, { 'trú': 2.4, 'bị cáo': 2.0 }, { domain: 'society' }),
      rec('số nhà', 40, { 'đường': 2.0, 'hẻm': 3.0 }, { domain: 'society' }),
      rec('sinh nhật', 30, { 'tiệc': 3.0 }, { domain: 'society', review: true })],
    HX: [rec('hợp xướng', 50, { 'dàn': 2.0 }, { domain: 'culture' }), rec('hạ xuống', 40, { 'giá': 2.0 }, { domain: 'econ' })],
  },
};

const vi = (text: string) => buildGlossary(text, { lang: 'vi' });
const expansionOf = (text: string, abbr: string) => vi(text).find((e) => e.abbr === abbr)?.expansion ?? null;

afterEach(() => uninstallMined());

describe('senses scored against the context', () => {
  it.each([
    // mined profiles decide where the hand cues say nothing
    ['Năm nay có 20.000 TS trúng tuyển ngay nguyện vọng 1.', 'TS', 'thí sinh'],
    ['TS Lê Văn B vừa công bố luận án về vật liệu.', 'TS', 'Tiến sĩ'],
    ['CP Sữa niêm yết từ 2006, vốn điều lệ gấp đôi.', 'CP', 'cổ phần'],
    ['Phiên họp CP thường kỳ tháng 5 kéo dài hai ngày.', 'CP', 'Chính phủ'],
    ['Điểm chuẩn vào ĐH năm nay tăng ở nhiều ngành.', 'ĐH', 'đại học'],
    ['ĐH khai mạc sáng nay và sẽ bầu lãnh đạo mới.', 'ĐH', 'Đại hội'],
  ])('with profiles: %s → %s = %s', (text, abbr, expansion) => {
    expect(expansionOf(text, abbr)).toBeNull(); // the hand cues alone cannot tell
    installMined('vi', MINED);
    expect(expansionOf(text, abbr)).toBe(expansion);
  });

  it.each([
    ['BCHQS huyện Yên Thành tổ chức huấn luyện dân quân.', 'Ban Chỉ huy Quân sự'],
    ['BCHQS huyện Quỳnh Lưu, tỉnh Nghệ An ra quân.', 'Ban Chỉ huy Quân sự'],
    ['BCHQS tỉnh Nghệ An tổ chức diễn tập khu vực phòng thủ.', 'Bộ Chỉ huy Quân sự'],
    ['BCHQS tổ chức lễ ra quân.', null], // "quân" folds like "quận": that cue counts right after the use only
    ['BCHQS xã Nghi Phong báo cáo tình hình.', 'Ban Chỉ huy Quân sự'], // "tình" folds like "tỉnh"
    ['Thí sinh đến sớm. Năm nay có 1 triệu TS đăng ký.', 'Thí sinh'],
    ['Công ty CP Sữa Việt Nam tăng vốn.', 'cổ phần'],
    ['Đảng bộ tỉnh chuẩn bị ĐH nhiệm kỳ mới.', 'Đại hội'],
  ])('with the hand cues: %s → %s', (text, expansion) => {
    installMined('vi', MINED);
    const abbr = text.includes('BCHQS') ? 'BCHQS' : text.includes(' TS ') ? 'TS' : text.includes('CP') ? 'CP' : 'ĐH';
    expect(expansionOf(text, abbr)).toBe(expansion);
  });

  it('looks at the whole article, more weakly, when the uses say nothing', () => {
    installMined('vi', MINED);
    const text = 'Mùa tuyển sinh này, điểm chuẩn và nguyện vọng là chuyện của mọi nhà. Chuyện kể rằng ngày xưa ở làng bên có ông đồ. '
      + 'Bây giờ ở làng có 300 TS rồi.';
    expect(expansionOf(text, 'TS')).toBe('thí sinh');
  });

  it('keeps a default sense its own cues support over a weaker cue elsewhere in the article', () => {
    const text = 'Vụ chạy thận khiến bệnh nhân tử vong gây hoang mang. Người nhà viết đơn cho BS Lương được tại ngoại. '
      + 'Bệnh viện đã họp. Xe cứu thương đỗ ngoài cổng. BS Lương vẫn làm việc.';
    expect(expansionOf(text, 'BS')).toBe('bác sĩ');
    expect(expansionOf('Chiếc xe mang BS 29A-123.45 bỏ chạy.', 'BS')).toBe('biển số');
    expect(expansionOf('Ông Dũng trả lời. PV: Xin ông cho biết kết quả? Ông Dũng: Đã trả lời báo chí.', 'PV')).toBe('phóng viên');
  });

  it('gives nothing when the evidence points both ways', () => {
    installMined('vi', MINED);
    expect(expansionOf('Các TS trúng tuyển viết luận án.', 'TS')).toBeNull();
  });
});

describe('falling back when the context says nothing', () => {
  it('takes a clearly most frequent mined sense, never one flagged for review', () => {
    installMined('vi', MINED);
    expect(expansionOf('Ông A (SN 1980) đã đến.', 'SN')).toBe('sinh năm');
    expect(expansionOf('Nhà ở SN 12, hẻm 5 của phố.', 'SN')).toBe('số nhà');
    expect(expansionOf('Buổi tiệc SN của bé.', 'SN')).not.toBe('sinh nhật');
  });

  it('gives nothing when the mined senses are close in frequency', () => {
    installMined('vi', MINED);
    expect(expansionOf('Họ nói về HX hôm qua.', 'HX')).toBeNull();
    expect(expansionOf('Dàn HX biểu diễn.', 'HX')).toBe('hợp xướng');
  });

  it('keeps the trusted default, and the trusted "no default"', () => {
    installMined('vi', MINED);
    expect(expansionOf('Ông ấy nói với PV hôm qua.', 'PV')).toBe('phóng viên');
    // TS: tiến sĩ is the most frequent mined sense, but the trusted dictionary gives no default
    expect(expansionOf('Hôm qua, TS Lan đến.', 'TS')).toBeNull();
  });
});

describe('senseChoices', () => {
  it('attaches a mined profile to the trusted sense of the same meaning and adds the others', () => {
    const hand = sensesFor(loadDictionary(), 'TS', 'vi');
    const choices = senseChoices(hand, [...MINED.entries.TS, rec('tài sản', 10, { 'ngân hàng': 2 })], 'vi');
    expect(choices.map((c) => [c.sense.expansion, c.trusted, c.articles])).toEqual([
      ['Tiến sĩ', true, 812], ['thí sinh', true, 640], ['tài sản', false, 10]]);
    // a profile counts in proportion to the articles behind it: n / (n + PROFILE_SHRINK)
    expect(choices[0].profile[0][0]).toBe('luan an');
    expect(choices[0].profile[0][1]).toBeCloseTo(3.1 * 812 / (812 + PROFILE_SHRINK), 6);
  });

  it('leaves out senses flagged for review unless corrected by hand', () => {
    const choices = senseChoices([], MINED.entries.SN, 'vi');
    expect(choices.map((c) => c.sense.expansion)).toEqual(['sinh năm', 'số nhà']);
    const corrected = senseChoices([], [rec('sinh nhật', 3, {}, { review: true, corrected: true })], 'vi');
    expect(corrected.map((c) => c.sense.expansion)).toEqual(['sinh nhật']);
  });

  it('is pure: contexts and the article are asked for only when needed', () => {
    const hand = sensesFor(loadDictionary(), 'UBND', 'vi');
    let asked = 0;
    const sense = chooseSense(senseChoices(hand, [], 'vi'), () => { asked++; return []; }, () => { asked++; return ''; });
    expect(sense?.expansion).toBe('Ủy ban nhân dân');
    expect(asked).toBe(0);
  });
});

describe('mined senses that are one meaning written two ways', () => {
  it('counts a shorter or longer writing as the better-attested meaning, not as a rival', () => {
    const r = (expansion: string, articles: number, context: Record<string, number>): MinedSenseRecord =>
      ({ expansion, articles, source: 'test', domain: 'econ', review: false, how: 'loose', context });
    installMined('vi', { sources: MINED.sources, entries: {
      XCV: [r('Tổng công ty Cảng hàng không Việt Nam', 13, { 'khai thác': 2 }), r('Tổng công ty Cảng hàng không', 3, { 'máy bay': 4 })],
      XKĐ: [r('Kế hoạch và Đầu tư', 21, { sở: 2 }), r('Kế hoạch Đầu tư', 17, { 'chí dũng': 8 })],
    } });
    expect(expansionOf('Máy bay của XCV cất cánh đúng giờ.', 'XCV')).toBe('Tổng công ty Cảng hàng không Việt Nam');
    expect(expansionOf('Ông Chí Dũng, Bộ trưởng Bộ XKĐ, phát biểu.', 'XKĐ')).toBe('Kế hoạch và Đầu tư');
  });
});

describe('which mined attestations profile a sense', () => {
  it('takes no profile from a long form met elsewhere in the article (it tells the genre, not the sense)', () => {
    const r = (expansion: string, articles: number, how: MinedSenseRecord['how'], context: Record<string, number>): MinedSenseRecord =>
      ({ expansion, articles, source: 'test', domain: 'media', review: false, how, context });
    installMined('vi', { sources: MINED.sources, entries: {
      PV: [r('phóng viên', 115, 'inline', { 'ghi nhận': 3 }), r('phỏng vấn', 40, 'inferred', { 'cảm ơn': 6, thưa: 6, xin: 4 })],
    } });
    expect(expansionOf('Ông Dũng trả lời. PV: Xin cảm ơn ông, thưa ông, xin ông cho biết thêm?', 'PV')).toBe('phóng viên');
  });
});

describe('cues right after the use', () => {
  const viEntry = (text: string, abbr: string) => buildGlossary(text, { lang: 'vi' }).find((e) => e.abbr === abbr)?.expansion ?? null;
  it('reads "PV:" opening an interview question as the reporter, even where the article says "phỏng vấn"', () => {
    const interview = 'Ông Dũng trả lời phỏng vấn báo chí. PV: Xin ông cho biết về thuế? Ông Dũng: Bộ sẽ xem xét.\nPV: Xin cảm ơn ông.';
    expect(viEntry(interview, 'PV')).toBe('phóng viên');
    expect(viEntry('Cuộc phỏng vấn kéo dài. Sau buổi PV, ông rời trụ sở; cuộc PV thứ hai diễn ra hôm sau.', 'PV')).toBe('phỏng vấn');
  });

  it('reads a phone number after ĐT as "điện thoại" by its shape, not a road\'s short number', () => {
    expect(viEntry('Nhà hàng ở số 1 Huyền Trân Công Chúa, Q.1, TP.HCM; ĐT: 08085413 - 0903300035.', 'ĐT')).toBe('điện thoại');
    expect(viEntry('Liên hệ văn phòng, ĐT 38225678 giờ hành chính.', 'ĐT')).toBe('điện thoại');
    expect(viEntry('Xe chạy trên ĐT 741 qua huyện. ĐT 741 hẹp.', 'ĐT')).not.toBe('điện thoại');
  });
  it('reads TS before a person\'s family name as a title, unless the article is about an exam', () => {
    expect(viEntry('Bài viết của TS Nguyễn Thị Tình về di tích lịch sử.', 'TS')).toBe('Tiến sĩ');
    expect(viEntry('Có 500 TS dự thi. TS Nguyễn Văn A đạt điểm cao nhất kỳ thi.', 'TS')).toBe('thí sinh');
  });
});

describe('rare senses need evidence in proportion to their rarity', () => {
  const r = (expansion: string, articles: number, context: Record<string, number>): MinedSenseRecord =>
    ({ expansion, articles, source: 'test', domain: 'society', review: false, how: 'inline', context });

  it('does not let a sense of 2 articles win over one of 64 on a chance neighbour', () => {
    installMined('vi', { sources: MINED.sources, entries: { QZN: [r('quy zết nhân', 64, { kcn: 6 }), r('quy zết nhánh', 2, { 'giám đốc': 3 })] } });
    expect(expansionOf('Ông giám đốc nói QZN đã về quê ăn Tết.', 'QZN')).toBe('quy zết nhân');
  });

  it('lets it win where the words around the use clearly say so', () => {
    installMined('vi', { sources: MINED.sources, entries: {
      QZN: [r('quy zết nhân', 64, { kcn: 6 }), r('quy zết nhánh', 40, { 'giám đốc': 3, 'phòng giao dịch': 12 })] } });
    expect(expansionOf('Ông giám đốc phòng giao dịch QZN Hồng Bàng nói.', 'QZN')).toBe('quy zết nhánh');
  });

  it('takes no sense from a weak word met far from the uses', () => {
    installMined('vi', MINED);
    const text = 'Giá tăng mạnh. Chuyện kể rằng ngày xưa ở làng bên có một ông đồ dạy chữ. Họ nói về HX hôm qua.';
    expect(expansionOf(text, 'HX')).toBeNull();
  });
});

describe('the English layer\'s readings in Vietnamese text', () => {
  const sources = [{ id: 'vi-news', repo: 'x/vi', commit: '0', files: '*', articles: 9, lang: 'vi' as const },
    { id: 'en-news', repo: 'x/en', commit: '0', files: '*', articles: 9, lang: 'en' as const }];
  const r = (expansion: string, articles: number, context: Record<string, number>, source = 'vi-news'): MinedSenseRecord =>
    ({ expansion, articles, source, domain: 'general', review: false, how: 'inline', context });
  const install = () => {
    installMined('vi', { sources, entries: { QZM: [r('Tập đoàn Quy Zết', 3, { ctcp: 8, 'cổ phiếu': 5 })],
      QZV: [r('Quy Zết Việt', 5000, {})], QZR: [r('Quỹ Zết Rừng', 4, { rừng: 6 })], QZS: [r('Bưu điện Zết', 10, {})] } });
    installMined('en', { sources, entries: { QZM: [r('Messi Zola Neymar', 5, { barca: 7, 'tiền đạo': 4 })],
      QZV: [r('Quy Zet Exports', 7, { 'xuất khẩu': 5 })], QZR: [r('Quiet Zone Radio', 30, { 'phát thanh': 6 }, 'en-news')],
      QZS: [r('Zet Star Post', 40, {})] } });
  };

  it('take the place of the Vietnamese layer\'s sense where the context clearly asks for them', () => {
    install();
    expect(expansionOf('Bộ ba tiền đạo QZM của Barca ghi bàn.', 'QZM')).toBe('Messi Zola Neymar');
    expect(expansionOf('Cổ phiếu QZM tăng trần hôm qua.', 'QZM')).toBe('Tập đoàn Quy Zết');
  });

  it('where the context says nothing, want a mined sense clearly the most frequent of both layers', () => {
    install();
    expect(expansionOf('Hôm nay QZM họp.', 'QZM')).toBeNull(); // 3 articles against 5: no guess
    // the whole article, more weakly, when the uses say nothing
    expect(expansionOf('Barca tiền đạo thắng lớn. Chuyện kể rằng ngày xưa ở làng bên có một ông đồ dạy chữ. Hôm nay QZM nghỉ.', 'QZM'))
      .toBe('Messi Zola Neymar');
    expect(expansionOf('Hôm nay QZS đưa tin.', 'QZS')).toBe('Zet Star Post'); // 10 against 40
    expect(expansionOf('Hôm nay QZR đưa tin.', 'QZR')).toBe('Quỹ Zết Rừng'); // no rival from a Vietnamese corpus
  });

  it('do not overturn a far better attested sense, and come only from Vietnamese corpora', () => {
    install();
    const text = 'Xuất khẩu của QZV tăng. QZV đẩy mạnh xuất khẩu gạo. Kim ngạch xuất khẩu QZV cao.';
    expect(expansionOf(text, 'QZV')).toBe('Quy Zết Việt');
    expect(expansionOf('Đài phát thanh QZR đưa tin.', 'QZR')).toBe('Quỹ Zết Rừng');
  });
});
