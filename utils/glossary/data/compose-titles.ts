/**
 * Titles and degrees written as a chain: PGS.TS.BS = Phó Giáo sư, Tiến sĩ, Bác sĩ; BS.CK1 = Bác sĩ chuyên khoa I;
 * ThS.BS.CKII = Thạc sĩ, Bác sĩ chuyên khoa II. TITLES are joined with ", "; a QUALIFIER (the specialist grade)
 * follows the title it grades, after a space, and only a title listed in its `after`.
 * Left out: forms with another everyday sense even in a chain (CN cử nhân / công nghệ, ĐD điều dưỡng / đại diện).
 */
export const TITLES: Record<string, string> = {
  GS: 'Giáo sư',
  PGS: 'Phó Giáo sư',
  TS: 'Tiến sĩ',
  TSKH: 'Tiến sĩ khoa học',
  THS: 'Thạc sĩ',
  BS: 'Bác sĩ',
  BSNT: 'Bác sĩ nội trú',
  DS: 'Dược sĩ',
  KS: 'Kỹ sư',
  KTS: 'Kiến trúc sư',
  LS: 'Luật sư',
  NCS: 'Nghiên cứu sinh',
  VS: 'Viện sĩ',
  NGƯT: 'Nhà giáo Ưu tú',
  NGND: 'Nhà giáo Nhân dân',
  TTƯT: 'Thầy thuốc Ưu tú',
  TTND: 'Thầy thuốc Nhân dân',
  NSƯT: 'Nghệ sĩ Ưu tú',
  NSND: 'Nghệ sĩ Nhân dân',
};

export const QUALIFIERS: Record<string, { name: string; after: string[] }> = {
  CKI: { name: 'chuyên khoa I', after: ['BS', 'DS'] },
  CK1: { name: 'chuyên khoa I', after: ['BS', 'DS'] },
  CKII: { name: 'chuyên khoa II', after: ['BS', 'DS'] },
  CK2: { name: 'chuyên khoa II', after: ['BS', 'DS'] },
};
