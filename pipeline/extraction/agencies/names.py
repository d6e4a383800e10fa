"""Bodies' names in a text: where a name starts and ends in a heading or a sentence,
and how a list of names splits into bodies."""
from __future__ import annotations

import regex as re

from pipeline.extraction.metadata import PROVINCE_NAMES
from pipeline.extraction.registry import fold
from pipeline.extraction.structure import ITEM_MARK
from pipeline.extraction.agencies.patterns import (_ANY_KIND, APPOSED_ROLE, ARTICLE_TITLE, BODY_HEAD,
                                                   CHIEF_OF_OFFICE, CLASS_ARTICLE, CUT_EXECUTION_ARTICLE,
                                                   DUTY_AFTER_COLON, EXECUTES, EXECUTION_HEADING,
                                                   GENERIC_PLURAL, HEAD_TITLE, IMPLEMENTATION_HEADING, _KIND,
                                                   LEAD_IN, MAX_NAME_WORDS, MEMBER_CLASSES,
                                                   MEMBERS_AFTER_COMMA, NOT_A_BODY, PLACE_OF_TIER, PLURAL,
                                                   RELATED_AFTER, RELATED_COMMITTEES, RELATED_TAIL,
                                                   SENTENCE_STOP)
from pipeline.extraction.agencies.naming import (_folded_known_names, _known_name_spans, _known_names,
                                                 _loose, normalise, _numbered)


# An article's mark alone on its line, as older decisions print it ("Điều 3" over its text).
BARE_ARTICLE_MARK = re.compile(r"[\s*#_]*Điều\s+\d+\s*[.:]?[\s*_]*")
# The title of the closing article run into its clause in a flattened copy: "Điều 3. Trách
# nhiệm thi hành Các Bộ trưởng, … chịu trách nhiệm thi hành Nghị định này".
# ("Điều 3. Trách nhiệm tổ chức thực hiện Chánh Văn phòng UBND tỉnh; …" too)
RUN_IN_ARTICLE_TITLE = re.compile(r"^\s*(?:(?:Trách nhiệm|Điều khoản|Hiệu lực)\s+(?:và\s+)?"
                                  r"(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện)|"
                                  r"Tổ chức thực hiện)\s*[.:]?\s*(?=\p{Lu})")
# How many earlier lines an executing clause may run over.
CLAUSE_LINES = 3
# An item heading that lists departments by their bare names after a colon: "Các sở,
# ngành: Tài chính, Nội vụ, Giáo dục và Đào tạo", before their duties.
# A committee of a tier whose places follow a colon: "UBND các xã: Hải Tiến, Giao Minh".
LISTED_TIER = re.compile(r"^(?P<head>Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+các\s+(?P<tier>xã|phường|huyện|quận|thị xã)\s*:\s*")
PLACE = re.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}")
# The list of places ends at a mark or a word in lower case other than "và".
PLACE_LIST_STOP = re.compile(r"[.;:()\n]|\s(?!và\s)\p{Ll}")
LISTED_KIND = re.compile(r"^(?:Các\s+)?(?P<noun>[Ss]ở|[Bb]ộ|[Tt]ập đoàn)(?:\s*,\s*(?:[Bb]an|[Nn]gành|đơn vị|cơ quan)){0,3}"
                         r"\s*:(?!" + DUTY_AFTER_COLON + r")\s*(?=\p{Lu})")
# A lead-in naming the kind of the bodies listed after its colon: "Giám đốc các Sở:
# Tài chính, Xây dựng", "Bộ trưởng các Bộ: Xây dựng, Tài chính".
# (and a ministry's own departments: "Vụ trưởng các Vụ: Vận tải, Hợp tác quốc tế; Cục trưởng
# các Cục: Đường bộ Việt Nam, Hàng hải Việt Nam")
SHARED_NOUN = re.compile(r"\b(?:các\s+)?(?P<noun>[Ss]ở|[Bb]ộ|[Tt]ập đoàn|Vụ|Cục)(?:\s*,\s*(?:[Bb]an|[Nn]gành)){0,2}\s*$")
# The same without a colon, in an executing clause: "Giám đốc các Sở Y tế, Công Thương,
# Nông nghiệp và Môi trường" (a list of bare names after the plural kind).
KIND_LIST = re.compile(r"\b(?:(?:Giám đốc|Bộ trưởng|Thủ trưởng)\s+)?các\s+(?P<noun>Sở|Bộ)\s+"
                       r"(?=\p{Lu}[^;,]*,\s*\p{Lu})")
# A head's title left bare in a list ("…, Thủ trưởng , các đơn vị"): no body of the kind.
BARE_TITLE = re.compile(r"(?:Thủ trưởng|Chủ tịch|Giám đốc|Phó|Trưởng|Chánh|Bộ trưởng|Người đứng đầu)\b")
# Where an item of a list shared by one kind starts: the start, or after "," or "và".
KIND_ITEM = re.compile(r"(?:^\s*|,\s*|\s+và\s+)(?=\p{Lu})")
# The verb the cut broke off: "… Thủ trưởng các đơn vị có liên quan chịu trách nhi".
CUT_VERB = re.compile(r"\s+(?:có|chịu)(?:\s+t\p{L}*(?:\s+n\p{L}*(?:\s+t\p{L}*(?:\s+h\p{L}*)?)?)?)?\s*$")
# A class named by where the text lists it, not a body of its own: "Các Sở, Ban, Ngành nêu
# tại Điều 7 Quy định này" (the bodies of that article, each named there).
REFERS_ELSEWHERE = re.compile(r"^(?:[Cc]ác|[Nn]hững)\s.*\s(?:nêu|quy định|nói|có tên)\s+tại\s+(?:Điều|khoản|điểm|[Mm]ục|[Pp]hụ lục)\b")
# "The other …" is a catch-all too: "Các sở, ban, ngành khác".
OTHERS = re.compile(r"^(?:Các|Những)\s.*\skhác$", re.I)
# ... also when more of the kind follows it: "Các cơ quan, đơn vị có liên quan và các cơ sở
# có tên tại Điều 1".
RELATED_THEN_MORE = re.compile(r"^(?:Các|Những)\s.*\s(?:có\s+)?liên quan\s+(?:và|,)\s", re.I)
# A body that asks others to act: what follows names them (and so does a notice's closing:
# "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Điện Biên … biết, thực hiện").
ASKS_OTHERS = re.compile(r"\s+(?:(?:yêu cầu|đề nghị)\s+(?=\p{Lu}|các\s+(?:[Đđ]ồng chí\b|\p{Lu}))"
                         # (or assigns them: "Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì …")
                         r"|giao(?:\s+cho)?\s+(?=\p{Lu}|các\s+\p{L}|cơ quan\s)"
                         r"|(?:xin\s+)?thông báo\s+(?:để|cho|đến)\s+)")
# "và" or a comma after a catch-all closed by "liên quan", before a body of its own.
RELATED_THEN_BODY = re.compile(r"\s*((?:có\s+)?liên quan)?(?:\s+và|\s*,)\s+")
# Bodies given a duty, then others asked to act with them: "và đề nghị Giám đốc Ngân hàng …".
ALSO_ASKED = re.compile(r"(?:\s+và|(?<=\svà))\s+(?:đề nghị|yêu cầu)\s+(?=\p{Lu}|các\s+\p{Lu})")
TRAILING_AND = re.compile(r"\s+và$")
GROUP_OF_TIERS = re.compile(r"(?:các|những)\s+\p{Lu}")
PERSONS_FIRST = re.compile(r"(?:Thủ trưởng|Người đứng đầu|Lãnh đạo|Cán bộ|Công chức|Viên chức)\b")
# What a class's own article adds after its name: "… các cơ quan, đơn vị trong quản lý, sử dụng …".
CLASS_STOP = re.compile(r"\s(?:trong|khi)\s")
# What may open a list of bodies in brackets: "(gồm các Sở: …)", "(bao gồm: …)".
BRACKET_LEAD = re.compile(r"\s*(?:bao gồm|gồm|là)\s*:?\s*", re.I)
# How far a class's description may run before the brackets listing its members.
BRACKET_REACH = 80
# A circumstance opening an item before its bodies: "2. Căn cứ nội dung Kế hoạch và tình
# hình thực tiễn, các sở, ngành và Ủy ban nhân dân các xã, phường … có trách nhiệm …".
# ("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan … phản ánh" names everyone).
CIRCUMSTANCE = re.compile(r"(?:Căn cứ|Trên cơ sở|(?P<time>Định kỳ|Hằng năm|Hàng năm))\b")
CIRCUMSTANCE_CHARS = 240
# A time is a circumstance when a comma soon closes it ("Định kỳ 6 tháng, hằng năm, Sở …");
# "Hàng năm lập dự toán …, gửi Sở Tài chính thẩm định, Ủy ban nhân dân tỉnh phê duyệt"
# is a task that opens with its time, and the bodies after its commas are partners.
TIME_CLOSED = re.compile(r"(?:\s+[^\s,;.]+){0,4}\s*,")
PARTNERS_BEFORE = re.compile(r"\b(?:phối hợp|chủ trì|phải|báo cáo)\b", re.I)
# Lower-case words that end a body's name: the verbs of its duties (not the function that
# names the Party's advisory bodies: "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy").
NAME_STOP = re.compile(
    # (not a word naming the field a body works in: "doanh nghiệp hoạt động trong lĩnh vực
    # xây dựng, giao thông …", "các cơ quan chuyên môn về xây dựng cấp tỉnh")
    # (a duty still ends it there: "Sở quản lý ngành, lĩnh vực có trách nhiệm chủ trì …")
    r"\s(?=(?:có|chịu)\s+trách\s+nhiệm\b|chủ\s+trì\b)|"
    r"(?<!lĩnh vực)\s(?:giao(?=\s+(?:cho\b|các\b|cơ quan\b|\p{Lu}))|chủ trì|phối hợp|kết hợp|triển khai|thực hiện|tổ chức(?!\s+chính trị|\s+hành chính|\s+đoàn thể|\s+đảng|\s+xã hội|\s+thành viên\s+của)|tham mưu(?!,\s*giúp việc)|chịu trách nhiệm|có trách nhiệm|"
    r"căn cứ|hướng dẫn|đồng bộ|(?<!đầu tư |công trình |[Vv]ật liệu |chuyên môn về )xây dựng|theo dõi|tự|chỉ đạo|rà soát|nghiên cứu|bố trí|đảm bảo|bảo đảm|"
    r"phụ trách|là|(?<!việc )làm|tiếp tục|cân đối|tăng cường|đẩy mạnh|hỗ trợ|chủ động|(?<!Giáo dục )thường xuyên|định kỳ|"
    r"kiểm tra|giám sát|đôn đốc|tổng hợp|báo cáo|đề xuất|hoàn thiện|(?<!công )trình|ban hành|phổ biến|(?<!thông tin, )tuyên truyền|"
    r"vận động|phát động|khẩn trương|cung cấp|bổ sung|lồng ghép|phân bổ|ưu tiên|huy động|phát huy|cử|thành lập|(?<!công |dân |tư |độc )lập|"
    r"(?:tùy|tuỳ)(?=\s+theo\b)|(?<!quản lý )trực tiếp|có(?!(?<=nghiệp có)\s+hoạt động\b)|được|nắm|trên cơ sở|tiếp nhận|thẩm định|phê duyệt|hoàn thành|nghiêm túc|quan tâm|duy trì|"
    r"quản lý(?= nhà nước)|thi hành|căn cứ|sau khi|theo|(?<!hoạt động )trong|(?<!chuyên môn )về|để|nhằm|"
    r"đưa|tập trung|nâng cao|tiến hành|kịp thời|tích cực|xem xét|yêu cầu|cập nhật|"
    r"công bố|công khai|biên soạn|phát hành|tuần tra|điều tra|chấp hành|tuân thủ|"
    r"(?<!quản lý )vận hành|sửa chữa|cắm|tạm dừng|quyết liệt|sớm|hoàn tất|phân công|bằng|ở|tiên phong|cần|dự thảo|nơi|lãnh đạo|"
    r"bàn giao|chuyển giao|tiếp nhận|chiếu(?=\s+(?:quyết định|nghị quyết|theo)\b)|"
    # "quy định" as the body's verb ("Các Sở, ban, ngành quy định chức năng, nhiệm vụ …"),
    # not a pointer to where a class is defined ("… quy định tại Điều 2")
    r"quy định(?!\s+tại\b)|"
    r"này|quán triệt|kiện toàn|chấn chỉnh|thống nhất|thông báo|biết|đề nghị|xin|trân trọng|cảm ơn|đã|sẽ|vừa|cũng|cho biết|giải quyết|"
    # a duty denied ("Văn phòng đăng ký đất đai không chịu trách nhiệm …"), not aviation, air
    # defence, space or air ("Cục Hàng không", "Phòng không", "không gian mạng", "không khí")
    r"(?<![Hh]àng |[Pp]hòng )không(?! gian| khí)|giúp(?! việc)|phải|"
    # "cấp" as a verb ends the name ("Sở Tư pháp cấp, khóa tài khoản"), not a level ("các cấp")
    r"(?<!các )cấp(?=\s*[,;])|"
    # (or a role in capitals run on after the name: "5. Vụ Kế hoạch - Đầu tư Đầu mối tham mưu")
    r"Chủ trì|Phối hợp|(?:Là\s+)?[Đđ]ầu mối)\b|[:(.\n]"
    # a point's letter after the name in a flattened list ("1. Sở Xây dựng a. Chủ trì …")
    r"|\s[a-zđ][.)](?=\s)"
    # a semicolon, unless another body follows it ("3. Sở Nội vụ; Sở Tư pháp: …", "… giám đốc
    # các sở; thủ trưởng cơ quan, ban ngành thành phố; chủ tịch UBND quận, huyện")
    r"|;(?!\s*(?:" + BODY_HEAD.pattern + r"|(?:thủ trưởng|giám đốc|chủ tịch)\s))"
    # a dash before a lower-case word or a duty in capitals ("Sở Y tế - chủ trì", "Bộ Giao
    # thông vận tải - Chỉ đạo …"), not inside a name ("Sở Lao động - Thương binh và Xã hội",
    # "Cục Kinh tế - Quản lý đầu tư xây dựng")
    # (nor inside a list of tiers written with dashes: "Ủy ban nhân dân quận - huyện",
    # "… phường - xã, thị trấn")
    r"|(?<!chính trị)\s[-–]\s(?:(?!\p{Lu})(?!đường (?:sắt|bộ|thủy|biển))(?!(?:xã|phường|huyện|quận|thị xã|thị trấn)\b)|(?=(?:Chủ trì|Phối hợp|Chỉ đạo|Tổ chức|Triển khai|Thực hiện|"
    r"Tăng cường|Hướng dẫn|Tham mưu|Kiểm tra|Xây dựng|Rà soát|Tiếp tục|Đẩy mạnh|Nghiên cứu|Căn cứ|"
    # or its role in apposition ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo")
    + APPOSED_ROLE + r")\b))"
    # a list mark run into the heading line ("Cục Hàng không Việt Nam a) Khẩn trương …")
    r"|\s[a-zđ]\)\s"
    # a share allotted to the body ("Công an tỉnh 70% kinh phí")
    r"|\s(?=\d[\d.,]*\s?%)"
    # "liên quan" closes a list ("Các Sở, ngành, đơn vị liên quan kiện toàn …"), not the
    # scope that defines a class ("Các cơ quan, đơn vị liên quan đến hoạt động của doanh nghiệp:")
    r"|(?<=\bliên quan)(?=\s)(?!\s+(?:đến|tới)\s)")
