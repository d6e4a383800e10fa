"""The role each task gives its body: lead, support or implement."""
from __future__ import annotations

import regex as re

from pipeline.models import Agency
from pipeline.extraction.registry import fold
from pipeline.extraction.structure import ITEM_MARK, LIST_RANK
from pipeline.extraction.agencies.patterns import ROLE_IN_BRACKETS, STANDING_WORDS
from pipeline.extraction.agencies.sections import Item


# Role words of a task sentence.
# ("chịu trách nhiệm chính" says the same: "Sở A và Sở B là cơ quan chịu trách nhiệm chính
# chỉ đạo, tổ chức thực hiện Kế hoạch")
LEAD_WORD = re.compile(r"\bchủ trì\b|\bchịu trách nhiệm chính\b", re.I)
# Chairs the task only mentions: in brackets, or named after "do" ("by"), however long their
# list ("… do cơ quan chuyên môn …; Ủy ban nhân dân xã, phường chủ trì tham mưu"), unless the
# body's own ("do cơ quan, đơn vị mình …") or "do đó" ("so").
OTHERS_CHAIR = re.compile(r"\([^()]*\)|\bdo\s+(?!(?:đó|vậy)\b)(?:(?!mình\b)[\p{L},;-]+\s+){1,24}?chủ trì\b"
                          # "phối hợp với các cơ quan chủ trì", "theo đề nghị của cơ quan chủ trì
                          # thẩm định": the chairing body is another
                          r"|\b(?:với|của)\s+(?:các\s+)?(?:cơ quan|đơn vị)\s+chủ trì\b"
                          # (or the partner named, "phối hợp với Sở Tài chính chủ trì thẩm định", or
                          # the bodies a task guides, "hướng dẫn các đơn vị chủ trì triển khai")
                          r"|\bvới\s+(?:Sở|Bộ|Ban|Công an|Ủy ban|UBND|Văn phòng)\s(?:\p{L}+\s){0,8}?chủ trì\b"
                          # (or the chair another holds: "theo sự chủ trì của Sở Y tế", "dưới sự chủ trì …")
                          r"|\bsự\s+chủ trì\b"
                          r"|\b(?-i:các|những)\s+(?:cơ quan|đơn vị|địa phương)(?:,\s*(?:cơ quan|đơn vị|địa phương))*"
                          r"\s+(?:được giao\s+)?chủ trì\b"
                          # "đề xuất của các cơ quan, đơn vị được giao nhiệm vụ chủ trì": others'
                          # (not "do cơ quan, đơn vị mình được giao chủ trì": its own)
                          # (or "phối hợp với các Sở, ban, ngành được giao chủ trì")
                          r"|\b(?:cơ quan|đơn vị|[Ss]ở|[Bb]an|ngành)\b(?:(?!\bmình\b)[^.;]){0,40}?được\s+(?:giao|phân công)"
                          r"(?:\s+nhiệm(?:\s+vụ)?)?\s+chủ trì\b"
                          # an apposition that says what the body chaired, between commas, gives
                          # it no task to chair: "Viện …, cơ quan chủ trì xây dựng tiêu chuẩn, chịu
                          # trách nhiệm về nội dung …"
                          r"|,\s*(?:là\s+)?(?:cơ quan|đơn vị)\s+chủ trì\b[^,;.]*,"
                          # a rule for whichever body chairs, not a task to chair: "… được giao cho
                          # một cơ quan chủ trì giải quyết thì … cơ quan chủ trì phải có văn bản …"
                          r"|\bgiao\s+cho\s+(?:một\s+|các\s+)?(?:cơ quan|đơn vị)\s+chủ trì\b"
                          r"|\b(?:cơ quan|đơn vị)\s+chủ trì\s+(?:phải|có trách nhiệm|chịu trách nhiệm)\b"
                          # a demand that roles be made clear names the role, it gives none:
                          # "phân công rõ nhiệm vụ chủ trì, phối hợp", "xác định rõ vai trò chủ trì"
                          r"|\b(?:phân công|xác định|quy định|làm)\s+rõ\s+(?:(?:nhiệm vụ|trách nhiệm|vai trò)\s+)?"
                          r"(?:(?:cơ quan|đơn vị)\s+)?chủ trì\b",
                          re.I)
