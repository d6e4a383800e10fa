"""The one data model of kehoach.

Every stage speaks these types:

    reader  -> ReadResult (blocks with page numbers, as the file gave them)
    ingest  -> Document   (normalised text; blocks and pages carry offsets into it)
    extract -> Extraction (structure, metadata and record lists, each record
                           carrying its evidence: start/end into Document.text,
                           page, section path and the quote text[start:end])

Offsets are plain integers into ``Document.text``, which is saved verbatim as
``extracted/text/<doc_id>.txt``; a reviewer can always check
``text[start:end] == quote``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


# --------------------------------------------------------------------------
# Ingestion
# --------------------------------------------------------------------------

@dataclass
class Block:
    """One paragraph-like unit of text as a reader found it.

    ``kind`` is a hint from the reader: paragraph | heading | list_item |
    table_row | header | footer | footnote | endnote. ``bold`` marks text the source set in bold
    (headings lose their capitals in OCR but keep their weight in Word).
    ``start``/``end`` are filled in by ingest once the text is assembled.
    """
    text: str
    kind: str = "paragraph"
    page: int | None = None
    bold: bool = False
    start: int = 0
    end: int = 0


@dataclass
class ReadResult:
    """What a reader returns: raw blocks and facts about the file, no analysis."""
    blocks: list[Block]
    page_count: int | None = None          # None for formats without pages
    ocr_pages: list[int] = field(default_factory=list)   # 1-based
    meta: dict[str, Any] = field(default_factory=dict)   # e.g. title, published (news pages)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Page:
    number: int          # 1-based
    start: int
    end: int
    ocr: bool = False


@dataclass
class Document:
    """A source file read into normalised text with positions."""
    doc_id: str
    source: str                    # path as given on the command line / relative to corpus
    sha256: str
    format: str                    # docx | doc | pdf | html | txt | md
    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    status: str = "ok"             # ok | partial | error
    error: str = ""

    def page_at(self, offset: int) -> int | None:
        """1-based page holding ``offset``, or None for formats without pages."""
        return page_at(self.pages, offset)


def page_at(pages: list[Page], offset: int) -> int | None:
    """1-based page of ``pages`` holding ``offset`` (the end of the last page
    counts as on it), or None when there are no pages."""
    for p in pages:
        if p.start <= offset < p.end or (offset == p.end and p is pages[-1]):
            return p.number
    return None


# --------------------------------------------------------------------------
# Structure
# --------------------------------------------------------------------------

SECTION_ROLES = ("purpose", "baseline", "objectives", "scope", "needs", "tasks",
                 "funding", "implementation", "other")


@dataclass
class Section:
    """A heading and the body under it, up to the next heading of the same or higher level."""
    path: str            # e.g. "II.2.b" — Roman part, Arabic section, letter point
    heading: str
    level: int           # 1 = Roman part, 2 = Arabic section, 3 = letter point
    role: str            # one of SECTION_ROLES, inherited from the parent where the heading says nothing
    start: int           # start of the heading
    end: int             # end of the body
    heading_end: int     # end of the heading line
    parent: int | None = None   # index in Structure.sections of the enclosing section


@dataclass
class Structure:
    sections: list[Section] = field(default_factory=list)
    header: dict[str, Any] = field(default_factory=dict)     # issuer, symbol, place, date spans
    signature: dict[str, Any] = field(default_factory=dict)  # signer, signer_title, on_behalf
    recipients: list[str] = field(default_factory=list)
    body_start: int = 0   # first character after header/title
    body_end: int = 0     # first character of the closing/signature/recipients block

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing ``offset``."""
        best = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or s.level >= best.level):
                best = s
        return best

    def ancestors(self, section: Section) -> list[Section]:
        """The sections enclosing ``section``, outermost first."""
        chain, i = [], section.parent
        while i is not None:
            chain.append(self.sections[i])
            i = self.sections[i].parent
        return chain[::-1]

    def path_at(self, offset: int) -> str:
        s = self.section_at(offset)
        return s.path if s else ""

    def role_at(self, offset: int) -> str:
        s = self.section_at(offset)
        return s.role if s else "other"


# --------------------------------------------------------------------------
# Records (field order = CSV column order)
# --------------------------------------------------------------------------

@dataclass
class DocMeta:
    source_kind: str = "official"      # official | news
    doc_type: str = ""
    symbol: str = ""
    doc_status: str = ""               # draft | issued
    province: str = ""
    issuer: str = ""
    issue_date: str = ""               # ISO
    year: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    goals_due: int | None = None       # where a vision ends the period: the stage's end, by which
                                       # a goal that names no year is due
    title: str = ""
    signer: str = ""
    signer_title: str = ""
    published: str = ""                # news pages: the article's own date, not the plan's


@dataclass
class Reference:
    doc_id: str
    symbol: str
    doc_type: str = ""
    number: str = ""
    year: int | None = None
    type_code: str = ""
    issuer_code: str = ""
    date: str = ""
    issuer: str = ""
    subject: str = ""
    relation: str = "mention"          # basis | mention
    mentions: int = 1
    quote: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None
    section: str = ""
    flag: str = ""                     # e.g. date contradicts registry / another citation
    confidence: float = 1.0            # below 1: OCR-damaged or doubtful; reviewers sort by it


@dataclass
class Target:
    doc_id: str
    target_id: str
    kind: str                          # target | need
    value: float
    value_high: float | None = None
    unit: str = ""
    comparator: str = "none"           # min | over | max | under | about | none
    deadline: int | None = None
    annual: bool = False
    group: str = ""
    level: str = ""
    action: str = ""
    quote: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None
    section: str = ""
    confidence: float = 1.0            # below 1: read from an OCR'd page


@dataclass
class Quantity:
    doc_id: str
    value: float
    of: float | None = None
    unit: str = ""
    subject: str = ""
    kind: str = "count"                # count | ratio | percent | permille | decimal
    quote: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None
    section: str = ""


@dataclass
class Agency:
    doc_id: str
    agency: str                        # the body, short forms expanded, spelled as the document does
    agency_raw: str                    # as written
    level: str = ""                    # central | province | commune | ...
    role: str = "implement"            # lead | support | implement | mentioned
    tasks: int = 0
    quote: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None            # the page its item opens on (formats with pages)
    section: str = ""
    confidence: float = 1.0            # below 1: name read from an OCR'd page or doubtful


@dataclass
class Assignment:
    doc_id: str
    agency: str
    role: str
    task: str
    start: int = 0
    end: int = 0
    page: int | None = None
    section: str = ""
    due: str = ""          # when an appendix's task table says it is due, as written ("2026 - 2030")


@dataclass
class Extraction:
    """Everything extracted from one document."""
    structure: Structure
    meta: DocMeta
    references: list[Reference] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    rates: list[Quantity] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)


#: The record lists of an Extraction, in the order they are written. ``quantities`` count
#: (counts and N/M ratios); ``rates`` are the per cents and per milles a plan starts from.
RECORD_LISTS = ("references", "targets", "quantities", "rates", "agencies", "assignments")


def columns(record_type) -> list[str]:
    """CSV column names of a record dataclass, in declaration order."""
    return [f.name for f in fields(record_type)]
