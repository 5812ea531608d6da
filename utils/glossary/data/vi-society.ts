/**
 * Vietnamese press abbreviations: education, health, economy, business, labour, sport, culture, media, daily life.
 * Same format and licence notice as vi-state.ts (some entries checked against soe-vinorm's list,
 * MIT License, Copyright (c) 2025 Vinh Dang, https://github.com/vinhdq842/soe-vinorm).
 */
export const VI_SOCIETY = `
THPT: trung học phổ thông #edu
THCS: trung học cơ sở #edu
TH: tiểu học #edu ~trường, học sinh, giáo viên, lớp
MN: mầm non #edu ~trường, giáo viên, trẻ
PTTH: phổ thông trung học #edu ~trường, học sinh, thi, tốt nghiệp, lớp *
PTDTNT: phổ thông dân tộc nội trú #edu
GDTX: giáo dục thường xuyên #edu
GDNN: giáo dục nghề nghiệp #edu
GDCD: giáo dục công dân #edu
GDMN: giáo dục mầm non #edu
GDPT: giáo dục phổ thông #edu
GD: giáo dục #edu
ĐT: đào tạo #edu ~giáo dục, trường, tuyển sinh
ĐT: đội tuyển #sport ~bóng đá, hlv, cầu thủ, trận, giải, quốc gia, vòng loại
ĐT: điện thoại #tech ~số, gọi, di động, cuộc gọi, ^#phone
ĐTQG: đội tuyển quốc gia #sport
ĐH: đại học #edu ~trường, sinh viên, giảng viên, học viện, tuyển sinh, quốc gia, bách khoa, hiệu trưởng, thi, khoa, sv, tốt nghiệp
ĐH: Đại hội #party ~đảng, đảng bộ, đại biểu, nhiệm kỳ, lần thứ, chi bộ, cổ đông, toàn quốc, đoàn, hội
ĐHQG: Đại học Quốc gia #edu
ĐHQGHN: Đại học Quốc gia Hà Nội #edu
ĐHBK: Đại học Bách khoa #edu
ĐHSP: Đại học Sư phạm #edu
ĐHKHTN: Đại học Khoa học Tự nhiên #edu
ĐHKHXH&NV: Đại học Khoa học Xã hội và Nhân văn #edu
ĐHĐCĐ: Đại hội đồng cổ đông #econ
TCCN: trung cấp chuyên nghiệp #edu
SĐH: sau đại học #edu
HS: học sinh #edu *
HSSV: học sinh, sinh viên #edu
HSG: học sinh giỏi #edu
SV: sinh viên #edu
GV: giáo viên #edu ~trường, học sinh, dạy, lớp *
GV: giảng viên #edu ~đại học, sinh viên, khoa, học viện
GVCN: giáo viên chủ nhiệm #edu
GS: Giáo sư #edu
PGS: Phó Giáo sư #edu
TS: Tiến sĩ #edu ~ông, bà, pgs, gs, viện, đại học, nghiên cứu, chuyên gia, ths, bs, ^nguyễn, ^trần, ^phạm, ^hoàng, ^huỳnh, ^phan, ^vũ, ^võ, ^đặng, ^bùi, ^đỗ, ^ngô, ^dương, ^trịnh, ^đinh
TS: thí sinh #edu ~thi, điểm, xét tuyển, dự thi, kỳ thi, đăng ký, tuyển sinh, phòng thi, bài thi, môn thi, thpt
GS.TS: Giáo sư, Tiến sĩ / Giáo sư Tiến sĩ #edu
PGS.TS: Phó Giáo sư, Tiến sĩ / Phó Giáo sư Tiến sĩ #edu
GS.TSKH: Giáo sư, Tiến sĩ khoa học / Giáo sư Tiến sĩ khoa học #edu
TSKH: Tiến sĩ khoa học #edu
ThS: Thạc sĩ #edu
ThS.BS: Thạc sĩ, bác sĩ / Thạc sĩ bác sĩ #health
TS.BS: Tiến sĩ, bác sĩ / Tiến sĩ bác sĩ #health
BS: bác sĩ #health ~bệnh viện, bệnh nhân, điều trị, phẫu thuật, y tế, khám bệnh, chữa bệnh, ca mổ *
BS: biển số #security ~xe, ô tô, xe mang, biển kiểm soát
BSCKI: bác sĩ chuyên khoa I #health !
BSCKII: bác sĩ chuyên khoa II #health !
CKI: chuyên khoa I #health !
CKII: chuyên khoa II #health !
DS: dược sĩ #health ~nhà thuốc, thuốc
ĐD: điều dưỡng #health ~bệnh viện, bệnh nhân *
SGK: sách giáo khoa #edu
CNTT: công nghệ thông tin #tech
NCKH: nghiên cứu khoa học #edu
NCS: nghiên cứu sinh #edu
KTX: ký túc xá #edu
ĐGNL: đánh giá năng lực #edu
SBD: số báo danh #edu
HK: học kỳ #edu ~năm học, điểm, kết thúc
BGH: Ban Giám hiệu #edu
BGK: Ban Giám khảo #culture
BHXH: bảo hiểm xã hội #health
BHYT: bảo hiểm y tế #health
BHTN: bảo hiểm thất nghiệp #health
BHXHVN: Bảo hiểm xã hội Việt Nam #health
BV: bệnh viện #health
BVĐK: bệnh viện đa khoa #health
BVĐKTW: Bệnh viện Đa khoa Trung ương #health !
TTYT: Trung tâm Y tế #health
YTDP: y tế dự phòng #health
CDC: Trung tâm Kiểm soát bệnh tật #health !
KCB: khám, chữa bệnh / khám chữa bệnh #health
TYT: trạm y tế #health
ATTP: an toàn thực phẩm #health
VSATTP: vệ sinh an toàn thực phẩm #health
NĐTP: ngộ độc thực phẩm #health
TCMR: tiêm chủng mở rộng #health
SXH: sốt xuất huyết #health
TCM: tay chân miệng #health
ĐTĐ: đái tháo đường #health
YHCT: y học cổ truyền #health
TTBYT: trang thiết bị y tế #health
NCT: người cao tuổi #society
NKT: người khuyết tật #society
NLĐ: người lao động #labour
NSDLĐ: người sử dụng lao động #labour
HĐLĐ: hợp đồng lao động #labour
XKLĐ: xuất khẩu lao động #labour
ATLĐ: an toàn lao động #labour
TNLĐ: tai nạn lao động #labour
LĐ: lao động #labour
CNVC: công nhân viên chức #labour
CNVCLĐ: công nhân, viên chức, lao động #labour
CBCNV: cán bộ, công nhân viên #labour
ASXH: an sinh xã hội #society
CSXH: chính sách xã hội #society
BTXH: bảo trợ xã hội #society
XĐGN: xóa đói giảm nghèo #society
NTM: nông thôn mới #society
NOXH: nhà ở xã hội #society
CCCD: căn cước công dân #gov
CMND: chứng minh nhân dân #gov
GPLX: giấy phép lái xe #security
GPXD: giấy phép xây dựng #gov
GPKD: giấy phép kinh doanh #econ
ĐKKD: đăng ký kinh doanh #econ
MST: mã số thuế #econ
SĐT: số điện thoại #tech
ĐTDĐ: điện thoại di động #tech
TNHH: trách nhiệm hữu hạn #econ
MTV: một thành viên #econ
CTCP: công ty cổ phần #econ
TMCP: thương mại cổ phần #econ
NHTM: ngân hàng thương mại #econ
NHTMCP: ngân hàng thương mại cổ phần #econ
TCTD: tổ chức tín dụng #econ
CTCK: công ty chứng khoán #econ
TTCK: thị trường chứng khoán #econ
HNX: Sở Giao dịch Chứng khoán Hà Nội #econ !
CK: chứng khoán #econ ~thị trường, cổ phiếu, sàn, nhà đầu tư
BĐS: bất động sản #econ
DN: doanh nghiệp #econ
DNNVV: doanh nghiệp nhỏ và vừa #econ
DNVVN: doanh nghiệp vừa và nhỏ #econ
HTX: hợp tác xã #econ
TCT: tổng công ty #econ
TĐ: tập đoàn #econ ~kinh tế, công ty
NĐT: nhà đầu tư #econ
VĐL: vốn điều lệ #econ
ĐTNN: đầu tư nước ngoài #econ
ĐTC: đầu tư công #econ
XNK: xuất nhập khẩu #econ
XK: xuất khẩu #econ
NK: nhập khẩu #econ
SX: sản xuất #econ
SXKD: sản xuất, kinh doanh / sản xuất kinh doanh #econ
KD: kinh doanh #econ
TM: thương mại #econ
TMĐT: thương mại điện tử #econ
TM-DV: thương mại - dịch vụ / thương mại dịch vụ #econ
DV: dịch vụ #econ
GTGT: giá trị gia tăng #econ
TNDN: thu nhập doanh nghiệp #econ
TNCN: thu nhập cá nhân #econ
TTĐB: tiêu thụ đặc biệt #econ
QLTT: quản lý thị trường #econ
TPCP: trái phiếu Chính phủ #econ
TPDN: trái phiếu doanh nghiệp #econ
XDCB: xây dựng cơ bản #econ
CSHT: cơ sở hạ tầng #econ
NLTT: năng lượng tái tạo #econ
ĐMT: điện mặt trời #econ
TĐ: thủy điện #econ ~nhà máy, hồ, xả lũ
NMNĐ: nhà máy nhiệt điện #econ
BOT: xây dựng - kinh doanh - chuyển giao #econ !
QL: quốc lộ #geo ~tuyến, km, đoạn, xe, đường *
QL: quản lý #gov ~ban
ĐT: đường tỉnh #geo ~tuyến, km, đoạn
CLB: câu lạc bộ #sport
HLV: huấn luyện viên #sport
VĐV: vận động viên #sport
CĐV: cổ động viên #sport
BLV: bình luận viên #media
TDTT: thể dục thể thao #sport
VĐQG: vô địch quốc gia #sport
ĐKVĐ: đương kim vô địch #sport
VCK: vòng chung kết #sport
HCV: huy chương vàng #sport
HCB: huy chương bạc #sport
HCĐ: huy chương đồng #sport
LĐBĐVN: Liên đoàn Bóng đá Việt Nam #sport
VFF: Liên đoàn Bóng đá Việt Nam / Vietnam Football Federation #sport !
VPF: Công ty Cổ phần Bóng đá chuyên nghiệp Việt Nam / Vietnam Professional Football #sport !
SVĐ: sân vận động #sport
NSND: Nghệ sĩ nhân dân #culture
NSƯT: Nghệ sĩ ưu tú #culture
NGND: Nhà giáo nhân dân #edu
NGƯT: Nhà giáo ưu tú #edu
TTND: Thầy thuốc nhân dân #health
TTƯT: Thầy thuốc ưu tú #health
AHLĐ: Anh hùng Lao động #society
AHLLVTND: Anh hùng Lực lượng vũ trang nhân dân #defence
NS: nghệ sĩ #culture ~sân khấu, ca sĩ, biểu diễn
NSX: nhà sản xuất #culture ~phim, ca sĩ, âm nhạc
NXB: Nhà xuất bản #culture
NTK: nhà thiết kế #culture
ĐD: đạo diễn #culture ~phim, điện ảnh, sân khấu
VH: văn hóa #culture
VHNT: văn học nghệ thuật #culture
DSVH: di sản văn hóa #culture
LHP: liên hoan phim #culture
HH: Hoa hậu #culture ~cuộc thi, người đẹp, đăng quang
MC: người dẫn chương trình #media !
PV: phóng viên #media ~^#label *
PV: phỏng vấn #media ~cuộc, buổi
CTV: cộng tác viên #media
TTXVN: Thông tấn xã Việt Nam #media
TTX: Thông tấn xã #media
THVN: Truyền hình Việt Nam #media
VTV: Đài Truyền hình Việt Nam #media !
VOV: Đài Tiếng nói Việt Nam #media !
ĐPT-TH: Đài Phát thanh - Truyền hình #media
PT-TH: Phát thanh - Truyền hình #media ~đài, phóng viên, sóng, kênh
MXH: mạng xã hội #tech
CĐS: chuyển đổi số #tech
CSDL: cơ sở dữ liệu #tech
VNĐ: Việt Nam đồng #econ !
VND: Việt Nam đồng #econ !
TNXH: tệ nạn xã hội #society
BVMT: bảo vệ môi trường #society
TN: thanh niên #society ~đoàn, hội, tình nguyện
BĐKH: biến đổi khí hậu #society
KTTV: khí tượng thủy văn #society
ATNĐ: áp thấp nhiệt đới #society
PCCCR: phòng cháy, chữa cháy rừng #security
VQG: vườn quốc gia #geo
KBT: khu bảo tồn #geo
DLST: du lịch sinh thái #econ
KDL: khu du lịch #econ
DL: du lịch #econ ~khách, điểm, tour, lữ hành
KS: khách sạn #econ ~phòng, khách, sao, du lịch
KS: kỹ sư #edu ~ông, bà, công trình, xây dựng
KTS: kiến trúc sư #culture
LS: luật sư #law
ĐSQ: Đại sứ quán #gov
LSQ: Lãnh sự quán #gov
TLSQ: Tổng Lãnh sự quán #gov
LHQ: Liên Hợp Quốc #intl
NVHT: nhà văn hóa thôn #society
BĐ: bóng đá #sport ~giải, đội, cầu thủ
GĐVH: gia đình văn hóa #society
BHNT: bảo hiểm nhân thọ #econ
TTTM: trung tâm thương mại #econ
TTHN: trung tâm hội nghị #econ
VLXD: vật liệu xây dựng #econ
PTBV: phát triển bền vững #econ
PCTN: phòng, chống tham nhũng / phòng chống tham nhũng #law
PCTN-TC: phòng, chống tham nhũng - tiêu cực #law
THTK-CLP: thực hành tiết kiệm, chống lãng phí #gov
KNTC: khiếu nại, tố cáo / khiếu nại tố cáo #law
TGPL: trợ giúp pháp lý #law
PBGDPL: phổ biến, giáo dục pháp luật / phổ biến giáo dục pháp luật #law
`;