ASSIGNED_SUBJECT = re.compile(r"^[\s,]*(?:đã\s+)?được\s+(?:phân công|giao)\s+chủ trì\b", re.I)
# ... which only qualify them where the sentence's own duty follows ("… có trách nhiệm …", a
# colon); "Sở Y tế được giao chủ trì triển khai Kế hoạch." gives the body the chair.
SUBJECT_DUTY_AFTER = re.compile(r"\b(?:có|chịu)\s+trách\s+nhiệm\b|:", re.I)
# A task that only assists, after the usual "within its remit" opening ("Căn cứ chức năng,
# nhiệm vụ, phối hợp với …", "Theo chức năng, nhiệm vụ của đơn vị phối hợp, hỗ trợ …").
_DUTY_WORDS = r"(?:có|chịu)\s+trách\s+nhiệm\b"
SUPPORT_START = re.compile(
    r"^(?:[-+•–*:\s]|[a-zđ]\)|\d+[.)])*"
    r"(?:(?:theo|căn cứ)\s+chức năng(?:,\s*|\s+và\s+|\s+)nhiệm vụ(?:,?\s*(?:và\s+)?(?:quyền hạn|thẩm quyền))?"
    r"(?:\s+(?:của\s+(?:đơn vị|ngành|mình)|được giao))?\s*,?\s*"
    # or its remit in other words: "trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình"
    r"|trong phạm vi(?:\s+(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền)(?:,\s*|\s+và\s+|\s+)?){1,3}"
    r"(?:\s*(?:của\s+(?:đơn vị|ngành|mình)|được giao))?\s*,?\s*"
    # or any circumstance first: "Căn cứ vào khả năng cân đối ngân sách hằng năm, phối hợp …"
    r"|(?:căn cứ|trên cơ sở)\b[^,;.:]{0,120},\s*)?"
    # (or the rest of the subjects the names left, in lower case: "…; Chủ tịch Ủy ban nhân dân
    # cấp xã, chủ sở hữu di tích có trách nhiệm phối hợp …"; not the duty itself: ", có trách
    # nhiệm triển khai thực hiện và tăng cường phối hợp …" gives a task of its own)
    r"(?:,\s*(?!" + _DUTY_WORDS + r")\p{Ll}(?:(?!" + _DUTY_WORDS + r")[^,;.:]){0,60}?\s+"
    r"(?=(?:(?:có|chịu)\s+trách\s+nhiệm|chủ\s+động|tích\s+cực|phối\s+hợp)\s))?"
    r"(?:(?:có|chịu)\s+trách\s+nhiệm\s*:?\s+)?"
    # (or its role named so: "Công an tỉnh là cơ quan phối hợp …")
    r"(?:là\s+(?:các\s+)?(?:cơ quan|đơn vị)\s+)?"
    # (after words of manner or of time: "sẽ phối hợp", "cũng tích cực phối hợp")
    # (or asked to: "Đề nghị phối hợp tuyên truyền …" under a body's heading)
    r"(?:(?:đề nghị|sẽ|cũng|chủ động|tích cực|khẩn trương|kịp thời|tiếp tục|cùng)\s+){0,3}(?:tham gia\s+)?"
    # (not bodies told to work closely together, "A, B và C phối hợp chặt chẽ chỉ đạo …": their own task)
    # (or a group set up to assist another: "Giúp việc cho Hội đồng trong quá trình hoạt động …")
    # ("phối kết hợp" says the same)
    r"(?:phối (?:kết )?hợp(?!\s+chặt\s+chẽ\s++(?!(?:với|trong|cùng)\b))|tham gia|giúp việc cho)\b", re.I)


# A point that only names whom the body assists, its tasks in the list under it: "b) Phối
# hợp với Sở Nông nghiệp và Môi trường" over "- Hướng dẫn …", "- Bồi dưỡng …".
SUPPORT_HEAD = re.compile(r"^[\s*_]*(?:[a-zđ]\s*[.)]|\d+(?:\.\d+)*\s*[.)])?[\s*_]*[Pp]hối hợp với\s+\p{Lu}[^.;,]*:?\s*$")


