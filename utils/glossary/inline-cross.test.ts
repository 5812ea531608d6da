import { describe, expect, it } from 'vitest';
import { buildGlossary } from './index.ts';
import { loadDictionary } from './dictionary.ts';
import { isLatinAcronym } from './inline-cross.ts';

/** The expansion the glossary gives `abbr` in a Vietnamese text (the acronym must be one the dictionary lacks). */
function defined(text: string, abbr: string): string | null | undefined {
  expect(loadDictionary().byKey.has(abbr.toUpperCase()), `${abbr} must be unknown to the dictionary for this test`).toBe(false);
  const e = buildGlossary(text, { lang: 'vi' }).find((x) => x.abbr === abbr);
  return e?.source === 'article' ? e.expansion : null;
}

describe('cross-language definitions, long form before "(SF)"', () => {
  it('takes a lower-case phrase from the verb or preposition before it', () => {
    expect(defined('Bệnh nhân mắc hội chứng ruột kích thích (IBS) thường đau bụng. IBS khó chữa.', 'IBS')).toBe('hội chứng ruột kích thích');
    expect(defined('Mẫu xe mới được trang bị hệ thống chống bó cứng phanh (ABS) và túi khí.', 'ABS')).toBe('hệ thống chống bó cứng phanh');
    expect(defined('Mỹ sẽ triển khai hệ thống phòng thủ tên lửa tầm cao giai đoạn cuối (THAAD) tới Hàn Quốc.', 'THAAD'))
      .toBe('hệ thống phòng thủ tên lửa tầm cao giai đoạn cuối');
    expect(defined('Hai nước ký kết thỏa thuận đối xử tối huệ quốc (MFN) năm 2007.', 'MFN')).toBe('thỏa thuận đối xử tối huệ quốc');
    expect(defined('Lầu Năm Góc đầu tư vào máy bay không người lái vũ trang (UCAV) mới.', 'UCAV')).toBe('máy bay không người lái vũ trang');
  });
  it('takes a name from its earliest capitalised head noun, title or sentence case', () => {
    expect(defined('Ông cho biết Tổng Công ty Truyền tải điện Quốc gia (EVNNPT) đã hoàn thành dự án.', 'EVNNPT'))
      .toBe('Tổng Công ty Truyền tải điện Quốc gia');
    expect(defined('Theo Cơ quan Phòng thủ Tên lửa Mỹ (MDA), vụ thử thành công.', 'MDA')).toBe('Cơ quan Phòng thủ Tên lửa Mỹ');
    expect(defined('Ông đến thăm Bộ chỉ huy Trung tâm Hoa Kỳ (CENTCOM) hôm qua.', 'CENTCOM')).toBe('Bộ chỉ huy Trung tâm Hoa Kỳ');
    expect(defined('Vụ tấn công do Trung tâm Ứng cứu khẩn cấp máy tính quốc gia (VNCERT) phát hiện.', 'VNCERT'))
      .toBe('Trung tâm Ứng cứu khẩn cấp máy tính quốc gia');
    expect(defined('Bà Lê, CEO Công ty Cổ phần Bất động sản Danh Khôi Á Châu (DKRA), cho rằng thị trường tốt.', 'DKRA'))
      .toBe('Công ty Cổ phần Bất động sản Danh Khôi Á Châu');
  });
  it('ends the name at a joined second name, starts it after the board of a company', () => {
    expect(defined('Đại diện Bộ Y tế và Tổ chức Nông nghiệp Thế giới (WAO) đã ký kết.', 'WAO')).toBe('Tổ chức Nông nghiệp Thế giới');
    expect(defined('Chủ tịch Hội đồng quản trị Tập đoàn Hòa Phát (HPG) phát biểu.', 'HPG')).toBe('Tập đoàn Hòa Phát');
    expect(defined('Các đại biểu dự Hội nghị chuyên đề Liên minh Nghị viện Thế giới (IPU) tại Hà Nội.', 'IPU'))
      .toBe('Liên minh Nghị viện Thế giới'); // an event named by lower-case words before the body's own head
  });
  it('gives nothing when no cue sets a clean edge', () => {
    expect(defined('Cổ phiếu thưởng cho cán bộ nhân viên (ESOP) không cần ghi nhận vào chi phí.', 'ESOP')).toBeNull(); // "cho" opens terms too
    expect(defined('Đây là Kế hoạch hành động về dịch vụ môi trường (ESAP) của khối.', 'ESAP')).toBeNull(); // "về" too
    expect(defined('Dự án tàu vũ trụ của Liên Xô, tương tự tàu con thoi (STS) của Mỹ.', 'STS')).toBe('tàu con thoi');
    expect(defined('Vụ việc xảy ra trước cuộc bầu cử tổng thống. (ICTPress) - Hai tập đoàn bắt tay.', 'ICTPress')).toBeNull();
    expect(defined('Ông Nam là giám đốc Công ty MHBS (MHB) từ năm 2010.', 'MHB')).toBeNull(); // named by it, not defined
    expect(defined('Quá trình Hội nhập (CDI) diễn ra nhanh.', 'CDI')).toBeNull(); // "Hội nhập" is a word, not "Hội …"
    expect(defined('Theo Việt Nam Thịnh Vượng hiện nay (VPQ) thì khác.', 'VPQ')).toBeNull(); // a capital, no head noun
    expect(defined('Cơ quan CSĐT Bộ Công an (C45) đã bắt quả tang.', 'C45')).toBeNull(); // a code, not letters
  });
  it('leaves a Vietnamese acronym to letter alignment', () => {
    const e = buildGlossary('Hội đồng Xổ số kiến thiết miền Bắc (XSKT) họp.', { lang: 'vi' }).find((x) => x.abbr === 'XSKT');
    expect(e?.expansion ?? null).not.toBe('Hội đồng Xổ số kiến thiết miền Bắc');
  });
});

