"""Patterns the steps of reading bodies and their duties share: how a body's name opens,
what closes it, the words that give or assist a duty."""
from __future__ import annotations

import regex as re


# The people's committee, and the provincial one that issues most of these texts: the
# voice of the issuer's orders, whether the text gives them or a press report tells them.
COMMITTEE = r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)"
PROVINCIAL_COMMITTEE = COMMITTEE + r"\s+(?:tỉnh|thành phố|TP\.?(?=\s))"
# How such an order opens a paragraph of its own: "Giao Sở Công Thương chủ trì …".
# (a dash may mark it as one point of a topic: "2. Về công tác …" over "- Giao Sở Xây dựng chủ trì …")
ORDER_OPENER = r"^[ \t]*(?:[-+•–][ \t]*)?(?:Giao(?:\s+cho)?|Đề nghị)\s+"

# Heading of an implementation section, with its number ("VI.", "3.", "Điều 5.").
IMPLEMENTATION_HEADING = re.compile(
    # (an article's title may open with "Về": "Điều 28. Về tổ chức thực hiện và sửa đổi, bổ
    # sung Quy chế"; not a paragraph's label, "Về tổ chức thực hiện: Các địa phương …")
    # (with no mark, a heading opens in a capital: a line that opens in small letters goes on
    # the sentence above it, "… văn bản chỉ đạo, điều hành," / "tổ chức triển khai thực hiện
    # nhiệm vụ." where a page's lines are kept)
    r"^[\s*#_]*(?:(?:(?:(?:Phần|PHẦN|Chương|CHƯƠNG)\s+)?(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)-]\s*|Điều\s+\d+\s*[.:]?\s*(?:về\s+)?)[\s*_]*"
    r"|[\s*_]*(?=(?-i:\p{Lu})))"
    # (a decree's or resolution's last articles: "Điều 6. Tổ chức thi hành")
    r"(?:(?:trách nhiệm\s+|phân công\s+)?t[ổôỏ] chức (?:thực hiện|thi hành)|phân công nhiệm vụ|phân công thực hiện|phân công trách nhiệm|"
    r"trách nhiệm thực hiện|trách nhiệm thi hành|trách nhiệm của các (?:cơ quan|[Ss]ở|[Bb]ộ|ngành)|"
    # (or of the heads of the bodies, whose clauses name the bodies: "Điều 14. Trách nhiệm của
    # người đứng đầu cơ quan, đơn vị" > "3. Giám đốc các sở, ban, ngành, … xem xét áp dụng …")
    r"trách nhiệm của (?:người đứng đầu|thủ trưởng) (?:các )?(?:cơ quan|đơn vị)|"
    # (not a task that names what is to be rolled out: "3.2. Tổ chức triển khai các văn bản
    # hướng dẫn thi hành Luật" in a part of tasks)
    r"tổ chức triển khai(?=\s*(?:thực hiện|kế hoạch|[.:*_]|$))|"
    # (with the powers that go with them: "Điều 6. Thẩm quyền, trách nhiệm quản lý nhà nước của
    # các cơ quan, đơn vị liên quan")
    r"(?:thẩm quyền|quyền hạn|quyền)(?:,|\s+và)\s+trách nhiệm(?:\s+quản lý nhà nước)?\s+của các (?:cơ quan|[Ss]ở|[Bb]ộ|ngành))\b",
    re.I | re.M)
# A chapter heading ("Chương III"); its title on the same line or the next; where a chapter ends.
_CHAPTER_MARK = r"^[\s*#_]*Chương\s+[IVXLC\d]+\b"

# An article that closes a decision or circular and may still give bodies duties
# ("Điều 3. Điều khoản thi hành": "… Công an tỉnh … có trách nhiệm thi hành Quyết định này").
# (an OCR may put the wrong mark on "khoản": "Điều 3. Điều khoán thi hành")
EXECUTION_HEADING = re.compile(
    r"^[\s*#_]*Điều\s+\d+\s*[.:]?\s*(?:về\s+)?(?:điều kho[aảáàạã]n thi hành|trách nhiệm thi hành|"
    r"(?:trách nhiệm\s+)?tổ chức thực hiện)\b", re.I)
