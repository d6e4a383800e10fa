"""Step 3, where a body's name ends in a heading or a sentence: at a verb of its duty, a
comma before its duties, a task in capitals run into it; how many words a name may
keep, and whether it stops at the text's cut."""
from __future__ import annotations

from functools import lru_cache

import regex as re

from pipeline.extraction.metadata import PROVINCE_NAMES
from pipeline.extraction.registry import PROVINCE_PATTERN, fold
from pipeline.extraction.agencies.patterns import APPOSED_ROLE, BODY_HEAD, MAX_NAME_WORDS
from pipeline.extraction.agencies.naming import _folded_known_names, _known_name_spans, _known_names, _loose
from pipeline.extraction.agencies.name_parts import BARE_KIND, PARTY_COMMITTEE


# Lower-case words that end a body's name: the verbs of its duties (not the function that
# names the Party's advisory bodies: "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy").
NAME_STOP = re.compile(
    # (not a word naming the field a body works in: "doanh nghiệp hoạt động trong lĩnh vực
    # xây dựng, giao thông …", "các cơ quan chuyên môn về xây dựng cấp tỉnh")
    # (a duty still ends it there: "Sở quản lý ngành, lĩnh vực có trách nhiệm chủ trì …")
    r"\s(?=(?:có|chịu)\s+trách\s+nhiệm\b|chủ\s+trì\b)|"
    r"(?<!lĩnh vực)\s(?:(?<![Nn]goại\s)giao(?=\s*:|\s+(?:cho\b|các\b|cơ quan\b|\p{Lu}))|chủ trì|phối hợp|kết hợp|triển khai|thực hiện|(?<!\blà\s)tổ chức(?!\s+chính trị|\s+hành chính|\s+đoàn thể|\s+đảng|\s+xã hội|\s+thành viên\s+của)|tham mưu(?!,\s*giúp việc)|chịu trách nhiệm|có trách nhiệm|"
    r"căn cứ|hướng dẫn|đồng bộ|(?<!đầu tư |công trình |[Vv]ật liệu |chuyên môn về )xây dựng|theo dõi|(?<!trật )tự|chỉ đạo|rà soát|nghiên cứu|bố trí|đảm bảo|bảo đảm|"
    # ("là" of what a class's members are stays: "Các chủ rừng là tổ chức")
    r"phụ trách|là(?!\s+(?:tổ chức|cá nhân|hộ gia đình|doanh nghiệp)(?:\s*[:\n]|\s*$))|(?<!việc )làm|tiếp tục|cân đối|tăng cường|đẩy mạnh|hỗ trợ|chủ động|(?<!Giáo dục )thường xuyên|định kỳ|"
    r"kiểm tra|giám sát|đôn đốc|(?<!xã hội )tổng hợp|báo cáo|đề xuất|hoàn thiện|(?<!công )trình|ban hành|phổ biến|(?<!thông tin, )tuyên truyền|"
    # (a steering committee is named for its campaign: "Ban Chỉ đạo vận động hiến máu tình nguyện")
    r"(?<!Ban Chỉ đạo\s)vận động|phát động|khẩn trương|cung cấp|bổ sung|lồng ghép|phân bổ|ưu tiên|huy động|phát huy|cử|thành lập|(?<!công |dân |tư |độc )lập|"
    r"(?:tùy|tuỳ)(?=\s+theo\b)|(?<!quản lý )trực tiếp|có(?!(?<=nghiệp có)\s+hoạt động\b)(?!(?:\s+\p{Ll}+){1,5}?\s+(?:đi|chảy|chạy)\s+qua\b)(?!(?<=\b(?:xã|phường|đặc khu|thôn|bản|địa phương)\s+có)(?!\s+(?:nhiệm vụ|trách nhiệm|ý kiến)\b)(?:\s+\p{Ll}+){1,4}[ \t]*:?[ \t]*(?:\n|$))|được|nắm|trên cơ sở|tiếp nhận|thẩm định|phê duyệt|hoàn thành|nghiêm túc|quan tâm|duy trì|"
    r"quản lý(?= nhà nước)|thi hành|căn cứ|sau khi|theo|(?<!hoạt động )trong|(?<!chuyên môn |hành chính )về|để|nhằm|"
    r"đưa|đăng(?!\s+(?:ký|kiểm))|tập trung|nâng cao|tiến hành|kịp thời|tích cực|xem xét|yêu cầu|cập nhật|"
    r"công bố|công khai|biên soạn|phát hành|tuần tra|điều tra|chấp hành|tuân thủ|"
    r"(?<!quản lý )(?<!(?:đơn vị|doanh nghiệp|tổ chức|cơ sở|công ty) quản lý, )vận hành|sửa chữa|cắm|tạm dừng|quyết liệt|sớm|hoàn tất|phân công|bằng|ở|tiên phong|cần|dự thảo|nơi|lãnh đạo|"
    r"bàn giao|chuyển giao|tiếp nhận|chiếu(?=\s+(?:quyết định|nghị quyết|theo)\b)|"
    # ("có" does not end a class named by what runs through it: "Ủy ban nhân dân các xã,
    # phường có đường sắt đi qua", "các tỉnh có đường cao tốc chạy qua"; nor places named by
    # what they have, to the heading's end: "2.8. Ủy ban nhân dân các xã, phường có rừng")
    # (more verbs of a duty that no name holds in lower case: "Ban Dân tộc đánh giá …", "Chi cục
    # Thủy lợi nâng cấp …"; not "mở" of "mở rộng" in a name, nor "gắn" of "gắn kết"; nor what
    # a council or a group is for, right after it: "Hội đồng đánh giá", "Tổ công tác khảo sát")
    r"(?<!\b(?:[Hh]ội đồng|[Tt]ổ|[Tt]ổ công tác|Đoàn|[Bb]an|[Nn]hóm)\s)(?:sửa đổi|đánh giá|thu hồi|khuyến khích|tạo điều kiện|thúc đẩy|củng cố|chia sẻ|ngăn chặn|truy quét|"
    # (a service named by it is no duty: "các tổ chức cung cấp dịch vụ chi trả")
    r"xác minh|lấy ý kiến|biểu dương|(?<!dịch vụ |trung gian )(?:chi trả|thanh toán)|giải ngân|quyết toán|chuẩn bị|mua sắm|trang bị|"
    # (nor the matters a body handles, "… xử lý phản ánh kiến nghị", "Ban Quản lý bảo trì đường bộ")
    r"lắp đặt|thiết lập|điều chỉnh|sơ kết|tổng kết|phát sóng|tích hợp|vận dụng|(?<!phản ánh,? )kiến nghị|khảo sát|lựa chọn|"
    r"duy tu|(?<!Quản lý )bảo trì|cải tạo|nâng cấp|mở rộng|cấp phép|số hóa|kết nối|tham gia|dành)|"
    # (verbs a name may hold as nouns, "dự án đầu tư", "cơ sở đào tạo", "Cảnh sát quản lý hành chính",
    # end it only before the object of a duty: "Chi cục Thủy lợi quản lý các công trình …")
    # (not right after a kind of body, "Ban quản lý các khu công nghiệp", nor before the tiers,
    # "Hội đồng Thi đua - Khen thưởng các cấp")
    r"(?<!\b(?:[Bb]an|[Pp]hòng|[Đđ]ội|[Tt]ổ|[Cc]ơ quan|[Đđ]ơn vị|[Hh]ội đồng|[Tt]rung tâm)\s)"
    r"(?:quản lý|đầu tư|xử lý|đào tạo|bồi dưỡng|tập huấn|phát triển|thống kê|thanh tra|kiểm soát|khen thưởng|"
    r"ứng dụng|chuyển đổi|phòng ngừa|đấu tranh|mở|gắn|cấp|thông tin)"
    r"(?=\s+(?:các(?!\s+(?:cấp|ngành|địa phương)\b)|những|việc|công tác|hoạt động|kết quả|toàn bộ|đầy đủ|kịp thời)\b)|"
    # (right after the places of a tier they are its duty, whatever follows: "Ủy ban nhân dân các
    # xã, phường quản lý trực tiếp di tích trên địa bàn")
    r"(?<=\b(?:xã|phường|đặc khu|thị trấn|huyện|quận)\s)"
    r"(?:quản lý|đầu tư|xử lý|đào tạo|bồi dưỡng|phát triển|thống kê|kiểm soát|khen thưởng|ứng dụng)\b|"
    # "quy định" as the body's verb ("Các Sở, ban, ngành quy định chức năng, nhiệm vụ …"),
    # not a pointer to where a class is defined ("… quy định tại Điều 2")
    r"quy định(?!\s+tại\b)|"
    r"này|quán triệt|kiện toàn|chấn chỉnh|thống nhất|thông báo|biết|đề nghị|xin|trân trọng|cảm ơn|đã|sẽ|vừa|cũng|cho biết|giải quyết|"
    # a duty denied ("Văn phòng đăng ký đất đai không chịu trách nhiệm …"), not aviation, air
    # defence, space or air ("Cục Hàng không", "Phòng không", "không gian mạng", "không khí")
    r"(?<![Hh]àng |[Pp]hòng )không(?! gian| khí)|(?<![Tt]rợ )giúp(?! việc)|phải|"
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
    # (and a class named by the paired work it does: "Các đơn vị quản lý, vận hành hệ thống
    # chiếu sáng công cộng", "… quản lý, khai thác công trình thủy lợi")
    r"(?<=(?:đơn vị|doanh nghiệp|tổ chức|cơ sở|công ty)\s+quản lý,\s+)(?:vận hành|khai thác|sử dụng|bảo trì)\b|"
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
                          # (more duties, after a name its tier closed: "… các tổ chức chính trị - xã
                          # hội tỉnh Tuyên truyền, vận động …", a heading a copy ran into its task;
                          # elsewhere they may be names' words, "Trung tâm … và Tuyên truyền")
                          r"(?<=\b(?:tỉnh|thành phố|huyện|xã|phường|đặc khu)\s)"
                          r"(?:(?:Tuyên truyền|Vận động|Tổng hợp|Đảm bảo|Lồng ghép|Tích cực|Kịp thời)(?=[\s,]+\p{Ll})|"
                          # (what it is to publish, named with its capital: "… đặc khu Đăng tải Kế hoạch …")
                          r"(?:Đăng tải|Công khai|Niêm yết)(?=\s+\p{L}))|"
                          # (to send staff: "… Chi nhánh Văn phòng đăng ký đất đai Cử cán bộ, viên chức …")
                          r"Cử(?=\s+\p{Ll})|"
                          # (what a paper or a broadcaster opens: "… Truyền hình Thanh Hóa Mở chuyên mục …")
                          r"Mở(?=\s+(?:chuyên mục|chuyên trang|chuyên đề|lớp|đợt|chiến dịch)\b)|"
                          # (what the body is in the plan: "… Sở Nông nghiệp và Môi trường Là cơ quan thường trực …")
                          r"Là(?=\s+(?:cơ quan|đơn vị|đầu mối|thường trực)\b)|"
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
                          # (or over any lower-case task but the kinds of organisation, after a
                          # name, not in a list of kinds: "Các trường học trên địa bàn phường Tổ
                          # chức giáo dục …", "Các tổ dân phố Tổ chức ký cam kết …")
                          r"|(?<![,;]|\bvà|\b(?:Cục|Trung tâm|Ban|Phòng|Viện|Đội|Vụ|Học viện|Sở))\sTổ chức(?=\s+(?!(?:chính trị|xã hội|hành nghề|tín dụng|kinh tế|đoàn thể|thành viên|"
                          r"quốc tế|phi chính phủ|tôn giáo|cá nhân|hội|và|có|được|liên quan)\b)\p{Ll})"
                          # ("Bảo đảm" opens a duty but after a kind of body, which it names:
                          # "Sở Y tế Bảo đảm công tác sơ cứu …", not "Cục Bảo đảm an toàn hàng hải")
                          r"|(?<!\b(?:Cục|Trung tâm|Ban|Phòng|Viện|Đội|Tổ|Vụ|Học viện|Bộ Tư lệnh))\s(?:Bảo đảm|Đảm bảo)(?=\s+\p{Ll})"
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
    # (a closed name then a verb the list above does not know: "Sở Xây dựng quy hoạch …")
    closed = _closed_name_end(head, cut)
    if closed is not None:
        return closed, MAX_NAME_WORDS
    # a heading that is nothing but a name, however long
    return cut, LONG_NAME_WORDS if stop is None and cut == len(head) else MAX_NAME_WORDS


# Known names nothing in lower case goes on but a place, a tier or a list: a department's
# or a ministry's ("Sở Giáo dục và Đào tạo", "Bộ Công Thương") and a provincial body's
# named down to its tier ("Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"). A word in lower
# case after one opens its duty, whether NAME_STOP knows the verb or not ("Sở Xây dựng quy
# hoạch hạ tầng …", "Sở Công Thương xúc tiến thương mại …", "Bảo hiểm xã hội tỉnh chi trả …").
CLOSED_NAME = re.compile(r"^(?:Sở|Bộ)\s|\stỉnh$")
# What may follow a closed name inside a heading's names: its place or tier ("Sở Y tế tỉnh",
# "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
# "Sở Giao thông vận tải các tỉnh"), a list going on ("và", "với"), where it stands or whose
# it is ("trên địa bàn", "thuộc", "của").
CLOSED_NAME_GOES_ON = re.compile(r"\s+(?:tỉnh|thành phố|xã|phường|đặc khu|huyện|quận|thị xã|thị trấn|các|và|với|cùng|hoặc|trên|tại|thuộc|trực thuộc|của|"
                                 r"cấp\s+(?:tỉnh|huyện|xã|cơ sở)|khu vực|chi nhánh|ủy|uỷ|đoàn|lộ|điện tử)\b")
LOWER_WORD_NEXT = re.compile(r"\s+\p{Ll}")


@lru_cache(maxsize=1)
def _closed_names() -> tuple[str, ...]:
    """The closed known names, accent-free and longest first (so "Sở Văn hóa, Thể thao và
    Du lịch" is tried before "Sở Văn hóa và Thể thao")."""
    return tuple(sorted({fold(n) for n in _known_names() if CLOSED_NAME.search(n)}, key=len, reverse=True))


def _closed_name_end(head: str, cut: int) -> int | None:
    """Where a closed known name before ``cut`` ends, when a word in lower case that does not
    go on a name follows it; None elsewhere."""
    folded = fold(head)
    if len(folded) != len(head):            # (positions must agree with the text's)
        return None
    # (a known name opens with its capital: "cơ sở y tế" holds no "Sở Y tế")
    ends = [start + len(name) for start in (m.start() for m in WORD_START.finditer(folded, 0, cut))
            if head[start].isupper()
            and (name := next((n for n in _closed_names() if folded.startswith(n, start)), None))]
    # (any body's name that reaches its tier closes there: "Hiệp hội Doanh nghiệp tỉnh kết nối …")
    ends += [m.end() for m in TIER_CLOSES.finditer(head, 0, cut)]
    return next((end for end in sorted(ends) if end < cut and LOWER_WORD_NEXT.match(head, end)
                 and not CLOSED_NAME_GOES_ON.match(head, end)), None)


# Words that close a body's name: the province's tier after two words of a name or more ("Hội
# Nông dân tỉnh", not "Các tỉnh"), not the first of the tiers a body spans ("Kho bạc Nhà nước
# từ tỉnh đến huyện"); the numbered region or office of a body reorganised in 2025 ("Kho bạc
# Nhà nước khu vực VIII", "Bảo hiểm xã hội khu vực 12", "Thuế cơ sở 3"); a place's name
# ("Chi cục Hải quan cửa khẩu quốc tế Lào Cai thông quan …", "Viettel Lào Cai phủ sóng …",
# "Tổng công ty Điện lực miền Bắc đầu tư …").
TIER_CLOSES = re.compile(
    # (the Party committee a body serves first: "Ban Tuyên giáo và Dân vận Tỉnh ủy", "… tỉnh ủy")
    r"(?<=\p{L}+\s+)(?:[Tt]ỉnh|[Tt]hành) (?:ủy|uỷ)(?!\p{L})"
    r"|(?<=\p{L}+\s+\p{L}+\s+)(?<!\btừ\s+)tỉnh(?!\p{L})"
    r"|(?<=\p{L}+\s+)(?:[Kk]hu vực|[Cc]ơ sở)\s+(?:[IVXL]+|\d+)(?![\p{L}\d])"
    r"|(?<=\p{L}+\s+)(?:" + PROVINCE_PATTERN + r"|Việt Nam|miền (?:Bắc|Trung|Nam))(?!\p{L})")


WORD_START = re.compile(r"(?<![\p{L}\d])(?=[\p{L}])")


def _name_stop(head: str, pos: int):
    """The first NAME_STOP from ``pos`` on, past a dash before a field in lower case that no
    verb opens: an older name joins its fields so ("Sở Tài chính - vật giá", "Sở Thương mại
    - du lịch"), where "Sở Y tế - chủ trì …" ends the name at its dash."""
    while (stop := NAME_STOP.search(head, pos)) and DASH_THEN_LOWER.match(head, stop.start()) \
            and not NAME_STOP.match(head, stop.end() - 1):
        pos = stop.end()
    return stop


# A dash then a word in lower case.
# (not a role in apposition: "Sở Y tế - cơ quan thường trực" ends the name at its dash)
DASH_THEN_LOWER = re.compile(r"\s[-–]\s(?=\p{Ll})(?!" + APPOSED_ROLE + ")")


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
    if PLURAL_HEAD.match(m.group(0)) and PLURAL_DUTY.match(head, m.end()):
        return m.end()                      # "Các doanh nghiệp chủ động …": a duty no kind is named by
    nxt = re.match(r"\s+[\p{L}\d&-]+", head[m.end():])
    return m.end() + (nxt.end() if nxt else 0)


PLURAL_HEAD = re.compile(r"(?:Các|Những)\s")
# Duties right after a plural kind that never say which of the kind ("Các doanh nghiệp thực
# hiện …" may be the kind that carries out, "Các doanh nghiệp chủ động …" is not).
PLURAL_DUTY = re.compile(r"\s+(?:chủ trì|phối hợp|tăng cường|đẩy mạnh|chủ động|tích cực|khẩn trương|tiếp tục|"
                         r"rà soát|nghiên cứu|tham mưu|(?:có|chịu) trách nhiệm|nâng cấp|sửa đổi|bố trí|"
                         # ("Các chủ rừng tổ chức tuần tra …"; a kind of organisation comes first,
                         # "Các tổ chức …", and is no duty)
                         r"tổ chức)\b")
# A tier's places as a head ("Các huyện", "Các xã"): no word of a name follows them.
TIER_PLACES = re.compile(r"Các (?:huyện|quận|thị xã|xã|phường)")
# Head words that are a whole name: no word after them is part of it.
WHOLE_NAMES = {"Chính phủ", "Quốc hội", "Thủ tướng"}
