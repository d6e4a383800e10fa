"""Vietnamese text of the sample corpus, composed for kehoach.

Every figure, date, symbol and name below comes from the shared seeds
(../shared/seeds), ../shared/DOMAIN.md or the national targets of decision
520/QĐ-TTg given in the corpus brief. The sentences are our own wording; they
are not copies of the published documents. Where a document needs ordinary
administrative prose (purpose, duties), it is written without figures so that
nothing numeric is invented.

The Cần Thơ plan is kept as a list of blocks so the .docx and the Markdown
web copy are built from one source. Block kinds:

    ("part", text)                 Roman-numeral part heading, typed by hand
    ("p", text)                    body paragraph
    ("num", list_id, level, text)  Word automatic numbering: level 0 decimal
                                   "1.", level 1 lowerLetter "a)"
    ("dash", text)                 "-" item (Word bullet numbering in .docx)
    ("plus", text)                 "+" item, typed by hand
    ("pt", text)                   a lettered point typed by hand ("đ)" has no
                                   Word lowerLetter equivalent, so clerks type it)
"""
from __future__ import annotations

# ---------------------------------------------------------------------------
# 1. Cần Thơ 2026-2030 draft plan (docx + Markdown web copy)
# ---------------------------------------------------------------------------

CT_TITLE = ("Đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác "
            "dân số giai đoạn 2026 - 2030 trên địa bàn thành phố Cần Thơ")

CT_BASIS = [
    "Căn cứ Quyết định số 520/QĐ-TTg ngày 01 tháng 4 năm 2021 của Thủ tướng Chính phủ "
    "phê duyệt Đề án đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác "
    "dân số các cấp giai đoạn 2021 - 2030;",
    "Căn cứ Công văn số 3904/BYT-TCDS ngày 12 tháng 5 năm 2021 của Bộ Y tế hướng dẫn "
    "triển khai Quyết định số 520/QĐ-TTg;",
    "Ủy ban nhân dân thành phố Cần Thơ xây dựng Kế hoạch đào tạo, bồi dưỡng, nâng cao "
    "năng lực đội ngũ cán bộ làm công tác dân số giai đoạn 2026 - 2030 với các nội dung "
    "sau đây:",
]

