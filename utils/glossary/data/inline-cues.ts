/**
 * Cues for definitions across languages (inline-cross.ts, cross-name.ts). Words are compared as written, lower
 * case (NFC), not folded: folding merges words the cues must tell apart ("Quỹ" fund / "Quý" a name, "Viện" /
 * "Viên", "khối" / "Khôi", "từ" from / "tử" in "điện tử"). Old and new tone placement are both listed.
 */

/** Head nouns that open the name of a body, fund, programme, system or agreement: "Quỹ Tiền tệ Quốc tế (IMF)",
 *  "Hệ thống phòng thủ tên lửa tầm cao giai đoạn cuối (THAAD)". Up to three words. */
export const HEAD_NOUNS = new Set(['tổ chức', 'quỹ', 'hiệp hội', 'liên đoàn', 'ngân hàng', 'công ty', 'tổng công ty', 'tập đoàn',
  'cơ quan', 'chương trình', 'ủy ban', 'uỷ ban', 'hội đồng', 'viện', 'trung tâm', 'diễn đàn', 'hiệp định', 'liên minh', 'cục',
  'tổng cục', 'hãng', 'bộ', 'bộ tư lệnh', 'bộ chỉ huy', 'tòa án', 'toà án', 'văn phòng', 'học viện', 'mạng lưới', 'liên hiệp',
  'hiệp ước', 'công ước', 'khối', 'nhóm', 'quân đội', 'đảng', 'mặt trận', 'sở giao dịch', 'bệnh viện', 'trường', 'đại học',
  'hội', 'hệ thống', 'hội nghị', 'chiến dịch', 'sáng kiến', 'đạo luật', 'dự án', 'giải', 'lực lượng', 'phong trào',
  'nhà máy', 'tổng cty', 'cty', 'đài', 'thông tấn xã', 'sàn giao dịch', 'tàu', 'xe', 'cảng', 'sân bay', 'hãng tin']);

/** Parts of a body written before its name: "Hội đồng quản trị Tập đoàn Hòa Phát (HPG)" names the company. */
export const PART_HEADS: string[][] = [['hội', 'đồng', 'quản', 'trị'], ['ban', 'giám', 'đốc'], ['ban', 'kiểm', 'soát'],
  ['đại', 'hội', 'đồng', 'cổ', 'đông'], ['ban', 'lãnh', 'đạo'], ['ban', 'chấp', 'hành'], ['bộ', 'phận']];

/** Words an English acronym may carry inside a Vietnamese name: "Ngân hàng TMCP An Bình (ABBANK)". */
export const NAME_ACRONYMS = new Set(['tmcp', 'tnhh', 'cp', 'mtv', 'tp', 'tp.hcm', 'tphcm', 'hcm', 'jsc', 'tw']);

/** Words a lower-case long form does not run through: prepositions, conjunctions, determiners, auxiliaries, verbs.
 *  Not "không", "chỉ", "đối": they open terms ("không người lái", "chỉ số", "đối xử tối huệ quốc"). */
export const PHRASE_BREAKS = new Set(['là', 'của', 'cho', 'với', 'trong', 'từ', 'bằng', 'theo', 'về', 'tại', 'ở', 'khi',
  'để', 'do', 'vì', 'nhằm', 'như', 'và', 'hoặc', 'hay', 'các', 'những', 'một', 'mọi', 'này', 'đó', 'đã', 'đang', 'sẽ',
  'được', 'bị', 'có', 'cũng', 'còn', 'thì', 'mà', 'nếu', 'rằng', 'tức', 'qua', 'sang', 'lên', 'vào', 'ra', 'tới',
  'đến', 'trên', 'dưới', 'giữa', 'sau', 'trước', 'bởi', 'kèm', 'gọi', 'nhờ', 'gồm', 'mắc', 'gây', 'dùng', 'thuộc',
  'nhiều', 'ít', 'rất', 'vẫn', 'đều', 'cùng', 'phải', 'cần', 'muốn', 'nên', 'giúp', 'vừa', 'ông', 'bà']);

/** Breaks a name may run through: "Tổ chức Lương thực và Nông nghiệp", "Viện … về Quốc phòng", "… châu Âu của Mỹ".
 *  All but "và" only before a capitalised word; "và" before a capitalised head joins two names and ends the span. */
export const NAME_JOINERS = new Set(['và', 'về', 'của', 'cho', 'tại']);

