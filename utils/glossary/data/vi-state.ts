/**
 * Vietnamese press abbreviations: state, Party, mass organisations, law, courts, security, administration.
 * Format (one entry a line): `KEY: expansion[ / accepted alternative] [#domain] [~context cue, cue] [*] [!]`
 * — a key on several lines is ambiguous and resolved by the cues; `*` marks the sense used when no cue
 * decides; `!` marks an expansion whose initials do not spell the key (checked by the unit test).
 *
 * Some entries were checked against and completed from the abbreviation list of soe-vinorm
 * (https://github.com/vinhdq842/soe-vinorm, soe_vinorm/data/dictionaries/abbreviations.txt),
 * MIT License, Copyright (c) 2025 Vinh Dang. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software and associated documentation files (the "Software"), to deal in the
 * Software without restriction, including without limitation the rights to use, copy, modify, merge,
 * publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 * Software is furnished to do so, subject to the following conditions: The above copyright notice and this
 * permission notice shall be included in all copies or substantial portions of the Software.
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
 * Every entry taken from it was checked; press senses and capitalisation were corrected (e.g. BTV, BCHTW).
 */
export const VI_STATE = `
UBND: Ủy ban nhân dân #gov
HĐND: Hội đồng nhân dân #gov
UBMTTQ: Ủy ban Mặt trận Tổ quốc #party
MTTQ: Mặt trận Tổ quốc #party
MTTQVN: Mặt trận Tổ quốc Việt Nam #party
UBMTTQVN: Ủy ban Mặt trận Tổ quốc Việt Nam #party
UBTVQH: Ủy ban Thường vụ Quốc hội #gov
TVQH: Thường vụ Quốc hội #gov
QH: Quốc hội #gov
ĐBQH: đại biểu Quốc hội #gov
VPQH: Văn phòng Quốc hội #gov
VPCP: Văn phòng Chính phủ #gov
TTCP: Thanh tra Chính phủ #gov
TTg: Thủ tướng #gov !
NĐ: Nghị định #law
NĐ-CP: Nghị định - Chính phủ / Nghị định của Chính phủ #law
NQ: Nghị quyết #law
NQ-CP: Nghị quyết - Chính phủ / Nghị quyết của Chính phủ #law
QĐ: quyết định #law *
QĐ: Quân đội #defence ~nhân dân, bộ đội, quân khu, quân nhân
QĐ-TTg: Quyết định - Thủ tướng / Quyết định của Thủ tướng Chính phủ #law !
QĐ-UBND: Quyết định - Ủy ban nhân dân / Quyết định của Ủy ban nhân dân #law
CT-TTg: Chỉ thị - Thủ tướng / Chỉ thị của Thủ tướng Chính phủ #law !
TT: Thông tư #law ~số, ban hành, hướng dẫn, liên tịch, bộ, nghị định, quy định
TT: Thủ tướng #gov ~chính phủ, phó, công điện, chỉ đạo
TT: trung tâm #society ~y tế, thương mại, hội nghị, dịch vụ, giáo dục, văn hóa, huấn luyện, giám đốc
TT: thị trấn #gov ~huyện, xã, thị xã
TTLT: Thông tư liên tịch #law
VBQPPL: văn bản quy phạm pháp luật #law
CP: Chính phủ #gov ~thủ tướng, nghị định, nghị quyết, văn phòng, thanh tra, phó thủ tướng, chỉ thị, nđ, nq, tw
CP: cổ phần #econ ~công ty, tổng công ty, ngân hàng, thương mại, tập đoàn, cổ phiếu, cổ đông, ctcp
TW: Trung ương #party !
TƯ: Trung ương #party
BCH: Ban Chấp hành #party ~đảng bộ, trung ương, công đoàn, đoàn, hội, khóa, ủy viên *
BCH: Ban Chỉ huy #defence ~quân sự, phòng chống, thiên tai, công trường, biên phòng
BCHTW: Ban Chấp hành Trung ương #party !
BCHTƯ: Ban Chấp hành Trung ương #party
BCT: Bộ Chính trị #party ~ủy viên, đảng, trung ương, tổng bí thư
UVBCT: Ủy viên Bộ Chính trị #party
BBT: Ban Bí thư #party ~trung ương, đảng, ủy viên
UVTW: Ủy viên Trung ương #party !
UVBCH: Ủy viên Ban Chấp hành #party
BTV: Ban Thường vụ #party ~thành ủy, tỉnh ủy, huyện ủy, quận ủy, thị ủy, đảng ủy, thành đoàn, tỉnh đoàn, trung ương đoàn, đoàn, hội, ủy viên, đảng bộ
BTV: biên tập viên #media ~đài, truyền hình, phát thanh, báo, dẫn chương trình, tòa soạn, nhà báo, vtv, bản tin
UBKT: Ủy ban Kiểm tra #party
UBKTTW: Ủy ban Kiểm tra Trung ương #party !
UBKTTƯ: Ủy ban Kiểm tra Trung ương #party
ĐCSVN: Đảng Cộng sản Việt Nam #party
ĐCS: Đảng Cộng sản #party
BCĐ: Ban Chỉ đạo #gov
BTC: Ban Tổ chức #gov ~trung ương, cán bộ, đảng, lễ, giải, cuộc thi, chương trình *
BTC: Bộ Tài chính #gov ~bộ trưởng, thông tư, thuế, ngân sách
BTGTW: Ban Tuyên giáo Trung ương #party !
BQL: Ban Quản lý #gov
BQLDA: Ban Quản lý dự án #gov
HĐQT: Hội đồng quản trị #econ
HĐTV: Hội đồng thành viên #econ
HĐXX: Hội đồng xét xử #law
TAND: Tòa án nhân dân #law
TANDTC: Tòa án nhân dân tối cao #law
TANDTP: Tòa án nhân dân thành phố #law
VKS: Viện Kiểm sát #law
VKSND: Viện Kiểm sát nhân dân #law
VKSNDTC: Viện Kiểm sát nhân dân tối cao #law
KSV: kiểm sát viên #law
ĐTV: điều tra viên #law
CQĐT: Cơ quan điều tra #law
CQCSĐT: Cơ quan Cảnh sát điều tra #law
THADS: thi hành án dân sự #law
BLHS: Bộ luật Hình sự #law
BLDS: Bộ luật Dân sự #law
BLTTHS: Bộ luật Tố tụng hình sự #law
BLLĐ: Bộ luật Lao động #law
XPHC: xử phạt hành chính #law
VPHC: vi phạm hành chính #law
CA: Công an #security
CAND: Công an nhân dân #security
CSND: Cảnh sát nhân dân #security
CSGT: cảnh sát giao thông #security
CSCĐ: cảnh sát cơ động #security
CSHS: Cảnh sát hình sự #security
CSKT: Cảnh sát kinh tế #security
CSKV: cảnh sát khu vực #security
CSĐT: Cảnh sát điều tra #security
CSPCCC: Cảnh sát phòng cháy, chữa cháy #security
PCCC: phòng cháy, chữa cháy / phòng cháy và chữa cháy #security
CNCH: cứu nạn, cứu hộ / cứu nạn cứu hộ #security
PCCC&CNCH: phòng cháy, chữa cháy và cứu nạn, cứu hộ #security
PCCN: phòng chống cháy nổ #security
TKCN: tìm kiếm cứu nạn #security
PCTT: phòng chống thiên tai #security
PCTT&TKCN: phòng chống thiên tai và tìm kiếm cứu nạn #security
PCLB: phòng chống lụt bão #security
TTATGT: trật tự an toàn giao thông #security
TTATXH: trật tự an toàn xã hội #security
ATGT: an toàn giao thông #security
TNGT: tai nạn giao thông #security
ANTT: an ninh trật tự #security
ANQG: an ninh quốc gia #security
QP-AN: quốc phòng - an ninh / quốc phòng và an ninh #defence
AN-QP: an ninh - quốc phòng #defence
BQP: Bộ Quốc phòng #defence
BCA: Bộ Công an #security
QĐND: Quân đội nhân dân #defence
QĐNDVN: Quân đội nhân dân Việt Nam #defence
QK: Quân khu #defence
BĐBP: Bộ đội Biên phòng #defence
BCHQS: Bộ Chỉ huy Quân sự #defence ~^tỉnh, quân khu, tỉnh đội
BCHQS: Ban Chỉ huy Quân sự #defence ~huyện, ^xã, ^phường, ^quận, thị xã, thị trấn, đặc khu, huyện đội, cấp xã, cấp huyện
CHQS: chỉ huy quân sự #defence
LLVT: lực lượng vũ trang #defence
LLVTND: lực lượng vũ trang nhân dân #defence
PKKQ: Phòng không - Không quân #defence
CCB: cựu chiến binh #society
BNG: Bộ Ngoại giao #gov
BYT: Bộ Y tế #gov
BXD: Bộ Xây dựng #gov
BTP: Bộ Tư pháp #gov
BNV: Bộ Nội vụ #gov
BCT: Bộ Công Thương #gov ~bộ trưởng, thương mại, công nghiệp, xuất khẩu, năng lượng
BGDĐT: Bộ Giáo dục và Đào tạo #gov
BGTVT: Bộ Giao thông vận tải #gov
BKHĐT: Bộ Kế hoạch và Đầu tư #gov
BTNMT: Bộ Tài nguyên và Môi trường #gov
BNNPTNT: Bộ Nông nghiệp và Phát triển nông thôn #gov
BLĐTBXH: Bộ Lao động - Thương binh và Xã hội #gov
BTTTT: Bộ Thông tin và Truyền thông #gov
BVHTTDL: Bộ Văn hóa, Thể thao và Du lịch #gov
BKHCN: Bộ Khoa học và Công nghệ #gov
GD&ĐT: giáo dục và đào tạo / giáo dục - đào tạo #edu
NN&PTNT: Nông nghiệp và Phát triển nông thôn / Nông nghiệp - Phát triển nông thôn #gov
PTNT: phát triển nông thôn #gov
KH&ĐT: Kế hoạch và Đầu tư #gov
TN&MT: Tài nguyên và Môi trường / tài nguyên môi trường #gov
LĐ-TB&XH: Lao động - Thương binh và Xã hội #gov
TT&TT: Thông tin và Truyền thông #gov
VH-TT: Văn hóa và Thể thao / Văn hóa - Thể thao #gov
VH-TT&DL: Văn hóa, Thể thao và Du lịch #gov
KH&CN: Khoa học và Công nghệ / khoa học - công nghệ / khoa học công nghệ #gov
GTVT: Giao thông vận tải #gov
XD: Xây dựng #gov
NV: Nội vụ #gov ~sở, bộ
TC: Tài chính #gov ~sở, bộ, phòng
KT-XH: kinh tế - xã hội #econ
VH-XH: văn hóa - xã hội #society
CNH-HĐH: công nghiệp hóa - hiện đại hóa / công nghiệp hóa, hiện đại hóa #econ
CNH: công nghiệp hóa #econ
HĐH: hiện đại hóa #econ ~công nghiệp hóa, cnh *
HĐH: hệ điều hành #tech ~điện thoại, máy tính, phần mềm, phiên bản, android, ios
XHCN: xã hội chủ nghĩa #party
CNXH: chủ nghĩa xã hội #party
CHXHCN: Cộng hòa xã hội chủ nghĩa #gov
CHXHCNVN: Cộng hòa xã hội chủ nghĩa Việt Nam #gov
VNDCCH: Việt Nam Dân chủ Cộng hòa #gov
HTCT: hệ thống chính trị #party
CBCC: cán bộ, công chức #gov
CBCCVC: cán bộ, công chức, viên chức #gov
CB: cán bộ #gov ~công chức, đảng viên, chiến sĩ
CCHC: cải cách hành chính #gov
TTHC: thủ tục hành chính #gov
DVC: dịch vụ công #gov
ĐBSCL: Đồng bằng sông Cửu Long #geo
ĐBSH: Đồng bằng sông Hồng #geo
ĐNB: Đông Nam Bộ #geo
TP: thành phố #geo
TP.HCM: Thành phố Hồ Chí Minh #geo
HCM: Hồ Chí Minh #geo
TP.HN: Thành phố Hà Nội #geo
HN: Hà Nội #geo
TX: thị xã #geo
TT.Huế: Thừa Thiên Huế #geo
TTH: Thừa Thiên Huế #geo
BR-VT: Bà Rịa - Vũng Tàu #geo
ĐB: đại biểu #gov ~quốc hội, hội đồng, hđnd, đoàn, kỳ họp, cử tri, ý kiến
ĐB: đồng bằng #geo ~sông, miền, vùng
VN: Việt Nam #geo
TQ: Trung Quốc #geo
HQ: Hàn Quốc #geo ~seoul, hàn, tập đoàn
HQ: Hải quan #gov ~cục, tổng cục, thuế, xuất nhập khẩu, thông quan
TCHQ: Tổng cục Hải quan #gov
KBNN: Kho bạc Nhà nước #gov
NSNN: ngân sách nhà nước #econ
NSĐP: ngân sách địa phương #econ
NHNN: Ngân hàng Nhà nước #econ
NHCSXH: Ngân hàng Chính sách xã hội #econ
UBCKNN: Ủy ban Chứng khoán Nhà nước #econ
KTNN: Kiểm toán Nhà nước #gov
DNNN: doanh nghiệp nhà nước #econ
NN: Nhà nước #gov ~quản lý, cơ quan, ngân sách, doanh nghiệp
NN: nông nghiệp #econ ~sở, ngành, nông thôn, nông dân, sản xuất
CQNN: cơ quan nhà nước #gov
ĐTN: Đoàn Thanh niên #party
ĐTNCS: Đoàn Thanh niên Cộng sản #party
TNCS: Thanh niên Cộng sản #party
HLHPN: Hội Liên hiệp Phụ nữ #party
LHPN: Liên hiệp Phụ nữ #party
HND: Hội Nông dân #party
HCCB: Hội Cựu chiến binh #party
LĐLĐ: Liên đoàn Lao động #party
TLĐLĐ: Tổng Liên đoàn Lao động #party
TLĐ: Tổng Liên đoàn Lao động #party !
CĐ: Công đoàn #party ~đoàn viên, liên đoàn, cơ sở, người lao động
CĐ: cao đẳng #edu ~trường, đại học, sinh viên, tuyển sinh, nghề
ĐV: đảng viên #party ~đảng, chi bộ, kết nạp
ĐV: đoàn viên #party ~đoàn, thanh niên, công đoàn
ĐVTN: đoàn viên thanh niên #party
TNXP: Thanh niên xung phong #party
TNTN: thanh niên tình nguyện #party
MHX: Mùa hè xanh #party
NVQS: nghĩa vụ quân sự #defence
GPMB: giải phóng mặt bằng #gov
TĐC: tái định cư #gov
QSDĐ: quyền sử dụng đất #gov
GCNQSDĐ: giấy chứng nhận quyền sử dụng đất #gov
GCN: giấy chứng nhận #gov
KCN: khu công nghiệp #econ
KKT: khu kinh tế #econ
KCX: khu chế xuất #econ
CCN: cụm công nghiệp #econ
KĐT: khu đô thị #econ
KDC: khu dân cư #society
KP: khu phố #geo
TDP: tổ dân phố #geo
ĐVHC: đơn vị hành chính #gov
PCT: Phó Chủ tịch #gov
CT: Chủ tịch #gov ~phó, ủy ban, hội đồng, ubnd, hđnd
CT: chỉ thị #law ~số, ban hành, thủ tướng
PTT: Phó Thủ tướng #gov
TBT: Tổng Bí thư #party ~đảng, trung ương *
TBT: Tổng biên tập #media ~báo, tòa soạn, tạp chí
BT: Bí thư #party ~tỉnh ủy, thành ủy, huyện ủy, chi bộ, đảng ủy
GĐ: giám đốc #econ
PGĐ: phó giám đốc #econ
TGĐ: tổng giám đốc #econ
PTGĐ: phó tổng giám đốc #econ
MT: môi trường #society ~bảo vệ, ô nhiễm, tài nguyên
`;