# The executing clause of a list of bodies: "A; Giám đốc các sở: B, C, D có trách nhiệm thi hành".
# (a copy that keeps the printed lines may break it anywhere: "… chịu trách nhiệm thi hành
# Quyết" over "định này")
EXECUTES = re.compile(r"\s(?:(?:có|chịu)\s+tr[aáàảãạ]ch\s+nhiệm\s+(?:thi|chấp)\s+hành|"     # (a mark misprinted: "trạch")
                      # "… chịu trách nhiệm thực hiện Kế hoạch này." as the whole of an item
                      r"(?:có|chịu)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thực\s+hiện(?=\s+(?:Kế\s+hoạch|"
                      r"Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Chương\s+trình)\s+này\s*[./]*\s*$)|"
                      r"căn\s+cứ\s+(?:[Qq]uyết\s+định|[Nn]ghị\s+quyết)\s+(?:này\s+)?(?:thi\s+hành|thực\s+hiện)"
                      # (its day may follow: "… căn cứ Quyết định thi hành, kể từ ngày ký./.",
                      # "… căn cứ quyết định thi hành từ ngày ký./."; a scan may read its stop
                      # as a colon, or misspell the day: "kể từ ngàv 01/01/1995")
                      r"(?=\s*(?:[./;:]|,?\s*(?:kể\s+từ\b|từ\s+ngày))))")
# The end of a sentence inside a line ("… kể từ ngày ký. Chánh Văn phòng …").
SENTENCE_STOP = re.compile(r"[.!?]\s+(?=\p{Lu})")
# A class whose kind the bodies listed after its colon share: "Các Sở: Tài chính, Xây dựng"
# (not a duty the class is given after its colon: "Các sở, ngành: Căn cứ chức năng, nhiệm
# vụ, phối hợp …", "Các Sở: Chủ động …"; words no department is named by).
DUTY_AFTER_COLON = (r"\s*(?:Căn cứ|Theo chức năng|Trên cơ sở|Chủ trì|Phối hợp|Chủ động|Tham mưu|Triển khai|"
                    r"Hướng dẫn|Tăng cường|Thực hiện|Có trách nhiệm|Chịu trách nhiệm|Rà soát|Tiếp tục|Theo dõi|"
                    r"Tổ chức\s+\p{Ll})\b")
# The same article (or its clause on a line of its own) in a copy cut off before its verb:
# it opens with the office's chief, as executing clauses do, and runs to the end of the text ("Điều 3. Chánh Văn phòng UBND tỉnh,
# Giám đốc các sở: Lao động - Thương binh và Xã hội, Tài chính, … Văn hóa, Thể thao ").
# (or with the heads of the bodies it lists: "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh; …")
CUT_EXECUTION_ARTICLE = re.compile(r"^[\s*#_]*(?:Điều\s+\d+\s*[.:]\s*)?(?:Chánh\s+Văn\s+phòng\b|"
                                   r"Thủ\s+trưởng\s+các\s+(?:cơ\s+quan|sở|đơn\s+vị)\b[^\n:;]{0,40}:)"
                                   r"[^\n]*[^.\s]\s*\Z", re.M)
# Bodies named by a generic plural alone are a catch-all, not a body: "Các cơ quan,
# đơn vị báo cáo …" ("Các sở, ban, ngành" names the provincial departments and stays).
GENERIC_PLURAL = re.compile(
    r"^(?:Các|Những)\s+(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân)"
    r"(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân|doanh nghiệp))*"
    r"(?:\s+(?:thuộc|của|trên địa bàn)(?:\s+tỉnh|\s+thành phố)?)?"
    # (or those left, heading an item of their own: "4. Các cơ quan, tổ chức, đơn vị còn lại")
    r"(?:\s+còn lại)?$"
    # individuals are no body: "Doanh nghiệp, cộng đồng, tổ chức, cá nhân"
    r"|.*,\s*cá nhân$"
    # nor are the sectors alone ("Thủ trưởng các ngành, đơn vị có liên quan")
    r"|^(?:Các|Những)\s+ngành$"
    # nor the competent authority, whichever it is ("Cơ quan có thẩm quyền kiểm tra …")
    r"|^(?:(?:Các|Những)\s+)?[Cc]ơ quan (?:nhà nước )?có thẩm quyền$")