# A comma then a lower-case word ends a name, unless the word continues a list of
# tiers or sectors inside the name ("Ủy ban nhân dân xã, phường", "Các sở, ban, ngành").
NAME_COMMA_END = re.compile(
    r",\s+(?!(?:(?:cấp\s+)?(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)|ban|(?:các\s+)?sở|ngành|đoàn thể|thành phố|tỉnh|(?:các\s+|những\s+)?tổ chức chính trị|"
    r"tổ chức đảng|tổ chức xã hội|chiến lược|thành (?:ủy|uỷ)|đảng (?:ủy|uỷ|bộ)|"
    r"thành\b(?!\s+(?:lập|viên|công))|thị\b(?!\s+(?:sát|hiếu))|"
    r"địa phương|đơn vị|cơ quan|(?:các\s+)?hiệp hội|"
    # (a class's kinds listed on: "các cơ quan, xí nghiệp Trung ương đóng trên địa bàn")
    r"(?<=(?:[Cc]ác|[Nn]hững)\s+(?:cơ quan|đơn vị|tổ chức),\s+)(?:doanh nghiệp|xí nghiệp)\b|"
    r"tổ chức(?=\s*,\s*(?:đơn vị|cơ quan)\b|\s+hành chính\b)|(?:các\s+)?đơn vị sự nghiệp|doanh nghiệp nhà nước|lực lượng vũ trang|sau đại học|đại học|cao đẳng|trung cấp|kinh doanh|dịch vụ|"
    r"(?:các\s+)?chủ đầu tư|giúp việc|lĩnh vực|báo chí|tuyên truyền|truyền thông|truyền hình|phát thanh|"
    # a head's title in lower case opens the next body ("…, thủ trưởng các sở, ban ngành")
    r"(?:thủ trưởng|giám đốc|chủ tịch)\s+(?=các\s|\p{Lu})|"
    # the paired verbs a name holds ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn",
    # "Cảnh sát Phòng cháy, chữa cháy")
    r"(?<=[Pp]hòng(?:\s+cháy)?,\s+)(?:chống|chữa cháy)|"
    # a list of zone kinds ("Ban quản lý các khu công nghiệp, khu chế xuất, khu kinh tế")
    r"khu(?=\s+(?:công nghiệp|chế xuất|kinh tế|công nghệ cao|nông nghiệp)))\b)"
    r"(?!(?:các|những)\s+\p{Lu})"
    # nor the last field of a name that its tier closes ("Ban Chỉ huy phòng, chống lụt, bão tỉnh",
    # "Ban Quản lý Khu Kinh tế, công nghiệp tỉnh")
    r"(?!\p{Ll}+(?:\s\p{Ll}+)?\s+tỉnh\s*(?:$|[,;]\s*\p{Lu}))"
    # nor a list of single nouns inside the name ("Ban quản lý bãi tắm biển, sông, hồ, suối, thác")
    r"(?!\p{Ll}+(?:,\s+\p{Ll}+)+\s)(?!(?<=,\s+\p{Ll}+,\s+)\p{Ll}+\s)"
    # nor one field of a name's list that ends in a capital ("Vụ Khoa học công nghệ, môi
    # trường và Vật liệu xây dựng")
    r"(?!\p{Ll}+(?:\s\p{Ll}+){0,3}\svà\s\p{Lu}\p{Ll}*(?:\s\p{Ll}+){0,4}(?=\s*(?:[,;:.]|$|\s(?:chịu|có|chủ trì|phối hợp)\b)))\p{Ll}")
# In a heading of names alone, a plural kind after a comma still ends the name ("Sở Giáo
# dục và Đào tạo, các trường học").
# (not a class that is a member of the list: "…, các đơn vị sự nghiệp công lập")
PLURAL_AFTER_COMMA = re.compile(r",\s+(?:các|những)\s+(?!\p{Lu})(?!tổ chức chính trị|đơn vị sự nghiệp)\p{Ll}")
# Persons joined to a body by "và" end the name: they are not a body
# ("Đoàn đại biểu Quốc hội và đại biểu Quốc hội thành phố" names one body).
PERSONS_TAIL = re.compile(
    # (or heads at large: "… và thủ trưởng các đơn vị", "… và trưởng các đơn vị có liên quan";
    # or a sector named in lower case, no name of the body before it: "Các UBND huyện, thị xã
    # và ngành thủy lợi")
    r"\s+và\s+(?:các\s+)?(?:đại biểu|cán bộ|công chức|viên chức|người|cá nhân|ông|bà|trưởng(?=\s+các\b)"
    r"|ngành(?=\s+\p{Ll}))\b.*$", re.S)
# Separators between several bodies in one heading.
NAME_SPLIT = re.compile(r",\s+và\s+|,\s+|;\s*|\s+và\s+|\s+với\s+"
                        # a head's title after a whole name, its ";" left out ("Giám đốc Sở Tài
                        # chính Chủ tịch Ủy ban nhân dân cấp huyện")
                        r"|\s+(?=(?:Giám đốc|Chủ tịch|Thủ trưởng)\s+(?:các\s+)?(?:Sở|Ủy ban|UBND|cơ quan|Ban|Công an)\b)"
                        # a department's name after another's, run together by a copy ("Sở Nội
                        # vụ Sở Khoa học và Công nghệ chủ trì …": no name holds two "Sở")
                        r"|(?<=(?:^|[,;]\s*)Sở\s+\p{Lu}[^,;]*?)\s+(?=Sở\s+\p{Lu})"
                        # a dash for the list's mark before a tier's committees (no body's name
                        # goes on into one): "…, đoàn thể của tỉnh – Uỷ ban nhân dân các huyện"
                        r"|\s+[-–]\s+(?=(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:các|cấp|huyện|quận|thị xã|xã|phường)\b)")
# One office serves both councils: "Văn phòng HĐND và UBND tỉnh" is one body.
JOINT_OFFICE = re.compile(r"[Vv]ăn phòng\s+(?:Đoàn\s+(?:ĐBQH|[Đđ]ại biểu Quốc hội)\s*(?:,|và)\s*)?(?:HĐND|Hội đồng nhân dân)$")
COMMITTEE_NEXT = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b")
# … and the delegation of deputies with the council: "Văn phòng Đoàn Đại biểu Quốc hội và
# Hội đồng nhân dân Thành phố".
DELEGATION_OFFICE = re.compile(r"[Vv]ăn phòng\s+Đoàn\s+(?:ĐBQH|[Đđ]ại biểu Quốc hội)$")
COUNCIL_NEXT = re.compile(r"(?:HĐND|Hội đồng nhân dân)\b")
# A class a heading may define by the bodies in brackets after it: a plural, or the investor
# ("Chủ đầu tư cảng cạn (Công ty Cổ phần Cảng Thạnh Phước) thực hiện …").
CLASS_HEAD = re.compile(PLURAL.pattern + r"|chủ đầu tư\b")
# The press and broadcasters as a class, however a text calls them: "cơ quan báo chí" (in the
# patterns below), "cơ quan truyền thông", "cơ quan thông tin truyền thông", "… đại chúng".
PRESS = r"cơ quan\s+(?:thông tin\s+)?(?:truyền thông|đại chúng)"
# Classes of bodies that are named members of a heading, not a catch-all:
# "Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội", "… và các cơ quan báo chí".
# The central agencies based in the province, a member of a list even after a bare comma
# ("Các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn").
BASED_AGENCIES = re.compile(r"cơ quan (?:ngành dọc|[Tt]rung ương)(?:\s+đóng)?\s+trên\s+địa\s+bàn", re.I)
COLLECTIVE = re.compile(
    r"(?:tổ chức chính trị\s*[-–]?\s*xã hội|tổ chức đoàn thể|tổ chức thành viên\s+của|đoàn thể|cơ quan báo chí|" + PRESS + r"|"
    r"cơ quan thông tấn|cơ sở (?:giáo dục|đào tạo|y tế)|" + BASED_AGENCIES.pattern + "|" + MEMBER_CLASSES.pattern
    + r")\b", re.I)
# Socio-political organisations are a member of a list even after a bare comma ("Các sở,
# ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường").
POLITICAL_ORGS = re.compile(r"tổ chức chính trị\s*[-–]?\s*xã hội\b", re.I)
# (but not while more kinds follow them in the same class: "Các sở, ban, ngành, đơn vị, tổ chức
# chính trị - xã hội, hội, đoàn thể" is one)
KINDS_GO_ON = re.compile(r"\s*,\s*(?:hội|đoàn thể|đơn vị|cơ quan|tổ chức)\b")


def _political_orgs_apart(nxt: str) -> bool:
    m = POLITICAL_ORGS.match(nxt)
    return bool(m) and not KINDS_GO_ON.match(nxt, m.end())


# A catch-all list ending a heading: "và các đơn vị liên quan", ", các tổ chức cá nhân…".
CATCH_ALL = re.compile(
    # (or joined by "cùng": "Giám đốc Sở Giao thông cùng các đơn vị có liên quan")
    r"(?:,\s*|\s+và\s+|\s+cùng\s+(?:với\s+)?)(?:các|những)\s+(?!tổ chức chính trị|tổ chức đoàn thể|tổ chức thành viên\s+của|cơ quan báo chí|" + PRESS + r"|"
    # (the province's departments named as a class end the list: "Nội vụ và các sở, ban, ngành")
    # (with more kinds of the province's own, or before a dash that opens the next body:
    # "…, các sở, ban, ngành, đoàn thể của tỉnh – Uỷ ban nhân dân các huyện")
    r"cơ quan thông tấn|đơn vị sự nghiệp|"
    # (nor the central agencies based in the province, a class of their own: "…, các cơ quan
    # Trung ương đóng trên địa bàn, UBND các huyện")
    r"cơ quan\s+(?:ngành dọc\s+)?(?:Trung ương|trung ương|TW)\b|sở,\s*(?:ban,\s*)?ngành(?:,\s*(?:đoàn thể|cơ quan|đơn vị))*"
    r"(?:\s+(?:của\s+|cấp\s+)?tỉnh)?\s*(?:$|[-–]\s)"
    # (businesses or units of a named trade are a body of the list: "Hiệp hội Du lịch và các
    # doanh nghiệp du lịch", "… và các đơn vị chủ rừng"; "các doanh nghiệp trên địa bàn", "các
    # đơn vị chức năng", "… có liên quan" stay a catch-all)
    r"|(?:doanh nghiệp|đơn vị)\s+(?!có\b|liên\b|khác\b|trên\b|thuộc\b|trực\b|tại\b|đang\b|được\b|và\b|chức năng\b|,)\p{Ll})"
    r"(?:tổ chức|cơ quan|đơn vị|cá nhân|ông|bà|địa phương|ngành|sở|"
    r"doanh nghiệp|lực lượng|thành viên|bộ phận|phòng|tập thể)\b.*$"
    # without "các": "Giám đốc Sở Xây dựng và tổ chức, cá nhân có liên quan"
    # (not a kind inside a plural list of kinds: "các cơ quan, tổ chức, đơn vị thuộc …")
    r"|(?!(?<=(?:\bcác\s+|(?:^|,\s*)(?:Thủ trưởng|Người đứng đầu|Lãnh đạo)\s+)(?:cơ quan|đơn vị)),\s*tổ chức\s*,\s*(?:đơn vị|cơ quan)\b)(?:,\s*|\s+và\s+)(?:tổ chức|cá nhân)(?:,\s*(?:tổ chức|cá nhân|cơ quan|đơn vị)\b.*)?$"
    # a kind closed by "liên quan" ends a list of named ones: "Các Sở, ngành, đơn vị liên quan",
    # "…, Ngân hàng Nhà nước khu vực I và đơn vị liên quan"
    # (not a list of kinds alone: "Thủ trưởng cơ quan, đơn vị có liên quan" names no one)
    r"|(?<!\b(?:cơ quan|đơn vị|địa phương|tổ chức))"
    r"(?:,\s*|\s+và\s+)(?:đơn vị|cơ quan|địa phương)(?:\s*,\s*(?:đơn vị|cơ quan|địa phương))*\s+(?:có\s+)?liên quan$"
    # "…, cơ quan hành chính khác": the others, a catch-all
    r"|,\s*(?:các\s+)?(?:cơ quan|đơn vị|tổ chức)\b[^,;]*\skhác$")