describe('cross-language definitions, "SF (long form)"', () => {
  it('takes the whole parenthesis when it reads as a term', () => {
    expect(defined('Ngân hàng triển khai eKYC (định danh khách hàng điện tử) cho mọi khách hàng.', 'eKYC')).toBe('định danh khách hàng điện tử');
    expect(defined('Chỉ tiêu TSS (tổng chất rắn lơ lửng) vượt ngưỡng.', 'TSS')).toBe('tổng chất rắn lơ lửng');
    expect(defined('Hệ thống mới dùng GNSZ (tức là hệ thống định vị toàn cầu) để dẫn đường.', 'GNSZ')).toBe('hệ thống định vị toàn cầu');
  });
  it('takes a name only when a head noun opens it', () => {
    expect(defined('Tin từ KCNA (Hãng Thông tấn trung ương Triều Tiên) cho biết.', 'KCNA')).toBe('Hãng Thông tấn trung ương Triều Tiên');
    expect(defined('Tập đoàn JFE (Nhật Bản) ký hợp đồng.', 'JFE')).toBeNull();
  });
  it('refuses asides, clauses, lists and places', () => {
    expect(defined('Điểm QS (huyện Quế Sơn) được chọn.', 'QS')).toBeNull();
    expect(defined('Chị TTC (chồng đang đi làm xa) sống một mình.', 'TTC')).toBeNull();
    expect(defined('Khách mua vàng SJC (loại nhẫn tròn trơn hay hình con giống) tăng.', 'SJC')).toBeNull();
    expect(defined('Điểm TLTN (đối với bài thi trắc nghiệm) được công bố.', 'TLTN')).toBeNull();
    expect(defined('Cổ phiếu VHC (theo giá đóng cửa) tăng mạnh.', 'VHC')).toBeNull();
  });
});

describe('what counts as a Latin acronym', () => {
  it('letters alone, two or more', () => {
    expect(isLatinAcronym('eKYC')).toBe(true);
    expect(isLatinAcronym('C45')).toBe(false);
    expect(isLatinAcronym('K.T')).toBe(false);
    expect(isLatinAcronym('ĐH')).toBe(false);
  });
});
