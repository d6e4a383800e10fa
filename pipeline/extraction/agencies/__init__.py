"""Bodies given duties in the implementation section, with their role and tasks.

Steps:
 1. find where duties are given: the implementation section (``Tổ chức thực
    hiện``, ``Phân công nhiệm vụ``, ``Điều N. Tổ chức thực hiện``), lists whose
    items are headed by bodies wherever they stand, a decision's executing clause
    (``… chịu trách nhiệm thi hành Quyết định này``), task-table rows; in a letter,
    notice or telegram without these, every item headed by a state body
 2. split it into items: a line (or a later sentence of a paragraph) that starts
    with a body's name opens an item; what follows is its task sentences
 3. one row per body an item heading names (``Sở Nội vụ, Sở Tài chính`` -> two),
    named as the text writes it: a head's title dropped to the body, the trailing
    province dropped (a town keeps its name), spelling variants unified and known
    bodies spelt as in ``data/agency_names.txt``; short forms stay as written
    (``Sở GTVT``) but one body written both ways is one row (``data/agency_aliases.csv``)
 4. role from the item's task sentences: ``chủ trì`` anywhere -> lead; every
    sentence only ``phối hợp`` -> support; otherwise -> implement
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex as re

from pipeline.models import Agency, Assignment, Document, Structure
from pipeline.extraction.metadata import header_issuer, is_central
from pipeline.extraction.registry import fold
from pipeline.extraction.spans import evidence
from pipeline.extraction.structure import ends_mid_sentence
from pipeline.extraction.agencies.patterns import DEPARTMENTS_KEY, GENERIC_PLURAL, PARTS_ONLY_TYPES, _GOVERNMENT_TIER
from pipeline.extraction.agencies.naming import TIER_PAIR, _body_key, _level, normalise, _tier_pair_keys
from pipeline.extraction.agencies.names import _at_the_cut
from pipeline.extraction.agencies.sections import (_annexed_plan_spans, annexed_functions_items, annexed_part,
                                                   article_duties,
                                                   chairs_in_rules, functions_items,
                                                   implementation_spans, Item, _is_letter, _items,
                                                   task_table_items)
from pipeline.extraction.agencies.task_tables import appendix_task_rows, table_duties, table_span
from pipeline.extraction.agencies.roles import apposed_role, _item_role, _merge, _partner_role, _task_role, _task_roles
from pipeline.extraction.agencies.orders import (closing_request, difficulties_sent_to, directed_lists,
                                                 units_named_above, _reported_assignments, _requested)

__all__ = ["extract", "normalise"]


# A name the OCR garbled: a letter glued to a digit, a capital inside a lower-case
# word ("SởY"), or characters no name holds. Such a record is dropped. A unit's code
# ("Phòng PC13") is capitals then digits, a word of its own, and no debris.
GARBLED_NAME = re.compile(r"\p{L}\d|\d\p{L}|\p{Ll}\p{Lu}|[^\p{L}\p{M}\d\s,.&()/'’\-–]")
UNIT_CODE = re.compile(r"\b[A-ZĐ]{2,5}\d+\b")
# Bodies read from an OCR'd page are less sure than typed ones.
SCANNED_CONFIDENCE = 0.7
JOINT_ISSUER = re.compile(r"[\s*_|]*LIÊN\s+(?:NGÀNH|TỊCH|SỞ|BỘ)\b", re.I)
GOVERNMENT_CLASS = re.compile(rf"^{_GOVERNMENT_TIER}(?:,\s*{_GOVERNMENT_TIER})*$", re.I)


def extract(doc: Document, structure: Structure, news: bool = False,
            issuer_read: str = "") -> tuple[list[Agency], list[Assignment]]:
    """``news``: the text reports a plan; the bodies it says the plan or its issuer assigns
    are the ones given duties. ``issuer_read``: the document's issuer as its metadata reads it
    (a web save may lose the header's issuer cell and name it only above the preamble:
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI" / "Căn cứ …")."""
    text = doc.text
    lines = structure.header.get("issuer_lines", [])
    # (a joint issuer's members take the duties it shares out: "LIÊN NGÀNH SỞ TÀI CHÍNH - CÔNG
    # AN THÀNH PHỐ" > "- Công an Thành phố chịu trách nhiệm kê khai …")
    joint = bool(lines) and bool(JOINT_ISSUER.match(lines[0]))
    issuer = normalise(header_issuer(lines)[0]) if not news and not joint else ""
    if news:
        # (a report's province committee is the plan's issuer, who asks, not a body asked: "UBND
        # tỉnh yêu cầu các cơ quan, địa phương định kỳ hằng quý báo cáo …")
        issuer = PROVINCE_COMMITTEE
    rows = _Rows(doc, structure,
                 central=is_central(structure.header.get("issuer", "")) or is_central(issuer_read.upper()),
                 own=_body_key(issuer) if issuer else None,
                 cut=bool(ends_mid_sentence(text, structure) or CUT_LETTER.search(text)))
    items = _duty_items(doc, structure, news)
    # where the text gives duties body by body, its executing clause's classes of the whole
    # government are the formula that closes it, no duty of their own
    own_items = any(item.names and not item.formal and not item.role_only for item in items)
    # (a rule's clauses last: they only raise the role of bodies the other items gave rows;
    # then the items that add only bodies no other item gave a row)
    whole = _departments_named_as_one(structure, items)
    for item in sorted(items, key=lambda item: (item.if_absent, item.role_only)):
        if whole:
            item = replace(item, names=_departments_together(item.names))
        if item.formal and own_items:
            item = replace(item, names=[(raw, name) for raw, name in item.names
                                        if not GOVERNMENT_CLASS.match(name)])
        rows.add(item)
    # (an appendix's task table gives task rows, not agency rows: see task_tables)
    return rows.agencies, rows.task_rows() + ([] if news else appendix_task_rows(doc, structure))


# The departments' heads named apart in one breath, "Giám đốc các Sở, Thủ trưởng các Ban, Ngành
# cấp tỉnh": where the text also names the departments as one body, an item's or a recipient's
# ("Điều 7. Trách nhiệm của các Sở, ban, ngành cấp tỉnh", "- Các sở, ban, ngành cấp tỉnh;"),
# the two are that class (both readings of a tests/gold-md2025d regulation and of two
# tests/gold-md2025f decisions); where it never does, or only in passing ("… do các sở, ban,
# ngành … trình"), both readers keep the two (tests/gold-dev2026, -crawlcutb, -unseen).
DEPARTMENTS_RECIPIENT = re.compile(r"[-+•\s]*(?:các\s+)?sở\s*,\s*ban\s*,?\s*ngành\b", re.I)


PROVINCE_COMMITTEE = "Ủy ban nhân dân tỉnh"


def _departments_named_as_one(structure: Structure, items: list[Item]) -> bool:
    return any(DEPARTMENTS_RECIPIENT.match(r) for r in structure.recipients) \
        or any(_body_key(name) == DEPARTMENTS_KEY for item in items for _, name in item.names)


DEPARTMENTS_APART = re.compile(r"(?:các|những)\s+sở", re.I)
BRANCHES_APART = re.compile(r"(?:các|những)\s+(?P<rest>ban\s*,?\s*ngành\b.*)", re.I | re.S)


def _departments_together(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``names`` with "các sở" and the "các ban, ngành …" right after it made one class."""
    out: list[tuple[str, str]] = []
    for raw, name in names:
        branches = BRANCHES_APART.fullmatch(name)
        if branches and out and DEPARTMENTS_APART.fullmatch(out[-1][1]):
            first_raw, first = out.pop()
            out.append((f"{first_raw}, {raw}", f"{first}, {branches['rest']}"))
        else:
            out.append((raw, name))
    return out


def _duty_items(doc: Document, structure: Structure, news: bool) -> list[Item]:
    """Every item that gives bodies duties: the parts that share them out, else the
    lists a text directs; a report's assignments, a letter's requests and closing
    request, task tables, articles and annexed rules of functions."""
    text = doc.text
    annex = annexed_part(doc, structure)
    spans = [(a, b) for a, b in implementation_spans(text, structure) if not _in_proposals(structure, a)] \
        + _annexed_plan_spans(doc, structure, annex)
    spans = _outermost_articles(text, spans or directed_lists(text, structure))
    items = [item for lo, hi in spans for item in _span_items(text, lo, hi)]
    if news:
        # (a report may quote a part's own words too, "… chịu trách nhiệm thi hành Quyết định
        # này": what it tells outside them still assigns)
        items += [item for item in _reported_assignments(text, structure)
                  if not any(a <= item.start < b for a, b in spans)]
    elif not items and _is_letter(text, structure):
        items = _requested(text, structure)
    elif structure.header.get("type") not in PARTS_ONLY_TYPES:
        # a paragraph of its own that asks or assigns, outside the parts read ("1. Về triển
        # khai …" > "Đề nghị các cơ quan chuyên môn …; Hội đồng nhân dân, Ủy ban nhân dân các
        # xã, phường và đặc khu: tổ chức triển khai …")
        # (in a letter, so does a paragraph that opens with a body and its duty)
        items += [item for item in _requested(text, structure, openers_only=True,
                                              paragraphs=_is_letter(text, structure))
                  if not any(a <= item.start < b for a, b in spans) and not _in_proposals(structure, item.start)]
    if _is_letter(text, structure) and not news:
        # (the letter's last sentence asks the bodies to carry it out: "Nhận được công văn này,
        # đề nghị Sở Giáo dục và Đào tạo, Sở Tài chính tiến hành thực hiện./.")
        items += [item for item in closing_request(text, structure) if all(i.start != item.start for i in items)]
        items += units_named_above(text, structure)
    rows = task_table_items(text, structure, spans, headed=bool(items))
    return items + rows + article_duties(text, structure, spans) + functions_items(text, structure) \
        + annexed_functions_items(doc, structure) + chairs_in_rules(doc, structure, spans, annex) \
        + ([] if news else difficulties_sent_to(text, structure, annex))


# A part that proposes to those above ("III. ĐỀ XUẤT, KIẾN NGHỊ" > "1. Đề nghị Bộ Công an sớm
# phân bổ kinh phí …"): its requests give no body a duty of the document's.
PROPOSALS_HEADING = re.compile(r"^[\W\dIVXLC.]*(?:(?:ĐỀ XUẤT|KIẾN NGHỊ|Đề xuất|Kiến nghị)(?:\s*(?:,|và)\s*)?){1,2}\s*[:.]?\s*$")


def _in_proposals(structure: Structure, pos: int) -> bool:
    return any(PROPOSALS_HEADING.match(sec.heading) for sec in structure.sections if sec.start <= pos < sec.end)


def _span_items(text: str, lo: int, hi: int) -> list[Item]:
    """The items of a part that gives duties; a task table inside it ("TT / Nội dung / Cơ
    quan chủ trì / Cơ quan phối hợp / Thời gian") gives each row's chair the lead of its
    task and each body that assists it support, not an item per cell."""
    table = table_span(text, lo, hi)
    if table is None:
        return _items(text, lo, hi)
    t_lo, t_hi = table
    return _items(text, lo, t_lo) \
        + [Item(names=[(name, name)], start=s, end=e, tasks=[(s, e)], role=role)
           for name, role, s, e in table_duties(text, t_lo, t_hi)] \
        + _items(text, t_hi, hi)


def _outermost_articles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, less those inside an article's span: its clauses read again without their
    title ("Điều 24. Trách nhiệm của các cơ quan phối hợp" > "Các cơ quan Nông nghiệp và Môi
    trường, Thanh tra, … phối hợp …", "Điều 18. Trách nhiệm của các cơ quan, đơn vị xử lý …"
    > "2. Các cơ quan xử lý phải …") would lose the article they belong to. (A clause span
    inside a section's span is read on its own: the section's reading stops at its close.)"""
    return [(lo, hi) for lo, hi in spans
            if not any(a <= lo and hi <= b and (a, b) != (lo, hi) and ARTICLE_SPAN.match(text, a)
                       for a, b in spans)]


ARTICLE_SPAN = re.compile(r"[\s*#_]*Điều\s+\d+")


@dataclass
class _Rows:
    """The agency rows and task rows of one document, one agency row per body."""
    doc: Document
    structure: Structure
    central: bool                           # a central text names a province's body by its province
    own: str | None                         # the issuer's key: it gives duties, it has none
    cut: bool                               # the copy was cut off: a name at the cut is broken
    agencies: list[Agency] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    by_name: dict[str, Agency] = field(default_factory=dict)
    formal_only: set[str] = field(default_factory=set)   # bodies named so far only by the executing clause
    task_spans: set[tuple[int, int, int]] = field(default_factory=set)   # (row, start, end) given a task row
    owners: list[Agency] = field(default_factory=list)   # the body's row of each task row

    def add(self, item: Item) -> None:
        """A row for each body the item names (or its role merged into the body's row),
        and a task row for each of its task sentences."""
        text = self.doc.text
        # (a table's cell of when, read as a line of the row's body, is no task: "Thường
        # xuyên", "Quý I/2026", "Năm học 2025 - 2026 và 2026 - 2027")
        item = replace(item, tasks=[(s, e) for s, e in item.tasks if not TIMING_ONLY.fullmatch(text[s:e].strip(" \t*_|"))])
        roles = _task_roles(text, item)
        role = item.role or _item_role(roles)
        for raw, name in item.names:
            name = self._kept_name(item, raw, name)
            if name is None:
                continue
            if item.role_only and (role != "lead" or _body_key(name) not in self.by_name
                                   and not CHAIRS_WITH_PARTNERS.match(text, item.names_end, item.end)
                                   and not item.opens_clause):
                continue
            if len(item.names) > 1 and not item.role:
                # bodies that share a heading may share its tasks unequally: "2. Sở Khoa học
                # và Công nghệ, Sở Nội vụ" > "Sở Khoa học và Công nghệ chủ trì, phối hợp với
                # Sở Nội vụ …": the partner assists; a task that opens with another of them is
                # that one's alone ("Sở Nội vụ chủ trì … . Sở Y tế hướng dẫn …")
                role = _shared_heading_role(text, item, raw, roles)
            if not item.role and (own := apposed_role(text, item.start, raw, [r for r, _ in item.names])):
                role = own
            if item.if_absent and any(k in self.by_name for k in _with_and_without_cac(_body_key(name))):
                continue
            for row in self._rows_of(item, raw, name, role):
                self._task_rows(item, roles, row, name)

    def _task_rows(self, item: Item, roles: list[str], row: Agency, name: str) -> None:
        """A task row for each of the item's task sentences the body's row has not had."""
        for (s, e), r in zip(item.tasks, roles):
            if (id(row), s, e) in self.task_spans:
                row.tasks -= 1          # the same sentence given again (two readings, two spellings)
                continue
            self.task_spans.add((id(row), s, e))
            tev = evidence(self.doc, self.structure, s, e)
            self.assignments.append(Assignment(doc_id=self.doc.doc_id, agency=name, role=r,
                                               task=tev["quote"], start=s, end=e,
                                               page=tev["page"], section=tev["section"]))
            self.owners.append(row)

    def task_rows(self) -> list[Assignment]:
        """The task rows, each named as its body's row is in the end (a later item may have
        given the row its own item's name)."""
        for task, row in zip(self.assignments, self.owners):
            task.agency = row.agency
        return self.assignments

    def _kept_name(self, item: Item, raw: str, name: str) -> str | None:
        """The row's name for a body the item names, or None when it is no body to report."""
        # (a text that stops on a lone letter was cut inside that word: "… Giám đốcSở N")
        if self.cut and _at_the_cut(self.doc.text, raw):
            return None                     # a copy cut off inside the name ("… Chủ tịch Ủy ban nhân")
        if self.central:
            name = normalise(raw, keep_place=True)
        if GARBLED_NAME.search(UNIT_CODE.sub(" ", name)):    # OCR debris, not a body we can name
            return None
        if GENERIC_PLURAL.match(name) and not item.headed:
            return None     # "Thủ trưởng các cơ quan, đơn vị": a catch-all once the head's title is
                            # dropped; but a class that is the whole heading of an item of its own
                            # is given that item's duties ("3. Các cơ quan, đơn vị, địa phương:")
        return name

    def _rows_of(self, item: Item, raw: str, name: str, role: str) -> list[Agency]:
        """Add the body's row or merge the item's role into it, and return the rows the item's
        tasks go to: the body's, or those of the tiers it names together, or none (the issuer)."""
        by_name = self.by_name
        key = _body_key(name)
        if (tiers := _tier_pair_keys(name)) and all(t in by_name for t in tiers):
            # "Thủ trưởng cơ quan quản lý giao thông cấp huyện, xã" in the clause: the bodies
            # of each tier given duties above, named together
            for t in tiers:
                _merge(by_name[t], role, len(item.tasks))
            return [by_name[t] for t in tiers]
        if not item.formal and not NAMED_TIER.search(name) and (tiers := _bracketed_tiers(self.doc.text, item, raw)):
            name = f"{name} {tiers}"           # "Ủy ban mặt trận Tổ quốc (cấp tỉnh và cấp xã)"
        if not item.formal and (pair := TIER_PAIR.match(name)):
            # a heading that names one body at two tiers names two bodies: "Điều 21. Đề nghị Ủy
            # ban mặt trận Tổ quốc cấp tỉnh, cấp xã" (both readings of a tests/gold-md2025h tune
            # rule, as the shared gold's "a heading that names several bodies gives one entry each")
            return [row for tier in (pair["a"], pair["b"])
                    for row in self._rows_of(item, raw, f"{pair['body']} cấp {tier}", role)]
        if key == DEPARTMENTS_KEY and key in by_name and item.formal != (key in self.formal_only) \
                and _class_words(by_name[key].agency) != _class_words(name):
            # the departments as the executing clause names them and as an item of the plan
            # names them, each in its own words ("Thủ trưởng các sở, ban, ngành, đơn vị trực
            # thuộc Ủy ban nhân dân tỉnh" and "1. … các sở, ban, ngành tỉnh …"): two entries
            key = key + "|" + name.casefold()
        if key == self.own and not _own_heading(self.doc.text, item, raw):
            return []                          # the issuer itself ("1. Chính phủ thống nhất quản lý …")
        # (a kind named with and without "các" is one entry: "Giám đốc các Chi nhánh Văn phòng
        # đăng ký đất đai" executes what "Điều 8. Trách nhiệm của Chi nhánh Văn phòng đăng ký đất
        # đai" gives them; both readings of a tests/gold-dev2026 regulation)
        key = next((k for k in _with_and_without_cac(key) if k in by_name), None) \
            or next((k for k in by_name if _same_kind(k, key)), key)
        if key in by_name:                     # a body with items in two sections: one row
            # one row with the strongest role its items give (lead > implement > support),
            # the executing clause's own among them: "2. Hiệp hội Du lịch … phối hợp với
            # Sở Du lịch …" assists, but "Chủ tịch Hiệp hội Du lịch … chịu trách nhiệm thi
            # hành" then gives it the decision to carry out (both annotators of each reading
            # in tests/gold-repos2026 take the stronger role)
            if key in self.formal_only and not item.formal:
                # (and the name its own item gives it: "Ủy ban nhân dân cấp xã", not the
                # clause's "Ủy ban nhân dân các xã, phường")
                by_name[key].agency, by_name[key].agency_raw = name, raw
                self.formal_only.discard(key)
            _merge(by_name[key], role, len(item.tasks))
            return [by_name[key]]
        ev = evidence(self.doc, self.structure, item.start, item.end)
        scanned = self.doc.page_at(item.start) in self.doc.ocr_pages
        by_name[key] = Agency(
            doc_id=self.doc.doc_id, agency=name, agency_raw=raw, level=_level(name), role=role,
            tasks=len(item.tasks), quote=ev["quote"], start=item.start, end=item.end,
            page=ev["page"], section=ev["section"], confidence=SCANNED_CONFIDENCE if scanned else 1.0)
        self.agencies.append(by_name[key])
        if item.formal:
            self.formal_only.add(key)
        return [by_name[key]]


# The tiers a heading names in brackets after a body: "Ủy ban mặt trận Tổ quốc (cấp tỉnh và cấp xã)".
NAMED_TIER = re.compile(r"\bcấp\s+(?:tỉnh|huyện|xã)\b")
BRACKETED_TIERS = re.compile(r"\s*\(\s*(?P<tiers>cấp\s+(?:tỉnh|huyện)\s*(?:,|và)\s*cấp\s+(?:huyện|xã))\s*\)")


def _bracketed_tiers(text: str, item: Item, raw: str) -> str:
    """The two tiers in brackets right after the body's name in its item, or ''."""
    at = text.find(raw, item.start, item.end) if raw else -1
    m = BRACKETED_TIERS.match(text, at + len(raw)) if at >= 0 else None
    return m["tiers"] if m else ""


# A cell that only says when: a time word first, short, no sentence of its own.
# (not a short task that opens with its time: "Trước ngày 15/12 báo cáo Ủy ban nhân dân tỉnh")
TIMING_ONLY = re.compile(r"(?:Thường xuyên|Hằng năm|Hàng năm|Định kỳ|Liên tục|Quý\s+[IVX\d]|Tháng\s+\d|Năm học|Năm\s+\d|"
                         r"Cả năm|Trước (?:ngày|tháng|năm|và trong|Tết)|Trong (?:năm|quý|tháng|Quý)|"
                         r"Từ (?:ngày|tháng|năm|quý|Quý)|Đến (?:ngày|tháng|năm|hết)|Giai đoạn\s+\d)\b(?:(?!chủ trì|phối hợp|báo cáo|triển khai|thực hiện|"
                         r"tổ chức|kiểm tra|tham mưu|xây dựng|hướng dẫn|theo dõi|tuyên truyền)[^.\n]){0,50}")


# A rule that sets a body to chair a task with partners ("Sở Nội vụ chủ trì, phối hợp với Văn
# phòng UBND tỉnh tham mưu bổ sung tiêu chí …") gives that body the task, as an article of
# duties would (both readings of a tests/gold-md2025d regulation).
CHAIRS_WITH_PARTNERS = re.compile(r"[\s,]*chủ trì\s*,?\s*(?:và\s+)?phối hợp\s+với\b")


# An item the issuer heads by its own duties: "1. Trách nhiệm của Ủy ban nhân dân tỉnh:" (both
# readings of a tests/gold-repos2026 tune decision list the issuer there).
OWN_DUTIES_HEADING = re.compile(r"[ \t*_]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))?[ \t*_]*(?:Trách nhiệm|Nhiệm vụ)"
                                r"(?:,\s*(?:quyền hạn|thẩm quyền))?\s+của\s")


def _opening(text: str, start: int) -> str:
    """A task sentence's opening words, past its mark, folded."""
    return fold(text[start:start + 200].lstrip(" -+•–*\t"))


def _opened_by_another(text: str, start: int, raw: str, names: list[tuple[str, str]]) -> bool:
    """The task sentence at ``start`` opens with another body the item names, not ``raw``."""
    opening = _opening(text, start)
    return not opening.startswith(fold(raw)) and any(
        other != raw and opening.startswith(fold(other)) for other, _ in names)


def _shared_heading_role(text: str, item: Item, raw: str, roles: list[str]) -> str:
    """The role of one of the bodies a heading names together: each task's, read as its
    partner's where it names the body so, after the bodies its sentence opens with where
    the body is one of them, and left out where others open it."""
    mine = []
    for (s, e), role in zip(item.tasks, roles):
        partner = _partner_role(text, s, e, raw)
        subjects, after = _opening_subjects(text, s, e, item.names)
        if partner or raw in subjects or not _opened_by_another(text, s, raw, item.names):
            mine.append(partner or (_task_role(text[after:e]) if raw in subjects else None) or role)
    return _item_role(mine)


# What joins the bodies a sentence opens with: "Sở Công Thương và Ban Quản lý …", "A, B".
CO_SUBJECT_JOIN = re.compile(r"\s*(?:,|và)\s*")


def _opening_subjects(text: str, start: int, end: int, names: list[tuple[str, str]]) -> tuple[set[str], int]:
    """The bodies (as written) a task sentence opens with, joined by "và" or commas ("Sở
    Công Thương và Ban Quản lý Khu kinh tế tỉnh phối hợp với …"), and where their duty
    starts: both assist there, as "Sở Xây dựng phối hợp với Sở Tài chính …" does."""
    raws = sorted({r for _, r in names}, key=len, reverse=True)
    piece = text[start:start + 200]
    at = start + len(piece) - len(piece.lstrip(" -+•–*\t"))
    found: set[str] = set()
    while True:
        first = next((r for r in raws if fold(text[at:at + len(r)]) == fold(r)), None)
        if first is None:
            return found, at
        found.add(first)
        at += len(first)
        join = CO_SUBJECT_JOIN.match(text, at, end)
        if join is None or not any(fold(text[join.end():join.end() + len(r)]) == fold(r) for r in raws):
            return found, at
        at = join.end()


def _with_and_without_cac(key: str) -> list[str]:
    """The key of a kind with "các" before it and without (the key itself first)."""
    bare = re.sub(r"^(?:các|những)\s+", "", key)
    return [key, bare, "các " + bare] if key != DEPARTMENTS_KEY else [key]


def _same_kind(key: str, other: str) -> bool:
    """Two plural kinds, one with the province as its scope and one without: "Giám đốc các
    đơn vị điện lực trên địa bàn tỉnh" executes what "Điều 6. Trách nhiệm của các đơn vị điện
    lực" gives (both readings of a tests/gold-md2025e regulation)."""
    if key == other or not (PLURAL_KIND.match(key) and PLURAL_KIND.match(other)) or DEPARTMENTS_KEY in (key, other):
        return False
    return PLACE_SCOPE.sub("", key) == PLACE_SCOPE.sub("", other)


PLURAL_KIND = re.compile(r"(?:các|những)\s")
PLACE_SCOPE = re.compile(r"\s+(?:trên\s+địa\s+bàn\s+)?(?:tỉnh|thành phố)$")


def _class_words(name: str) -> str:
    """A class's own words, whether or not the text says "các" before them ("Thủ trưởng các sở,
    ban, ngành" in one article, "Thủ trưởng sở, ban, ngành" in the next: one wording), and with
    or without the boards between departments and sectors ("2. Giao các Sở, ngành …" is the
    class whose heads "Thủ trưởng các Sở, ban, ngành" execute the decision: both readings of a
    tests/gold-md2025f decision)."""
    words = BOARDS_BETWEEN.sub("", re.sub(r"^(?:các|những)\s+", "", name.casefold()))
    return PROVINCE_TIER_END.sub("", words)


BOARDS_BETWEEN = re.compile(r"(?<=^sở)\s*,\s*ban(?=\s*,?\s*ngành\b)")
# ... and with or without the province's tier after them ("Thủ trưởng các sở, ban, ngành tỉnh"
# executes what "Điều 16. Trách nhiệm của các sở, ban, ngành" gives: both readings of a
# tests/gold-md2025d regulation; "… ngành, đơn vị trực thuộc UBND tỉnh" stays a class of its own)
PROVINCE_TIER_END = re.compile(r"(?<=ngành)\s+(?:cấp\s+|của\s+|thuộc\s+)?(?:tỉnh|thành phố)$")


def _own_heading(text: str, item: Item, raw: str) -> bool:
    """The item is headed by the issuer's own duties, or by the issuer's name alone, as the
    other bodies head theirs ("1. Ủy ban An toàn giao thông Quốc gia" / "- Tiếp tục kiểm tra …"
    in a telegram whose items give each body its tasks; both readings of a tests/gold-crawlcutf
    tune telegram list it). A sentence it opens is a rule about it, no duty it is given."""
    if OWN_DUTIES_HEADING.match(text, item.start, item.end):
        return True
    heading = NUMBERED_MARK.match(text, item.start, item.end)
    return bool(heading) and text.startswith(raw, heading.end()) \
        and bool(NAME_ALONE.match(text, heading.end() + len(raw), item.end))


# An item's number before its heading ("1.", "2.3.", "a)"), with the spaces and emphasis around it.
NUMBERED_MARK = re.compile(r"[ \t*_]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))[ \t*_]*")
# What follows a name that heads its item alone: a colon, a dash before its tasks, the line's end.
NAME_ALONE = re.compile(r"[ \t*_]*(?::|[-–][ \t]|\n|$)")


# A lone letter that ends a text: the first letter of a word a copy's cut broke off.
CUT_LETTER = re.compile(r"\s\p{L}\s*\Z")