# A plural tail joined by "và" and closed by "liên quan" is one catch-all, whatever it
# lists: "… và các Bộ trưởng, Thủ trưởng các cơ quan liên quan".
RELATED_LIST = re.compile(r"\s+và\s+(?:các|những)\s+[^;:]*?\s(?:có\s+)?liên quan\s*$")
# What a cut can leave hanging: "Mặt trận Tổ quốc tỉnh và các" (…tổ chức chính trị - xã hội).
DANGLING = re.compile(r"(?:,|\s+và|\s+với)?\s+(?:các|những)\s*$"
                      # an apposition cut at its verb: "Viện …, cơ quan chủ trì xây dựng"
                      # (not the last of a list of kinds: "Các ban, sở, ngành, đơn vị")
                      r"|(?<!\b(?:ban|sở|ngành|đoàn thể|địa phương)),\s*(?:là\s+)?(?:cơ quan|đơn vị)\s*$"
                      # bare kinds joined last, a catch-all cut at its verb: "Ủy ban nhân dân cấp xã
                      # và cơ quan, đơn vị[, tổ chức khác được giao …]"
                      r"|\s+và\s+(?:cơ quan|đơn vị)(?:\s*,\s*(?:cơ quan|đơn vị))*\s*$"
                      # a joining word left bare by a cut at a catch-all's verb-like head ("các
                      # Sở, ban, ngành và [tổ chức, cá nhân có liên quan]")
                      r"|\s+(?:và|với|cùng)\s*$")
# ... and where it stands before a task run into the heading.
ROLE_APPOSITION = re.compile(r"\s[-–]\s+" + APPOSED_ROLE + r"\b")
# A heading whose tasks follow it on the same line after a duty in capitals: the heading
# ends there ("Sở Xây dựng Chủ trì …", "… về công thương - Phối hợp …"). Only duties that
# rarely open a word of a body's name ("Ban Tổ chức", "Sở Xây dựng" do), and not after the
# words that make them one ("Ban Chỉ đạo", "Phòng Tham mưu").
CAPITAL_DUTY = re.compile(r"(?<!\b(?:Ban|Phòng|Trung tâm|Viện|Học viện|Trường))\s(?:[-–]\s+)?(?:Chủ trì|Phối hợp|Chỉ đạo|Tham mưu|"
                          r"Triển khai|Hướng dẫn|Rà soát|Tăng cường|Đẩy mạnh|Khẩn trương|Theo dõi|Tiếp tục|"
                          r"Đôn đốc|Cập nhật|Nghiên cứu|Tập trung|Thực hiện|Chủ động|Quan tâm|Phổ biến|Phê duyệt|"
                          r"Huy động|Bố trí|Phát động|Phát huy|Đánh giá|Có trách nhiệm|Chịu trách nhiệm|Căn cứ|"
                          r"Định hướng|Đề xuất|Phân bổ|Theo chức năng|Trực tiếp|"
                          # (to send staff: "… Chi nhánh Văn phòng đăng ký đất đai Cử cán bộ, viên chức …")
                          r"Cử(?=\s+\p{Ll})|"
                          # (a group's task, to assist: "… Tổ giúp việc Hội đồng Giúp việc cho Hội đồng …")
                          r"Giúp việc(?=\s+cho\b)|"
                          # (a task that opens on when it recurs: "… Sở Tài chính Hàng năm, bố trí …")
                          r"(?:Hằng|Hàng) (?:năm|quý|tháng)(?=\s*,))\b"
                          # ("Kiểm soát" names a body only after the words that make it one:
                          # "Cục Kiểm soát thủ tục hành chính", "Phòng Kiểm soát …")
                          r"|(?<!\b(?:[Bb]an|Cục|Vụ|Phòng|Đội|Chi cục|Trung tâm))\sKiểm soát\b(?=\s+\p{Ll})"
                          # ("Hỗ trợ" names a fund or a team: "Quỹ Hỗ trợ nông dân")
                          # (nor a name's words in capitals: "Trung tâm Xúc tiến … và Hỗ trợ Doanh nghiệp")
                          r"|(?<!\b(?:Quỹ|Tổ|Đội|Nhóm|Hội|Ban|Phòng|Trung tâm|Viện))\sHỗ trợ\b(?!\s+\p{Lu}\p{Ll})"
                          # ("Kiểm tra" names a committee after "ban": "Ủy ban Kiểm tra Tỉnh ủy")
                          r"|(?<!\b(?:[Bb]an|Đoàn|Cục|Vụ|Phòng|Đội))\sKiểm tra\b"
                          # ("Tổ chức" over a lower-case task is the duty, over a name a body:
                          # "… thành phố Huế Tổ chức tuyên truyền …", "Tổ chức Hội …")
                          r"|\sTổ chức(?=\s+(?:tuyên truyền|triển khai|thực hiện|quán triệt|kiểm tra|rà soát|phổ biến)\b)"
                          # (after a dash no word of a name needs guarding: "Sở Tài chính - Trên cơ sở …",
                          # "Hiệp hội Doanh nghiệp - Vận động …", "Sở Công Thương - Là cơ quan …")
                          r"|\s[-–]\s+(?:Là|Trên|Vận động|Tổ chức|Tuyên truyền|Kiểm tra|Xây dựng|Giao|Siết chặt|Nâng cao|"
                          r"Thường xuyên|Hằng năm|Hàng năm|Định kỳ|Tích cực|Thẩm định|Phụ trách)\b"
                          # ("Xây dựng" names a department after its head: "Sở Xây dựng", "Công ty Xây dựng")
                          r"|(?<!\b(?:Sở|Bộ|Vụ|Cục|Phòng|Ban|Viện|ty|Trường|tâm|Đội|Tổng))\sXây dựng\b")
# ... or a capitalised word after the tier that ends a name: after "tỉnh" (or the city
# "Thành phố") unless a province's name follows, or after a plural list of tiers.
TIER_THEN_CAPITAL = re.compile(r"\s(?:(?P<one>tỉnh|Thành phố)|(?:các\s+)?(?:xã|phường|huyện|quận)"
                               r"(?:,\s*(?:xã|phường|thị trấn|đặc khu|thị xã|thành phố))+|cấp\s+(?:tỉnh|xã|huyện))"
                               r"\s+(?=\p{Lu}\p{Ll})")
PROVINCE_FIRST_WORDS = {name.split()[0] for name in PROVINCE_NAMES}
CAPITAL_AT = re.compile(r"\p{Lu}")
# A sentence opening: a capitalised word, then one in lower case ("Vận động hội viên").
SENTENCE_GOES_ON = re.compile(r"\p{Lu}\p{Ll}*\s+\p{Ll}")
# Such a heading may name a body by its duties ("Cơ quan chuyên môn trực thuộc Ủy ban nhân
# dân tỉnh thực hiện công tác quản lý nhà nước về xây dựng, giao thông và vận tải").
LONG_NAME_WORDS = 32
# A Party committee, whose name lists the bodies it leads.
PARTY_COMMITTEE = re.compile(r"(?:Đảng ủy|Đảng uỷ)\b")
# A person named by title and name: "Phó Giám đốc Sở - Hoàng Văn Thuân" heads an item
# of his own tasks; no body is named.
NAMED_PERSON = re.compile(r"^\p{Lu}\p{Ll}*\s*[-–]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}$")
# A title alone names persons, not a body ("các Bộ trưởng", "Thủ trưởng").
TITLE_ONLY = re.compile(
    r"^(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Bộ trưởng|Cục trưởng|Vụ trưởng|"
    r"Trưởng ban|Trưởng phòng|Chánh Văn phòng)"
    # or the head of any body of a kind: "Thủ trưởng cơ quan, đơn vị"
    r"(?:\s+(?:các\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|tổ chức))*)?$", re.I)


# Where the next body of a list starts: after a comma, a body's opening word.
# (or a plural kind in lower case: "…, các cơ quan Trung ương trên địa bàn tỉnh")
NEXT_BODY = re.compile(r"(?:,|\s[-–]|\s+và)\s+(?=" + BODY_HEAD.pattern + r"|(?:các|những)\s+(?:cơ quan|sở|đơn vị|trường|"
                       r"doanh nghiệp|hội|đoàn thể|chi cục|trung tâm|ban quản lý)\b)")
# The start of a word in lower case the cut left after a comma: the list it belongs to went on.
CUT_FRAGMENT = re.compile(r",\s*\p{Ll}{1,6}$|\s+(?:và|với|cùng)$")   # (or a joining word: "… hạ tầng và")


def _at_the_cut(text: str, raw: str) -> bool:
    """The name is the last words of the text (it may go on past the cut); a name given its
    kind from a list ("Giám đốc các sở: Tài chính, Giao thông" gives "Sở Giao thông") by
    the words after its kind."""
    tail = " ".join(text[-4 * len(raw) - 20:].split())
    tail = CUT_FRAGMENT.sub("", tail)       # "… Thủ trưởng các Ban, ng": the class went on
    words = raw.split()
    # (compared without spaces too: a copy may glue the words, "Giám đốcSở N")
    return tail.endswith(" ".join(words)) or (len(words) > 1 and tail.endswith(" " + " ".join(words[1:]))) \
        or tail.replace(" ", "").endswith("".join(words)) or _name_goes_on(tail, raw)


# What a list left at the cut after a name: a comma and words in capitals ("… Văn hóa, Thể thao").
CUT_LIST_REST = re.compile(r",\s*\p{Lu}\p{Ll}*(?:\s+\p{L}+)*$")


def _name_goes_on(tail: str, raw: str) -> bool:
    """The words the cut left after ``raw`` go on a known name with a comma inside it:
    "… Giám đốc các sở: Y tế, Văn hóa, Thể thao" stops inside "Văn hóa, Thể thao và Du
    lịch", so "Văn hóa" is no body of its own."""
    last = " ".join(raw.split()[-2:])               # (its kind may stand far before it)
    at = tail.rfind(last)
    rest = CUT_LIST_REST.match(tail, at + len(last)) if at >= 0 else None
    if rest is None:
        return False
    words = fold(last + rest.group(0))
    return any(words in fold(n) and not fold(n).endswith(words) for n in _known_names())


def _lines(text: str, lo: int, hi: int):
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        if text[pos:end].strip():
            yield pos, end
        pos = end + 1


def _names(text: str, start: int, end: int, item: bool = False) -> tuple[list[tuple[str, str]], int]:
    """Bodies named at ``text[start:]`` and where the rest of the line begins. An
    ``item`` of a duties part may name them after an opening circumstance. A body that
    asks others to act names them: "Bộ Xây dựng yêu cầu Thủ trưởng các cơ quan …" gives
    the duty to those it asks (here a catch-all: none)."""
    names, tail = _named_at(text, start, end, item)
    beyond = RELATED_THEN_BODY.match(text, tail, end)
    if beyond and (beyond.group(1) or text[max(start, tail - 9):tail].endswith("liên quan")) \
            and BODY_HEAD.match(text, beyond.end(), end):
        # a catch-all closed by "liên quan", then a body: "các Sở, ban, ngành, đoàn thể có liên
        # quan và Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng …" gives the committees
        more, tail = _named_at(text, beyond.end(), end, item)
        names = names + more
    also = ALSO_ASKED.match(text, tail, end) if names else None
    if also:
        # "giao giám đốc các sở; … và đề nghị Giám đốc Ngân hàng …": given a duty and asked, both
        more, tail = _named_at(text, also.end(), end)
        names = [(TRAILING_AND.sub("", raw), TRAILING_AND.sub("", name)) for raw, name in names]
        return names + more, tail
    asks = ASKS_OTHERS.match(text, tail, end) if names else None
    return _named_at(text, asks.end(), end) if asks else (names, tail)


# A short form in brackets inside a name, before the rest of it: "(BHXH) tỉnh", "(Sở VHTTDL),".
SHORT_FORM = re.compile(r"\s\(\p{Lu}[\p{Lu}\d&\-]{1,11}\)(?=\s+\p{Ll})")


# What a class leaves out, in brackets after it: "(trừ …)", "(không bao gồm …)".
EXCEPTED = re.compile(r"\s\((?:trừ|ngoại trừ|không bao gồm|không kể)\s[^()\n]{2,160}\)")


