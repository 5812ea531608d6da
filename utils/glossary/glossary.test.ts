import { describe, expect, it } from 'vitest';
import { buildGlossary } from './index.ts';
import type { GlossaryEntry } from './index.ts';

const vi = (text: string, userDefinitions?: Record<string, string>) => buildGlossary(text, { lang: 'vi', userDefinitions });
const en = (text: string) => buildGlossary(text, { lang: 'en' });
const find = (entries: GlossaryEntry[], abbr: string) => entries.find((e) => e.abbr === abbr);
const abbrs = (entries: GlossaryEntry[]) => entries.map((e) => e.abbr);

describe('finding abbreviations', () => {
  it.each([
    ['UBND tỉnh và HĐND tỉnh họp về ĐBSCL, Ban Chấp hành TƯ.', ['UBND', 'HĐND', 'ĐBSCL', 'TƯ']],
    ['Phát triển KT-XH, bảo đảm QP-AN, Sở GD&ĐT và Bộ NN&PTNT.', ['KT-XH', 'QP-AN', 'GD&ĐT', 'NN&PTNT']],
    ['Theo Nghị định 15/2020/NĐ-CP, đẩy mạnh CNH-HĐH ở TP.HCM.', ['NĐ-CP', 'CNH-HĐH', 'TP.HCM']],
    ['Dịch COVID-19 và hội nghị G20; ThS Lan và PGS.TS Hùng.', ['COVID-19', 'G20', 'ThS', 'PGS.TS']],
  ])('%s', (text, expected) => {
    expect(abbrs(vi(text))).toEqual(expected);
  });

  it('drops a shouted heading\'s words, Vietnamese or foreign, but keeps the abbreviations it knows', () => {
    expect(abbrs(vi('THẾ TRẬN GIẰNG CO TRÊN CHIẾN TRƯỜNG UKRAINE SAU 10 THÁNG\nKhi cuộc xung đột kéo dài.'))).toEqual([]);
    expect(abbrs(vi('VKSND TỈNH TRUY TỐ BỊ CAN\nNội dung vụ án.'))).toEqual(['VKSND']);
  });

  it('keeps joined forms whole and merges variants into one entry', () => {
    const e = vi('Sở GD-ĐT tỉnh và ngành GD&ĐT. Ở TP.HCM, TPHCM và Tp.HCM.');
    expect(find(e, 'GD-ĐT')).toMatchObject({ count: 2, variants: ['GD-ĐT', 'GD&ĐT'] });
    expect(find(e, 'TP.HCM')).toMatchObject({ count: 3 });
    expect(abbrs(e)).toEqual(['GD-ĐT', 'TP.HCM']);
  });

  it('reads English plurals, possessives and mixed case', () => {
    const e = en('Several NGOs met the WHO\'s team. The Fed said a PhD was needed.');
    expect(abbrs(e)).toEqual(['NGO', 'WHO', 'Fed', 'PhD']);
    expect(find(e, 'NGO')).toMatchObject({ expansion: 'non-governmental organization', variants: ['NGO'] });
  });

  it.each([
    ['Đại hội Đảng bộ lần thứ XX, khóa XIII, quý IV năm nay.', 'vi'],
    ['Veterans of World War II and Part III of the series.', 'en'],
    ['Trạm 110 kV, máy biến áp 63 MVA, điện mặt trời 5 MW, nhà xưởng 3.000 m2, dài 2 km.', 'vi'],
    ['It was OK, he said, at 6:30 PM or 1 AM (GMT+7).', 'en'],
    ['Tinh thần "ĐÂU CẦN THANH NIÊN CÓ, VIỆC GÌ KHÓ CÓ THANH NIÊN" vẫn sáng.', 'vi'],
    ['Signs read "BUSES ARE FOR EVERYONE." That\'s NOT a number.', 'en'],
    ['BOISE, ID (CW) — The council voted on Tuesday.', 'en'],
  ])('no abbreviation in: %s', (text, lang) => {
    expect(buildGlossary(text, { lang })).toEqual([]);
  });

  it('leaves byline initials unexplained', () => {
    const e = vi('Bài viết về giao thông.\nTHANH TÂM\nN.V.T.');
    expect(e.every((x) => x.expansion === null)).toBe(true);
    expect(abbrs(e)).not.toContain('THANH');
  });
});

