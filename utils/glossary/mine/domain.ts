/**
 * Domain of a mined sense: the hand dictionary's domain when it has the same meaning, else the first
 * head word of the long form found in a small table (the hand dictionary's domain names).
 */
import { foldPhrase } from '../normalize.ts';

const HEADS: [string, string][] = [
  ['dang', 'party'], ['thanh uy', 'party'], ['tinh uy', 'party'], ['huyen uy', 'party'], ['trung uong', 'party'],
  ['cong an', 'security'], ['canh sat', 'security'], ['an ninh', 'security'], ['phong chay', 'security'],
  ['quan doi', 'defence'], ['quan khu', 'defence'], ['quan su', 'defence'], ['bo doi', 'defence'], ['hai quan', 'defence'], ['bien phong', 'defence'],
  ['toa an', 'law'], ['vien kiem sat', 'law'], ['luat', 'law'], ['nghi dinh', 'law'], ['thong tu', 'law'], ['hoi dong xet xu', 'law'],
  ['bo', 'gov'], ['so', 'gov'], ['uy ban', 'gov'], ['cuc', 'gov'], ['tong cuc', 'gov'], ['chinh phu', 'gov'], ['quoc hoi', 'gov'],
  ['hoi dong nhan dan', 'gov'], ['van phong', 'gov'], ['phong', 'gov'], ['ban', 'gov'], ['thanh pho', 'geo'], ['khu', 'geo'],
  ['truong', 'edu'], ['dai hoc', 'edu'], ['giao duc', 'edu'], ['hoc', 'edu'], ['thi', 'edu'],
  ['benh', 'health'], ['y te', 'health'], ['hoi chung', 'health'], ['virus', 'health'], ['thuoc', 'health'], ['vac xin', 'health'],
  ['ngan hang', 'econ'], ['cong ty', 'econ'], ['tap doan', 'econ'], ['tong cong ty', 'econ'], ['quy', 'econ'], ['chung khoan', 'econ'],
  ['thue', 'econ'], ['thuong mai', 'econ'], ['dau tu', 'econ'], ['kinh te', 'econ'], ['tai chinh', 'econ'], ['san xuat', 'econ'],
  ['lien doan', 'sport'], ['cau lac bo', 'sport'], ['giai', 'sport'], ['vo dich', 'sport'],
  ['cong nghe', 'tech'], ['he thong', 'tech'], ['mang', 'tech'], ['phan mem', 'tech'], ['dien tu', 'tech'], ['tri tue nhan tao', 'tech'],
  ['to chuc', 'intl'], ['lien hop quoc', 'intl'], ['hiep hoi', 'society'], ['hoi', 'society'], ['trung tam', 'society'], ['vien', 'science'],
  ['bank', 'econ'], ['fund', 'econ'], ['company', 'econ'], ['corporation', 'econ'], ['exchange', 'econ'], ['association', 'society'],
  ['national', 'gov'], ['department', 'gov'], ['ministry', 'gov'], ['office', 'gov'], ['agency', 'gov'], ['commission', 'gov'], ['council', 'gov'],
  ['party', 'politics'], ['union', 'intl'], ['organization', 'intl'], ['organisation', 'intl'], ['international', 'intl'], ['world', 'intl'],
  ['university', 'edu'], ['school', 'edu'], ['college', 'edu'], ['institute', 'science'], ['federation', 'sport'], ['league', 'sport'],
  ['system', 'tech'], ['digital', 'tech'], ['technology', 'tech'], ['network', 'tech'], ['syndrome', 'health'], ['disease', 'health'], ['health', 'health'],
];

/** Domain from the long form's opening words (longest table entry that opens it), else 'general'. */
export function domainByHead(expansion: string): string {
  const f = foldPhrase(expansion);
  let best = '';
  let domain = 'general';
  for (const [head, d] of HEADS) {
    if ((f === head || f.startsWith(head + ' ')) && head.length > best.length) { best = head; domain = d; }
  }
  return domain;
}