# A name ending in "(có) liên quan" is a catch-all ("Các sở, ban, ngành, địa phương có liên quan").
# (an older text says "hữu quan": "Thủ trưởng các cơ quan hữu quan")
RELATED_TAIL = re.compile(r"\s(?:(?:có\s+)?liên quan|hữu quan)(?:\s+(?:của|thuộc)\s+(?:tỉnh|thành phố|huyện|xã))?$", re.I)
# The committees of a tier "concerned", heading an item of their own, are the bodies it
# gives duties ("12. Ủy ban nhân dân các xã, phường liên quan"), not a catch-all.
RELATED_COMMITTEES = re.compile(r"^" + COMMITTEE + r"\s+(?:các\s+)?(?:xã|phường|huyện|quận|thị xã)"
                                r"(?:,\s*(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố))*\s+(?:có\s+)?liên quan$")
RELATED_AFTER = re.compile(r"\s*(?:có\s+)?liên quan\b", re.I)

# An article's title after its number.
ARTICLE_TITLE = re.compile(r"^[\s*#_]*Điều\s+\d+\s*[.:]\s*(?P<rest>\S.*)$", re.S)

# Parts whose lists of bodies report results, set goals or fund: not duties.
NOT_DUTY_ROLES = {"baseline", "objectives", "purpose", "scope", "needs", "funding"}

# A state body by name: not a class ("Các cơ sở giáo dục"), whoever invests ("Chủ đầu tư") nor
# a commodity exchange ("Sở Giao dịch hàng hóa"), which rules give their obligations.
STATE_BODY = re.compile(r"(?:Bộ|Sở(?!\s+[Gg]iao dịch)|Cục|Tổng cục|Ủy ban|UBND|Kho bạc|Ngân hàng Nhà nước|Công an|Ban|"
                        r"Văn phòng|Thanh tra|Trung tâm|Vụ|Chi cục|Bảo hiểm xã hội|Đài|Thông tấn xã)\b")

# What follows a body's name when a sentence gives it a duty (not "đã …", "là …", "có …").
# (not the issuer's own "… chỉ đạo như sau:", which heads the orders it gives)
# (the verbs an order gives, shared with what a press report says a body is to do)
ORDER_VERBS = (r"chủ động|khẩn trương|chỉ đạo(?!\s+(?:như sau|các nội dung sau))|chủ trì|phối hợp|hướng dẫn|rà soát|"
               r"theo dõi|bố trí|huy động|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ")
ACTS = re.compile(r"\s+(?:" + ORDER_VERBS + r"|tiếp tục|tập trung|kịp thời|tổ chức|triển khai|nghiên cứu|hỗ trợ|"
                  r"theo chức năng|bàn giao)\b")

# What a council or group is, not a duty: "… tự giải thể", "… hoạt động theo chế độ kiêm nhiệm".
STANDING_WORDS = re.compile(r"\s*(?:tự giải thể|giải thể|(?:làm việc|hoạt động) theo chế độ|được hưởng|sử dụng con dấu)\b")