# A department's kind in small letters before its name, after its head's title: "Giám đốc
# sở Xây dựng" is "Giám đốc Sở Xây dựng", not a title over a lone "sở".
LOWER_SO_NAMED = re.compile(r"(?<=(?:Giám đốc|Thủ trưởng)\s+)s(?=ở\s+\p{Lu})")


# A head's title before a colon and the bodies it heads: "Giám đốc: Sở …, Sở …".
TITLE_THEN_COLON = re.compile(r"^(?:Phó\s+)?(?:Giám đốc|Thủ trưởng|Chủ tịch)\s*:\s*")


# A heading that lists kinds down to individuals names persons at large, no body.
PERSONS_AT_LARGE = re.compile(r"^[^:;]*,\s*cá nhân$")
# Organisations and individuals of a kind are the public, no body: "Điều 11. Trách nhiệm của các
# tổ chức, cá nhân sử dụng điện".
PUBLIC_AT_LARGE = re.compile(r"^(?:Các\s+|Những\s+)?tổ chức\s*(?:,|và)\s*cá nhân\b", re.I)


def _named_at(text: str, start: int, end: int, item: bool = False) -> tuple[list[tuple[str, str]], int]:
    head, offset = _heading_words(text, start, end, item)
    role = INVESTOR_ROLE.match(head)
    if role and (investor := _defined_investor(text)):
        # "1. Trách nhiệm của nhà đầu tư", "Đề nghị Chủ đầu tư tổ chức khảo sát …": the
        # business the document names as the project's investor
        return [(INVESTOR_WORDS.search(head, 0, role.end()).group(0), investor)], start + offset + role.end()
    tiered = LISTED_TIER.match(head)
    if tiered and (places := _places(head[tiered.end():])):
        # "UBND các xã: Hải Tiến, Giao Minh, …, Kim Đông" heads an item of each commune
        names = [(f"{tiered['head']} {tiered['tier']} {p}", normalise(f"Ủy ban nhân dân {tiered['tier']} {p}"))
                 for p, _ in places]
        return names, start + offset + tiered.end() + places[-1][1]
    # "Các sở, ngành: Tài chính, Nội vụ, Giáo dục và Đào tạo" heads an item of three Sở
    names, cut = _kind_listed(head)
    if names:
        return names, start + offset + cut
    if not BODY_HEAD.match(head) or NOT_A_BODY.match(head):
        return [], start
    if ":" in head and PERSONS_AT_LARGE.match(head.split(":", 1)[0].strip()):
        return [], start        # "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: …": persons at large
    cut, max_words = _name_end(head)
    # each ";"-separated piece is trimmed apart: a catch-all tail ends its own piece,
    # not the bodies after it ("…, các đơn vị trực thuộc; Chủ tịch Ủy ban nhân dân các xã")
    phrase = "; ".join(t for t in (_trim(p) for p in head[:cut].split(";")) if t)
    parts = _split(phrase)
    if parts and RELATED_AFTER.match(head, cut) and re.match(r"(?i)(?:" + BARE_TITLE.pattern + r"\s+)?các\s", parts[-1]) \
            and head[:cut].rstrip(" ,").endswith(parts[-1]):
        parts = parts[:-1]                  # "(Thủ trưởng) các sở, ban, ngành, địa phương có liên quan": a catch-all
    listed = _bracketed_bodies(head, cut) if len(parts) == 1 and CLASS_HEAD.match(parts[0].casefold()) else []
    if listed:
        # a class defined by the bodies in brackets after it: "Các cơ quan đăng ký đầu tư
        # (Sở Tài chính, Ban quản lý Khu kinh tế …)" names those bodies
        return listed, start + offset + head.find(")", head.find("(", cut)) + 1
    # "UBND các huyện; các sở: Xây dựng, Công Thương …": the Sở after the ";" too
    kind_listed, cut = _kind_listed_next(head, cut)
    if not kind_listed and (shared := _kind_listed_last(head, cut)):
        # … and after a comma: "Công an Thành phố, các Sở: Tài chính, Tư pháp, UBND các
        # quận … căn cứ chức năng …" (the plural kind is no body of its own)
        kind_listed, cut = shared
        parts = parts[:-1]
    return _part_names(parts, max_words) + kind_listed, start + offset + cut


# The investor by its role, and where a decision or letter says who it is: "1. Nhà đầu tư" over
# "Tên doanh nghiệp: Công ty Cổ phần …", "- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã …".
# (the role alone, then its duty or the heading's end: not "Chủ đầu tư cảng cạn (Công ty …)")
INVESTOR_ROLE = re.compile(r"(?:(?:Trách nhiệm|Nhiệm vụ) của\s+)?(?:[Cc]hủ|[Nn]hà) đầu tư(?: dự án)?"
                           r"(?=[ \t]*(?:$|[\n:;,.]|[-–]\s)|\s+(?:có|chịu|phải|thực hiện|tổ chức|triển khai|khẩn trương|"
                           r"chủ động|cập nhật|hoàn thiện|báo cáo|phối hợp|lập|rà soát)\b)")
INVESTOR_WORDS = re.compile(r"(?:[Cc]hủ|[Nn]hà) đầu tư(?: dự án)?")
INVESTOR_DEFINED = re.compile(r"(?m)^[ \t\-+*•]*(?:\d+\.[ \t]*)?(?:Chủ|Nhà) đầu tư(?: dự án)?[ \t]*"
                              r"(?::[ \t]*|\n[ \t\-+*•]*Tên (?:doanh nghiệp|nhà đầu tư|tổ chức|đơn vị)[ \t]*:[ \t]*)(?=\p{Lu})")
# (names are read hundreds of times a text: the investor is looked up once for the text last read)
_investors: dict = {"text": None, "name": ""}


def _defined_investor(text: str) -> str:
    """The one body the text defines as the project's investor, or '' (none, or several)."""
    if _investors["text"] is not text:
        found = set()
        for m in INVESTOR_DEFINED.finditer(text):
            line_end = text.find("\n", m.end())
            names, _ = _named_at(text, m.end(), len(text) if line_end < 0 else line_end)
            found |= {name for _, name in names[:1]}
        _investors.update(text=text, name=found.pop() if len(found) == 1 else "")
    return _investors["name"]


def _heading_words(text: str, start: int, end: int, item: bool) -> tuple[str, int]:
    """The words of a heading from where its bodies' names begin, marks blanked, and
    their offset from ``start``: past a lead-in ("Giao", "Đề nghị"), an item's
    circumstance, or a head's title over the bodies it lists."""
    head = text[start:end].replace("*", " ").replace("_", " ")
    # (a name's short form in brackets is no end of it: "Bảo hiểm xã hội (BHXH) tỉnh")
    head = SHORT_FORM.sub(lambda m: " " * len(m.group(0)), head)
    # (nor is an exception in brackets: "các cơ quan chuyên môn, đơn vị sự nghiệp công lập
    # (trừ đơn vị … tự đảm bảo chi thường xuyên), tổ chức hành chính khác …")
    head = EXCEPTED.sub(lambda m: " " * len(m.group(0)), head)
    head = LOWER_SO_NAMED.sub("S", head)
    if head.startswith(("các ", "cơ quan ")) or LOWER_HEAD_TITLE.match(head):
        # the asked, after "yêu cầu" or "giao": "… các Sở, ngành tổ chức …", "… giám đốc các sở; …"
        head = head[0].upper() + head[1:]
    lead = LEAD_IN.match(head)
    offset = lead.start("rest") if lead else (_after_circumstance(head) if item else 0)
    if offset:
        head = head[offset:]
        head = head[0].upper() + head[1:]
    colon = TITLE_THEN_COLON.match(head)
    if colon and BODY_HEAD.match(head, colon.end()):
        # "Giao Giám đốc: Sở Văn hóa, …, Sở Thông tin và Truyền thông phối hợp …": the heads
        # of the bodies listed after the colon
        offset += colon.end()
        head = head[colon.end():]
    titled = HEAD_TITLE.match(head)
    if titled and LISTED_KIND.match(head[titled.end():][:1].upper() + head[titled.end() + 1:]):
        # "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo …": the heads of the Bộ listed
        offset += titled.end()
        head = head[titled.end():]
        head = head[0].upper() + head[1:]
    return _before_restated_subject(head), offset


# Words that join a body named again to the heading it stands in ("… phối hợp với Sở Y tế").
JOINS_A_NAME = re.compile(r"(?:và|với|của|cho|cùng|hoặc|thuộc|tại|[,;:(])$")
RESTATED_WORDS = 3


def _before_restated_subject(head: str) -> str:
    """A heading cut where a flattened copy ran its item's first sentence on after it, that
    sentence opening with the heading's first body again: "Sở Văn hóa, Thể thao và Du lịch
    và các cơ quan truyền thông Sở Văn hóa, Thể thao và Du lịch quản lý về …" heads with
    the words before the repeat. A repeat joined by a word ("… phối hợp với Sở Văn hóa, Thể
    thao và Du lịch") or a mark, or after a capital ("Văn phòng đăng ký đất đai, Chi nhánh
    Văn phòng đăng ký đất đai"), is part of the heading."""
    words = head.split()
    # (most headings name their first body once: no pattern is built for them)
    if len(words) < 2 * RESTATED_WORDS or words.count(words[0]) < 2 or not BODY_HEAD.match(head):
        return head
    opening = re.compile(r"\s" + r"\s+".join(map(re.escape, words[:RESTATED_WORDS])) + r"(?=\s)")
    for m in opening.finditer(head, 1):
        before = head[:m.start()].rstrip()
        # (the name before ends in small words, "… truyền thông"; a capital among them is a
        # unit's own name the body's goes on, "Chi nhánh Văn phòng đăng ký đất đai")
        if not JOINS_A_NAME.search(before) and all(w[:1].islower() for w in before.split()[-2:]):
            return head[:m.start()]
    return head


# A class defined by what it concerns, heading its item: "Các cơ quan, đơn vị liên quan đến
# công tác bầu cử:" (its scope may hold any word, "cử" a verb elsewhere).
# (not a duty said before the colon: "… liên quan đến thông tin, dữ liệu … có trách nhiệm:")
SCOPED_CLASS = re.compile(r"(?:Các|Những)\s[^:;.]*?\s(?:có\s+)?liên quan\s+(?:đến|tới)\s"
                          r"(?:(?!(?:có|chịu)\s+trách\s+nhiệm\b)[^:;.])+(?=\s*:)")


def _name_end(head: str) -> tuple[int, int]:
    """Where the names of a heading that opens with a body end (its duty, a verb, a
    comma before the duties), and how many words a name of it may have."""
    cut = len(head)
    if scoped := SCOPED_CLASS.match(head):
        return scoped.end(), LONG_NAME_WORDS    # the scope runs to the heading's colon
    # (a duty in capitals may follow the head word itself, "Tỉnh đoàn Chỉ đạo …"; the
    # words that make one a name, "Ban Chỉ đạo", are guarded in the pattern)
    # (the first of them: "Sở Nông nghiệp và Môi trường - Lồng ghép …, Phối hợp …")
    found = [m for m in (CAPITAL_DUTY.search(head, BODY_HEAD.match(head).end()),
                         _task_after_tier(head), _task_after_dash(head)) if m]
    duty = min(found, key=lambda m: m.start()) if found else None
    if duty and not re.search(r"[.;:(]|\s[a-zđ]\)(?:\s|$)", head[:duty.start()]):
        # a heading run into its tasks ("1. Cơ quan chuyên môn … thực hiện công tác quản lý
        # nhà nước về xây dựng - Chủ trì, phối hợp …"): the whole heading is the name
        # (its role in apposition before the task is no part of it: "Sở Tài chính - Cơ quan
        # thường trực Ban Chỉ đạo - Tuyên truyền …")
        role = ROLE_APPOSITION.search(head, 0, duty.start())
        return (role.start() if role else duty.start()), LONG_NAME_WORDS
    stop = _name_stop(head, _after_first_word(head))
    cut = stop.start() if stop else cut
    # a heading that ends its name with a colon keeps what it lists before it ("Các
    # cơ quan thông tin, truyền thông của tỉnh: …"), and so does a heading that is
    # nothing but names ("7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch");
    # elsewhere a comma then a lower-case word may start the duties
    ends = NAME_COMMA_END if stop and head[cut] != ":" else PLURAL_AFTER_COMMA if stop is None else None
    comma = ends.search(head, _after_first_word(head)) if ends and not PARTY_COMMITTEE.match(head) else None
    cut = min(cut, comma.start() if comma else cut)
    # (a duty in capitals after names listed with their marks still ends the last
    # name: "4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần
    # Thơ Chỉ đạo các cơ quan …", a heading a wrapped copy ran into its tasks)
    cut = min(cut, duty.start() if duty else cut)
    # a heading that is nothing but a name, however long
    return cut, LONG_NAME_WORDS if stop is None and cut == len(head) else MAX_NAME_WORDS


def _name_stop(head: str, pos: int):
    """The first NAME_STOP from ``pos`` on, past a dash before a field in lower case that no
    verb opens: an older name joins its fields so ("Sở Tài chính - vật giá", "Sở Thương mại
    - du lịch"), where "Sở Y tế - chủ trì …" ends the name at its dash."""
    while (stop := NAME_STOP.search(head, pos)) and DASH_THEN_LOWER.match(head, stop.start()) \
            and not NAME_STOP.match(head, stop.end() - 1):
        pos = stop.end()
    return stop