# A "clause" that is the next law of a list the task before cites ("… theo quy định của
# Luật Ngân sách nhà nước; Luật Đầu tư công …"): no task of its own.
CITATION_TAIL = re.compile(r"[\s*_]*(?:Luật|Bộ luật|Nghị định|Thông tư)\b")
# A task that only tells a body to carry out its other duties.
OTHER_DUTIES = re.compile(r"[-+•–*\s]*(?:[a-zđ]\)\s*)?[Tt]hực hiện (?:các )?nhiệm vụ khác\b")
# What a council or group is, not what it is to do: it dissolves itself, its members work
# part-time, its chair shares out the work ("Thành viên Tổ giúp việc hoạt động theo chế độ
# kiêm nhiệm …", "Tổ giúp việc tự giải thể sau khi hoàn thành nhiệm vụ.", "Nhiệm vụ cụ thể
# do Chủ tịch Hội đồng phân công.").
STANDING = re.compile(r"[-+•–*\s]*(?:(?:Các\s+)?[Tt]hành viên\s+)?(?:\p{Lu}[\p{L}\s]{0,60}?)?" + STANDING_WORDS.pattern
                      + r"|[-+•–*\s]*[Nn]hiệm vụ cụ thể (?:do|của)\b")


def _task_roles(text: str, item: Item) -> list[str]:
    """The role each task gives; a point that only names whom the body assists gives its
    role to the points of a lower level under it."""
    roles: list[str] = []
    head_rank = None                        # the rank of such a point while its list runs
    for (s, e), (gs, ge) in zip(item.tasks, _wrapped_tasks(text, item.tasks)):
        line = text[text.rfind("\n", 0, s) + 1:e]        # (a task starts after its mark)
        rank = LIST_RANK[ITEM_MARK.match(line).lastgroup or "none"]
        if head_rank is not None and 0 < rank < head_rank:
            roles.append("support")
            continue
        head_rank = None
        at = max(gs, item.names_end)
        # (a name that ended inside an apposition is read with it: "Viện …, cơ quan" + "chủ trì
        # xây dựng tiêu chuẩn, chịu trách nhiệm …" says what it chaired, not a task to chair)
        apposition = APPOSITION_OPENED.search(text, gs, at)
        at = apposition.start() if apposition else _after_own_name(text, at, ge, item)
        role = item.role or _task_role(text[at:ge])
        if roles and not item.role and CITATION_TAIL.match(text, s, e):
            role = roles[-1]                # the laws a clause cites, listed on after ";"
        if role == "support" and not item.role and SUPPORT_HEAD.match(line):
            head_rank = rank
        roles.append(role)
    # "Thực hiện các nhiệm vụ khác có liên quan" closes a list of tasks; a body that
    # otherwise only assists still only assists
    generic = [bool(OTHER_DUTIES.match(text, s, e) or STANDING.match(text, s, e)) for s, e in item.tasks]
    if any(generic) and not all(generic) and all(r == "support" for r, g in zip(roles, generic) if not g):
        roles = ["support" if g else r for r, g in zip(roles, generic)]
    return roles


APPOSITION_OPENED = re.compile(r",\s*(?:là\s+)?(?:cơ quan|đơn vị)\s*$")
# A point's mark before the name that opens it.
POINT_MARK = re.compile(r"[\s*_]*(?:[a-zđ][.)]|[-+•–]|\d+(?:\.\d+)*[.)])?[\s*_]*")


def _after_own_name(text: str, at: int, end: int, item: Item) -> int:
    """Past one of the item's own bodies named again at the task's start: under "2. Sở Tài chính,
    Sở Giáo dục và Đào tạo … phối hợp với Sở Y tế:" the point "a) Sở Tài chính phối hợp tham mưu
    …" assists as "a) Phối hợp tham mưu …" would."""
    mark = POINT_MARK.match(text, at, end)
    start = mark.end() if mark else at
    for raw, _ in sorted(item.names, key=lambda n: -len(n[0])):
        if raw and text.startswith(raw, start):
            return start + len(raw)
    return at