# Words that open a body's name (case matters: these are capitalised in names).
BODY_HEAD = re.compile(
    r"(?:Sở|Ủy ban|Uỷ ban|UBND|Ban(?! hành)|Chi cục|Chi nhánh|Cục|Tổng cục|Bộ(?! máy)|Phòng(?:,| chống| ngừa)?|"
    r"Trung tâm|Công an|Công An|Đài|Các Ban|Tổng Giám đốc|Tổng giám đốc|Phó Giám đốc|Tổng [Bb]iên tập|Báo(?! cáo)|Tạp chí|Nhà xuất bản|Thông tấn xã|Văn phòng|Liên hiệp|Liên đoàn|Hiệp hội|Hội(?! nghị| thảo| thi| chợ)|"
    r"Đoàn(?! kết)|Mặt trận|Tỉnh [đĐ]oàn|Thành [đĐ]oàn|Tỉnh ủy|Thành ủy|Ngân hàng|Kho bạc|Thanh tra|"
    r"Bảo hiểm xã hội|Trường(?! hợp)|Viện|Vườn quốc gia|Chánh|Trưởng|Phó Trưởng|Giám đốc|Thống đốc|Thủ trưởng|Chủ tịch|"
    r"Chỉ huy trưởng|Hiệu trưởng|(?:Các\s+[Tt]|T)hành viên(?= (?:Hội đồng|Ban)\b)|"
    # a province's service before 1990 ("Ty Thuỷ lợi", "Ty Tài chánh")
    r"Ty(?=\s*\p{Lu}\p{Ll})|"
    # the standing members of a board or council ("Thường trực BCĐ CCHC tỉnh", "Thường trực HĐND")
    r"Thường trực(?=\s+(?:Ban|BCĐ|Hội đồng|HĐND|Ủy ban|UBND|Tỉnh ủy|Thành ủy)\b)|"
    # a command written short ("BCH Quân sự tỉnh", "BCH Bộ đội biên phòng tỉnh")
    r"BCH(?=\s+\p{Lu})|"
    # a working group of a council or board ("Tổ giúp việc Hội đồng"), not "Tổ chức", "Tổ quốc"
    # (or a council's group of delegates, "các Tổ đại biểu Hội đồng nhân dân")
    r"Tổ(?=\s+(?:giúp việc|công tác|thư ký|chuyên gia|thẩm định|kiểm tra|biên tập|chuyên trách|đại biểu)\b)|"
    # (a tier's places stand for their authorities: "2- Các huyện tổ chức di dời dân …")
    r"Các (?:huyện|quận|thị xã|xã|phường)(?=\s*(?:,|và|\p{Ll}))|"
    r"Các sở|Các Sở|Các (?:UBND|Ủy ban|Uỷ ban)|Các Bộ trưởng|Các Bộ|Các cơ sở|Các trường|Các cơ quan|Các đơn vị|Các ban|Các phòng|Các hội|Các ngành|Các đoàn thể|"
    r"Các tổ chức(?! tham mưu)|"
    r"Các cấp ủy|Cấp ủy|Đảng ủy|Đảng uỷ|Đảng đoàn|Ban cán sự đảng|Quân ủy|Quân uỷ|[Cc]ác chi bộ|chi bộ|"
    r"Các (?:tỉnh|thành|đảng) (?:ủy|uỷ)|Người đứng đầu(?=\s+(?:các\s+)?\p{Lu}|\s+các\s)|"
    r"Công ty|Tổng công ty|Tổng Công ty|Tập đoàn|Các Tập đoàn|"
    # a zone run by its own board ("Khu Quản lý đường bộ III", "Khu Bảo tồn thiên nhiên …"),
    # not a zone of land ("Khu công nghiệp", "Khu dân cư")
    r"Khu(?=\s+(?:[Qq]uản lý|[Bb]ảo tồn|[Dd]i tích)\b)|"
    # a commune's health or extension station ("Trạm Y tế phường", "Trạm Khuyến nông"), and a
    # commune's hamlets and residents' groups ("Các thôn, tổ dân phố", "Các tổ dân phố")
    # ("Trạm y tế xã, phường" in lower case; "Các trung tâm y tế khu vực", "Các bệnh viện")
    r"Trạm(?=\s+(?:\p{Lu}|y tế\b))|Các (?:trung tâm|bệnh viện|trạm y tế)\b|Các (?:thôn|tổ dân phố|khu phố|ấp|bản|buôn)(?=\s*(?:,|:|và|\p{Ll}|\p{Lu}|$))|"
    r"Điện lực|Bưu điện|Cơ quan|Cổng [Tt]hông tin|Hội đồng|Tòa án|Toà án|Thi hành án(?= dân sự)|Cục Thuế|Thuế|Hải quan|"
    # the provincial statistics office since 2025 ("Thống kê tỉnh Bắc Ninh")
    r"Thống kê(?=\s+(?:tỉnh|thành phố)\b)|Bộ đội|Học viện|Đại học|Bệnh viện|"
    # a province's library, museum or theatre ("Thư viện tỉnh", "Bảo tàng Hồ Chí Minh"), not a
    # thing of that name ("Thư viện số dùng chung")
    r"(?:Thư viện|Bảo tàng|Nhà hát)(?=\s+(?:tỉnh|thành phố|\p{Lu}))|"
    # a facility that serves ("Cơ sở khám bệnh, chữa bệnh …"), not "Cơ sở dữ liệu"
    r"Cơ sở(?=\s+(?:khám|y tế|giáo dục|đào tạo|cai nghiện|bảo trợ|trợ giúp)\b)|"
    # the carriers' and post's provincial branches ("Viễn thông Lào Cai", "Viettel Lào Cai"),
    # a forest ranger station, a border post, a port authority, the banks at large
    r"Viễn thông(?=\s+\p{Lu})|Viettel|VNPT|MobiFone|Hạt(?=\s+Kiểm lâm)|Đồn(?=\s+Biên phòng)|Cảng vụ|Các ngân hàng|"
    r"Hợp tác xã|Doanh nghiệp|Các doanh nghiệp|Các chủ đầu tư|chủ đầu tư|Chủ đầu tư|Chủ rừng|Các chủ rừng|Quỹ|Chính phủ|Quốc hội|Thủ tướng|Liên minh|Kiểm toán|"
    r"Vụ(?! việc| án| tai nạn))\b")
