/**
 * English press abbreviations. `KEY: English expansion[ / alternative] | Vietnamese press expansion[ / alt]`:
 * an entry with a Vietnamese part is an international one, also explained in Vietnamese text.
 * Same flags as vi-state.ts: `#domain`, `~cues`, `*` default sense, `!` initials exception.
 */
export const EN = `
WHO: World Health Organization | Tổ chức Y tế Thế giới #health
UN: United Nations | Liên Hợp Quốc #intl
UNESCO: United Nations Educational, Scientific and Cultural Organization | Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc #intl
UNICEF: United Nations Children's Fund | Quỹ Nhi đồng Liên Hợp Quốc #intl !
UNDP: United Nations Development Programme | Chương trình Phát triển Liên Hợp Quốc #intl
UNHCR: United Nations High Commissioner for Refugees | Cao ủy Liên Hợp Quốc về người tị nạn #intl
UNFPA: United Nations Population Fund | Quỹ Dân số Liên Hợp Quốc #intl !
FAO: Food and Agriculture Organization | Tổ chức Lương thực và Nông nghiệp Liên Hợp Quốc #intl
ILO: International Labour Organization / International Labor Organization | Tổ chức Lao động Quốc tế #intl
IMF: International Monetary Fund | Quỹ Tiền tệ Quốc tế #econ
WB: World Bank | Ngân hàng Thế giới #econ
ADB: Asian Development Bank | Ngân hàng Phát triển châu Á #econ
AIIB: Asian Infrastructure Investment Bank | Ngân hàng Đầu tư Cơ sở hạ tầng châu Á #econ
WTO: World Trade Organization | Tổ chức Thương mại Thế giới #econ
OECD: Organisation for Economic Co-operation and Development / Organization for Economic Cooperation and Development | Tổ chức Hợp tác và Phát triển Kinh tế #econ
OPEC: Organization of the Petroleum Exporting Countries | Tổ chức các nước xuất khẩu dầu mỏ #econ
ASEAN: Association of Southeast Asian Nations | Hiệp hội các quốc gia Đông Nam Á / Hiệp hội các nước Đông Nam Á #intl
APEC: Asia-Pacific Economic Cooperation | Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương #intl
EU: European Union | Liên minh châu Âu #intl
EC: European Commission | Ủy ban châu Âu #intl ~brussels, eu, commissioner, member states
ECB: European Central Bank | Ngân hàng Trung ương châu Âu #econ
NATO: North Atlantic Treaty Organization | Tổ chức Hiệp ước Bắc Đại Tây Dương #intl
IAEA: International Atomic Energy Agency | Cơ quan Năng lượng Nguyên tử Quốc tế #intl
ICC: International Criminal Court | Tòa án Hình sự Quốc tế #law ~court, war crimes, hague, warrant
ICJ: International Court of Justice | Tòa án Công lý Quốc tế #law
IOC: International Olympic Committee | Ủy ban Olympic Quốc tế #sport
FIFA: Fédération Internationale de Football Association / International Federation of Association Football | Liên đoàn Bóng đá Thế giới #sport
UEFA: Union of European Football Associations | Liên đoàn Bóng đá châu Âu #sport
AFC: Asian Football Confederation | Liên đoàn Bóng đá châu Á #sport
AFF: ASEAN Football Federation | Liên đoàn Bóng đá Đông Nam Á #sport
G7: Group of Seven | Nhóm các nước công nghiệp phát triển hàng đầu thế giới #intl !
G20: Group of Twenty | Nhóm các nền kinh tế lớn #intl !
BRICS: Brazil, Russia, India, China and South Africa | nhóm các nền kinh tế mới nổi Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi #intl
CPTPP: Comprehensive and Progressive Agreement for Trans-Pacific Partnership | Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương #econ
TPP: Trans-Pacific Partnership | Hiệp định Đối tác xuyên Thái Bình Dương #econ
EVFTA: EU-Vietnam Free Trade Agreement | Hiệp định Thương mại tự do Việt Nam - EU #econ !
RCEP: Regional Comprehensive Economic Partnership | Hiệp định Đối tác Kinh tế Toàn diện Khu vực #econ
FTA: free trade agreement | hiệp định thương mại tự do #econ
NAFTA: North American Free Trade Agreement | Hiệp định Thương mại Tự do Bắc Mỹ #econ
WWF: World Wide Fund for Nature | Quỹ Quốc tế Bảo vệ Thiên nhiên #intl !
IPCC: Intergovernmental Panel on Climate Change | Ủy ban Liên chính phủ về Biến đổi khí hậu #intl !
COP: Conference of the Parties | Hội nghị các bên #intl ~climate, summit, khí hậu, biến đổi, un
GDP: gross domestic product | tổng sản phẩm quốc nội / tổng sản phẩm trong nước #econ
GRDP: gross regional domestic product | tổng sản phẩm trên địa bàn / tổng sản phẩm trên địa bàn tỉnh #econ
GNP: gross national product | tổng sản phẩm quốc dân #econ
GNI: gross national income | tổng thu nhập quốc dân #econ
CPI: consumer price index | chỉ số giá tiêu dùng #econ
PPI: producer price index | chỉ số giá sản xuất #econ
PMI: purchasing managers' index | chỉ số nhà quản trị mua hàng #econ
FDI: foreign direct investment | đầu tư trực tiếp nước ngoài #econ
ODA: official development assistance | hỗ trợ phát triển chính thức #econ
IPO: initial public offering | phát hành cổ phiếu lần đầu ra công chúng #econ
M&A: mergers and acquisitions | mua bán và sáp nhập #econ ~deal, deals, merger, acquisition, companies, sáp nhập, thương vụ, doanh nghiệp *
PPP: public-private partnership | đối tác công tư #econ ~investment, project, dự án, đầu tư, infrastructure
VAT: value-added tax | thuế giá trị gia tăng #econ
ETF: exchange-traded fund | quỹ hoán đổi danh mục #econ
ROE: return on equity | tỷ suất lợi nhuận trên vốn chủ sở hữu #econ
ROI: return on investment | tỷ suất hoàn vốn #econ
EPS: earnings per share | lợi nhuận trên mỗi cổ phiếu #econ
USD: US dollar / United States dollar | đô la Mỹ #econ !
EUR: euro | đồng euro #econ !
CEO: chief executive officer | giám đốc điều hành / tổng giám đốc #econ
CFO: chief financial officer | giám đốc tài chính #econ
COO: chief operating officer | giám đốc vận hành #econ
CTO: chief technology officer | giám đốc công nghệ #econ
CMO: chief marketing officer | giám đốc tiếp thị #econ
R&D: research and development | nghiên cứu và phát triển #econ
B2B: business-to-business | doanh nghiệp với doanh nghiệp #econ !
B2C: business-to-consumer | doanh nghiệp với người tiêu dùng #econ !
SME: small and medium-sized enterprise / small and medium enterprise | doanh nghiệp nhỏ và vừa #econ
HR: human resources | nhân sự #econ
PR: public relations | quan hệ công chúng #econ
KPI: key performance indicator | chỉ số đánh giá hiệu quả công việc #econ
ESG: environmental, social and governance | môi trường, xã hội và quản trị #econ
LNG: liquefied natural gas | khí thiên nhiên hóa lỏng #econ
LPG: liquefied petroleum gas | khí dầu mỏ hóa lỏng #econ
EV: electric vehicle | xe điện #tech
AI: artificial intelligence | trí tuệ nhân tạo #tech
IT: information technology | công nghệ thông tin #tech
IoT: Internet of Things | Internet vạn vật #tech
ICT: information and communications technology | công nghệ thông tin và truyền thông #tech
CPU: central processing unit | bộ xử lý trung tâm #tech
GPU: graphics processing unit | bộ xử lý đồ họa #tech
RAM: random-access memory | bộ nhớ truy cập ngẫu nhiên #tech
SSD: solid-state drive | ổ cứng thể rắn #tech
USB: Universal Serial Bus #tech
LED: light-emitting diode | đi-ốt phát quang #tech
LCD: liquid-crystal display | màn hình tinh thể lỏng #tech
GPS: Global Positioning System | hệ thống định vị toàn cầu #tech
SIM: subscriber identity module #tech
SMS: short message service | tin nhắn #tech !
OTP: one-time password | mật khẩu dùng một lần / mật khẩu một lần #tech
QR: quick response | Quick Response / mã QR #tech !
ATM: automated teller machine | máy rút tiền tự động / máy giao dịch tự động #econ
PIN: personal identification number | mã số định danh cá nhân / mã PIN #tech !
URL: uniform resource locator #tech
API: application programming interface | giao diện lập trình ứng dụng #tech
VPN: virtual private network | mạng riêng ảo #tech
PDF: Portable Document Format #tech
HTML: HyperText Markup Language #tech
IP: Internet Protocol / intellectual property #tech ~address, địa chỉ, network *
ISP: internet service provider | nhà cung cấp dịch vụ internet #tech
5G: fifth-generation mobile network | mạng di động thế hệ thứ năm #tech !
4G: fourth-generation mobile network | mạng di động thế hệ thứ tư #tech !
VR: virtual reality | thực tế ảo #tech
AR: augmented reality | thực tế tăng cường #tech ~virtual, vr, glasses, headset, ảo
LLM: large language model | mô hình ngôn ngữ lớn #tech
ChatGPT: Chat Generative Pre-trained Transformer #tech !
GB: gigabyte #tech !
MB: megabyte #tech !
TV: television | ti vi / truyền hình #media !
UV: ultraviolet | tia cực tím #science !
DNA: deoxyribonucleic acid | axit deoxyribonucleic #science !
RNA: ribonucleic acid | axit ribonucleic #science !
HIV: human immunodeficiency virus | virus gây suy giảm miễn dịch ở người #health
AIDS: acquired immunodeficiency syndrome | hội chứng suy giảm miễn dịch mắc phải #health
COVID-19: coronavirus disease 2019 | bệnh viêm đường hô hấp cấp do virus corona 2019 / dịch bệnh COVID-19 #health !
SARS: severe acute respiratory syndrome | hội chứng hô hấp cấp tính nặng #health
SARS-CoV-2: severe acute respiratory syndrome coronavirus 2 | virus corona gây hội chứng hô hấp cấp tính nặng 2 #health !
MERS: Middle East respiratory syndrome | hội chứng hô hấp Trung Đông #health
PCR: polymerase chain reaction | phản ứng chuỗi polymerase #health
ICU: intensive care unit | khoa hồi sức tích cực / phòng chăm sóc đặc biệt #health !
ER: emergency room | phòng cấp cứu #health ~hospital, patients, doctors, nurse
MRI: magnetic resonance imaging | chụp cộng hưởng từ #health
CT: computed tomography | chụp cắt lớp vi tính #health ~scan, chụp
ADHD: attention deficit hyperactivity disorder #health
PTSD: post-traumatic stress disorder #health
BMI: body mass index | chỉ số khối cơ thể #health
CDC: Centers for Disease Control and Prevention #health
FDA: Food and Drug Administration | Cơ quan Quản lý Thực phẩm và Dược phẩm Mỹ #health
NIH: National Institutes of Health #health
NHS: National Health Service #health
CO2: carbon dioxide | carbon dioxide / khí CO2 / khí carbon dioxide #science !
PM2.5: fine particulate matter | bụi mịn / bụi mịn PM2.5 #science !
NASA: National Aeronautics and Space Administration | Cơ quan Hàng không và Vũ trụ Mỹ #science
ESA: European Space Agency | Cơ quan Vũ trụ châu Âu #science
JPL: Jet Propulsion Laboratory #science
NSF: National Science Foundation #science
NOAA: National Oceanic and Atmospheric Administration #science
ISS: International Space Station | Trạm Vũ trụ Quốc tế #science
MIT: Massachusetts Institute of Technology | Viện Công nghệ Massachusetts #edu
UCLA: University of California, Los Angeles #edu
PhD: Doctor of Philosophy | tiến sĩ #edu !
MBA: Master of Business Administration | thạc sĩ quản trị kinh doanh #edu
BA: Bachelor of Arts #edu ~degree, university
MA: Master of Arts #edu ~degree, university
GPA: grade point average | điểm trung bình #edu
SAT: Scholastic Assessment Test #edu ~score, test, college *
IELTS: International English Language Testing System #edu
TOEFL: Test of English as a Foreign Language #edu
STEM: science, technology, engineering and mathematics | khoa học, công nghệ, kỹ thuật và toán học #edu
K-12: kindergarten through 12th grade #edu !
U.S.: United States | Mỹ / Hoa Kỳ #politics
USA: United States of America | Mỹ / Hợp chủng quốc Hoa Kỳ #politics
U.K.: United Kingdom | Anh / Vương quốc Anh #politics
UAE: United Arab Emirates | Các Tiểu vương quốc Ả Rập Thống nhất #politics
DPRK: Democratic People's Republic of Korea | Cộng hòa Dân chủ Nhân dân Triều Tiên #politics
D.C.: District of Columbia #politics
NYC: New York City #politics
LA: Los Angeles #politics ~california, angeles, lakers
EEZ: exclusive economic zone | vùng đặc quyền kinh tế #politics
UNCLOS: United Nations Convention on the Law of the Sea | Công ước Liên Hợp Quốc về Luật Biển #politics
GOP: Grand Old Party | Đảng Cộng hòa Mỹ #politics
MP: Member of Parliament | nghị sĩ #politics
PM: prime minister | thủ tướng #politics ~minister, government, downing, party, cabinet, election, parliament
EPA: Environmental Protection Agency | Cơ quan Bảo vệ Môi trường Mỹ #politics
FBI: Federal Bureau of Investigation | Cục Điều tra Liên bang Mỹ #politics
CIA: Central Intelligence Agency | Cơ quan Tình báo Trung ương Mỹ #politics
NSA: National Security Agency | Cơ quan An ninh Quốc gia Mỹ #politics
DHS: Department of Homeland Security #politics
DOJ: Department of Justice #politics
DOD: Department of Defense #politics
DOE: Department of Energy #politics
DOT: Department of Transportation #politics
HHS: Department of Health and Human Services #politics !
IRS: Internal Revenue Service | Sở Thuế vụ Mỹ #politics
ICE: Immigration and Customs Enforcement #politics
FEMA: Federal Emergency Management Agency #politics
FAA: Federal Aviation Administration | Cục Hàng không Liên bang Mỹ #politics
FCC: Federal Communications Commission #politics
FTC: Federal Trade Commission #politics
SEC: Securities and Exchange Commission | Ủy ban Chứng khoán và Giao dịch Mỹ #econ
SBA: Small Business Administration #econ
Fed: Federal Reserve / Federal Reserve System | Cục Dự trữ Liên bang Mỹ #econ !
FOMC: Federal Open Market Committee #econ
BoE: Bank of England | Ngân hàng Trung ương Anh #econ
BOJ: Bank of Japan | Ngân hàng Trung ương Nhật Bản #econ
PBOC: People's Bank of China | Ngân hàng Nhân dân Trung Quốc #econ
NYSE: New York Stock Exchange | Sở Giao dịch Chứng khoán New York #econ
S&P: Standard & Poor's #econ !
DJIA: Dow Jones Industrial Average #econ
ADA: Americans with Disabilities Act #law ~disabilities, disability, wheelchair, accessible, accessibility *
ADA: American Dental Association #health ~dental, dentist, teeth
ACLU: American Civil Liberties Union #law
NRA: National Rifle Association #politics
NAACP: National Association for the Advancement of Colored People #politics
NGO: non-governmental organization | tổ chức phi chính phủ #politics
EMS: emergency medical services #health
EMT: emergency medical technician #health
GP: general practitioner #health ~doctor, surgery, patients
NHTSA: National Highway Traffic Safety Administration #politics
NTSB: National Transportation Safety Board #politics
TSA: Transportation Security Administration #politics
DMV: Department of Motor Vehicles #politics
BRT: bus rapid transit | xe buýt nhanh #transport
MRT: mass rapid transit | đường sắt đô thị #transport
LRT: light rail transit | đường sắt nhẹ #transport
SUV: sport utility vehicle | xe thể thao đa dụng #transport
BBC: British Broadcasting Corporation | British Broadcasting Corporation / Đài BBC #media
CNN: Cable News Network | Cable News Network / Đài CNN #media !
AP: Associated Press | Associated Press / hãng thông tấn AP #media ~reported, reports, news, told
AFP: Agence France-Presse | Agence France-Presse / Hãng thông tấn Pháp / hãng thông tấn AFP #media !
NPR: National Public Radio | National Public Radio #media
PBS: Public Broadcasting Service | Public Broadcasting Service #media
ABC: American Broadcasting Company #media ~news
NBC: National Broadcasting Company | National Broadcasting Company #media
CBS: Columbia Broadcasting System #media
NYT: The New York Times | The New York Times / New York Times #media
WSJ: The Wall Street Journal | The Wall Street Journal / Wall Street Journal #media
NBA: National Basketball Association #sport
NFL: National Football League #sport
MLB: Major League Baseball #sport
NHL: National Hockey League #sport
NCAA: National Collegiate Athletic Association #sport
MVP: most valuable player | cầu thủ xuất sắc nhất #sport
UFC: Ultimate Fighting Championship #sport
F1: Formula One | giải đua xe Công thức 1 #sport !
VAR: video assistant referee | công nghệ hỗ trợ trọng tài video #sport
LGBT: lesbian, gay, bisexual and transgender | cộng đồng người đồng tính, song tính và chuyển giới #society
LGBTQ: lesbian, gay, bisexual, transgender and queer #society
DEI: diversity, equity and inclusion #society
PTA: parent-teacher association #edu
ID: identification #society ~card, photo, voter
VIP: very important person | khách mời đặc biệt #society
DIY: do it yourself #society
FAQ: frequently asked questions #society
AKA: also known as #society
RSVP: répondez s'il vous plaît #society !
ETA: estimated time of arrival #society
ASAP: as soon as possible #society
CV: curriculum vitae #society
HQ: headquarters #society !
PSA: public service announcement #society
GMO: genetically modified organism | sinh vật biến đổi gen #science
UAV: unmanned aerial vehicle | phương tiện bay không người lái #tech
ICBM: intercontinental ballistic missile | tên lửa đạn đạo xuyên lục địa #defence
WMD: weapons of mass destruction #defence
IED: improvised explosive device #defence
IS: Islamic State | Nhà nước Hồi giáo tự xưng #politics ~militants, syria, iraq, khủng bố, group
ISIS: Islamic State of Iraq and Syria | Nhà nước Hồi giáo tự xưng #politics
EFTA: European Free Trade Association #econ
IEA: International Energy Agency | Cơ quan Năng lượng Quốc tế #econ
WEF: World Economic Forum | Diễn đàn Kinh tế Thế giới #econ
ITU: International Telecommunication Union | Liên minh Viễn thông Quốc tế #tech
ICAO: International Civil Aviation Organization | Tổ chức Hàng không Dân dụng Quốc tế #transport
IMO: International Maritime Organization | Tổ chức Hàng hải Quốc tế #transport ~maritime, shipping, ships, vessels, hàng hải
IATA: International Air Transport Association | Hiệp hội Vận tải Hàng không Quốc tế #transport
WFP: World Food Programme | Chương trình Lương thực Thế giới #intl
OHCHR: Office of the United Nations High Commissioner for Human Rights #intl !
ICRC: International Committee of the Red Cross | Ủy ban Chữ thập đỏ Quốc tế #intl
MSF: Médecins Sans Frontières / Doctors Without Borders | Tổ chức Bác sĩ không biên giới #intl
OSCE: Organization for Security and Co-operation in Europe #intl
AU: African Union | Liên minh châu Phi #intl ~africa, african, addis ababa, châu phi
GCC: Gulf Cooperation Council | Hội đồng Hợp tác vùng Vịnh #intl
SCO: Shanghai Cooperation Organisation | Tổ chức Hợp tác Thượng Hải #intl
EAS: East Asia Summit | Hội nghị Cấp cao Đông Á #intl
ARF: ASEAN Regional Forum | Diễn đàn Khu vực ASEAN #intl
ADMM: ASEAN Defence Ministers' Meeting | Hội nghị Bộ trưởng Quốc phòng các nước ASEAN #intl
AMM: ASEAN Foreign Ministers' Meeting | Hội nghị Bộ trưởng Ngoại giao ASEAN #intl !
JETRO: Japan External Trade Organization | Tổ chức Xúc tiến Thương mại Nhật Bản #econ
JICA: Japan International Cooperation Agency | Cơ quan Hợp tác Quốc tế Nhật Bản #econ
KOICA: Korea International Cooperation Agency | Cơ quan Hợp tác Quốc tế Hàn Quốc #econ
USAID: United States Agency for International Development | Cơ quan Phát triển Quốc tế Hoa Kỳ #econ
AmCham: American Chamber of Commerce | Phòng Thương mại Hoa Kỳ #econ
EuroCham: European Chamber of Commerce | Phòng Thương mại châu Âu #econ !
VCCI: Vietnam Chamber of Commerce and Industry | Liên đoàn Thương mại và Công nghiệp Việt Nam #econ
HoSE: Ho Chi Minh City Stock Exchange | Sở Giao dịch Chứng khoán TP.HCM #econ
SBV: State Bank of Vietnam | Ngân hàng Nhà nước Việt Nam #econ
VAFI: Vietnam Association of Financial Investors | Hiệp hội Các nhà đầu tư tài chính Việt Nam #econ
PVN: PetroVietnam | Tập đoàn Dầu khí Việt Nam #econ !
EVN: Vietnam Electricity | Tập đoàn Điện lực Việt Nam #econ !
VNA: Vietnam Airlines / Vietnam News Agency #transport ~airline, flight, airport *
AQI: air quality index | chỉ số chất lượng không khí #science
UTC: Coordinated Universal Time #science !
EST: Eastern Standard Time #science
GMT: Greenwich Mean Time | Greenwich Mean Time / giờ GMT #science
ESPN: Entertainment and Sports Programming Network | Entertainment and Sports Programming Network #media
HBO: Home Box Office | Home Box Office #media
OTT: over-the-top | dịch vụ truyền hình qua internet #media
EPL: English Premier League | Giải Ngoại hạng Anh #sport
IPL: Indian Premier League #sport
PGA: Professional Golfers' Association #sport
WTA: Women's Tennis Association #sport
ATP: Association of Tennis Professionals #sport
IMDb: Internet Movie Database #media
NIMBY: not in my backyard #society
CSR: corporate social responsibility | trách nhiệm xã hội của doanh nghiệp #econ
FX: foreign exchange | ngoại hối #econ ~currency, currencies, trading, rates
YoY: year over year | so với cùng kỳ năm trước #econ !
QE: quantitative easing | nới lỏng định lượng #econ
CBDC: central bank digital currency | tiền kỹ thuật số của ngân hàng trung ương #econ
BTC: bitcoin #econ !
NFT: non-fungible token | token không thể thay thế #tech
SaaS: software as a service | phần mềm dạng dịch vụ #tech
DDoS: distributed denial of service | tấn công từ chối dịch vụ phân tán #tech !
OS: operating system | hệ điều hành #tech
iOS: iPhone Operating System #tech !
UI: user interface | giao diện người dùng #tech
UX: user experience | trải nghiệm người dùng #tech !
SEO: search engine optimization | tối ưu hóa công cụ tìm kiếm #tech
CCTV: closed-circuit television | camera giám sát #tech
RFID: radio-frequency identification | nhận dạng qua tần số vô tuyến #tech
NFC: near-field communication | giao tiếp tầm gần #tech
HD: high definition | độ phân giải cao #tech ~video, screen, tv, resolution, display, camera
OLED: organic light-emitting diode | đi-ốt phát quang hữu cơ #tech
`;