# A dash then a word in lower case.
DASH_THEN_LOWER = re.compile(r"\s[-–]\s(?=\p{Ll})")


def _part_names(parts: list[str], max_words: int) -> list[tuple[str, str]]:
    """(raw, normalised) for each body of a heading's parts: catch-alls and persons
    left out, a plural kind shared by the bare names after it ("các sở GĐ&ĐT, Y tế")."""
    names = []
    for part in parts:
        if _not_a_name(part):
            continue                        # a catch-all or persons, not a body
        if kinds := KINDS_NAMED.match(part):
            # "các sở GĐ&ĐT, LĐ-TB&XH, Y tế": a Sở each
            shared = _share_kind(part[kinds.end():], kinds["noun"].capitalize())
            names += [(p, normalise(p)) for p in _split(shared) if BODY_HEAD.match(p) and not _not_a_name(p)]
            continue
        raw = " ".join(_capped(part, max_words).split())
        names.append((raw, normalise(raw)))
    return names


# The plural kind before the bare names it shares, with no colon: "các sở GĐ&ĐT, LĐ-TB&XH, Y tế".
KINDS_NAMED = re.compile(r"^[Cc]ác\s+(?P<noun>[Ss]ở|[Bb]ộ)\s+(?=\p{Lu}[^;,]*,\s*\p{Lu})")


def _kind_listed(head: str) -> tuple[list[tuple[str, str]], int]:
    """The Sở (or Bộ) a head lists by their bare names after its plural kind and a colon
    ("Các sở, ngành: Tài chính, Nội vụ …"), each with a name of its own, and where the list
    ends; ([], 0) for any other head."""
    listed = LISTED_KIND.match(head)
    if not listed:
        return _fields_listed(head)
    rest = head[listed.end():]
    stop = NAME_STOP.search(rest)
    end = stop.start() if stop else len(rest)
    piece = _share_kind(_trim(rest[:end]).strip(".;"), listed["noun"].capitalize())
    names = [(p, normalise(p)) for p in _split(piece) if BODY_HEAD.match(p) and not _not_a_name(p)]
    return (names, listed.end() + end) if names else ([], 0)


# Sectors listed by their bare names after "Các ngành", without a colon: "Các ngành Tài chính,
# Giao thông hướng dẫn …" (the sector of each, "Ngành Tài chính", "Ngành Giao thông").
FIELDS_LISTED = re.compile(r"^Các\s+ngành\s+(?=\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*\s*,\s*\p{Lu})")
FIELD_NAME = re.compile(r"\p{Lu}\p{Ll}*(?:\s+(?!và\b)\p{Ll}+)*")


def _fields_listed(head: str) -> tuple[list[tuple[str, str]], int]:
    listed = FIELDS_LISTED.match(head)
    if not listed:
        return [], 0
    pos, names = listed.end(), []
    while (field := FIELD_NAME.match(head, pos)) and not NAME_STOP.match(head, field.start() - 1):
        # (each field ends at the verb after it: "Giao thông hướng dẫn …")
        stop = NAME_STOP.search(head, field.start(), field.end())
        end = stop.start() if stop else field.end()
        names.append((head[field.start():end], "Ngành " + head[field.start():end]))
        sep = re.match(r"\s*,\s*|\s+và\s+", head[end:])
        if stop or not sep:
            return names, end
        pos = end + sep.end()
    return names, pos


# The plural kind that closes a list of bodies before a colon: "Công an Thành phố, các Sở".
LAST_KIND = re.compile(r",\s*(?=các\s+(?:[Ss]ở|[Bb]ộ)(?:\s*,\s*(?:[Bb]an|[Nn]gành)){0,2}\s*$)")


def _kind_listed_last(head: str, cut: int) -> tuple[list[tuple[str, str]], int] | None:
    """The Sở (or Bộ) listed after a plural kind that ends a list of bodies at its colon
    ("…, các Sở: Tài chính, Tư pháp") and where the list ends; None for any other heading."""
    if head[cut:cut + 1] != ":" or not (last := LAST_KIND.search(head, 0, cut)):
        return None
    tail = head[last.end():]
    names, end = _kind_listed(tail[:1].upper() + tail[1:])
    return (names, last.end() + end) if names else None


def _kind_listed_next(head: str, cut: int) -> tuple[list[tuple[str, str]], int]:
    """The same list after a heading's ";" ("UBND các huyện; các sở: Xây dựng, Giao thông
    vận tải, Công Thương theo phạm vi …") and where it ends; ([], cut) for any other heading."""
    if head[cut:cut + 1] != ";":
        return [], cut
    tail = head[cut + 1:].lstrip()
    names, end = _kind_listed(tail[:1].upper() + tail[1:])
    return (names, len(head) - len(tail) + end) if names else ([], cut)


def _places(rest: str) -> list[tuple[str, int]]:
    """The places a tier lists after its colon ("Hải Tiến, Giao Minh và Kim Đông"), each
    with where it ends; none unless two or more proper names make the whole list."""
    stop = PLACE_LIST_STOP.search(rest)
    piece = rest[:stop.start() if stop else len(rest)]
    out = [(m.group(0), m.end()) for m in PLACE.finditer(piece)]
    between = PLACE.sub("", piece)
    return out if len(out) >= 2 and not re.sub(r"[\s,]|\bvà\b", "", between) else []


def _bracketed_bodies(head: str, cut: int) -> list[tuple[str, str]]:
    """Bodies listed in the brackets that open at ``head[cut]`` ("(Sở Tài chính, Ban …)",
    "(gồm các Sở: Xây dựng, Công Thương)"), or none."""
    opening = head.find("(", cut)
    close = head.find(")", opening)
    if opening < 0 or close < 0:
        return []
    if opening > cut:
        # the class's description may run on to its brackets ("Các cơ quan tham mưu quản
        # lý ngành, lĩnh vực (gồm các Sở: Xây dựng, …)") when they say they list members
        between = head[cut:opening]
        if len(between) > BRACKET_REACH or re.search(r"[.;:]", between) \
                or not BRACKET_LEAD.match(head, opening + 1, close):
            return []
    inner = BRACKET_LEAD.sub("", head[opening + 1:close]).strip()
    if not inner:
        return []
    inner = inner[0].upper() + inner[1:]
    names, _ = _names(inner, 0, len(inner))
    return names


# An item titled for the duties it gives, run into its first sentence by a copy: "3. Tổ chức
# thực hiện Thủ trưởng các sở, ban, ngành …; Chủ tịch Ủy ban nhân dân các xã …".
RUN_IN_DUTIES_TITLE = re.compile(r"(?:Tổ chức thực hiện|Tổ chức triển khai|Phân công (?:nhiệm vụ|thực hiện|trách nhiệm)|"
                                 r"Trách nhiệm thực hiện)\s+(?=(?:" + BODY_HEAD.pattern + r")\s)")


def _after_circumstance(head: str) -> int:
    """Where the bodies start after an opening circumstance: "Căn cứ nội dung Kế hoạch và
    tình hình thực tiễn, các sở, ngành … có trách nhiệm …" (0 when none opens the line,
    or no body follows any of its commas)."""
    run_in = RUN_IN_DUTIES_TITLE.match(head)
    if run_in:
        return run_in.end()     # a copy ran the item's title into its first sentence
    opening = CIRCUMSTANCE.match(head)
    if not opening or (opening["time"] and not TIME_CLOSED.match(head, opening.end())):
        return 0
    for comma in re.finditer(r",\s*", head[:CIRCUMSTANCE_CHARS]):
        if PARTNERS_BEFORE.search(head, 0, comma.start()):
            return 0            # the duty has begun: "Hằng năm, phối hợp với Sở …, Trung tâm …"
        rest = head[comma.end():]
        # (not the circumstance's own catch-all: "Trên cơ sở đề nghị của các Bộ, cơ quan liên
        # quan, Bộ Tài chính khẩn trương …")
        if rest and BODY_HEAD.match(rest[0].upper() + rest[1:]) and not NOT_A_BODY.match(rest) \
                and not RELATED_TAIL.search(rest.split(",", 1)[0]):
            return comma.end()
    return 0


def _executors(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int] | None:
    """Bodies listed before "có trách nhiệm thi hành": pieces split at ";", a generic
    lead-in before ":" dropped ("Giám đốc các sở, ngành, đơn vị, địa phương: A, B")."""
    stop = _executing_verb_at(text, start, end)
    if stop is None:
        return None
    names = _clause_names(_executing_clause(text, start, stop))
    return (names, stop) if names else None


def _executing_verb_at(text: str, start: int, end: int) -> int | None:
    """Where the executing verb ("chịu trách nhiệm thi hành") of a clause from ``start``
    stands, or where a copy cut off before it or inside it ends; None if neither."""
    m = EXECUTES.search(text, start, end)
    if m:
        return m.start()
    if CUT_EXECUTION_ARTICLE.match(text, text.rfind("\n", 0, start) + 1) and not text[end:].strip():
        stop = len(text.rstrip())           # cut off before its verb, or inside it
        verb = CUT_VERB.search(text, start, stop)
        return verb.start() if verb else stop
    return None


def _executing_clause(text: str, start: int, stop: int) -> str:
    """The executing clause's list of bodies, up to ``stop``: from its own sentence on,
    an article's mark and title, addressed persons and assigned clauses taken out."""
    clause = text[_clause_start(text, start):stop]
    stops = list(SENTENCE_STOP.finditer(clause))    # "Quyết định này có hiệu lực …. Chánh Văn phòng …"
    # (not a stray stop inside the list itself: "…, Cục trưởng Cục Thi hành án dân sự tỉnh. Chỉ huy
    # trưởng BCH Quân sự tỉnh; …": what it closes is bodies alone, no sentence)
    while stops and _names_alone(clause[stops[-2].end() if len(stops) > 1 else 0:stops[-1].start()]):
        stray = stops.pop()
        clause = clause[:stray.start()] + ";" + clause[stray.start() + 1:]
    clause = clause[stops[-1].end():] if stops else clause
    # (an article's mark may open the clause, its point lost in a copy: "Điều 3 Các ông, bà …")
    clause = BARE_ARTICLE_MARK.sub("", clause, count=1) if BARE_ARTICLE_MARK.match(clause) else clause
    clause = ADDRESSED_PERSONS.sub("", ASSIGNED_CLAUSE.sub("", RUN_IN_ARTICLE_TITLE.sub("", clause)))
    return clause


def _clause_names(clause: str) -> list[tuple[str, str]]:
    """(raw, normalised) for each body of an executing clause's list: pieces split at
    ";", a lead-in's kind shared by the bare names after its colon, places of a tier."""
    names = []
    kind = ""                               # the kind a lead-in shares out, while its list lasts
    for piece in clause.split(";"):
        if (tiered := TIER_LISTED_IN_CLAUSE.search(piece)) is not None:
            # "…, Chủ tịch UBND các huyện: Chợ Đồn, Bạch Thông, Chi cục trưởng …": the committee
            # of each place, then the clause goes on
            places, rest = _places_then_rest(piece[tiered.end():])
            if places:
                names += _piece_names(piece[:tiered.start()].rstrip(" ,"))
                # (a place of another tier says its own: "…, Duy Xuyên, thành phố Tam Kỳ")
                placed = [p if TIERED_PLACE.match(p) else f"{tiered['tier']} {p}" for p in places]
                names += [(f"{tiered['head']} {p}", normalise(f"Ủy ban nhân dân {p}")) for p in placed]
                piece, kind = rest, ""
        if ":" in piece:
            lead, piece = piece.rsplit(":", 1)
            shared = SHARED_NOUN.search(lead)
            kind = shared["noun"].capitalize() if shared else ""
            if kind:
                # "Giám đốc các Sở: Tài chính, Giao thông vận tải" -> Sở Tài chính, Sở Giao thông vận tải
                piece = _share_kind(piece, kind)
            before = _before_lead_in(lead)
            piece = f"{before}, {piece}" if before else piece
        elif kind and not BODY_HEAD.match(piece.strip()):
            # the list may go on past a semicolon: "Giám đốc các Sở: Văn hóa, Thể thao và
            # Du lịch; Nội vụ; Tài chính; Chủ tịch …" -> Sở Nội vụ, Sở Tài chính
            piece = _share_kind(piece.strip(), kind)
        else:
            kind = ""
            kinds = KIND_LIST.search(piece)
            if kinds:
                # "Giám đốc các Sở Y tế, Công Thương, Nông nghiệp và Môi trường" -> three Sở
                piece = piece[:kinds.start()] + _share_kind(piece[kinds.end():], kinds["noun"])
        names += _piece_names(piece)
    return names


def _names_alone(piece: str) -> bool:
    """A run of the clause between two stops that is only bodies and their heads' titles
    (a head's title first, commas and semicolons between, no verb of a sentence)."""
    piece = piece.strip()
    opens = HEAD_TITLE.match(piece) or CHIEF_OF_OFFICE.match(piece[:1] + piece[1:].replace("văn phòng", "Văn phòng", 1))
    return bool(piece) and bool(opens) and not CLAUSE_VERB.search(piece)


# The verbs no list of a clause's subjects holds.
CLAUSE_VERB = re.compile(r"\b(?:có hiệu lực|thay thế|bãi bỏ|ban hành|chịu trách nhiệm|có trách nhiệm|căn cứ|"
                         r"thi hành|thực hiện|hướng dẫn|kiểm tra|theo dõi|báo cáo)\b")


