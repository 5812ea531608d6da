import { describe, expect, it } from 'vitest';
import { normalizeText, expansionKey, writtenKey, phraseLang } from './text.ts';
import { observe, letterCover } from './observe.ts';
import { PairCounter, chooseSenses, groupKey, plausibleLoose, shownForm } from './aggregate.ts';
import { contextItems, pmiProfile } from './context.ts';
import { applyCorrections, checkedCount } from './output.ts';
import type { MinedFile } from './output.ts';
import { htmlToText } from './html.ts';
import { cutInsideWord, numberUnexplained, pruneSenses, wordRoles } from './prune.ts';

describe('mining: normalisation', () => {
  it('puts tones the press way and composes NFC', () => {
    expect(normalizeText('Uỷ ban hoà giải')).toBe('Ủy ban hòa giải');
    expect(normalizeText('thuỷ lợi, khoẻ mạnh')).toBe('thủy lợi, khỏe mạnh');
    expect(normalizeText('quý, hoàng, khuyến')).toBe('quý, hoàng, khuyến');
    expect(normalizeText('Ho\u0300a')).toBe('Hòa'); // decomposed input
    expect(expansionKey('Ủy ban  nhân dân')).toBe(expansionKey('uỷ ban nhân dân'));
  });
  it('writes keys in upper case with & and - kept', () => {
    expect(writtenKey('GD&ĐT')).toBe('GD&ĐT');
    expect(writtenKey('TP.HCM')).toBe('TPHCM');
    expect(writtenKey('KT-XH')).toBe('KT-XH');
    expect(writtenKey('ThS')).toBe('THS');
  });
  it('tells Vietnamese from English long forms', () => {
    expect(phraseLang('trí tuệ nhân tạo')).toBe('vi');
    expect(phraseLang('International Monetary Fund')).toBe('en');
  });
  it('reads HTML as text', () => {
    expect(htmlToText('<p>Bộ Y tế (BYT)</p><script>x()</script>&amp;')).toContain('Bộ Y tế (BYT)');
    expect(htmlToText('<script>x()</script>a')).not.toContain('x()');
  });
});

describe('mining: pairs in one article', () => {
  it('finds strict pairs in both orders, hyphen and & forms', () => {
    const { obs } = observe('Ủy ban nhân dân (UBND) tỉnh họp. Sở GD&ĐT (Giáo dục và Đào tạo) báo cáo. Tình hình kinh tế - xã hội (KT-XH) tốt. UBND và KT-XH.', 'vi');
    const strict = obs.filter((o) => o.how === 'inline').map((o) => [o.written, o.expansions[0]]);
    expect(strict).toContainEqual(['UBND', 'Ủy ban nhân dân']);
    expect(strict).toContainEqual(['GD&ĐT', 'Giáo dục và Đào tạo']);
    expect(strict).toContainEqual(['KT-XH', 'kinh tế - xã hội']);
  });
  it('keeps every run before "(SF)" as a loose reading when letters cannot align', () => {
    const { obs } = observe('Các doanh nghiệp ứng dụng công nghệ học sâu (XQZ) vào sản xuất. XQZ đang phát triển.', 'vi');
    const o = obs.find((x) => x.key === 'XQZ')!;
    expect(o.how).toBe('loose');
    expect(o.reused).toBe(true);
    expect(o.expansions).toContain('học sâu');
    expect(o.expansions).toContain('công nghệ học sâu');
  });
  it('takes the whole parenthesis after "SF (…)" as a loose reading', () => {
    const { obs } = observe('Ngân hàng triển khai eKYC (định danh khách hàng điện tử) cho mọi người.', 'vi');
    const o = obs.find((x) => x.key === 'EKYC');
    expect(o?.expansions).toEqual(['định danh khách hàng điện tử']);
  });
  it('measures how much of a partial long form the letters cover', () => {
    expect(letterCover('BIDV', 'Đầu tư và Phát triển Việt Nam')).toEqual({ cover: 0.5, firstOk: false });
    expect(letterCover('UBND', 'Ủy ban nhân dân').cover).toBe(1);
  });
});

