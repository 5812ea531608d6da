/** School levels joined with "&" or "-": TH&THCS = Tiểu học và Trung học cơ sở (a school teaching both). */
export const SCHOOL_LEVELS: Record<string, string> = {
  MN: 'Mầm non',
  MG: 'Mẫu giáo',
  TH: 'Tiểu học',
  THCS: 'Trung học cơ sở',
  THPT: 'Trung học phổ thông',
  PTDTNT: 'Phổ thông dân tộc nội trú',
  PTDTBT: 'Phổ thông dân tộc bán trú',
  GDTX: 'Giáo dục thường xuyên',
  GDNN: 'Giáo dục nghề nghiệp',
};