# Whom a clause addresses before naming them: "Các ông, bà: Chánh Văn phòng …", "Các Ông (Bà): …".
# (with or without its colon: "Các ông (bà) Chánh Văn phòng …", "Các ông Chánh Văn phòng …")
# (the title after it may be in lower case: "Các ông (bà) chánh Văn phòng …")
ADDRESSED_PERSONS = re.compile(r"^\s*(?:[Cc]ác\s+)?[ÔôOo]ng(?:\s*(?:,|/|\(|\s+và)?\s*[Bb]à\)?)?\s*:?\s*"
                               r"(?=\p{Lu}|(?:chánh|giám đốc|chủ tịch|thủ trưởng)\s)")
# A tier's committees listed by place after a colon inside the clause ("Chủ tịch UBND các
# huyện: Chợ Đồn, Bạch Thông, …").
TIER_LISTED_IN_CLAUSE = re.compile(r"(?:\b(?:Chủ tịch|Thủ trưởng)\s+)?(?P<head>Ủy ban nhân dân|Uỷ ban nhân dân|UBND)"
                                   r"\s+các\s+(?P<tier>xã|phường|huyện|quận|thị xã)\s*:\s*")


def _places_then_rest(rest: str) -> tuple[list[str], str]:
    """The place names a tier lists (comma-pieces that are proper names, not a body's or a
    title's head: "Chợ Đồn, Bạch Thông và Ba Bể, Chi cục trưởng …"), and what follows them;
    none unless two or more."""
    pieces = [p.strip() for p in rest.split(",")]
    places, after = [], []
    for i, piece in enumerate(pieces):
        first, _, more = piece.partition(" và ")
        if not _a_place(first):
            after = pieces[i:]
            break
        places.append(first)
        if more:                            # ("… Ba Bể và Chợ Mới" ends the list)
            places += [more] if _a_place(more) else []
            after = ([] if _a_place(more) else [more]) + pieces[i + 1:]
            break
    return (places, ", ".join(after)) if len(places) >= 2 else ([], rest)


def _a_place(name: str) -> bool:
    if (tiered := TIERED_PLACE.match(name)) is not None:
        name = name[tiered.end():]
    return bool(PLACE.fullmatch(name)) and not BODY_HEAD.match(name) and not BARE_TITLE.match(name)


# A place in a tier's list that names its own tier: "thành phố Tam Kỳ", "thị xã Cửa Lò".
TIERED_PLACE = re.compile(r"(?:thành phố|thị xã|huyện|quận|thị trấn|xã|phường)\s+(?=\p{Lu})")


# An executing clause opened by the verb that assigns it: "Giao Giám đốc Sở NN&PTNT, Sở Tài
# chính; … chịu trách nhiệm thi hành Quyết định này".
ASSIGNED_CLAUSE = re.compile(r"^\s*[Gg]iao\s+(?=\p{Lu})")


def _quoted(clause: str) -> bool:
    """The clause runs inside a quotation left open before it: the new wording an amendment
    quotes ("1. Sửa đổi Điều 3 như sau: "Điều 3. Chánh Văn phòng … chịu trách nhiệm thi
    hành"") names the amended text's executors, not the document's."""
    return clause.count("“") > clause.count("”") or clause.count('"') % 2 == 1


# An article the quoted new wording opens: "\"Điều 17. Trình tự …", "“Điều 6. Tổ chức thực hiện:".
QUOTED_ARTICLE = re.compile(r"(?m)^[\s*_]*[\"“][\s*_]*Điều\s+\d+[^\n]*")


def _quoted_rules(text: str, start: int, pos: int) -> bool:
    """``pos`` lies in the rules an amendment quotes ("1. Sửa đổi Điều 17 như sau: "Điều 17.
    …"), which are not duties this decision gives; the duties part it quotes ("Điều 6. Tổ
    chức thực hiện") is."""
    if not _quoted(text[start:pos]):
        return False
    opened = None
    for opened in QUOTED_ARTICLE.finditer(text, start, pos):
        pass
    return opened is None or not IMPLEMENTATION_HEADING.match(opened.group(0).lstrip(" *_\"“"))


def _quoted_execution(text: str, start: int, end: int) -> bool:
    """An executing clause between ``start`` and ``end`` that another text's quotation holds."""
    m = EXECUTES.search(text, start, end)
    return bool(m) and _quoted(text[_clause_start(text, start):m.start()])


def _piece_names(piece: str) -> list[tuple[str, str]]:
    """The bodies of one piece of a list split at semicolons. A piece is a list item
    whatever its case ("…; cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố; ban ngành
    thành phố và Chủ tịch …"), but a lower-case catch-all names none ("…; cơ quan, tổ chức
    và cá nhân có liên quan")."""
    piece = PLURAL_BEFORE_TITLE.sub(r"\1 các ", " ".join(piece.replace("*", " ").split()))
    piece = PLURAL_BEFORE_CHAIRMEN.sub("", piece)
    # (the committee's members are persons: "Thành viên Ủy ban nhân dân tỉnh, thủ trưởng …")
    piece = ISSUERS_MEMBERS.sub("", GLUED_BRACKET.sub(" (", piece))
    # (and what a class's bracket says of it is no body of the list: "các cơ quan cấp tỉnh
    # (Đảng, chính quyền, UBMT Tổ quốc và các đoàn thể)")
    piece = CLASS_GLOSS.sub("", piece)
    # (a body named with a duty of its own before the clause's verb: "Chánh Văn phòng … chịu
    # trách nhiệm đôn đốc, kiểm tra …; Thủ trưởng … chịu trách nhiệm thi hành")
    own_duty = OWN_DUTY_IN_CLAUSE.search(piece)
    piece = piece[:own_duty.start()] if own_duty else piece
    if piece.islower() and RELATED_TAIL.search(piece) and not CATCH_ALL.search(piece):
        return []
    if RELATED_KINDS.match(piece):
        return []       # "Thủ trưởng các doanh nghiệp, cơ quan và cá nhân có liên quan": one catch-all
    piece = _trim(_without_lowercase_runs(piece[:1].upper() + piece[1:]))
    if not BODY_HEAD.match(piece) or NOT_A_BODY.match(piece):
        return []
    # (a piece ends at its list's marks, so a long name is whole: "Các đơn vị, cơ quan là thành
    # viên Ban Chỉ đạo đổi mới giáo dục phổ thông và phổ cập giáo dục cấp tỉnh")
    raws = [_capped(one, LONG_NAME_WORDS) for whole in _split(piece) for part in _central_apart(whole)
            if not _not_a_name(part) for one in _both_places(part)]
    return [(raw, normalise(raw)) for raw in raws]


# The central agencies in the province, listed after the province's own departments: a class
# of their own ("Thủ trưởng các sở, ban, ngành, cơ quan ngành dọc Trung ương đóng trên địa bàn
# tỉnh" heads the departments and the central agencies).
CENTRAL_CLASS = re.compile(r",\s*(?:các\s+)?(?=cơ quan (?:ngành dọc\s+)?(?:Trung ương|trung ương|TW)\b)")


def _central_apart(part: str) -> list[str]:
    m = CENTRAL_CLASS.search(part)
    if m is None or not part[:m.start()].strip():
        return [part]
    rest = part[m.end():]
    return [part[:m.start()], rest[:1].upper() + rest[1:]]
TWO_PLACES = re.compile(r"^(?P<head>(?:(?:Chủ tịch|Thủ trưởng)\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân))\s+"
                        r"(?P<a>" + PLACE_OF_TIER + r")\s+và\s+(?P<b>" + PLACE_OF_TIER + r")$")
def _both_places(part: str) -> list[str]:
    """"Chủ tịch UBND huyện Long Mỹ và TP Vị Thanh": the committees of both places."""
    pair = TWO_PLACES.match(part.strip())
    return [f"{pair['head']} {pair['a']}", f"{pair['head']} {pair['b']}"] if pair else [part]


# What a clause's body is charged with before the clause's own verb: "Chánh Văn phòng …
# chịu trách nhiệm đôn đốc, kiểm tra …; Thủ trưởng … chịu trách nhiệm thi hành".
OWN_DUTY_IN_CLAUSE = re.compile(r"(?<=\p{L})\s+(?:chịu|có)\s+trách\s+nhiệm\s+(?!thi\s+hành)(?=\p{Ll})")
# The issuing committee's own members at a clause's head: persons, not a body ("Thành viên
# Ủy ban nhân dân tỉnh, …", "Phó Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh, …").
ISSUERS_MEMBERS = re.compile(r"^(?:(?:[Cc]ác\s+)?[Tt]hành viên|(?:[Cc]ác\s+)?(?:Phó\s+)?[Cc]hủ tịch)\s+"
                             r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\s+(?:tỉnh|thành phố))?\s*(?:,|và)\s*")
RELATED_KINDS = re.compile(r"^\s*(?:(?:Thủ trưởng|Giám đốc|Lãnh đạo|Người đứng đầu)\s+)?(?:các|những)\s+(?:"
                           + _ANY_KIND + r"(?:\s*(?:,|và)\s*(?:các\s+)?" + _ANY_KIND + r")+"
                           # (or the province's own kinds in one run of commas: "Thủ trưởng các sở,
                           # ban, ngành, đơn vị có liên quan"; "… đơn vị và các tổ chức, cá nhân có
                           # liên quan" closes its last group only)
                           + r"|" + _KIND + r"(?:\s*,\s*" + _KIND + r")+)\s+(?:có\s+)?liên quan\b", re.I)
# What a bracket after a class says of it: "các cơ quan cấp tỉnh (Đảng, chính quyền, …)"; not a
# short form in brackets, the class's other name ("các Sở GTVT (GTCC)").
CLASS_GLOSS = re.compile(r"(?<=\b(?:các|những)\s[^;()]{2,60}?)\s*\((?!\p{Lu}{2,8}\))[^()]{2,120}\)")
# A bracket a copy glued to the word before it: "Thủ trưởng các cơ quan cấp tỉnh(Đảng, …)".
GLUED_BRACKET = re.compile(r"(?<=\p{L})\(")
# The plural said before a head's title: "các Giám đốc Sở" are the heads of the departments.
# (before the chairmen of a tier's committees it is theirs alone: "các Chủ tịch UBND huyện,
# thị xã" are the chairmen of "UBND huyện, thị xã")
PLURAL_BEFORE_TITLE = re.compile(r"\b[Cc]ác\s+(Giám đốc|Thủ trưởng|Chủ tịch)\s+"
                                 r"(?=\p{Lu})(?!(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|quận|thị xã|xã|phường)\b)")
PLURAL_BEFORE_CHAIRMEN = re.compile(r"\b[Cc]ác\s+(?=Chủ tịch\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+"
                                    r"(?:huyện|quận|thị xã|xã|phường)\b)")


# The word that opens a clause qualifying a body ("các đơn vị … có sử dụng kinh phí …",
# "… được giao nhiệm vụ …"): where a name must be cut, the body's own name ends before it.
QUALIFIER_OPENS = frozenset({"có", "được", "đang", "đã"})


def _capped(part: str, max_words: int) -> str:
    """A name cut to its first words, guarding against a heading that runs on; the cut
    never splits a proper name ("thị xã Cai Lậy", "tỉnh Quảng Ninh"), so the capitalised
    words right after it stay, and it falls before a qualifying clause rather than inside
    it ("… trực thuộc Sở Lao động - Thương binh và Xã hội có sử dụng kinh phí …")."""
    words = part.split()
    keep = max_words
    if keep < len(words):
        opens = [i for i in range(2, keep) if words[i] in QUALIFIER_OPENS]
        if opens:
            return " ".join(words[:opens[0]])
    while keep < len(words) and CAPITAL_AT.match(words[keep]) and CAPITAL_AT.match(words[keep - 1]):
        keep += 1
    # (nor a council's or committee's name: "… thuộc Ủy" is "… thuộc Ủy ban nhân dân tỉnh")
    if keep < len(words) and (tail := COUNCIL_REST.match(" ".join(words[keep:]))) \
            and words[keep - 1] in ("Ủy", "Uỷ", "Hội"):
        keep += len(tail.group(0).split())
    return " ".join(words[:keep])


COUNCIL_REST = re.compile(r"(?:ban|đồng) nhân dân(?: (?:tỉnh|thành phố|cấp (?:tỉnh|xã|huyện)))?(?!\S)")


def _without_lowercase_runs(piece: str) -> str:
    """A piece of an executing clause without what follows a name after a comma in lower
    case, up to the next body ("Vụ trưởng Vụ Khoa học công nghệ, môi trường …, Thủ trưởng
    các đơn vị thuộc Bộ": the heads of the units still count)."""
    pos = 0
    while cut := NAME_COMMA_END.search(piece, pos):
        resume = NEXT_BODY.search(piece, cut.start())
        if resume and resume.start() == cut.start():
            pos = cut.end()                 # the words after the comma open a body of their own
            continue
        piece = piece[:cut.start()] + (piece[resume.start():] if resume else "")
        pos = cut.start()
    return piece


