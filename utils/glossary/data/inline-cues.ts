/**
 * Cues for definitions across languages (inline-cross.ts). Head nouns are folded (no diacritics, lower case),
 * as the word view gives them; the other words are compared as written, lower case (NFC), because folding
 * merges words the cues must tell apart ("từ" from / "tử" in "điện tử"; "có" has / "cơ" in "cơ sở").
 */

/** Vietnamese head nouns that open the translated name of a body, a fund, a programme, an agreement. */
export const HEAD_NOUNS = new Set(['to chuc', 'quy', 'hiep hoi', 'lien doan', 'ngan hang', 'cong ty', 'tap doan', 'co quan',
  'chuong trinh', 'uy ban', 'hoi dong', 'vien', 'trung tam', 'dien dan', 'hiep dinh', 'lien minh', 'cuc', 'hang',
  'bo', 'toa an', 'van phong', 'hoc vien', 'mang luoi', 'lien hiep', 'hiep uoc', 'cong uoc', 'khoi', 'nhom',
  'quan doi', 'dang', 'mat tran', 'so giao dich', 'benh vien', 'truong', 'dai hoc', 'hoi']);

/** Words a lower-case long form does not run through: prepositions, conjunctions, determiners, auxiliaries, verbs. */
export const PHRASE_BREAKS = new Set(['là', 'của', 'cho', 'với', 'trong', 'từ', 'bằng', 'theo', 'về', 'tại', 'ở', 'khi',
  'để', 'do', 'vì', 'nhằm', 'như', 'và', 'hoặc', 'hay', 'các', 'những', 'một', 'mọi', 'này', 'đó', 'đã', 'đang', 'sẽ',
  'được', 'bị', 'có', 'không', 'cũng', 'còn', 'thì', 'mà', 'nếu', 'rằng', 'tức', 'qua', 'sang', 'lên', 'vào', 'ra', 'tới',
  'đến', 'trên', 'dưới', 'giữa', 'sau', 'trước', 'bởi', 'kèm', 'gọi', 'nhờ', 'gồm',
  'nhiều', 'ít', 'rất', 'vẫn', 'chỉ', 'đều', 'cùng', 'phải', 'cần', 'muốn', 'nên', 'giúp', 'vừa']);

/** Two-word verbs and phrases the long form starts after: "ứng dụng trí tuệ nhân tạo (AI)". */
export const PHRASE_BREAK_PAIRS = new Set(['ứng dụng', 'sử dụng', 'áp dụng', 'triển khai', 'thực hiện', 'tích hợp',
  'đầu tư', 'cung cấp', 'tham gia', 'bao gồm', 'phát triển', 'xây dựng', 'nâng cấp', 'hỗ trợ', 'thúc đẩy', 'đẩy mạnh',
  'tăng cường', 'chuyển đổi', 'gọi là', 'được gọi', 'còn gọi', 'chính là', 'cho biết', 'cho rằng', 'khẳng định', 'lựa chọn',
  'tiếp cận', 'đưa ra', 'công bố', 'ban hành', 'thông qua', 'ký kết', 'giới thiệu', 'trang bị', 'vận hành', 'kết nối',
  'thị trường', 'lĩnh vực', 'công nghệ', 'xu hướng']);

/** A parenthesis opening with these is an aside, not a definition: "(theo …)", "(ảnh: …)", "(năm …)". */
export const ASIDE_STARTS = new Set(['theo', 'ảnh', 'nguồn', 'năm', 'tại', 'ở', 'thuộc', 'xem', 'cũ', 'mới', 'nay', 'gồm',
  'trong', 'sau', 'trước', 'khoảng', 'chiếm', 'tăng', 'giảm', 'đạt', 'từ', 'đến', 'với', 'của', 'và', 'có', 'không',
  'bao gồm', 'trụ sở', 'nay là', 'tên cũ', 'tên thật', 'phải', 'trái', 'giữa', 'ví dụ', 'chẳng hạn', 'như', 'là', 'hay',
  'hoặc', 'tên', 'quê', 'sinh', 'trú', 'mã', 'sàn', 'đồng', 'tương đương', 'tính', 'gấp', 'bằng', 'so', 'dự kiến',
  'đã', 'đang', 'sẽ', 'được', 'bị', 'chưa', 'vốn', 'người', 'ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'bé']);

/** Words that announce a definition inside the parenthesis; skipped before the long form. */
export const DEFINING_CUES: string[][] = [['viết', 'tắt', 'của'], ['tức', 'là'], ['nghĩa', 'là'], ['tức']];