# Heads that are verbs or topics when followed by these words.
NOT_A_BODY = re.compile(r"^(?:Phòng,|Phòng chống|Phòng ngừa|Cơ quan chức năng|Doanh nghiệp (?:phải|cần)|"
                        # a kind alone, its tense or mood next: the body the text spoke of
                        # before, no name ("Sở sẽ phối hợp …", "Ban đã …")
                        r"\p{Lu}\p{Ll}*\s+(?:sẽ|đã|đang|vừa|cũng|chưa|không|cần|phải)\b|"
                        # "Thanh tra việc chấp hành …", "Thanh tra, kiểm tra …": the verb, not
                        # "Thanh tra tỉnh", "Thanh tra Bộ"
                        r"Thanh tra(?:,|\s+(?!(?:tỉnh|thành phố|huyện|quận|xã|sở|bộ)\b)\p{Ll})|"
                        # (and the receiver of a report described: "c) Cơ quan nhận báo cáo: …")
                        r"(?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp|thực hiện|nhận|tiếp nhận)\b|"
                        # a post defined, not a body ("- Giám đốc là người đứng đầu Trung tâm")
                        r"(?:Phó\s+)?(?:Giám đốc|Trưởng|Chủ tịch|Thủ trưởng|Chánh)(?:\s+\p{Ll}+)?\s+là\b|"
                        # a letter's "Công ty" is its addressee, named by no name ("Đề nghị Công
                        # ty liên hệ với Sở …": a verb after it), not "Công ty cổ phần …", "Công ty
                        # Điện lực", nor a company named in small letters ("Công ty bến bãi")
                        r"Công ty\s+(?=(?:liên hệ|phải|cần|có|được|thực hiện|báo cáo|gửi|nộp|chịu|chủ động|"
                        r"khẩn trương|tiếp tục|hoàn thiện|bổ sung|triển khai|tổ chức|khắc phục|cung cấp|"
                        r"đăng ký|lập|xây dựng|rà soát|căn cứ|nghiên cứu|kiểm tra)\b))")

# A body's obligations, with its rights or alone, as an article names them: "Quyền và nghĩa
# vụ của đơn vị thoát nước", "Nghĩa vụ của chủ đầu tư".
OBLIGATIONS = r"(?:Quyền(?:,|\s+và)\s+)?[Nn]ghĩa vụ"