CT_BODY: list[tuple] = [
    ("part", "I. KẾT QUẢ GIAI ĐOẠN 2021 - 2025"),
    ("p", "Trước khi sắp xếp đơn vị hành chính, để triển khai Quyết định số 520/QĐ-TTg, "
          "02 tỉnh trên địa bàn thành phố hiện nay đã có kế hoạch riêng: tỉnh Hậu Giang "
          "ban hành Kế hoạch số 95/KH-UBND ngày 15 tháng 12 năm 2022 cho giai đoạn "
          "2022 - 2030; tỉnh Sóc Trăng ban hành Kế hoạch số 81/KH-UBND ngày 14 tháng 4 "
          "năm 2025 cho giai đoạn 2025 - 2030."),
    ("p", "1. Kết quả đạt được sau 04 năm thực hiện"),
    ("pt", "a) Cấp thành phố: Chi cục Dân số - Xã hội hiện có 20/27 biên chế công chức, "
           "trong đó 09 thạc sĩ và tương đương, 11 đại học. Trong số công chức trực tiếp "
           "làm công tác dân số, 05/08 công chức đã có chứng chỉ báo cáo viên Dân số và "
           "Phát triển cấp thành phố và 01/08 công chức đã học kiến thức dân số và phát "
           "triển cơ bản;"),
    ("pt", "b) Trung tâm Y tế khu vực: 20 Trung tâm Y tế khu vực có Khoa Dân số và Phát "
           "triển, với 121 viên chức làm nhiệm vụ dân số, gồm 05 người có trình độ thạc sĩ "
           "và tương đương, 93 người có trình độ đại học và 23 người có trình độ cao đẳng, "
           "trung cấp. Đã có 74 viên chức đạt chuẩn viên chức dân số qua bồi dưỡng nghiệp "
           "vụ, 33 viên chức có chứng chỉ báo cáo viên, 68 viên chức học xong chức danh "
           "nghề nghiệp dân số viên hạng III và 20 viên chức học xong hạng IV;"),
    ("pt", "c) Cấp xã, phường: 103 Trạm Y tế bố trí viên chức phụ trách dân số, tổng cộng "
           "203 viên chức, trong đó 02 thạc sĩ và tương đương, 96 đại học, 105 cao đẳng "
           "và trung cấp. Đã có 123 viên chức đạt chuẩn viên chức dân số, 08 viên chức có "
           "chứng chỉ báo cáo viên; về chức danh nghề nghiệp dân số viên, 02 viên chức đã "
           "học hạng II, 38 viên chức hạng III và 24 viên chức hạng IV;"),
    ("pt", "d) Cộng tác viên dân số: toàn thành phố có 5.190 cộng tác viên dân số ở các "
           "ấp, khu vực, quản lý theo cụm dân cư; trình độ đáp ứng Thông tư số "
           "02/2021/TT-BYT ngày 25 tháng 01 năm 2021 của Bộ trưởng Bộ Y tế quy định tiêu "
           "chuẩn, nhiệm vụ của cộng tác viên dân số."),
    ("p", "2. Khó khăn, hạn chế"),
    ("pt", "a) Một số nhóm kiến thức, kỹ năng chuyên môn về dân số và phát triển chưa được "
           "đào tạo, tập huấn, nhất là truyền thông, tư vấn về dân số, sức khỏe sinh sản "
           "và chăm sóc người cao tuổi;"),
    ("pt", "b) Việc sắp xếp tổ chức bộ máy làm đội ngũ biến động mạnh, nhiều người có kinh "
           "nghiệm ở cơ sở và cộng tác viên dân số đã nghỉ hoặc chuyển công tác;"),
    ("pt", "c) Đội ngũ xuất thân từ nhiều ngành khác nhau, số người được đào tạo chuyên "
           "ngành y tế, nhất là chuyên về dân số, còn ít."),

    ("part", "II. MỤC TIÊU"),
    ("num", "muc-tieu", 0, "Mục tiêu tổng quát"),
    ("p", "Tạo chuyển biến rõ rệt về chất lượng đào tạo, bồi dưỡng, xây dựng đội ngũ công "
          "chức, viên chức làm công tác dân số các cấp và cộng tác viên dân số đủ phẩm "
          "chất, trình độ, năng lực đáp ứng nhiệm vụ trong tình hình mới."),
    ("num", "muc-tieu", 0, "Mục tiêu cụ thể"),
    ("num", "muc-tieu", 1, "Đào tạo: nâng cao trình độ cho công chức, viên chức làm công "
                           "tác dân số các cấp và cộng tác viên dân số;"),
    ("num", "muc-tieu", 1, "Bồi dưỡng đội ngũ làm công tác dân số các cấp:"),
    ("dash", "95% công chức được bồi dưỡng làm giảng viên dân số và phát triển cấp thành phố;"),
    ("dash", "95% công chức, viên chức lãnh đạo, quản lý được trang bị kiến thức dân số và "
             "phát triển cơ bản;"),
    ("dash", "95% viên chức lãnh đạo, quản lý được bồi dưỡng làm giảng viên dân số và phát "
             "triển cấp xã;"),
    ("dash", "Trên 90% viên chức dân số hoàn thành lớp nghiệp vụ dân số - kế hoạch hóa gia "
             "đình (lớp 3 tháng) và đạt chuẩn viên chức dân số;"),
    ("dash", "100% viên chức làm công tác dân số được bồi dưỡng theo tiêu chuẩn chức danh "
             "nghề nghiệp dân số;"),
    ("dash", "60% thành viên Ban Chỉ đạo Dân số và Phát triển cấp thành phố, cấp xã được "
             "tập huấn chuyên môn, nghiệp vụ về dân số và phát triển;"),
    ("dash", "Hằng năm, 70% công chức dân số cấp thành phố được cập nhật kiến thức, chuyên "
             "môn, nghiệp vụ;"),
    ("dash", "50% công chức cấp thành phố được bồi dưỡng kiến thức, kỹ năng nghiên cứu khoa "
             "học về dân số và phát triển;"),
    ("dash", "Tối thiểu 80% lãnh đạo các đơn vị y tế cấp xã được bồi dưỡng về quản lý dân "
             "số và phát triển;"),
    ("dash", "90% viên chức dân số tham gia tập huấn về các mô hình, đề án dân số và phát "
             "triển;"),
    ("dash", "Tối thiểu 90% nhân viên y tế cung cấp dịch vụ kế hoạch hóa gia đình/sức khỏe "
             "sinh sản tại cơ sở y tế cấp xã có đủ kiến thức, kỹ năng cung cấp dịch vụ dân số;"),
    ("dash", "100% cộng tác viên dân số được tập huấn về chủ trương, chính sách dân số và "
             "phát triển, kỹ năng truyền thông vận động và quản lý đối tượng;"),
    ("num", "muc-tieu", 1, "Nhu cầu bồi dưỡng giai đoạn 2026 - 2030:"),
    ("dash", "Cấp thành phố:"),
    ("plus", "Bồi dưỡng báo cáo viên cấp thành phố: 03 công chức;"),
    ("plus", "Bồi dưỡng năng lực quản lý, tổ chức thực hiện công tác dân số và phát triển: "
             "05 công chức;"),
    ("dash", "Trung tâm Y tế khu vực và xã, phường:"),
    ("plus", "Bồi dưỡng báo cáo viên cấp xã: 85 viên chức;"),
    ("plus", "Lớp nghiệp vụ dân số - kế hoạch hóa gia đình đạt chuẩn viên chức dân số (lớp "
             "3 tháng): 99 viên chức;"),
    ("plus", "Bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp dân số: 122 viên chức;"),
    ("plus", "Bồi dưỡng năng lực quản lý, tổ chức thực hiện công tác dân số và phát triển "
             "cấp xã: 44 viên chức."),

    ("part", "III. ĐỐI TƯỢNG, PHẠM VI"),
    ("p", "Đối tượng gồm giảng viên, báo cáo viên cấp thành phố và cấp xã; công chức, viên "
          "chức làm công tác dân số các cấp và cộng tác viên dân số; thành viên Ban Chỉ đạo "
          "Dân số và Phát triển các cấp; người cung cấp dịch vụ sức khỏe sinh sản, kế hoạch "
          "hóa gia đình. Phạm vi: thành phố Cần Thơ."),

    ("part", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("pt", "a) Cùng các cơ quan Trung ương tổ chức các khóa đào tạo, bồi dưỡng cho đội ngũ "
           "làm công tác dân số cấp thành phố, cấp xã và cộng tác viên dân số;"),
    ("pt", "b) Từng bước chuẩn hóa trình độ chuyên môn của đội ngũ; khuyến khích tự học và "
           "học sau đại học đúng chuyên ngành;"),
    ("pt", "c) Phối hợp Cục Dân số hoàn thiện chương trình, tài liệu bồi dưỡng theo vị trí "
           "việc làm; ban hành kế hoạch tập huấn chuyên môn hằng năm;"),
    ("pt", "d) Đào tạo đội ngũ giảng viên cấp thành phố và cấp xã; đầu tư cơ sở vật chất, "
           "trang thiết bị phục vụ đào tạo;"),
    ("pt", "đ) Kiểm tra, giám sát định kỳ và đột xuất việc thực hiện Kế hoạch."),

    ("part", "V. KINH PHÍ"),
    ("p", "Kinh phí thực hiện theo quy định hiện hành, trong khả năng cân đối ngân sách; "
          "khuyến khích huy động các nguồn hợp pháp khác."),

    ("part", "VI. TỔ CHỨC THỰC HIỆN"),
    ("num", "to-chuc", 0, "Sở Y tế"),
    ("num", "to-chuc", 1, "Chủ trì, phối hợp với các sở, ngành, đơn vị liên quan và Ủy ban "
                          "nhân dân xã, phường triển khai Kế hoạch này;"),
    ("num", "to-chuc", 1, "Rà soát nhu cầu đào tạo, bồi dưỡng của đội ngũ làm công tác dân "
                          "số các cấp, xây dựng kế hoạch đào tạo, bồi dưỡng hằng năm;"),
    ("num", "to-chuc", 1, "Phối hợp với các cơ sở đào tạo mở lớp bồi dưỡng chuyên môn, "
                          "nghiệp vụ, kỹ năng quản lý về dân số và phát triển;"),
    ("num", "to-chuc", 1, "Theo dõi, kiểm tra, đánh giá việc thực hiện; định kỳ báo cáo Ủy "
                          "ban nhân dân thành phố và Bộ Y tế."),
    ("num", "to-chuc", 0, "Sở Nội vụ"),
    ("p", "Phối hợp với Sở Y tế và các địa phương rà soát, đề xuất sửa đổi, bổ sung quy định "
          "về đào tạo, bồi dưỡng công chức, viên chức làm công tác dân số."),
    ("num", "to-chuc", 0, "Sở Tài chính"),
    ("p", "Phối hợp với Sở Y tế tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("num", "to-chuc", 0, "Sở Giáo dục và Đào tạo"),
    ("p", "Phối hợp với Sở Y tế đưa nội dung dân số và phát triển vào chương trình giáo dục "
          "khi có chỉ đạo của Trung ương."),
    ("num", "to-chuc", 0, "Ủy ban nhân dân xã, phường"),
    ("num", "to-chuc", 1, "Lập phương án cử cán bộ đi đào tạo, bồi dưỡng giai đoạn 2026 - "
                          "2030 tại địa phương;"),
    ("num", "to-chuc", 1, "Triển khai các nhiệm vụ, giải pháp của Kế hoạch phù hợp với điều "
                          "kiện địa phương;"),
    ("num", "to-chuc", 1, "Báo cáo sơ kết, tổng kết theo hướng dẫn của Sở Y tế."),
    ("p", "Trong quá trình thực hiện, nếu phát sinh khó khăn, vướng mắc, các đơn vị phản ánh "
          "về Sở Y tế (qua Chi cục Dân số - Xã hội) để tổng hợp, báo cáo Ủy ban nhân dân "
          "thành phố xem xét, quyết định./."),
]

CT_RECIPIENTS = [
    "Cục Dân số, Bộ Y tế (b/c);",
    "TT. Thành ủy; TT. HĐND TP;",
    "CT, PCT UBND TP;",
    "Sở, ban ngành TP;",
    "UBND xã, phường;",
    "Lưu: VT.",
]
CT_SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn Khởi"]


# ---------------------------------------------------------------------------
# 2. News page on Hà Nội 303/KH-UBND (HTML)
# ---------------------------------------------------------------------------

HN_HEADLINE = "Hà Nội đặt mục tiêu bồi dưỡng toàn bộ đội ngũ làm công tác dân số vào năm 2030"
HN_SAPO = ("UBND thành phố Hà Nội vừa ban hành Kế hoạch số 303/KH-UBND về đào tạo, bồi "
           "dưỡng, nâng cao năng lực đội ngũ làm công tác dân số các cấp giai đoạn "
           "2022 - 2030.")
# (kind, text): "p" paragraph, "h2" subheading. Old-style tone marks ("hoá", "khoá")
# are used on purpose, as many newsrooms still do; no anchor relies on them.
HN_ARTICLE = [
    ("p", "Văn bản cụ thể hoá Kế hoạch số 94/KH-UBND ngày 20/4/2018 của UBND Thành phố. "
          "Kế hoạch 94 được ban hành để thực hiện Kế hoạch số 74-KH/TU ngày 27/01/2018 "
          "của Ban Thường vụ Thành ủy Hà Nội, vốn triển khai Nghị quyết số 21-NQ/TƯ ngày "
          "25/10/2017 của Hội nghị Trung ương 6 khoá XII về công tác dân số trong tình "
          "hình mới."),
    ("h2", "Những mốc của năm 2025"),
    ("p", "Theo kế hoạch, trước hết Thành phố mở các lớp bồi dưỡng dân số cơ bản cho công "
          "chức, viên chức quản lý và công chức làm công tác dân số, với yêu cầu đến năm "
          "2025 có ít nhất 95% công chức được bồi dưỡng kiến thức dân số cơ bản."),
    ("p", "Viên chức làm công tác dân số được bồi dưỡng chuyên môn, nghiệp vụ sát với vị trí "
          "việc làm; không dưới 95% viên chức làm công tác dân số phải được bồi dưỡng theo "
          "chuẩn chức danh nghề nghiệp dân số."),
    ("p", "Với lực lượng ở cơ sở, Hà Nội tổ chức các lớp cập nhật kiến thức mới cho cộng "
          "tác viên dân số, bảo đảm tối thiểu 90% cộng tác viên dân số được cập nhật kiến "
          "thức về công tác dân số."),
    ("p", "Kế hoạch cũng đặt chỉ tiêu tối thiểu 70% công chức dân số tuyến Thành phố và 50% "
          "viên chức dân số tuyến quận, huyện, thị xã được đào tạo, bồi dưỡng kiến thức, "
          "kỹ năng nghiên cứu khoa học về dân số và phát triển."),
    ("h2", "Năm 2030: không ai đứng ngoài"),
    ("p", "Đích đến của năm 2030 là 100% công chức được bồi dưỡng kiến thức dân số cơ bản "
          "và 100% viên chức làm công tác dân số được bồi dưỡng theo chuẩn chức danh nghề "
          "nghiệp dân số."),
    ("p", "Cùng thời điểm đó, 100% lãnh đạo các đơn vị y tế huyện và xã được bồi dưỡng về "
          "quản lý dân số và phát triển để điều hành công tác dân số được giao, và 100% "
          "cộng tác viên dân số được cập nhật kiến thức về công tác dân số."),
]
HN_COMMENTS = [
    ("Minh Tâm", "06/12/2022 08:15",
     "Phường tôi mới khoảng 60% cộng tác viên được tập huấn, mong Thành phố sớm mở thêm lớp."),
    ("Hoàng Lan", "06/12/2022 21:02",
     "Kế hoạch 303/KH-UBND có áp dụng cho cộng tác viên mới tuyển trong năm 2023 không ạ?"),
]
HN_RELATED = [
    "Hậu Giang ban hành Kế hoạch số 95/KH-UBND về đào tạo cán bộ dân số giai đoạn 2022 - 2030",
    "Cộng tác viên dân số: cần chuẩn theo Thông tư 02/2021/TT-BYT",
]


# ---------------------------------------------------------------------------
# 3. Ministry of Health letter 3904/BYT-TCDS (PDF with text layer)
# ---------------------------------------------------------------------------

BYT_SUBJECT = "V/v hướng dẫn thực hiện Quyết định số 520/QĐ-TTg"
BYT_TO = "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương."
# (kind, text): "p" paragraph, "h" bold numbered heading, "li" list item
BYT_BODY = [
    ("p", "Nhằm tiếp tục thực hiện Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017 của Ban "
          "Chấp hành Trung ương Đảng khóa XII về công tác dân số trong tình hình mới, ngày "
          "01 tháng 4 năm 2021 Thủ tướng Chính phủ đã ban hành Quyết định số 520/QĐ-TTg phê "
          "duyệt Đề án đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác dân "
          "số các cấp giai đoạn 2021 - 2030 (sau đây gọi là Đề án)."),
    ("p", "Để Đề án được triển khai thống nhất trên cả nước, Bộ Y tế đề nghị Ủy ban nhân dân "
          "các tỉnh, thành phố trực thuộc Trung ương quan tâm chỉ đạo thực hiện một số nội "
          "dung sau:"),
    ("h", "1. Quán triệt các mục tiêu của Đề án"),
    ("p", "Đề án đặt ra các mục tiêu cụ thể đến năm 2025, trong đó:"),
    ("li", "a) Tối thiểu 80% công chức được bồi dưỡng kiến thức dân số cơ bản;"),
    ("li", "b) 100% viên chức làm công tác dân số được bồi dưỡng theo chuẩn chức danh nghề "
           "nghiệp dân số;"),
    ("li", "c) Tối thiểu 90% nhân viên y tế cung cấp dịch vụ kế hoạch hóa gia đình/sức khỏe "
           "sinh sản tại các cơ sở y tế tuyến huyện và xã có kiến thức, kỹ năng cung cấp các "
           "dịch vụ dân số;"),
    ("li", "d) Tối thiểu 80% lãnh đạo y tế đơn vị y tế tuyến huyện và xã được bồi dưỡng về "
           "quản lý dân số và phát triển."),
    ("p", "Các mục tiêu nêu trên là mức tối thiểu chung của cả nước. Căn cứ điều kiện thực tế, "
          "địa phương có thể xác định mức cao hơn nhưng không thấp hơn mức của Đề án."),
    ("h", "2. Xây dựng và ban hành kế hoạch của địa phương"),
    ("p", "Giao Sở Y tế tham mưu Ủy ban nhân dân cấp tỉnh xây dựng kế hoạch đào tạo, bồi "
          "dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác dân số của địa phương cho giai "
          "đoạn đến năm 2030, bám sát mục tiêu, nhiệm vụ và giải pháp của Đề án; rà soát thực "
          "trạng đội ngũ và xác định nhu cầu đào tạo, bồi dưỡng của từng cấp."),
    ("p", "Kế hoạch của địa phương cần nêu rõ đối tượng, nội dung, hình thức đào tạo, bồi "
          "dưỡng; phân công trách nhiệm của các sở, ngành liên quan và Ủy ban nhân dân cấp "
          "huyện, cấp xã; dự kiến nguồn kinh phí thực hiện."),
    ("h", "3. Bố trí nguồn lực"),
    ("p", "Kinh phí thực hiện Đề án được bố trí từ ngân sách nhà nước theo phân cấp hiện hành, "
          "lồng ghép trong các chương trình, dự án có liên quan và huy động các nguồn hợp pháp "
          "khác. Đề nghị địa phương chủ động cân đối, bố trí kinh phí để triển khai kế hoạch."),
    ("h", "4. Chế độ báo cáo"),
    ("p", "Định kỳ hằng năm, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo "
          "kết quả thực hiện Đề án về Bộ Y tế (qua Tổng cục Dân số) để tổng hợp, báo cáo Thủ "
          "tướng Chính phủ. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị "
          "phản ánh về Bộ Y tế để được hướng dẫn."),
    ("p", "Bộ Y tế trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung "
          "ương quan tâm chỉ đạo thực hiện./."),
]
BYT_RECIPIENTS = ["Như trên;", "Sở Y tế các tỉnh, thành phố;", "Lưu: VT, TCDS."]
BYT_SIGNATURE = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(Đã ký)"]
BYT_RUNNING_HEADER = "Bộ Y tế - Hướng dẫn thực hiện Đề án đào tạo, bồi dưỡng cán bộ dân số"


# ---------------------------------------------------------------------------
# 4. Hậu Giang 95/KH-UBND, first page only (scanned PDF)
# ---------------------------------------------------------------------------

HG_TITLE_LINES = ["Đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác",
                  "dân số tỉnh Hậu Giang giai đoạn 2022 - 2030"]
HG_BODY = [
    ("p", "Căn cứ Quyết định số 520/QĐ-TTg ngày 01 tháng 4 năm 2021 của Thủ tướng Chính phủ "
          "phê duyệt Đề án đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác "
          "dân số các cấp giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Công văn số 3904/BYT-TCDS ngày 12 tháng 5 năm 2021 của Bộ Y tế về việc "
          "hướng dẫn thực hiện Quyết định số 520/QĐ-TTg;"),
    ("p", "Ủy ban nhân dân tỉnh Hậu Giang ban hành Kế hoạch đào tạo, bồi dưỡng, nâng cao năng "
          "lực đội ngũ cán bộ làm công tác dân số tỉnh Hậu Giang giai đoạn 2022 - 2030, như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "Cụ thể hóa các mục tiêu, nhiệm vụ của Đề án ban hành kèm theo Quyết định số "
          "520/QĐ-TTg phù hợp với tình hình của tỉnh; nâng cao chất lượng đội ngũ công chức, "
          "viên chức làm công tác dân số các cấp và cộng tác viên dân số."),
    ("h", "2. Yêu cầu"),
    ("p", "Bám sát mục tiêu của Đề án; phân công rõ trách nhiệm của các cơ quan, đơn vị; bảo "
          "đảm việc đào tạo, bồi dưỡng thiết thực, hiệu quả, gắn với vị trí việc làm."),
]


# ---------------------------------------------------------------------------
# 5. Sóc Trăng 81/KH-UBND (plain text, saved on macOS: NFD)
# ---------------------------------------------------------------------------

ST_TEXT = """\
ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SÓC TRĂNG\t\t\t\tĐộc lập - Tự do - Hạnh phúc
Số: 81/KH-UBND\t\t\t\tSóc Trăng, ngày 14 tháng 4 năm 2025

KẾ HOẠCH
Đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác dân số
các cấp tỉnh Sóc Trăng, giai đoạn 2025 - 2030

Thực hiện Quyết định số 520/QĐ-TTg ngày 01 tháng 4 năm 2021 của Thủ tướng
Chính phủ phê duyệt Đề án đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ
làm công tác dân số các cấp giai đoạn 2021 - 2030, Ủy ban nhân dân tỉnh Sóc
Trăng ban hành Kế hoạch thực hiện trên địa bàn tỉnh, giai đoạn 2025 - 2030 như
sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Triển khai có hiệu quả Quyết định số 520/QĐ-TTg trên địa bàn tỉnh; nâng cao
kiến thức, kỹ năng về dân số và phát triển cho công chức, viên chức làm công
tác dân số các cấp và cộng tác viên dân số.

2. Xác định rõ trách nhiệm của các sở, ngành và địa phương; bảo đảm việc đào
tạo, bồi dưỡng đúng đối tượng, thiết thực và tiết kiệm.

II. NHIỆM VỤ CHỦ YẾU

1. Rà soát đội ngũ làm công tác dân số các cấp, xác định nhu cầu đào tạo, bồi
dưỡng theo vị trí việc làm.

2. Tổ chức các lớp bồi dưỡng kiến thức dân số và phát triển, bồi dưỡng theo
chuẩn chức danh nghề nghiệp dân số và cập nhật kiến thức cho cộng tác viên dân
số.

3. Kiểm tra, giám sát, đánh giá kết quả đào tạo, bồi dưỡng hằng năm.

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế
Chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các huyện, thị xã,
thành phố triển khai Kế hoạch; hướng dẫn, theo dõi, kiểm tra việc thực hiện;
tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế theo quy định.

2. Sở Nội vụ
Phối hợp với Sở Y tế trong công tác đào tạo, bồi dưỡng công chức, viên chức làm
công tác dân số theo chức năng, nhiệm vụ được giao.

3. Sở Tài chính
Phối hợp với Sở Y tế tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế
hoạch theo khả năng cân đối ngân sách.

4. Ủy ban nhân dân các huyện, thị xã, thành phố
Xây dựng kế hoạch thực hiện tại địa phương; cử công chức, viên chức và cộng tác
viên dân số tham gia các lớp đào tạo, bồi dưỡng; báo cáo kết quả về Sở Y tế.

Trên đây là Kế hoạch đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm
công tác dân số các cấp tỉnh Sóc Trăng, giai đoạn 2025 - 2030. Yêu cầu các cơ
quan, đơn vị, địa phương triển khai thực hiện./.
"""


# ---------------------------------------------------------------------------
# 6. Legacy TCVN3 note on the national targets of 520/QĐ-TTg
# ---------------------------------------------------------------------------
# Typed the way a .VnTime user types: capitals with tone marks do not exist in
# TCVN3, so the heading is typed in lower case (it shows as capitals in the
# .VnTimeH font) and decodes to lower case.

TCVN3_TEXT = """\
ghi chú tóm tắt
Mục tiêu của Đề án đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ cán bộ làm công tác dân số các cấp giai đoạn 2021 - 2030

Đề án được phê duyệt tại Quyết định số 520/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ, trong khuôn khổ Chiến lược Dân số Việt Nam đến năm 2030 (Quyết định số 1679/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ).

Mục tiêu đến năm 2025:
- Tối thiểu 80% công chức được bồi dưỡng kiến thức dân số cơ bản;
- 100% viên chức làm công tác dân số được bồi dưỡng theo chuẩn chức danh nghề nghiệp dân số;
- Tối thiểu 90% nhân viên y tế cung cấp dịch vụ kế hoạch hóa gia đình/sức khỏe sinh sản ở các cơ sở y tế tuyến huyện và xã có kiến thức, kỹ năng cung cấp các dịch vụ dân số;
- Tối thiểu 80% lãnh đạo y tế đơn vị y tế tuyến huyện và xã được bồi dưỡng về quản lý dân số và phát triển.

Các tỉnh, thành phố căn cứ các mục tiêu trên để xây dựng kế hoạch của địa phương.
"""