# A line that goes on a sentence the line before left open ("… quyền hạn của mình có" /
# "trách nhiệm phối hợp …"): a page's layout wrapped one task.
WRAPPED_LINE = re.compile(r"[ \t]*\n[ \t]*\p{Ll}")


def _wrapped_tasks(text: str, tasks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each task, the whole sentence it is part of when lines wrapped it."""
    groups: list[list[int]] = []
    for i, (s, e) in enumerate(tasks):
        if groups and not re.search(r"[.;:!?]\s*$", text[tasks[i - 1][0]:tasks[i - 1][1]]) \
                and WRAPPED_LINE.fullmatch(text, tasks[i - 1][1], s + 1):
            groups[-1].append(i)
        else:
            groups.append([i])
    spans = [(0, 0)] * len(tasks)
    for g in groups:
        for i in g:
            spans[i] = (tasks[g[0]][0], tasks[g[-1]][1])
    return spans


def _task_role(sentence: str) -> str:
    # "(các sở, ngành) được phân công chủ trì thực hiện nhiệm vụ … có trách nhiệm …": the
    # words right after the names say which bodies, not that they chair this task
    if (m := ASSIGNED_SUBJECT.match(sentence)) and SUBJECT_DUTY_AFTER.search(sentence, m.end()):
        sentence = sentence[m.end():]
    # nor does another body's chair: in brackets ("(… các Bộ chủ trì dự án …)") or by
    # "do" ("kết quả dự án do Sở, ngành chủ trì")
    sentence = OTHERS_CHAIR.sub(" ", sentence)
    if LEAD_WORD.search(sentence):
        return "lead"
    if SUPPORT_START.match(sentence):
        # (a clause of its own after the assisting one gives the body a duty of its own:
        # "Phối hợp với Sở … triển khai Kế hoạch; theo dõi, thông báo kết quả …")
        return "implement" if OWN_CLAUSE.search(sentence) or OWN_AFTER_ASSISTING.search(sentence) else "support"
    return "implement"


# Verbs of a duty that are no body's name, so a list of partners never holds them.
_OWN_VERBS = r"(?:chỉ đạo|hướng dẫn|triển khai|theo dõi|đôn đốc|tham mưu|kiểm tra|rà soát|giám sát)"
# ... a duty of its own set beside the assisting, not done with the partner: after the
# partners and a comma ("Phối hợp với Sở Nông nghiệp và Môi trường, chỉ đạo đơn vị trực thuộc
# …"), or joined by "và" to an assisting with no partner ("Phối hợp thực hiện và chỉ đạo các
# cơ quan thuộc ngành mình …"). Not what the body does with its partner: "Phối hợp với Sở Giáo
# dục và Đào tạo chỉ đạo, hướng dẫn …" (both readings of two tests/gold-md2025 plans: assists).
# (a partner's name ends at a verb in lower case the two do together, "Phối hợp với Bảo hiểm
# xã hội thành phố thanh tra, kiểm tra …", "… với Sở Y tế thẩm định dự toán, …"; in capitals
# the word names a body, "Thanh tra tỉnh", "Sở Xây dựng")
_JOINT_VERBS = r"(?-i:thanh tra|thẩm định|xây dựng|tổ chức|thực hiện|tuyên truyền|vận động|xử lý|đánh giá|lập)"
_PARTNER = r"(?:(?!(?:" + _OWN_VERBS + r"|" + _JOINT_VERBS + r")\b)[^;.:,]){2,80}"
OWN_AFTER_ASSISTING = re.compile(r"\bphối hợp\s+với\s+" + _PARTNER + r"(?:,\s*" + _PARTNER + r")*?,\s*"
                                 + _OWN_VERBS + r"\b"
                                 r"|\bphối hợp(?:\s+thực hiện)?\s+và\s+" + _OWN_VERBS + r"\b", re.I)


# A clause after a semicolon that opens with a duty of the body's own, not with more
# assisting ("; phối hợp …", "; tham gia …") nor with the objects of the first verb.
OWN_CLAUSE = re.compile(r";\s*(?:[-+•–]\s*)?(?!(?:phối hợp|tham gia|cùng|với|các|những|và)\b)"
                        r"(?:chủ động|theo dõi|kiểm tra|tổ chức|triển khai|chỉ đạo|hướng dẫn|xây dựng|"
                        r"báo cáo|thực hiện|tuyên truyền|rà soát|tham mưu|bố trí|đề xuất|giám sát|"
                        r"thông báo|tổng hợp|quản lý|vận động|cung cấp|đảm bảo|bảo đảm)\b", re.I)


# Where a task names its partners (text folded: "PHOI HOP VOI").
PARTNER = re.compile(r"\bPHOI HOP(?: VOI)?\b")

# When one body heads two items, the stronger role stands.
ROLE_RANK = {"lead": 3, "implement": 2, "support": 1}


def _merge(row: Agency, role: str, tasks: int) -> None:
    row.tasks += tasks
    if ROLE_RANK[role] > ROLE_RANK[row.role]:
        row.role = role


def _partner_role(text: str, start: int, end: int, raw: str) -> str | None:
    """"support" when a task names the body as another's partner ("… chủ trì, phối hợp với
    Sở Nội vụ …") without opening with it."""
    task = fold(" ".join(text[start:end].split()))
    partner = PARTNER.search(task)
    name = fold(" ".join(raw.split()))
    if partner and not task.startswith(name) and _names_in(name.split(), task[partner.end():].split()):
        return "support"
    return None


#: A heading may name a body shorter than its task does ("các cơ quan truyền thông" over
#: "phối hợp với … các cơ quan thông tin truyền thông của tỉnh"): the task may add this many
#: words inside the name.
PARTNER_EXTRA_WORDS = 2


def _names_in(name: list[str], words: list[str]) -> bool:
    """Whether ``words`` hold the name's words in order, starting together and with at
    most PARTNER_EXTRA_WORDS others among them."""
    for i, w in enumerate(words):
        if w != name[0]:
            continue
        k, j = 1, i + 1
        while k < len(name) and j < len(words) and j - i < len(name) + PARTNER_EXTRA_WORDS:
            k, j = (k + 1, j + 1) if words[j] == name[k] else (k, j + 1)
        if k == len(name):
            return True
    return False


# A role the heading sets right after the body's name: "Sở Y tế (cơ quan chủ trì)", "Sở Tài
# chính - cơ quan phối hợp", "Sở Nội vụ, cơ quan chủ trì:". Its tasks below need not repeat it.
# (the role closes the heading: "Viện …, cơ quan chủ trì xây dựng tiêu chuẩn, chịu trách nhiệm
# …" says what the body chaired once)
APPOSED_ROLE_WORD = re.compile(r"\s*(?:\(|[-–,]\s*)\s*(?:là\s+)?(?:cơ quan|đơn vị)\s+(?P<role>chủ trì|phối hợp)"
                               r"(?:\s+(?:thực hiện|triển khai))?\s*(?:\)|:|$)", re.I)
APPOSED_ROLES = {"chủ trì": "lead", "phối hợp": "support"}


def apposed_role(text: str, start: int, raw: str, raws: list[str]) -> str | None:
    """The role the heading line from ``start`` gives the body named ``raw`` right after its
    name, or in the first role in brackets after it with nothing but the heading's other
    names (``raws``) between, or None."""
    line_end = text.find("\n", start)
    line = text[start:line_end if line_end >= 0 else len(text)]
    at = line.find(raw)
    if at < 0:
        return None
    m = APPOSED_ROLE_WORD.match(line, at + len(raw)) or ROLE_IN_BRACKETS.search(line, at + len(raw))
    if m is None:
        return None
    between = line[at + len(raw):m.start()]
    for other in sorted(raws, key=len, reverse=True):
        between = between.replace(other, " ")
    if not NAMES_ONLY_LEFT.fullmatch(ROLE_IN_BRACKETS.sub(" ", between)):
        return None
    return APPOSED_ROLES[m.group("role").lower()]


# What may stand between a name and the role in brackets after its list: the list's marks.
NAMES_ONLY_LEFT = re.compile(r"(?:[\s,;]|\bvà\b)*")


def _item_role(roles: list[str]) -> str:
    """lead if any task is chaired; support if every task only assists; else implement."""
    if "lead" in roles:
        return "lead"
    if roles and all(r == "support" for r in roles):
        return "support"
    return "implement"