describe('definitions in the article', () => {
  it.each([
    ['phát triển kinh tế - xã hội (KT-XH) của tỉnh', 'KT-XH', 'kinh tế - xã hội'],
    ['Sở Giáo dục và Đào tạo (GD&ĐT) cho biết', 'GD&ĐT', 'Giáo dục và Đào tạo'],
    ['Sở Kế hoạch và Đầu tư (KH&ĐT) tỉnh', 'KH&ĐT', 'Kế hoạch và Đầu tư'],
    ['Hội đồng nhân dân (HĐND) tỉnh', 'HĐND', 'Hội đồng nhân dân'],
    ['Phòng Cảnh sát phòng cháy, chữa cháy (PCCC) tỉnh', 'PCCC', 'phòng cháy, chữa cháy'],
    ['Nghệ sĩ ưu tú (NSƯT) Lâm Hoài Phong', 'NSƯT', 'Nghệ sĩ ưu tú'],
    ['Thạc sĩ (ThS) Nguyễn Lan', 'ThS', 'Thạc sĩ'],
    ['ông là Chủ tịch HTX (hợp tác xã) Tân Phú', 'HTX', 'hợp tác xã'],
    ['các khu tái định cư (TĐC) mới', 'TĐC', 'tái định cư'],
  ])('vi: %s', (text, abbr, expansion) => {
    expect(find(vi(text), abbr)).toMatchObject({ expansion, source: 'article' });
  });

  it.each([
    ['praise from the World Health Organization (WHO), which', 'WHO', 'World Health Organization'],
    ['the first bus rapid transit (BRT) corridor', 'BRT', 'bus rapid transit'],
    ['measure ultraviolet (UV) light', 'UV', 'ultraviolet'],
    ['a grant from the Centers for Disease Control and Prevention (CDC).', 'CDC', 'Centers for Disease Control and Prevention'],
    ['the agency, TVTA (Treasure Valley Transit Authority), said', 'TVTA', 'Treasure Valley Transit Authority'],
  ])('en: %s', (text, abbr, expansion) => {
    expect(find(en(text), abbr)).toMatchObject({ expansion, source: 'article' });
  });

  it.each([
    ['vi', 'Ban Quản lý dự án (gọi tắt là BQLDA) cho biết', 'BQLDA', 'Ban Quản lý dự án'],
    ['en', 'stops must comply with the Americans with Disabilities Act, known as the ADA.', 'ADA', 'Americans with Disabilities Act'],
    ['en', 'the Harbor Valley Water Board, known as HVWB, said', 'HVWB', 'Harbor Valley Water Board'],
  ])('%s, "known as": %s', (lang, text, abbr, expansion) => {
    expect(find(buildGlossary(text, { lang }), abbr)).toMatchObject({ expansion, source: 'article' });
  });

  it.each([
    ['theo Tổ chức Y tế Thế giới (WHO), số ca', 'WHO', 'Tổ chức Y tế Thế giới'],
    ['vốn đầu tư trực tiếp nước ngoài (FDI) tăng', 'FDI', 'đầu tư trực tiếp nước ngoài'],
    ['không cung cấp mật khẩu dùng một lần (OTP) cho ai', 'OTP', 'mật khẩu dùng một lần'],
    ['khoản vay của Quỹ Tiền tệ Quốc tế (IMF) cho', 'IMF', 'Quỹ Tiền tệ Quốc tế'],
  ])('across languages: %s', (text, abbr, expansion) => {
    expect(find(vi(text), abbr)).toMatchObject({ expansion, source: 'article' });
  });

  it('does not take a place in parentheses for a definition', () => {
    expect(find(vi('Giám đốc Công ty Hoàng Phát (TP.HCM) cho biết'), 'TP.HCM')?.expansion).toBe('Thành phố Hồ Chí Minh');
  });
});

