"""Composed samples in which duties are given body by body outside a part called
"Tổ chức thực hiện" (see scripts/build_corpus.py, which writes them to corpus/).

Facts are public: the national population targets to 2030 are those of the
Population Strategy (Quyết định 1679/QĐ-TTg of 22/11/2019, under Nghị quyết
21-NQ/TW and the Government's Nghị quyết 137/NQ-CP); the suspension-bridge
telegram is Công điện 51/CĐ-TTg of 24/4/2025 with its deadlines (30/5/2025 for
the review, 02/9/2025 for the repairs). The plans' numbers, the wording, the
names of people and the certificate codes are composed.
"""

# ---------------------------------------------------------------------------
# 1. A plan whose part III gives duties body by body ("Phân công trách nhiệm"),
#    with the population goals listed inside the health department's duties.
# ---------------------------------------------------------------------------

QT_TEXT = """\
ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ\t\t\t\tĐộc lập - Tự do - Hạnh phúc
Số: 236/KH-UBND\t\t\t\tQuảng Trị, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Thực hiện Chiến lược Dân số Việt Nam đến năm 2030 trên địa bàn tỉnh Quảng Trị,
giai đoạn 2026 - 2030

Căn cứ Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng khóa XII về công tác dân số trong tình hình mới;
Căn cứ Nghị quyết số 137/NQ-CP ngày 31 tháng 12 năm 2017 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW;
Căn cứ Quyết định số 1679/QĐ-TTg ngày 22 tháng 11 năm 2019 của Thủ tướng Chính phủ phê duyệt Chiến lược Dân số Việt Nam đến năm 2030;
Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện trên địa bàn tỉnh giai đoạn 2026 - 2030 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Đưa các mục tiêu của Chiến lược vào kế hoạch phát triển kinh tế - xã hội của tỉnh và của từng xã, phường.
2. Giao việc rõ cho từng sở, ngành và địa phương; lấy kết quả thực hiện làm một tiêu chí đánh giá hằng năm.

II. MỤC TIÊU
1. Mục tiêu chung
Giữ vững mức sinh thay thế, đưa tỷ số giới tính khi sinh về mức cân bằng tự nhiên, nâng cao chất lượng dân số.
2. Mục tiêu cụ thể đến năm 2030
- Tỷ lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn đạt 90%;
- Tỷ lệ xã, phường có câu lạc bộ chăm sóc sức khỏe người cao tuổi đạt tối thiểu 80%.

III. NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM
1. Nhiệm vụ, giải pháp chủ yếu
a) Đổi mới truyền thông về dân số, chú trọng vùng đồng bào dân tộc thiểu số ở miền núi và các xã ven biển.
b) Mở rộng mạng lưới tầm soát trước sinh và sơ sinh tới trạm y tế các xã, phường.
c) Lồng ghép nội dung dân số vào các chương trình mục tiêu quốc gia đang triển khai trên địa bàn.
2. Phân công trách nhiệm
2.1. Sở Y tế
a) Chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các xã, phường triển khai Kế hoạch; hướng dẫn, đôn đốc, kiểm tra và tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh.
b) Chỉ đạo các cơ sở y tế nâng cao chất lượng dịch vụ dân số. Trong đó, tập trung các giải pháp để phấn đấu đạt các chỉ tiêu dân số của tỉnh đến năm 2030, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%; giảm 50% số cặp tảo hôn và 60% số cặp hôn nhân cận huyết thống; 90% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh bẩm sinh phổ biến nhất; 90% trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất; 100% người cao tuổi có thẻ bảo hiểm y tế.
2.2. Sở Giáo dục và Đào tạo
Phối hợp với Sở Y tế đưa nội dung giáo dục dân số, sức khỏe sinh sản vị thành niên vào hoạt động ngoại khóa của các trường trung học.
2.3. Sở Tài chính
Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.
2.4. Sở Văn hóa, Thể thao và Du lịch
Phối hợp với Sở Y tế lồng ghép tuyên truyền dân số vào phong trào xây dựng gia đình văn hóa.
2.5. Công an tỉnh
Chủ trì cung cấp số liệu đăng ký cư trú cho cơ sở dữ liệu dân cư về dân số; phối hợp với Sở Y tế thống kê biến động dân số.
2.6. Hội Liên hiệp Phụ nữ tỉnh
Vận động hội viên tham gia tư vấn, khám sức khỏe trước khi kết hôn và tầm soát trước sinh.
2.7. Ủy ban nhân dân các xã, phường
Xây dựng kế hoạch của địa phương; bố trí người làm công tác dân số và cộng tác viên dân số ở thôn, tổ dân phố.

IV. KINH PHÍ THỰC HIỆN
Kinh phí do ngân sách nhà nước bảo đảm theo phân cấp hiện hành, lồng ghép với các chương trình, dự án và nguồn hợp pháp khác.

V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch, định kỳ báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế trước ngày 15 tháng 12 hằng năm.
2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét.

Nơi nhận:
- Bộ Y tế;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KGVX.
\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\tKT. CHỦ TỊCH
\t\t\t\tPHÓ CHỦ TỊCH


\t\t\t\tNguyễn Thị Lan Anh
"""


# ---------------------------------------------------------------------------
# 2. An official letter (công văn) that assigns work in numbered items, with an
#    appendix table of consultants whose certificate codes are not documents.
# ---------------------------------------------------------------------------