/** Two-word verbs and phrases the long form starts after: "ứng dụng trí tuệ nhân tạo (AI)". */
export const PHRASE_BREAK_PAIRS = new Set(['ứng dụng', 'sử dụng', 'áp dụng', 'triển khai', 'thực hiện', 'tích hợp',
  'đầu tư', 'cung cấp', 'tham gia', 'bao gồm', 'phát triển', 'xây dựng', 'nâng cấp', 'hỗ trợ', 'thúc đẩy', 'đẩy mạnh',
  'tăng cường', 'chuyển đổi', 'gọi là', 'được gọi', 'còn gọi', 'chính là', 'cho biết', 'cho rằng', 'khẳng định', 'lựa chọn',
  'tiếp cận', 'đưa ra', 'công bố', 'ban hành', 'thông qua', 'ký kết', 'giới thiệu', 'trang bị', 'vận hành', 'kết nối',
  'thị trường', 'lĩnh vực', 'công nghệ', 'xu hướng', 'tính năng', 'đối với', 'tương tự', 'giống như']);

/** Breaks that also open terms ("cổ phiếu thưởng cho cán bộ nhân viên (ESOP)", "hỗ trợ phanh khẩn cấp (PBA)"):
 *  a lower-case phrase stopped by one of these is not taken ("Kế hoạch hành động về dịch vụ môi trường (ESAP)"). */
export const UNSAFE_BREAKS = new Set(['cho', 'về', 'hỗ trợ', 'cung cấp', 'phát triển', 'xây dựng', 'đầu tư', 'công nghệ']);

/** A parenthesis opening with these is an aside, not a definition: "(theo …)", "(ảnh: …)", "(năm …)". */
export const ASIDE_STARTS = new Set(['theo', 'ảnh', 'nguồn', 'năm', 'tại', 'ở', 'thuộc', 'xem', 'cũ', 'mới', 'nay', 'gồm',
  'trong', 'sau', 'trước', 'khoảng', 'chiếm', 'tăng', 'giảm', 'đạt', 'từ', 'đến', 'với', 'của', 'và', 'có', 'không',
  'bao gồm', 'trụ sở', 'nay là', 'tên cũ', 'tên thật', 'phải', 'trái', 'giữa', 'ví dụ', 'chẳng hạn', 'như', 'là', 'hay',
  'hoặc', 'tên', 'quê', 'sinh', 'trú', 'mã', 'sàn', 'đồng', 'tương đương', 'tính', 'gấp', 'bằng', 'so', 'dự kiến',
  'đã', 'đang', 'sẽ', 'được', 'bị', 'chưa', 'vốn', 'người', 'ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'bé', 'đối', 'loại']);

/** Words that announce a definition after the abbreviation, in a parenthesis or not ("SF (viết tắt của …)",
 *  "SF, short for …", "SF là viết tắt của …"); skipped before the long form. The first that matches wins: a longer
 *  cue comes before a shorter one it begins with. */
export const DEFINING_CUES: string[][] = [['là', 'tên', 'viết', 'tắt', 'của'], ['là', 'viết', 'tắt', 'của'],
  ['là', 'cụm', 'từ', 'viết', 'tắt', 'của'], ['tên', 'viết', 'tắt', 'của'], ['viết', 'tắt', 'của'], ['viết', 'tắt', 'từ'],
  ['tức', 'là'], ['nghĩa', 'là'], ['tức'], ['short', 'for'], ['which', 'stands', 'for'], ['stands', 'for'],
  ['is', 'short', 'for'], ['is', 'an', 'abbreviation', 'for'], ['an', 'abbreviation', 'for'], ['aka']];

/** The cues after which an unbracketed definition is read ("SF, viết tắt của …"): all but "tức", "tức là" and
 *  "nghĩa là", which outside a parenthesis start a clause ("CPI tăng, tức là giá cả …"). */
export const OPEN_DEFINING_CUES: string[][] = DEFINING_CUES.filter((c) => c[0] !== 'tức' && c[0] !== 'nghĩa');

/** Cues between a long form and its abbreviation, folded: "…, known as the ADA", "… (gọi tắt là BQL)",
 *  "…, hay còn gọi là BVĐK". A longer cue comes before a shorter one it ends with ("also known as", "known as"). */
export const KNOWN_AS: string[][] = [['also', 'known', 'as'], ['otherwise', 'known', 'as'], ['known', 'as'],
  ['also', 'called'], ['referred', 'to', 'as'], ['abbreviated', 'as'], ['abbreviated'], ['hereafter'],
  ['sau', 'day', 'goi', 'tat', 'la'], ['goi', 'tat', 'la'], ['sau', 'day', 'viet', 'tat', 'la'], ['viet', 'tat', 'la'],
  ['sau', 'day', 'goi', 'la'], ['hay', 'con', 'duoc', 'goi', 'la'], ['con', 'duoc', 'goi', 'la'], ['hay', 'con', 'goi', 'la'],
  ['con', 'goi', 'la'], ['hay', 'goi', 'la'], ['thuong', 'goi', 'la'], ['thuong', 'duoc', 'goi', 'la']];
