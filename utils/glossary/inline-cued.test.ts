import { describe, expect, it } from 'vitest';
import { buildGlossary } from './index.ts';

const meaning = (text: string, abbr: string, lang = 'vi') => {
  const e = buildGlossary(text, { lang }).find((x) => x.abbr === abbr);
  return e ? `${e.expansion}[${e.source}]` : undefined;
};

describe('a defining cue after the abbreviation, without a parenthesis', () => {
  it.each([
    ['Hệ thống XKQZ, viết tắt của hệ thống kiểm định chất lượng, đã ra đời.', 'XKQZ', 'hệ thống kiểm định chất lượng'],
    ['XKQZ là viết tắt của hệ thống kiểm định chất lượng. XKQZ được áp dụng.', 'XKQZ', 'hệ thống kiểm định chất lượng'],
    ['XKQZ là tên viết tắt của Hiệp hội kiểm định chất lượng, được lập năm 2000.', 'XKQZ', 'Hiệp hội kiểm định chất lượng'],
    ['Mẫu xe có WQXR, viết tắt của Wide Quantum eXtended Range, rất mạnh.', 'WQXR', 'Wide Quantum eXtended Range'],
  ])('%s', (text, abbr, expansion) => {
    expect(meaning(text, abbr)).toBe(expansion + '[article]');
  });

  it.each([
    ['The QZRB, short for Quincy Zoning Review Bureau, met on Monday.', 'Quincy Zoning Review Bureau'],
    ['The QZRB (short for Quincy Zoning Review Bureau) met on Monday.', 'Quincy Zoning Review Bureau'],
    ['Officials said QZRB stands for the Quincy Zoning Review Bureau.', 'Quincy Zoning Review Bureau'],
  ])('English: %s', (text, expansion) => {
    expect(meaning(text, 'QZRB', 'en')).toBe(expansion + '[article]');
  });

  it('skips the cue inside a parenthesis too', () => {
    expect(meaning('Công nghệ WQXR (viết tắt của Wide Quantum eXtended Range) được dùng.', 'WQXR')).toBe('Wide Quantum eXtended Range[article]');
  });

  it('does not read "tức là" outside a parenthesis: it opens a clause', () => {
    expect(meaning('Chỉ số XKQZ tăng, tức là giá cả hàng hóa tăng mạnh trong tháng.', 'XKQZ')).toBe('null[unknown]');
  });
});

describe('a colon or a dash after the abbreviation', () => {
  it('takes a long form whose letters spell the abbreviation', () => {
    expect(meaning('Cổ đông sáng lập VNQG – VinaQuantumGame. Ông nói thêm.', 'VNQG')).toBe('VinaQuantumGame[article]');
    expect(meaning('Cổ đông sáng lập XKQZ – Công ty Lớn. Ông nói thêm.', 'XKQZ')).toBe('null[unknown]');
    expect(meaning('Ông làm việc ở VKHQZ: Viện Khoa học Quốc zân, từ năm 2000.', 'VKHQZ')).toBe('Viện Khoa học Quốc zân[article]');
    expect(meaning('Số liệu của HĐQZ – hội đồng quốc zân – cho thấy điều đó.', 'HĐQZ')).toBe('hội đồng quốc zân[article]');
  });

  it('takes no Vietnamese words for an acronym they do not spell (a dash also opens an aside)', () => {
    expect(meaning('Chỉ số WQXR – chỉ số đo sức khỏe thị trường – tăng mạnh.', 'WQXR')).toBe('null[unknown]');
    expect(meaning('Chỉ số WQXR: giá tăng, lượng bán giảm.', 'WQXR')).toBe('null[unknown]');
  });
});

describe('cues between a long form and its abbreviation', () => {
  it.each([
    ['Hệ thống kiểm định chất lượng, hay còn gọi là XKQZ, đã ra đời. XKQZ được áp dụng.', 'Hệ thống kiểm định chất lượng'],
    ['Hệ thống kiểm định chất lượng (còn gọi là XKQZ) đã ra đời. XKQZ được áp dụng.', 'Hệ thống kiểm định chất lượng'],
    ['Bệnh viện kiểm định quận, còn được gọi là XKQZ, đã mở cửa.', 'Bệnh viện kiểm định quận'],
  ])('%s', (text, expansion) => {
    expect(meaning(text, 'XKQZ')).toBe(expansion + '[article]');
  });

  it('keeps "also" out of an English long form', () => {
    expect(meaning('The Quincy Zoning Review Bureau, also known as QZRB, met on Monday.', 'QZRB', 'en')).toBe('Quincy Zoning Review Bureau[article]');
  });
});