LC_LETTER = """\
ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI\t\t\t\tĐộc lập - Tự do - Hạnh phúc
Số: 1823/UBND-KT\t\t\tLào Cai, ngày 05 tháng 5 năm 2025
V/v triển khai Công điện số 51/CĐ-TTg của Thủ tướng Chính phủ về rà soát, sửa chữa cầu treo

Kính gửi:
- Các sở: Xây dựng, Tài chính;
- Công an tỉnh;
- Ủy ban nhân dân các xã, phường.

Thực hiện Công điện số 51/CĐ-TTg ngày 24 tháng 4 năm 2025 của Thủ tướng Chính phủ về việc khẩn trương rà soát, sửa chữa, khắc phục ngay hệ thống cầu treo trên toàn quốc, bảo đảm an toàn giao thông và sinh hoạt của Nhân dân, Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Giao Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các xã, phường rà soát toàn bộ cầu treo dân sinh trên địa bàn, đánh giá hiện trạng và đề xuất phương án sửa chữa, hoàn thành trước ngày 30 tháng 5 năm 2025; hướng dẫn thiết kế mẫu cho cầu xây mới.
2. Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí nguồn vốn sửa chữa, xây dựng mới cầu treo từ dự phòng ngân sách tỉnh và các nguồn hợp pháp khác.
3. Ủy ban nhân dân các xã, phường: cắm biển báo tải trọng, số người được qua cầu cùng lúc; tạm dừng khai thác cầu không bảo đảm an toàn; phấn đấu hoàn thành sửa chữa trước ngày 02 tháng 9 năm 2025.
4. Công an tỉnh phối hợp với Ủy ban nhân dân các xã, phường bảo đảm trật tự, an toàn giao thông tại các cầu phải tạm dừng khai thác.
5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động doanh nghiệp, nhà hảo tâm và Nhân dân ủng hộ kinh phí, ngày công xây dựng cầu.
6. Báo và Phát thanh, Truyền hình Lào Cai đưa tin về tiến độ sửa chữa và các cầu tạm dừng khai thác để người dân biết.
Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Văn phòng Chính phủ (b/c);
- TT. Tỉnh ủy, HĐND tỉnh (b/c);
- Lưu: VT, KT.
\t\t\t\tKT. CHỦ TỊCH
\t\t\t\tPHÓ CHỦ TỊCH


\t\t\t\tTrần Quốc Huy

PHỤ LỤC
DANH SÁCH ĐƠN VỊ TƯ VẤN ĐỦ ĐIỀU KIỆN KIỂM ĐỊNH CẦU TREO
(Kèm theo Văn bản số 1823/UBND-KT ngày 05/5/2025 của Ủy ban nhân dân tỉnh Lào Cai)
TT\tĐơn vị\tChứng chỉ năng lực\tChủ trì kiểm định
1\tCông ty cổ phần Tư vấn xây dựng giao thông Lào Cai\tSố: BXD-00004127\tKS-208-01473
2\tCông ty TNHH Kiểm định công trình Sông Hồng\tSố: HAN-00090215\tKS-115-02286
3\tTrung tâm Kiểm định chất lượng xây dựng\tSố: LAC-00002318\tKS-310-00952
"""


# ---------------------------------------------------------------------------
# 3. A plan that lists its work under "Nội dung thực hiện", each item headed by
#    the body that carries it out, with goals in a dash list under "phấn đấu".
# ---------------------------------------------------------------------------

NA_TEXT = """\
ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN\t\t\t\tĐộc lập - Tự do - Hạnh phúc
Số: 812/KH-UBND\t\t\t\tNghệ An, ngày 18 tháng 11 năm 2025

KẾ HOẠCH
Bảo đảm trật tự, an toàn giao thông trên địa bàn tỉnh Nghệ An năm 2026

Thực hiện Chỉ thị số 10/CT-TTg ngày 19 tháng 4 năm 2023 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm trật tự, an toàn giao thông đường bộ trong tình hình mới, Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2026 như sau:

I. MỤC ĐÍCH, YÊU CẦU
Kéo giảm tai nạn giao thông trên cả ba tiêu chí; xác định rõ việc của từng cơ quan, đơn vị.

II. NỘI DUNG THỰC HIỆN
1. Công an tỉnh
a) Chủ trì tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ, chở quá tải trọng trên các tuyến quốc lộ 1, quốc lộ 7 và quốc lộ 48.
b) Phấn đấu trong năm 2026:
- Giảm ít nhất 5% số vụ tai nạn giao thông so với năm 2025;
- 100% vụ tai nạn giao thông làm chết người được điều tra, xử lý theo quy định;
- Tối thiểu 95% xe ô tô kinh doanh vận tải lắp thiết bị giám sát hành trình được kết nối dữ liệu.
2. Sở Xây dựng
Chủ trì rà soát, xử lý các điểm đen, điểm tiềm ẩn tai nạn giao thông; phối hợp với Công an tỉnh tổ chức lại giao thông tại các nút giao đông xe.
3. Sở Giáo dục và Đào tạo
Phối hợp với Công an tỉnh giáo dục an toàn giao thông trong trường học; vận động học sinh đội mũ bảo hiểm khi đi xe đạp điện, xe máy.
4. Ủy ban nhân dân các xã, phường
Xử lý lấn chiếm hành lang an toàn đường bộ; duy trì các mô hình tự quản về an toàn giao thông ở khu dân cư.

III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị báo cáo kết quả thực hiện về Công an tỉnh trước ngày 10 tháng 12 năm 2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

Nơi nhận:
- Ủy ban An toàn giao thông Quốc gia;
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, NC.
\t\t\t\tTM. ỦY BAN NHÂN DÂN
\t\t\t\tKT. CHỦ TỊCH
\t\t\t\tPHÓ CHỦ TỊCH


\t\t\t\tPhan Đức Minh
"""