# Lead-in verbs before a body named as object: "Giao phòng Quản lý Công nghiệp triển khai…".
# A heading that names the body whose duties follow: "2. Trách nhiệm của Sở Y tế",
# "Điều 2. Nhiệm vụ và quyền hạn của Ban An toàn giao thông tỉnh"; not a group's heading
# ("Trách nhiệm của các sở, ngành"), whose items name the bodies.
# The verbs that give a named body a duty.
ASSIGN_VERBS = r"(?:(?:[Tt]hống nhất|[Đđ]ồng ý)(?:\s+chủ\s+trương)?\s+giao|[Gg]iao cho|[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|[Pp]hân cấp cho|[Ủủ]y quyền cho|[Uu]ỷ quyền cho)"
LEAD_IN = re.compile(r"^(?:" + ASSIGN_VERBS + r"|"
                     # encouraging a named body ("Khuyến khích Liên đoàn Lao động tỉnh …"), not
                     # a policy for a kind ("Khuyến khích doanh nghiệp đầu tư …")
                     r"[Kk]huyến khích(?=\s+\p{Lu})|"
                     # a body's side of the work ("5. Về phía Công an tỉnh: Bảo đảm an ninh …")
                     r"Về phía(?=\s+(?:các\s+)?\p{Lu})|"
                     # the heads addressed as persons in older texts ("Các ông (bà) Chánh Văn phòng
                     # …", "Các ông Chánh Văn phòng UBND tỉnh, Trưởng Ty Thuỷ lợi …")
                     r"(?:[Cc]ác\s+)?(?:[Ôô]ng|[Bb]à|đồng chí)(?:\s*\(\s*bà\s*\)|\s*,\s*bà)?(?=\s*:?\s+\p{L})|"
                     # ("của" may be left out: "Điều 16. Trách nhiệm Sở Công Thương")
                     # ("Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì" of a coordination rule)
                     # (so is a class it qualifies or lists: "1. Trách nhiệm của các Sở quản lý
                     # công trình xây dựng chuyên ngành", "2. Trách nhiệm của các Sở: Xây dựng, Nội vụ";
                     # not a group of tiers, whose items name the bodies: "Trách nhiệm của các Sở, ngành")
                     # (or the powers first: "Thẩm quyền, trách nhiệm của Sở Nội vụ")
                     # (or its obligations, with its rights: "Điều 18. Quyền và nghĩa vụ của đơn vị thoát nước")
                     r"(?:(?:(?:Thẩm quyền|Quyền hạn)(?:,| và) trách nhiệm|Trách nhiệm(?:(?:,| và) quyền hạn)?)(?:\s+của)?|"
                     + OBLIGATIONS + r"\s+của|"
                     r"Nhiệm vụ(?:(?:,| và) quyền hạn)?\s+của|Nội dung)"
                     # (and a body named after its kind in lower case: "Trách nhiệm của cơ quan Thuế")
                     r"(?=\s+\p{Lu}|\s+các\s+\p{Lu}\p{Ll}*(?:\s*:|\s+\p{Ll})|\s+cơ quan\s+\p{Lu})"
                     # (a save that lost the space: "Trách nhiệm củaTrung tâm …")
                     r"|Trách nhiệm\s+của(?=\p{Lu}))"
                     # "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, …"
                     r"(?:\s*:)?\s*(?P<rest>\p{L})")
# An article for a class named in lower case: "Trách nhiệm của doanh nghiệp viễn thông".
CLASS_ARTICLE = re.compile(r"(?:(?:Thẩm quyền|Quyền hạn)(?:,| và) trách nhiệm|Trách nhiệm(?:(?:,| và) quyền hạn)?|"
                           + OBLIGATIONS + r"(?=\s+của))\s+(?:của\s+)?(?P<kind>\p{Ll}[\p{L} ,&]*?)\s*$")
# A point that assigns a duty to a body it names.
# (capitalised: the point opens with it)
ASSIGNS = re.compile(r"(?=\p{Lu})" + ASSIGN_VERBS + r"\s+(?=\p{Lu})")

# A body's role in brackets after its name, or after a list of names for each of them: "Sở Y
# tế (chủ trì), Sở Tài chính, Công an tỉnh (phối hợp): …" (no end of the list of names).
ROLE_IN_BRACKETS = re.compile(r"\(\s*(?:(?:cơ quan|đơn vị)\s+)?(?P<role>chủ trì|phối hợp)\s*\)", re.I)
# A body's role said after its name ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo").
APPOSED_ROLE = r"[Cc]ơ quan (?:[Tt]hường trực|[Cc]hủ trì|[Pp]hối hợp|[Đđ]ầu mối|[Cc]huyên môn)"
# Before another body, "các" may stand: "Hội đồng Dân tộc, các Ủy ban của Quốc hội".
PLURAL = re.compile(r"(?:các|những)\s+")
# Classes that are members of a list, not one more kind of the class before them: the public
# service units as a plural ("Thủ trưởng các sở, ban, ngành, cơ quan, đoàn thể cấp tỉnh, các đơn
# vị sự nghiệp công lập, doanh nghiệp nhà nước; …"; a bare "đơn vị sự nghiệp" is one more kind,
# "Các cơ quan, đơn vị sự nghiệp công lập"), and even after a bare comma the state's enterprises,
# the armed forces ("…, đoàn thể cấp tỉnh, lực lượng vũ trang, …") and the Government's bodies
# after the ministries ("Bộ, cơ quan ngang bộ, …").
MEMBERS_AFTER_COMMA = re.compile(r"(?:doanh nghiệp nhà nước|lực lượng vũ trang|cơ quan ngang bộ|"
                                 r"cơ quan thuộc Chính phủ)\b", re.I)
MEMBER_CLASSES = re.compile(r"(?:đơn vị sự nghiệp(?: công lập)?|" + MEMBERS_AFTER_COMMA.pattern + ")", re.I)
MAX_NAME_WORDS = 20