describe('long forms elsewhere in the article', () => {
  it.each([
    ['Ban Thường vụ Thành ủy họp. Sau đó BTV Thành ủy kết luận.', 'BTV', 'Ban Thường vụ'],
    ['Ông Lâm, Trưởng Ban Tổng hợp, trình bày. Sau đó BTH đã tiếp thu.', 'BTH', 'Ban Tổng hợp'],
    ['Theo Trung tâm Phát triển quỹ đất huyện, TTPTQĐ đã bàn giao.', 'TTPTQĐ', 'Trung tâm Phát triển quỹ đất'],
  ])('vi: %s', (text, abbr, expansion) => {
    expect(find(vi(text), abbr)).toMatchObject({ expansion, source: 'inferred' });
  });

  it('outranks the dictionary for every abbreviation, keeping the wording of the text', () => {
    expect(find(vi('Thành phố Thanh Hóa có 34 phường. Năm nay TP Thanh Hóa dẫn đầu.'), 'TP'))
      .toMatchObject({ expansion: 'Thành phố', source: 'inferred' });
    expect(find(vi('Ủy ban Mặt trận Tổ quốc tỉnh họp. MTTQ các cấp đã vào cuộc.'), 'MTTQ'))
      .toMatchObject({ expansion: 'Mặt trận Tổ quốc', source: 'inferred' });
    expect(find(vi('Ban Thường vụ Thành ủy họp. Sau đó BTV Thành ủy kết luận.'), 'BTV')).toMatchObject({ source: 'inferred' });
    // a meaning whose initials differ from the key (Fed), written after the headline's use
    expect(find(en('Fed holds rates\nThe Federal Reserve left its rate unchanged. Fed officials said so.'), 'Fed'))
      .toMatchObject({ expansion: 'Federal Reserve', source: 'inferred' });
  });

  it('takes a lower-case meaning only before the first use, and not for the title of a name', () => {
    expect(find(vi('Công nhân ở các khu công nghiệp thiếu nhà. Các phường gần KCN quá tải.'), 'KCN'))
      .toMatchObject({ expansion: 'khu công nghiệp', source: 'inferred' });
    expect(find(vi('Tỷ lệ ở khu vực thành phố, thị xã đạt 90%. Ông Thắng (phường Đông Vệ, TP Thanh Hóa) nói.'), 'TP'))
      .toMatchObject({ source: 'dictionary' });
    expect(find(vi('Sinh viên các trường đại học, cao đẳng ra quân sáng nay ở tỉnh nhà. Riêng sinh viên Trường ĐH Cần Thơ nhận 12 xã.'), 'ĐH'))
      .toMatchObject({ expansion: 'đại học', source: 'dictionary' });
    expect(find(vi('Đội mời HLV trưởng mới. Ông từng là huấn luyện viên đội trẻ.'), 'HLV'))
      .toMatchObject({ source: 'dictionary' });
  });

  it('looks for the long form near the first use only', () => {
    const filler = 'Người dân địa phương cho biết mọi việc vẫn bình thường. '.repeat(40);
    const e = vi('Đại hội Đảng bộ tỉnh bế mạc. ' + filler + 'Sinh viên Trường ĐH Y Dược tốt nghiệp.');
    expect(find(e, 'ĐH')).toMatchObject({ expansion: 'đại học', source: 'dictionary' });
  });

  it('needs a capitalised run for an abbreviation the dictionary lacks', () => {
    expect(find(vi('Các bên thực hiện tốt hợp đồng. Sau đó BTH kết luận.'), 'BTH')?.expansion).toBeNull();
  });

  it('en: a capitalised run, and a dictionary-confirmed lower-case one', () => {
    const e = en('Harbor Community Credit Union lends. HCCU agreed. U.S. gross domestic product grew; GDP will slow.');
    expect(find(e, 'HCCU')).toMatchObject({ expansion: 'Harbor Community Credit Union', source: 'inferred' });
    expect(find(e, 'GDP')?.expansion).toBe('gross domestic product');
  });
});

describe('dictionary senses chosen by context', () => {
  it.each([
    ['Công ty CP Sữa Việt Nam tăng vốn.', 'CP', 'cổ phần'],
    ['Thủ tướng CP yêu cầu các bộ khẩn trương.', 'CP', 'Chính phủ'],
    ['Sinh viên Trường ĐH Cần Thơ ra quân.', 'ĐH', 'đại học'],
    ['Đảng bộ tỉnh chuẩn bị ĐH nhiệm kỳ mới, đại biểu đã về đủ.', 'ĐH', 'Đại hội'],
    ['BTV Tỉnh ủy đã họp sáng nay.', 'BTV', 'Ban Thường vụ'],
    ['Chị là BTV của đài truyền hình tỉnh.', 'BTV', 'biên tập viên'],
    ['Bộ Tài chính ban hành TT số 12 hướng dẫn thu phí.', 'TT', 'Thông tư'],
    ['Bệnh nhân được chuyển tới TT y tế huyện.', 'TT', 'trung tâm'],
  ])('%s → %s = %s', (text, abbr, expansion) => {
    expect(find(vi(text), abbr)).toMatchObject({ expansion, source: 'dictionary' });
  });

  it('prefers unknown when the context cannot decide', () => {
    expect(find(vi('Ông ấy nói về TT hôm qua.'), 'TT')).toMatchObject({ expansion: null, source: 'unknown' });
  });

  it('uses press capitalisation and the right language', () => {
    expect(find(vi('UBND xã họp.'), 'UBND')?.expansion).toBe('Ủy ban nhân dân');
    expect(find(vi('Các nước ASEAN và WHO.'), 'ASEAN')?.expansion).toBe('Hiệp hội các quốc gia Đông Nam Á');
    expect(find(en('ASEAN leaders met.'), 'ASEAN')?.expansion).toBe('Association of Southeast Asian Nations');
    expect(find(en('The UBND met.'), 'UBND')?.expansion).toBeNull();
  });

  it('trusts the user first', () => {
    const e = vi('Hội đồng nhân dân (HĐND) họp, BTH góp ý.', { BTH: 'Ban Tổng hợp', HĐND: 'Hội đồng của tôi' });
    expect(find(e, 'BTH')).toMatchObject({ expansion: 'Ban Tổng hợp', source: 'user' });
    expect(find(e, 'HĐND')).toMatchObject({ source: 'user' });
  });
});

describe('speed and safety', () => {
  const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  it.each(['A(', '((((((((', 'ABCDEFGHIJKLMNOP', 'UBND TP HĐND ', 'KT-XH-', 'AB/', 'Ban Thường vụ (BTV (',
    'OOOOOOOOOO Oa of of of of of of of of of of ', 'ABC DEF GHI ', 'AB('])('hostile input %s stays linear', (pattern) => {
    const start = performance.now();
    buildGlossary(rep(pattern, 200_000), { lang: 'vi' });
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
