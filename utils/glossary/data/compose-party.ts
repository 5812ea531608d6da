/**
 * Codes written with a slash: the Party's documents "NUMBER-TYPE/ISSUER" (50-CV/TW, 35-NQ/TW, 12-CT/TU: Quy định
 * 66-QĐ/TW on the Party's documents) and the state's older "NUMBER-ISSUER/TYPE" or "NUMBER/ISSUERTYPE" (54-VH/QĐ,
 * 77A/VHQĐ, 1141-TC/QĐ: before the numbering rules of 1990s decrees put the type first). Types are DOC_TYPES
 * (compose-codes.ts). Keys are grouping keys (upper case, no joiners).
 */

/** The Party's issuers: committees at each level and the central boards. */
export const PARTY_ISSUERS: Record<string, string> = {
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  TU: 'Tỉnh ủy',
  THU: 'Thành ủy',
  HU: 'Huyện ủy',
  QU: 'Quận ủy',
  ĐU: 'Đảng ủy',
  ĐUK: 'Đảng ủy Khối',
  BCSĐ: 'Ban cán sự đảng',
  ĐĐ: 'Đảng đoàn',
  BBT: 'Ban Bí thư',
  BCT: 'Bộ Chính trị',
  BTCTW: 'Ban Tổ chức Trung ương',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BDVTW: 'Ban Dân vận Trung ương',
  BKTTW: 'Ban Kinh tế Trung ương',
  BNCTW: 'Ban Nội chính Trung ương',
  BĐNTW: 'Ban Đối ngoại Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  VPTW: 'Văn phòng Trung ương Đảng',
  QUTW: 'Quân ủy Trung ương',
  ĐUQSTW: 'Đảng ủy Quân sự Trung ương',
};

/** Ministries as the older codes name them, without "Bộ" (VH/QĐ: a decision of the Ministry of Culture). */
export const LEGACY_ISSUERS: Record<string, string> = {
  VH: 'Văn hóa',
  VHTT: 'Văn hóa - Thông tin',
  TC: 'Tài chính',
  GD: 'Giáo dục',
  YT: 'Y tế',
  NV: 'Nội vụ',
  LĐTBXH: 'Lao động - Thương binh và Xã hội',
};

/** Types an older code may write glued to its issuer (VHQĐ): only those no issuer's name ends with. */
export const GLUED_TYPES = ['QĐ', 'NQ'];