function articles(texts: string[]): PairCounter {
  const c = new PairCounter();
  texts.forEach((t, i) => c.add(i, 'test', observe(t, 'vi').obs));
  return c;
}

describe('mining: counting across articles', () => {
  it('counts a pair once per article and needs two articles (one strict article only for review)', () => {
    const c = articles(['Ủy ban nhân dân (UBND) họp. Ủy ban nhân dân (UBND) lại họp.', 'Ủy ban nhân dân (UBND) tỉnh.', 'Hội đồng nhân dân (HĐND) tỉnh.']);
    const ctx = { looseKeys: c.looseKeys, handForms: [] };
    const ubnd = chooseSenses(c.keys.get('UBND')!, ctx);
    expect(ubnd[0]).toMatchObject({ expansion: 'Ủy ban nhân dân', articles: 2, review: false });
    expect(chooseSenses(c.keys.get('HĐND')!, ctx)[0]).toMatchObject({ articles: 1, review: true });
  });
  it('lets the corpus choose a cross-language long form’s boundary', () => {
    const c = articles([
      'Nhiều công ty đầu tư vào học máy sâu (QZX) năm nay. QZX phát triển.',
      'Ứng dụng học máy sâu (QZX) trong y tế. QZX giúp bác sĩ.',
      'Việt Nam phát triển học máy sâu (QZX) mạnh. QZX được quan tâm.',
    ]);
    const senses = chooseSenses(c.keys.get('QZX')!, { looseKeys: c.looseKeys, handForms: [] });
    expect(senses.map((s) => s.expansion)).toEqual(['học máy sâu']);
    expect(senses[0]).toMatchObject({ articles: 3, how: 'loose', review: false });
  });
  it('counts one long form written with và, a hyphen or & as one sense, shown with its và', () => {
    const c = articles([
      'Bộ Kế hoạch - Đầu tư (KH-ĐT) họp. Sau đó KH-ĐT báo cáo.',
      'Sở Kế hoạch - Đầu tư (KH-ĐT) cho biết. KH-ĐT đề nghị.',
      'Bộ Kế hoạch và Đầu tư (KH&ĐT) công bố. KH&ĐT trình.',
    ]);
    const senses = chooseSenses(c.keys.get('KHĐT')!, { looseKeys: c.looseKeys, handForms: [] });
    expect(senses).toHaveLength(1);
    expect(senses[0]).toMatchObject({ expansion: 'Kế hoạch và Đầu tư', articles: 3, review: false });
    expect(groupKey('Kế hoạch & Đầu tư')).toBe(groupKey('Kế hoạch - Đầu tư'));
    expect(groupKey('Thông tin Truyền thông')).not.toBe(groupKey('Thông tin Truyền hình'));
    expect(shownForm(new Map([['Giao thông Vận tải', 5], ['Giao thông và Vận tải', 1]]))).toBe('Giao thông Vận tải');
    expect(shownForm(new Map([['Kế hoạch & Đầu tư', 5], ['Kế hoạch và Đầu tư', 1]]))).toBe('Kế hoạch và Đầu tư');
  });
  it('drops a loose reading used once, and a gloss written after many abbreviations', () => {
    const c = articles([
      'Tập đoàn JFE (Nhật Bản) cùng KHQ (Nhật Bản) và TMX (Nhật Bản) ký kết. Sau đó JFE, KHQ, TMX họp.',
      'Tập đoàn JFE (Nhật Bản) cùng KHQ (Nhật Bản) và TMX (Nhật Bản) ký kết. Sau đó JFE, KHQ, TMX họp.',
      'Công ty XWV (quỹ hưu trí) họp.',
      'Công ty XWV (quỹ hưu trí) họp.',
    ]);
    const ctx = { looseKeys: c.looseKeys, handForms: [] };
    expect(c.keys.get('JFE')?.forms.get('nhật bản')?.articles).toBe(2);
    expect(chooseSenses(c.keys.get('JFE')!, ctx)).toEqual([]);
    expect(c.keys.get('XWV')?.forms.get('quỹ hưu trí')?.articles).toBe(2);
    expect(chooseSenses(c.keys.get('XWV')!, ctx)).toEqual([]); // never used again: not a definition
  });
  it('judges loose long forms', () => {
    expect(plausibleLoose('AI', 'trí tuệ nhân tạo')).toBe(true);
    expect(plausibleLoose('AI', 'của trí tuệ nhân tạo')).toBe(false);
    expect(plausibleLoose('HĐXX', 'quỹ hưu trí')).toBe(false); // a Vietnamese key whose letters do not open it
    expect(plausibleLoose('BIDV', 'Bank for Investment and Development of Vietnam')).toBe(true);
    expect(plausibleLoose('BIDV', 'Ngân hàng Đầu tư và Phát triển Việt Nam')).toBe(true); // an ASCII key may be cross-language
  });
});