def _clause_end(text: str, le: int, hi: int) -> int:
    """Where an executing clause that opens on the line ending at ``le`` ends: that line,
    or a later one (within CLAUSE_LINES, none ending in a full stop before it) that holds
    "chịu trách nhiệm thi hành" ("Giám đốc các Sở:" over "Khoa học và Công nghệ, Xây
    dựng; … chịu trách nhiệm thi hành"). ``le`` itself when no such clause follows."""
    ls = text.rfind("\n", 0, le) + 1
    end = le
    for _ in range(CLAUSE_LINES + 1):
        if EXECUTES.search(text, ls, end):
            return end
        if text[ls:end].rstrip().endswith(".") or end >= hi:
            break
        nxt = text.find("\n", end + 1, hi)
        end = hi if nxt < 0 else nxt
    return le


def _clause_start(text: str, start: int) -> int:
    """Where the executing clause begins: a line break inside it (a copy keeps the
    printed lines) leaves its first bodies on earlier lines that end without a full
    stop ("… Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh;" over "Giám
    đốc các sở: … chịu trách nhiệm thi hành", or a lead-in "Giám đốc các Sở:" over its
    list). A list mark opens the clause's line."""
    line_start = text.rfind("\n", 0, start) + 1
    if _names_alone(text[line_start:start].rstrip().rstrip(".")):
        return line_start                   # a stray stop inside its list: the list began the line
    if text[line_start:start].strip():
        return start                        # it opens after the mark of its own line
    for _ in range(CLAUSE_LINES):
        line_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        before = text[line_start:start].rstrip()
        if start == 0 or not before or before.endswith(".") or EXECUTION_HEADING.match(before) \
                or BARE_ARTICLE_MARK.fullmatch(before):
            break                           # ("Điều 10. Trách nhiệm thi hành" is the article's title,
                                            # "Điều 3" alone on its line its mark)
        start = line_start
        if ITEM_MARK.match(before).lastgroup:
            break
    return start


def _before_lead_in(lead: str) -> str:
    """The bodies listed before a lead-in that governs a colon: "Chánh Văn phòng Ủy ban
    nhân dân tỉnh, Giám đốc các Sở: …" keeps "Chánh Văn phòng Ủy ban nhân dân tỉnh". The
    lead-in is the last comma-piece opening with a body's head word; its plural tail
    ("Giám đốc các sở, ngành, đơn vị") opens none."""
    pieces = lead.split(",")
    if PLURAL_TITLES.match(pieces[-1].strip()):
        return ",".join(pieces[:-1]).strip()    # "…, Chánh Thanh tra Bộ, các Vụ trưởng: …"
    heads = [i for i, p in enumerate(pieces) if BODY_HEAD.match(p.strip())]
    return ",".join(pieces[:heads[-1]]).strip() if heads else ""


# Heads' titles in the plural before the colon of their list: "các Vụ trưởng", "các Giám đốc".
PLURAL_TITLES = re.compile(r"^(?:các|những)\s+(?:\p{Lu}\p{Ll}*\s+trưởng|Giám đốc|Thủ trưởng|Chủ tịch)$", re.I)


def _class_heading(text: str, start: int, end: int) -> tuple[list[tuple[str, str]], int]:
    """Inside a duties part, an article for classes named in lower case: "Điều 10. Trách
    nhiệm của các sở, cơ quan thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các xã, phường",
    "Điều 11. Trách nhiệm của cơ quan, tổ chức đặt hàng tư vấn" (catch-alls and persons
    at large name none)."""
    title = ARTICLE_TITLE.match(text[start:end].replace("*", " ").strip())
    names = _class_named(text, title["rest"], end) if title else []
    return (names, end) if names else ([], start)


def _class_named(text: str, heading: str, end: int) -> list[tuple[str, str]]:
    """The classes a heading of duties names in lower case ("Trách nhiệm của các sở, ban,
    ngành"), or none; ``end`` is where the heading ends in ``text``."""
    m = CLASS_ARTICLE.match(heading)
    # (not a group of tiers whose items name the bodies: "Trách nhiệm của các Sở, ngành" >
    # "1. Sở Y tế …"; a group whose clauses are its duties is one: "Điều 7. Trách nhiệm của
    # các Sở, ban, ngành cấp tỉnh" > "1. Phối hợp với Văn phòng …")
    if not m or GROUP_OF_TIERS.match(m["kind"]) and _first_clause_names(text, end):
        return []
    phrase = m["kind"][:1].upper() + m["kind"][1:]
    if KINDS_BY_TASK.fullmatch(phrase.strip()) or KIND_BY_FUNCTION.fullmatch(phrase.strip()):
        return [(phrase.strip(), normalise(phrase.strip()))]
    if not BODY_HEAD.match(phrase) or HEAD_TITLE.match(phrase) or PERSONS_FIRST.match(phrase) \
            or PUBLIC_AT_LARGE.match(phrase):
        return []                   # persons at large or by title: "tổ chức, cá nhân …", "thủ trưởng, …"
    stop = CLASS_STOP.search(phrase)
    phrase = _trim(phrase[:stop.start()] if stop else phrase)
    return [(p, normalise(p)) for p in _split(phrase) if BODY_HEAD.match(p) and not _not_a_name(p)
            and not NOT_A_BODY.match(p)]


# One kind of body named by its function, the whole subject of an article for its duties:
# "Điều 18. Quyền và nghĩa vụ của đơn vị thoát nước" (a few words, no list).
KIND_BY_FUNCTION = re.compile(r"(?:Đơn vị|Cơ quan|Doanh nghiệp)(?:\s+\p{Ll}+){1,5}")


# Kinds of bodies named together by the task they carry out, one class: "đơn vị, tổ chức thực
# hiện nhiệm vụ bồi thường, giải phóng mặt bằng" (its commas part no bodies).
KINDS_BY_TASK = re.compile(r"(?:Đơn vị|Tổ chức|Cơ quan)(?:\s*,\s*(?:đơn vị|tổ chức|cơ quan))+\s+"
                           r"(?:thực hiện|làm)\s+(?:nhiệm vụ|công tác)\s+\p{Ll}[\p{Ll}\s,]{2,120}")


def _first_clause_names(text: str, at: int) -> bool:
    """The first line after ``at`` opens, after its mark, with a body's name."""
    line = next(iter(_lines(text, at, min(len(text), at + 2000))), None)
    if line is None:
        return False
    ls, le = line
    mark = ITEM_MARK.match(text[ls:le])
    return bool(_names(text, ls + mark.end(), le, item=True)[0])


# "Bộ" alone in a list is the ministries as a class, as a central text names them ("Bộ, cơ
# quan ngang bộ, Ủy ban nhân dân các cấp … chịu trách nhiệm thi hành"); no other bare kind is.
MINISTRIES = "Bộ"


# A bare kind "concerned", wherever it is placed: "Cục liên quan thuộc Bảo hiểm Xã hội Việt Nam".
KIND_RELATED = re.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?\s+(?:có\s+)?liên\s+quan\b")


def _not_a_name(part: str) -> bool:
    """A catch-all ("… có liên quan", "Các cơ quan, đơn vị"), a title alone (persons), or
    one bare word ("Giám đốc Sở, Thủ trưởng ban, ngành": "Sở" names no department; the
    readers of pages2026j and k split on it, three "Các sở", three "Sở")."""
    bare = HEAD_TITLE.sub("", part)
    # (the committees of a tier "concerned" are those of its places that the task touches,
    # a body: "Chủ tịch Ủy ban nhân dân các huyện có liên quan")
    related = RELATED_TAIL.search(part) and not RELATED_COMMITTEES.match(bare)
    return bool(related or RELATED_THEN_MORE.match(bare) or KIND_RELATED.match(bare) or GENERIC_PLURAL.match(part)
                or TITLE_ONLY.match(part) or OTHERS.match(part) or len(bare.split()) < 2 and bare != MINISTRIES
                or KIND_ALONE.match(bare) or NAMED_PERSON.match(bare) or REFERS_ELSEWHERE.match(bare))


# A kind of body named by its kind alone, no name after it: "Ngân hàng hướng dẫn quy trình …"
# is whichever bank serves the client, not a body of the plan.
KIND_ALONE = re.compile(r"(?i)^(?:ngân hàng|công ty|doanh nghiệp|cơ quan|đơn vị|tổ chức)$")


def _trim(phrase: str) -> str:
    """A heading's names without what follows the bodies: persons joined by "và", a
    catch-all tail ("và các đơn vị liên quan"), a plural word left hanging by a cut."""
    if RELATED_CLASSES.match(phrase.strip(" ,")):
        return ""                           # "Các Sở, ngành, đơn vị liên quan": a catch-all whole
    phrase = _drop_related(PERSONS_TAIL.sub("", phrase))
    tail = CATCH_ALL.search(phrase)
    after = BODY_AFTER_COMMA.search(phrase, tail.start() + 1) if tail else None
    if after:
        # a catch-all ends at the next named body: "…, các đơn vị có liên quan, UBND các
        # huyện, thành phố, thị xã" keeps the committees
        return ", ".join(t for t in (_trim(phrase[:tail.start()]), _trim(phrase[after.end():])) if t)
    return DANGLING.sub("", CATCH_ALL.sub("", phrase)).strip(" ,-–")
RELATED_CLASSES = re.compile(r"^(?:Các|Những)\s+" + _KIND + r"(?:\s*,\s*(?:các\s+)?" + _KIND + r")*"
                             r"\s+(?:có\s+)?liên quan$", re.I)
# A comma that a named body follows (not a class: "…, Các sở").
BODY_AFTER_COMMA = re.compile(r",\s*(?=(?!Các\s)" + BODY_HEAD.pattern + r")")


def _drop_related(phrase: str) -> str:
    return RELATED_LIST.sub("", phrase)


BARE_POLICE = re.compile(r"(?:(?<=^\s*)|(?<=,\s*)|(?<=\svà\s+))Công an(?=\s*(?:,|và\b|$))")


def _share_kind(piece: str, noun: str) -> str:
    """Prefix the kind to each item of the list that does not name a body of its own
    ("Tài chính, Kho bạc Nhà nước, Công an tỉnh, Giao thông vận tải": Sở Tài chính, Kho bạc
    Nhà nước, Công an tỉnh, Sở Giao thông vận tải)."""
    if noun == "Sở":
        # (the police is a "ngành" of such a list, never a Sở: "các sở, ngành: Tư pháp, Công an")
        piece = BARE_POLICE.sub("Công an tỉnh", piece)
    out, pos = [], 0
    for m in KIND_ITEM.finditer(piece):
        head = BODY_HEAD.match(piece, m.end())
        if head and BARE_TITLE.fullmatch(head.group(0)) and not re.match(r"\s*(?:,|và\b|$)", piece[head.end():]):
            break                           # another head and his body: the kind's list has ended
                                            # ("Giám đốc các Sở: Tài chính, Nội vụ, Trưởng Ban Chỉ
                                            # huy … và Tìm kiếm cứu nạn tỉnh, …")
        if head and (not re.match(r"\s*(?:,|và\b|$)", piece[head.end():])
                     or BARE_TITLE.match(head.group(0))):
            continue                        # a body of its own ("Công an tỉnh"); a bare head
                                            # is one of the kind ("các Bộ: Quốc phòng, Công an")
        if m.group(0).strip() and _known_name_spans(f"{noun} {piece[pos:]}", len(noun) + 1 + m.start() - pos):
            continue                        # "Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du lịch": one Sở
        if "và" in m.group(0) and "," in piece[m.end():]:
            continue                        # "và" joins the list's last item; before a comma it is
                                            # inside a name ("các Vụ: Khoa học - Công nghệ và Môi
                                            # trường, Kế hoạch - Đầu tư, Vận tải")
        out.append(piece[pos:m.end()] + noun + " ")
        pos = m.end()
    return "".join(out) + piece[pos:]


# A branch of a body, named after it across a dash: "Ngân hàng Nhà nước Việt Nam - Chi nhánh
# Khu vực II".
BRANCH_AFTER_DASH = re.compile(r"(?:Chi nhánh|Chi cục|Văn phòng đại diện)\s+\p{Lu}")


def _task_after_dash(head: str):
    """Where a heading run into its tasks goes on after a dash: the capitalised word
    after it, when what precedes is a known body's full name ("Sở Nông nghiệp và Môi
    trường - Lồng ghép các nội dung …") or what follows opens with a duty's verb ("Các
    trường Đại học, Cao đẳng du lịch - Đào tạo nguồn nhân lực …"); None where a known
    name runs through the dash ("Sở Lao động - Thương binh và Xã hội")."""
    for m in NAME_DASH.finditer(head):
        if _known_name_spans(head, m.start() + 1):
            continue
        rest = head[m.end():]
        if BRANCH_AFTER_DASH.match(rest):
            continue                        # a branch of the body named before the dash
        if _loose(head[:m.start()]) in _folded_known_names() \
                or NAME_STOP.match(" " + rest[:1].lower() + rest[1:]) or DASH_TASK.match(rest):
            return CAPITAL_AT.match(head, m.end())
    return None


# A dash between words, then a capitalised word that opens a sentence ("- Lồng ghép các").
NAME_DASH = re.compile(r"\s[-–]\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})")
# Verbs that open a task after a dash, besides those that end a name (NAME_STOP).
# (not words a department's name goes on with after a dash: "Cục Kinh tế - Quản lý đầu tư
# xây dựng", "Viện Nghiên cứu - Phát triển …")
DASH_TASK = re.compile(r"(?:Đào tạo|Quảng bá|Xúc tiến|Thu hút|Mở rộng|Đổi mới|Nâng|Tăng|Giảm|Ứng dụng|Chăm sóc)\s+\p{Ll}")


