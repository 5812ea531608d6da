/**
 * Document codes "TYPE-ISSUER" (12/2023/TT-BYT = Thông tư - Bộ Y tế; 45/QĐ-UBND; 05/2019/TTLT-BYT-BTC), read part
 * by part: the first part from DOC_TYPES, every following part an issuer. Written from the state's rules for
 * numbering documents (Nghị định 30/2020/NĐ-CP, appendix I: abbreviations of document types and issuers).
 * Keys are grouping keys (letters in upper case, no joiners).
 */

/** Document types: the first part of a code. */
export const DOC_TYPES: Record<string, string> = {
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  QĐ: 'Quyết định',
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  NĐ: 'Nghị định',
  CT: 'Chỉ thị',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  BC: 'Báo cáo',
  TTR: 'Tờ trình',
  CĐ: 'Công điện',
  QC: 'Quy chế',
  QYĐ: 'Quy định',
  KL: 'Kết luận',
  CTR: 'Chương trình',
  ĐA: 'Đề án',
  VBHN: 'Văn bản hợp nhất',
  // not in the state's list (a công văn carries no type letters there), yet written so in practice: 55/CV-UBND
  CV: 'Công văn',
};

/** Issuers written whole. */
export const ISSUERS: Record<string, string> = {
  CP: 'Chính phủ',
  TTG: 'Thủ tướng Chính phủ',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  VPCP: 'Văn phòng Chính phủ',
  TTCP: 'Thanh tra Chính phủ',
  NHNN: 'Ngân hàng Nhà nước',
  TANDTC: 'Tòa án nhân dân tối cao',
  VKSNDTC: 'Viện kiểm sát nhân dân tối cao',
  HĐTP: 'Hội đồng Thẩm phán',
  KTNN: 'Kiểm toán Nhà nước',
  BHXH: 'Bảo hiểm xã hội',
  UBDT: 'Ủy ban Dân tộc',
  BCĐ: 'Ban Chỉ đạo',
  CTN: 'Chủ tịch nước',
  TLĐ: 'Tổng Liên đoàn Lao động',
};

/**
 * Issuers made of a prefix and a field: B = Bộ (ministry), S = Sở (provincial department). Each field lists the
 * prefixes that exist for it (there is a Bộ Công an, no Sở Công an; a Sở Ngoại vụ, not a Sở Ngoại giao).
 */
export const ISSUER_PREFIXES: Record<string, string> = { B: 'Bộ', S: 'Sở' };

export const ISSUER_FIELDS: Record<string, { name: string; prefixes: string }> = {
  YT: { name: 'Y tế', prefixes: 'BS' },
  GDĐT: { name: 'Giáo dục và Đào tạo', prefixes: 'BS' },
  TC: { name: 'Tài chính', prefixes: 'BS' },
  CT: { name: 'Công Thương', prefixes: 'BS' },
  TP: { name: 'Tư pháp', prefixes: 'BS' },
  CA: { name: 'Công an', prefixes: 'B' },
  QP: { name: 'Quốc phòng', prefixes: 'B' },
  NG: { name: 'Ngoại giao', prefixes: 'B' },
  NV: { name: 'Nội vụ', prefixes: 'BS' },
  XD: { name: 'Xây dựng', prefixes: 'BS' },
  GTVT: { name: 'Giao thông vận tải', prefixes: 'BS' },
  TNMT: { name: 'Tài nguyên và Môi trường', prefixes: 'BS' },
  NNPTNT: { name: 'Nông nghiệp và Phát triển nông thôn', prefixes: 'BS' },
  NNMT: { name: 'Nông nghiệp và Môi trường', prefixes: 'BS' },
  LĐTBXH: { name: 'Lao động - Thương binh và Xã hội', prefixes: 'BS' },
  KHĐT: { name: 'Kế hoạch và Đầu tư', prefixes: 'BS' },
  KHCN: { name: 'Khoa học và Công nghệ', prefixes: 'BS' },
  TTTT: { name: 'Thông tin và Truyền thông', prefixes: 'BS' },
  VHTTDL: { name: 'Văn hóa, Thể thao và Du lịch', prefixes: 'BS' },
  DTTG: { name: 'Dân tộc và Tôn giáo', prefixes: 'BS' },
};