# A head's title before the body's name: the body is the agency ("Giám đốc Sở Y tế",
# "Chủ tịch Ủy ban nhân dân các xã", "Thủ trưởng các sở, ban, ngành"). Chiefs of
# office ("Chánh Văn phòng …") and unit heads written as one word with their unit
# ("Trưởng phòng Quản lý công nghiệp") are kept as written.
HEAD_TITLE = re.compile(
    # (an honorific may come first: "các Đồng chí Bộ trưởng")
    r"^(?:(?:[Cc]ác\s+)?[Đđ]ồng chí\s+)?(?:Phó\s+)?(?:Giám đốc|Thống đốc|Tổng Giám đốc|Tổng giám đốc|Chủ tịch|Thủ trưởng|Bộ trưởng|Cục trưởng|"
    r"Chi cục trưởng|Tổng cục trưởng|Vụ trưởng|Trưởng ban|Chỉ huy trưởng|Hiệu trưởng|Viện trưởng|Tổng [Bb]iên tập|"
    r"Chánh(?= Thanh tra)|Trưởng(?= (?:Ban|Công an|Phòng|Đài|Ty|các)\b)|Trưởng(?= [Tt]huế\b)|Người đứng đầu|"
    # the members of a council or board answer for it ("Thành viên Hội đồng Thi đua - Khen thưởng tỉnh")
    r"(?:[Cc]ác\s+)?[Tt]hành viên(?= (?:Hội đồng|Ban)\b))"
    # (another title in brackets or after a slash: "Giám đốc (Thủ trưởng) các sở, ban, ngành",
    # "Giám đốc/Thủ trưởng các sở, ban, ngành")
    r"(?:\s*\((?:Phó\s+)?(?:Giám đốc|Thủ trưởng|Chủ tịch|Trưởng ban|Người đứng đầu)\)"
    r"|\s*/\s*(?:Phó\s+)?(?:Giám đốc|Thủ trưởng|Chủ tịch|Trưởng ban|Người đứng đầu))?"
    # ("Thủ trưởng cơ quan ngang bộ", "Giám đốc sở": the class of bodies it heads)
    r"\s+(?=\p{Lu}|các\s+\p{L}|thuế\b|(?<=Thủ trưởng\s+)(?:cơ quan|sở|ban|ngành)\b|(?<=Giám đốc\s+)sở\b)")

# The chief of an office, named by title: the office is the body ("Chánh Văn phòng …").
CHIEF_OF_OFFICE = re.compile(r"^Chánh\s+(?=Văn phòng\b)")


_OTHER_KIND = r"(?:sở|ban|ngành|đoàn thể|đơn vị|cơ quan|địa phương|hội|tổ chức)"
# The classes of the whole government a central text's executing clause names ("Bộ trưởng,
# Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân
# dân các tỉnh, thành phố trực thuộc trung ương … chịu trách nhiệm thi hành").
_GOVERNMENT_TIER = (r"(?:các\s+)?(?:bộ|cơ quan ngang bộ|cơ quan thuộc chính phủ|"
                    r"(?:ủy|uỷ) ban nhân dân (?:các\s+)?tỉnh, thành phố(?: trực thuộc trung ương)?)")


# A report of the issuer assigning: "UBND tỉnh vừa giao Sở VH-TT chịu trách nhiệm …", "Chủ tịch
# UBND thành phố giao giám đốc các sở; …", "Theo đó,
# UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn, các ngành …", "Về tổ chức thực
# hiện giao Sở Y tế … chủ trì".
COMMITTEE_SPEAKS = (r"(?:\b(?:Chủ tịch\s+)?" + PROVINCIAL_COMMITTEE + r"(?:\s+\p{Lu}\p{Ll}*)*"
                    # (or the province itself, as a report calls it: "Tỉnh cũng đề nghị Công ty …")
                    r"|(?:^|(?<=[.;:,]\s))(?:Tỉnh|Thành phố)|(?<=[,:]\s)(?:tỉnh|thành phố))"
                    r"\s+(?:(?:vừa|đã|cũng|còn)\s+)*")


DEPARTMENTS_KEY = "các sở, ban, ngành"