def _task_after_tier(head: str):
    """Where a heading run into its tasks goes on after the tier that ends a name: a
    capitalised word after "tỉnh" that opens no province's name, or after a plural list
    of tiers ("Ủy ban nhân dân các xã, phường Xử lý lấn chiếm …", "Hội Liên hiệp Phụ
    nữ tỉnh Vận động hội viên …"); None where the name goes on ("tỉnh Quảng Trị")."""
    for m in TIER_THEN_CAPITAL.finditer(head, _after_first_word(head)):
        if m["one"] and re.match(r"\S+", head[m.end():]).group(0) in PROVINCE_FIRST_WORDS:
            continue
        if not SENTENCE_GOES_ON.match(head, m.end()):
            continue                # (a place's name: "… các xã, phường, đặc khu Cồn Cỏ:")
        return CAPITAL_AT.match(head, m.end())
    return None


def _after_first_word(head: str) -> int:
    """Where verbs may start ending a name: after the head word and one more
    ("Đoàn kiểm tra", "Tổ thẩm định" are names), but never past punctuation."""
    m = BODY_HEAD.match(head)
    if m.group(0) in WHOLE_NAMES or TIER_PLACES.fullmatch(m.group(0)):
        return m.end()                      # "Chính phủ thống nhất quản lý …", "Các huyện tổ chức …": the verb at once
    if " " in m.group(0) and not PLURAL_HEAD.match(m.group(0)) and not BARE_KIND.match(m.group(0)) \
            and NAME_STOP.match(head, m.end()):
        # a head of two words then a verb: "Ngân hàng hướng dẫn …" (a class's or a kind's words
        # describe it: "Các tổ chức cung cấp dịch vụ chi trả", "Cơ quan có thẩm quyền")
        return m.end()
    nxt = re.match(r"\s+[\p{L}\d&-]+", head[m.end():])
    return m.end() + (nxt.end() if nxt else 0)


PLURAL_HEAD = re.compile(r"(?:Các|Những)\s")
# A tier's places as a head ("Các huyện", "Các xã"): no word of a name follows them.
TIER_PLACES = re.compile(r"Các (?:huyện|quận|thị xã|xã|phường)")
# Head words that are a whole name: no word after them is part of it.
WHOLE_NAMES = {"Chính phủ", "Quốc hội", "Thủ tướng"}


# A lower-case unit with a description of its own, and a plural class it may follow.
# (or a network named so: "…, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở")
UNIT_AFTER_CLASS = re.compile(r"(?:đơn vị|hệ thống)\s+(?!có\b|liên\b|khác\b|trực thuộc\b)\p{Ll}+\s+\p{Ll}+")
ANY_PLURAL = re.compile(r"(?i)\b(?:các|những)\s")
BARE_KIND = re.compile(r"(?i)^(?:cơ quan|đơn vị|tổ chức|doanh nghiệp)$")
UNIT_OF_TIER = re.compile(r"đơn vị\s+(?:cấp|thuộc|trực thuộc)\b")
CLASS_OF_ITS_OWN = re.compile(r"^(?:(?:Các|Những)\s+\p{Ll}+(?:\s+\p{Ll}+){2,}|Chủ đầu tư\b)")


def _split(phrase: str) -> list[str]:
    """Several bodies in one heading, split only where the next piece opens a name."""
    parts: list[str] = []
    pos = 0
    party = PARTY_COMMITTEE.match(phrase)
    for m in NAME_SPLIT.finditer(phrase):
        nxt = phrase[m.end():]
        if JOINT_OFFICE.search(phrase, pos, m.start()) and COMMITTEE_NEXT.match(nxt) \
                or DELEGATION_OFFICE.search(phrase, pos, m.start()) and COUNCIL_NEXT.match(nxt):
            continue
        if party and not PARTY_COMMITTEE.match(nxt):
            continue        # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" is one committee

        plural = PLURAL.match(nxt)
        nxt = nxt[plural.end():] if plural else nxt
        # a class of bodies is a member of its own only when named as such ("và các tổ
        # chức chính trị - xã hội"), not inside a list of tiers ("Các sở, ban, ngành, đoàn thể")
        collective = COLLECTIVE.match(nxt) and (plural or not m.group(0).startswith(",")
                                                or _political_orgs_apart(nxt) or BASED_AGENCIES.match(nxt)
                                                or MEMBERS_AFTER_COMMA.match(nxt))
        # one word alone is a sector in a list, not a body ("các Sở, Ban, ngành")
        # (nor is the pair "Ban ngành" after the plural "các Sở": "các Sở, Ban ngành tỉnh", nor
        # "Mặt trận" among kinds)
        one_word = not plural and not m.group(0).startswith(";") and (len(re.split(r"[,;]", nxt, 1)[0].split()) < 2
                                                                    or SECTORS_PAIR.match(nxt))
        # (a plural kind in lower case opens a body too: "Sở Nội vụ và các sở, ban, ngành")
        opens = BODY_HEAD.match(nxt) or (plural and BODY_HEAD.match(nxt[:1].upper() + nxt[1:])) \
            or LOWER_HEAD_TITLE.match(nxt) or (m.group(0).startswith(";") and LOWER_TITLE.match(nxt))
        # (so does the kind of the name before said again: "Cơ quan Tòa án, cơ quan Thi hành
        # án", "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ")
        opens = opens or _kind_again(phrase[pos:m.start()], nxt)
        # (and a unit described in lower case after a class or a body: "Các cơ sở sản xuất,
        # kinh doanh và đơn vị thực hiện dịch vụ vệ sinh")
        opens = opens or _unit_after(phrase[pos:m.start()], nxt)
        # (a unit of its own kind, plural, joined by "và": "Chủ tịch UBND các huyện, thị xã và
        # các đơn vị chủ rừng trên địa bàn tỉnh")
        opens = opens or (plural and m.group(0).strip() == "và" and bool(UNIT_AFTER_CLASS.match(nxt))
                          and not UNIT_OF_TIER.match(nxt))
        # (nor does the last of a plural list of kinds, the place it names being all of theirs:
        # "Các Trường đại học, Viện, Học viện thuộc Bộ")
        head = phrase[pos:m.start()]
        title = HEAD_TITLE.match(head)
        shared_place = PLURAL_KINDS.match(head[title.end():] if title else head) and KIND_THEN_PLACE.match(nxt)
        if (opens and not NOT_A_BODY.match(nxt) and not one_word and not shared_place) or collective:
            parts.append(phrase[pos:m.start()])
            pos = m.end()
    parts.append(phrase[pos:])
    parts = [q for p in parts for q in _departments_apart(ADDRESS_AFTER.sub("", p))]
    parts = _ministers_as_ministries(_shared_tier([p.strip(" ,-–") for p in parts if p.strip(" ,-–")]))
    return [q for p in parts for q in _numbered(p[0].upper() + p[1:])]


# A department named, then others by their bare names: "Giám đốc Sở Xây dựng, Tài chính".
DEPARTMENT_THEN_BARE = re.compile(r"^(?P<head>(?:Giám đốc\s+)?)Sở\s+(?P<first>[^,]+)(?P<rest>(?:,\s*[^,]+)+)$")


def _departments_apart(part: str) -> list[str]:
    """The departments of "Sở Xây dựng, Tài chính" (each a department the names table knows
    once "Sở" is said again), or the part as it is."""
    m = DEPARTMENT_THEN_BARE.match(part)
    if not m or _loose(part) in _folded_known_names():
        return [part]
    names = [f"Sở {m['first'].strip()}"] + [f"Sở {p.strip()}" for p in m["rest"].split(",")[1:]]
    if not all(_loose(n) in _folded_known_names() for n in names):
        return [part]
    return [m["head"] + n for n in names]


# The address of the next persons, where a clause left out its comma: "…, Sở Thủy lợi các ông
# Chủ tịch UBND huyện …" ends "Sở Thủy lợi".
ADDRESS_AFTER = re.compile(r"\s+(?:các\s+)?(?:ông|bà)(?:\s*[(/,]?\s*bà\)?)?$", re.I)


# The Government's formula names the ministers by their bare title before the heads of the
# other central bodies: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc
# Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh …" gives duties to the ministries.
MINISTRY_PEERS = re.compile(r"(?:Thủ trưởng\s+)?(?:các\s+)?cơ quan ngang bộ\b", re.I)


def _ministers_as_ministries(parts: list[str]) -> list[str]:
    return ["Các Bộ trưởng" if part == "Bộ trưởng" and nxt is not None and MINISTRY_PEERS.match(nxt) else part
            for part, nxt in zip(parts, parts[1:] + [None])]


# A plural list of kinds of body in capitals, up to three words each ("Các Trường đại học,
# Viện"), and the last kind with the place of them all ("Học viện thuộc Bộ").
PLURAL_KINDS = re.compile(r"\s*(?:[Cc]ác|[Nn]hững)\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}(?:\s*,\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2})*$")
KIND_THEN_PLACE = re.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}\s+(?:trực\s+)?thuộc\s")
# "Ban ngành" as one word for the sectors, not a body's name; "Mặt trận" among kinds ("các sở,
# ban, ngành, Mặt trận, đoàn thể cấp tỉnh"), not the Front by its name.
SECTORS_PAIR = re.compile(r"[Bb]an\s+ngành\b|Mặt trận\s*,\s*(?:đoàn thể|hội)\b")
# A head's title in lower case before a body or a class of them: "thủ trưởng các sở, ban ngành".
# (or before the class it heads: "…, thủ trưởng cơ quan thuộc UBND tỉnh")
LOWER_HEAD_TITLE = re.compile(r"(?:thủ trưởng|giám đốc|chủ tịch)\s+(?=các\s+\p{L}|\p{Lu}|(?:cơ quan|đơn vị)\s)")
# ... and after a semicolon, before any body ("…; thủ trưởng cơ quan, ban ngành thành phố; …").
LOWER_TITLE = re.compile(r"(?:thủ trưởng|giám đốc|chủ tịch)\s")


def _unit_after(before: str, nxt: str) -> bool:
    """``nxt`` is a unit described in lower case after a class of its own ("Các chủ đầu tư,
    đơn vị điều hành dự án") or after one body named ("Ủy ban nhân dân cấp huyện, đơn vị
    quản lý khu du lịch"), not a sector in a list ("Các sở, ban, ngành, đơn vị cấp tỉnh")."""
    if not UNIT_AFTER_CLASS.match(nxt) or GENERIC_PLURAL.match(before):
        return False
    if CLASS_OF_ITS_OWN.match(before):
        return True
    return bool(BODY_HEAD.match(before)) and not ANY_PLURAL.search(before) and not BARE_KIND.match(before) \
        and not UNIT_OF_TIER.match(nxt)


# The others of a kind, one class with the kind before them: "Các cơ quan chuyên môn, cơ
# quan hành chính khác thuộc Ủy ban nhân dân Thành phố".
OTHERS_OF_KIND = re.compile(r"[^,;]*\skhác\b")


def _kind_again(before: str, nxt: str) -> bool:
    """``nxt`` opens with the kind of the name ``before`` it (its head's title set aside),
    in lower case, and that name says more than its kind."""
    name = HEAD_TITLE.sub("", before).strip()
    kind = BODY_HEAD.match(name[:1].upper() + name[1:])
    # (a plural kind is said again without its "các": "Các cơ sở giáo dục đại học, cơ sở
    # giáo dục nghề nghiệp")
    said = PLURAL.sub("", kind.group(0).lower(), count=1) if kind else ""
    return bool(kind) and len(name.split()) > len(kind.group(0).split()) and \
        re.match(re.escape(said) + r"\s+(?!có\b|liên\b|khác\b)\S", nxt) is not None \
        and not OTHERS_OF_KIND.match(nxt)


# A people's council or committee named bare before its partner with a tier: "Hội đồng nhân
# dân, Ủy ban nhân dân các xã, phường và đặc khu" are the councils and committees of the
# communes; each takes the tier.
COUNCIL = re.compile(r"^(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|UBND)(?:\s+(?P<tier>\S.*))?$")


# So are a district's units named before the last, which carries their tier: "Trung tâm Y
# tế, Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố" are those of every district.
DISTRICT_UNIT = re.compile(r"^(?:Trung tâm|Phòng)\s")
DISTRICT_TIER = re.compile(r"\s(?P<tier>các\s+(?:huyện|quận|thị xã)(?:\s*,\s*(?:huyện|quận|thị xã|thành phố))*)$")


def _shared_tier(parts: list[str]) -> list[str]:
    out = list(parts)
    for i in range(len(out) - 1):
        bare, nxt = COUNCIL.match(out[i]), COUNCIL.match(out[i + 1])
        # (a tier of many: one named place is named for the partner alone, as the text has it)
        if bare and not bare["tier"] and nxt and nxt["tier"] and nxt["tier"].startswith("các "):
            out[i] = f"{out[i]} {nxt['tier']}"
    for i in range(len(out) - 2, -1, -1):
        tier = DISTRICT_TIER.search(out[i + 1])
        if tier and DISTRICT_UNIT.match(out[i]) and DISTRICT_UNIT.match(out[i + 1]) \
                and not re.search(r"\s(?:tỉnh|thành phố|huyện|quận|xã)\b", out[i]):
            out[i] = f"{out[i]} {tier['tier']}"
    return out
