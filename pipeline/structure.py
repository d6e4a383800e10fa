"""Document anatomy: header, title, section tree with roles, signature, recipients.

PLACEHOLDER: a first cut so later stages can run; the structure work replaces it.
"""
from __future__ import annotations

import regex as re

from .models import Document, Section, Structure

ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
HEADING = re.compile(
    rf"^(?:(?P<roman>{ROMAN})\.|(?P<arabic>\d{{1,2}})\.(?!\d)|(?P<letter>[a-zđ])\))\s+(?P<title>.+)$",
    re.M)

ROLE_WORDS = [
    ("implementation", ("tổ chức thực hiện", "phân công")),
    ("funding", ("kinh phí",)),
    ("tasks", ("nhiệm vụ", "giải pháp")),
    ("scope", ("đối tượng", "phạm vi")),
    ("needs", ("nhu cầu",)),
    ("objectives", ("mục tiêu",)),
    ("baseline", ("kết quả", "thực trạng", "tình hình")),
    ("purpose", ("mục đích", "yêu cầu")),
]


def heading_role(heading: str) -> str | None:
    h = heading.casefold()
    for role, words in ROLE_WORDS:
        if any(w in h for w in words):
            return role
    return None


def parse(doc: Document) -> Structure:
    text = doc.text
    found = []
    for m in HEADING.finditer(text):
        if m.group("roman"):
            level, label = 1, m.group("roman")
        elif m.group("arabic"):
            level, label = 2, m.group("arabic")
        else:
            level, label = 3, m.group("letter")
        found.append((level, label, m))
    sections: list[Section] = []
    stack: list[Section] = []
    for i, (level, label, m) in enumerate(found):
        end = len(text)
        for level2, _, m2 in found[i + 1:]:
            if level2 <= level:
                end = m2.start()
                break
        while stack and stack[-1].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        path = f"{parent.path}.{label}" if parent else label
        role = heading_role(m.group("title")) or (parent.role if parent else "other")
        s = Section(path=path, heading=m.group(0).strip(), level=level, role=role,
                    start=m.start(), end=end, heading_end=m.end())
        sections.append(s)
        stack.append(s)
    return Structure(sections=sections, body_start=0, body_end=len(text))