# One kind of committee for two places: "UBND huyện Long Mỹ và TP Vị Thanh".
PLACE_OF_TIER = r"(?:huyện|quận|thị\s+xã|thành\s+phố|TP\.?)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}"
# Kinds of bodies listed under one head's title and one "có liên quan": a catch-all as a whole.
_ANY_KIND = r"(?:doanh nghiệp|cơ quan|đơn vị|tổ chức|cá nhân|địa phương)"


# Kinds of bodies listed, and closed by "liên quan": those concerned, whichever they are.
_KIND = r"(?:sở|ban|ngành|đoàn thể|đơn vị|cơ quan|địa phương|hội|tổ chức)"

# Texts whose duties are read from their parts alone: plans (part by part), and reports
# and submissions, whose requests ask a superior ("Đề nghị Bộ Nông nghiệp và Môi trường:").
PARTS_ONLY_TYPES = {"KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "BÁO CÁO", "TỜ TRÌNH"}

# A report's sentence that opens with a body and the duty the plan gives it, after a link
# word: "Theo Kế hoạch, Bộ Tư lệnh Thủ đô sẽ chủ trì …", "Theo phân công tại Kế hoạch, Công an
# tỉnh chủ trì …", "Bên cạnh đó, Công an thành phố có
# nhiệm vụ chủ trì …", "Sở Công Thương tham mưu …" (not what a body says it did: "Sở … cho biết").
# (or the aim or the stage it serves: "Để thực hiện kế hoạch, Sở Y tế được giao chủ trì …",
# "Trong quá trình triển khai, Sở Nội vụ có trách nhiệm theo dõi")
# (an official's words quoted open on their quotation mark: "“Sở Công Thương được giao chủ trì …")
REPORT_LINK = re.compile(r"[\"“]?(?:(?:Theo (?:[Kk]ế hoạch|đó|(?:sự\s+)?phân công)(?:\s[^,.;:\n]{0,100}?)?|Bên cạnh đó|Đồng thời|Ngoài ra|Cùng với đó|Trong đó|"
                         r"(?:Để|Nhằm|Trong quá trình)\s(?:thực hiện|triển khai|tổ chức)\b[^,.;:\n]{0,80}?|"
                         # (or what the plan says, or the topic: "Kế hoạch nêu rõ, Sở Giáo dục …",
                         # "Về phân công nhiệm vụ, Sở Y tế là cơ quan thường trực …")
                         r"[Kk]ế hoạch(?:\s+(?:cũng|này))?\s+(?:nêu rõ|nêu|đề ra|xác định|chỉ rõ|quy định)|"
                         r"Về\s(?:phân công|tổ chức thực hiện|trách nhiệm|nhiệm vụ)\b[^,.;:\n]{0,60}?)"
                         r"\s*[,:]\s*)?")
REPORTED_DUTY = re.compile(r"(?![^.\n]*\bnhư sau\s*:)"      # (not the issuer's "… xây dựng kế hoạch như sau:")
                           r"\s+(?:sẽ\s+)?"
                           # (given by the issuer: "… được Ủy ban nhân dân tỉnh giao chủ trì", "… được
                           # giao là cơ quan chủ trì")
                           r"(?:được\s+(?:" + PROVINCIAL_COMMITTEE + r"\s+)?giao\s+"
                           r"(?:là\s+cơ quan\s+)?)?"
                           # (or any task it is given: "Văn phòng UBND tỉnh được giao hoàn thiện …")
                           r"(?:(?<=được\s(?:\S+\s){0,4}giao\s)(?=\p{Ll}{2,}\s)|"
                           # what it is to do, in the words of an order (a partner's part too: "Báo Lạng
                           # Sơn phối hợp với … đưa tin"; "UBND cấp huyện tăng cường trách nhiệm …",
                           # "Các sở, ngành liên quan … xây dựng các phương án …"), and each body's own
                           # share ("… tùy theo chức năng nhiệm vụ được giao … giám sát")
                           r"(?:" + ORDER_VERBS + r"|có nhiệm vụ|tham mưu|là (?:cơ quan|đơn vị) (?:thường trực|chủ trì|đầu mối)|thực hiện nghiêm|"
                           r"tăng cường|xây dựng|đôn đốc|đảm bảo|bảo đảm|(?:(?:tùy|tuỳ|căn cứ)\s+)?theo\s+chức\s+năng,?\s+nhiệm\s+vụ)\b)"
                           # or its duties after a colon: "UBND các quận, huyện: Lập và ban hành …"
                           r"|\s*:\s*(?=\p{Lu}\p{Ll})")