describe('mining: context profiles', () => {
  it('lists words and two-word phrases without stop words', () => {
    expect(contextItems('Chủ tịch UBND tỉnh và các sở')).toEqual(['chủ', 'chủ tịch', 'tịch', 'tịch ubnd', 'ubnd', 'ubnd tỉnh', 'tỉnh', 'sở']);
  });
  it('ranks words by PMI against corpus document frequency', () => {
    const words = ['tỉnh', 'năm', 'chủ tịch'];
    const bags = [Int32Array.from([0, 1, 2]), Int32Array.from([0, 1]), Int32Array.from([0, 1, 2])];
    const df = Int32Array.from([10, 900, 5]);
    const p = pmiProfile({ bags, df, articles: 1000, words, exclude: new Set() });
    expect(Object.keys(p).sort()).toEqual(['chủ tịch', 'tỉnh']); // "năm" is everywhere: no lift
    expect(p['chủ tịch']).toBeGreaterThan(p['tỉnh']);
  });
});

describe('mining: hand corrections', () => {
  it('replaces, merges or drops a mined long form and counts it', () => {
    const rec = (expansion: string, articles: number) => ({ expansion, articles, source: 't', domain: 'general', review: false, how: 'loose' as const, context: {} });
    const files: Record<'vi' | 'en', MinedFile> = { vi: { sources: [], entries: { BIDV: [rec('Đầu tư và Phát triển Việt Nam', 9)], X: [rec('a b', 3), rec('a c', 2)] } }, en: { sources: [], entries: {} } };
    const n = applyCorrections(files, { vi: {
      BIDV: [{ from: 'Đầu tư và Phát triển Việt Nam', to: 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam' }],
      X: [{ from: 'a c', to: null }],
    }, en: {} });
    expect(n.vi).toBe(2);
    expect(files.vi.entries.BIDV[0]).toMatchObject({ expansion: 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam', corrected: true });
    expect(files.vi.entries.X.map((s) => s.expansion)).toEqual(['a b']);
  });
  it('a one-article sense confirmed by hand is no longer flagged for review', () => {
    const rec = (expansion: string, review: boolean) => ({ expansion, articles: 1, source: 't', domain: 'general', review, how: 'inline' as const, context: {} });
    const files: Record<'vi' | 'en', MinedFile> = { vi: { sources: [], entries: {} }, en: { sources: [], entries: { AGOA: [rec('African Growth and Opportunity Act', true)], XYZ: [rec('X Y Z', true)] } } };
    applyCorrections(files, { vi: {}, en: {}, checked: { en: { AGOA: 'African Growth and Opportunity Act', XYZ: 'something else' } } });
    expect(files.en.entries.AGOA[0]).toMatchObject({ review: false, checked: true });
    expect(files.en.entries.XYZ[0]).toMatchObject({ review: true });
    expect(checkedCount(files)).toEqual({ vi: 0, en: 1 });
  });
});

describe('senses dropped by rule (prune.ts)', () => {
  it('drops an inferred long form that leaves the key\'s number out, keeps one that writes it', () => {
    expect(numberUnexplained('QL46', 'Quỳnh Lưu', 'inferred')).toBe(true);
    expect(numberUnexplained('VN30', 'Việt Nam', 'inferred')).toBe(true);
    expect(numberUnexplained('G20', 'Nhóm 20 nền kinh tế hàng đầu thế giới', 'inferred')).toBe(false);
    expect(numberUnexplained('QH13', 'Quốc hội khóa XIII', 'inferred')).toBe(false);
    expect(numberUnexplained('PC47', 'Phòng Cảnh sát điều tra tội phạm về ma túy', 'loose')).toBe(false); // a written definition
    expect(numberUnexplained('UBND', 'Ủy ban nhân dân', 'inferred')).toBe(false);
  });

  it('prunes the files, keeping hand-corrected senses and dropping emptied keys', () => {
    const rec = (expansion: string, how: 'inferred' | 'loose', extra = {}) =>
      ({ expansion, articles: 3, source: 't', domain: 'general', review: false, how, context: {}, ...extra });
    const files = {
      vi: { sources: [], entries: { VN30: [rec('Việt Nam', 'inferred')], PC68: [rec('Phòng Cảnh sát đường thủy', 'loose'), rec('Phòng Cảnh', 'inferred')],
        QL1: [rec('Quốc lộ', 'inferred', { corrected: true })] } },
      en: { sources: [], entries: {} },
    };
    expect(pruneSenses(files)).toEqual({ vi: 2, en: 0 });
    expect(Object.keys(files.vi.entries).sort()).toEqual(['PC68', 'QL1']);
    expect(files.vi.entries.PC68.map((s) => s.expansion)).toEqual(['Phòng Cảnh sát đường thủy']);
  });

  it('drops a loose long form cut inside a word, told by the aligned long forms of the file', () => {
    const rec = (expansion: string, how: 'inline' | 'loose', extra = {}) =>
      ({ expansion, articles: 3, source: 't', domain: 'general', review: false, how, context: {}, ...extra });
    const file = { sources: [], entries: {
      ANQG: [rec('An ninh quốc gia', 'inline')], ANTT: [rec('an ninh trật tự', 'inline')], CAND: [rec('Cảnh sát an ninh', 'inline')],
      DTHP: [rec('dịch tả heo', 'inline')], DVC: [rec('dịch vụ công', 'inline')], KDDV: [rec('kiểm dịch động vật', 'inline')],
      CNAS: [rec('ninh Mỹ Mới', 'loose')], ASF: [rec('dịch tả heo châu Phi', 'loose')], CSTO: [rec('ninh Tập thể', 'loose', { checked: true })],
    } };
    const roles = wordRoles(file);
    expect(roles.inside.get('ninh')).toBe(3);
    expect(cutInsideWord('ninh Mỹ Mới', 'loose', roles)).toBe(true);
    expect(cutInsideWord('ninh Mỹ Mới', 'inline', roles)).toBe(false); // aligned forms are judged by their letters
    expect(cutInsideWord('dịch tả heo châu Phi', 'loose', roles)).toBe(false); // "dịch" opens long forms too
    expect(cutInsideWord('Ninh Bình', 'loose', roles)).toBe(false); // a capitalised name
    const files = { vi: file, en: { sources: [], entries: {} } };
    expect(pruneSenses(files)).toEqual({ vi: 1, en: 0 });
    expect(files.vi.entries.CNAS).toBeUndefined();
    expect(files.vi.entries.CSTO).toHaveLength(1); // confirmed by hand
  });
});
