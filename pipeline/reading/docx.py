"""Word .docx files (python-docx for the package, the body XML walked directly).

1. Body paragraphs and tables are read in document order; each table cell's
   paragraphs become their own blocks (kind ``table_row``), so a header table
   keeps its lines (issuer on the left, national motto on the right).
2. Automatic list numbers, which Word draws but does not store in the text,
   are rebuilt from numbering.xml (``Numbering``) and put in front of the text.
3. Line breaks inside a paragraph split it into separate blocks.
4. Headers and footers follow the body (kinds ``header``/``footer``);
   page-number-only ones are dropped.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pipeline.models import Block, ReadResult
from pipeline.reading.base import Reader, ReadError
from pipeline.reading.lines import list_kind

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

#: Elements whose runs are not part of the visible text.
SKIPPED = {MC_FALLBACK, W + "del", W + "moveFrom"}
#: Header/footer text that is only a page number ("3", "- 3 -", "Trang 3", "3/10").
PAGE_NUMBER_RE = re.compile(r"^\s*(?:trang|page)?\s*[-–]?\s*\d{1,4}\s*(?:[-–]|/\s*\d{1,4})?\s*$", re.I)


class DocxReader(Reader):
    format = "docx"

    def read(self, path: Path) -> ReadResult:
        doc = _open(path)
        numbering = Numbering(doc)
        styles = _StyleInfo(doc)
        blocks: list[Block] = []
        for child in doc.element.body.iterchildren():
            blocks.extend(_element_blocks(child, numbering, styles, kind=None))
        blocks.extend(_header_footer_blocks(doc, numbering, styles))
        meta = {}
        title = (doc.core_properties.title or "").strip()
        if title:
            meta["title"] = title
        return ReadResult(blocks=blocks, meta=meta)


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as e:
        raise ReadError("damaged or not a Word .docx file") from e
    except Exception as e:  # lxml / zlib errors from a truncated package
        raise ReadError(f"damaged Word .docx file ({type(e).__name__})") from e


def _element_blocks(el, numbering, styles, kind: str | None) -> list[Block]:
    if el.tag == W + "p":
        return _paragraph_blocks(el, numbering, styles, kind)
    if el.tag == W + "tbl":
        out = []
        for tr in el.iterchildren(W + "tr"):
            for tc in tr.iterchildren(W + "tc"):
                for child in tc.iterchildren():
                    out.extend(_element_blocks(child, numbering, styles, "table_row"))
        return out
    if el.tag == W + "sdt":          # content controls wrap ordinary paragraphs
        content = el.find(W + "sdtContent")
        out = []
        if content is not None:
            for child in content.iterchildren():
                out.extend(_element_blocks(child, numbering, styles, kind))
        return out
    return []


def _paragraph_blocks(p, numbering, styles, kind: str | None) -> list[Block]:
    text, bold = _paragraph_text(p, styles)
    label = numbering.label(p, styles)
    if label and text.strip():
        text = label + " " + text.lstrip()
    elif label and numbering.last_was_number:
        text = label          # a numbered empty cell: the "TT" column of a table
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(Block(line.strip(), kind=kind or list_kind(line.strip()), bold=bold))
    return out


def _paragraph_text(p, styles) -> tuple[str, bool]:
    """Visible text of a paragraph (runs, hyperlinks, fields, text boxes) and
    whether every run carrying letters is bold."""
    parts: list[str] = []
    bold_flags: list[bool] = []
    para_bold = styles.paragraph_bold(p)
    for r in _runs(p):
        t = _run_text(r)
        if not t:
            continue
        parts.append(t)
        if any(c.isalnum() for c in t):
            bold_flags.append(styles.run_bold(r, para_bold))
    return "".join(parts), bool(bold_flags) and all(bold_flags)


def _runs(el):
    """w:r elements under ``el`` in order, skipping markup-compatibility fallbacks
    (they duplicate the preferred content) and deleted or moved-away revisions."""
    for child in el.iterchildren():
        if child.tag in SKIPPED:
            continue
        if child.tag == W + "r":
            yield child
            # text boxes inside a drawing of this run
            for inner in child.iter(W + "txbxContent"):
                if any(a.tag == MC_FALLBACK for a in inner.iterancestors()):
                    continue          # the VML copy of a text box already read
                for p in inner.iter(W + "p"):
                    yield from _runs(p)
        elif child.tag not in (W + "pPr", W + "rPr"):
            yield from _runs(child)


def _run_text(r) -> str:
    out = []
    for el in r.iterchildren():
        tag = el.tag
        if tag == W + "t":
            out.append(el.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _header_footer_blocks(doc, numbering, styles) -> list[Block]:
    out: list[Block] = []
    seen: set[str] = set()
    for section in doc.sections:
        for kind, parts in (("header", (section.header, section.first_page_header)),
                            ("footer", (section.footer, section.first_page_footer))):
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                for child in part._element.iterchildren():
                    for b in _element_blocks(child, numbering, styles, kind):
                        if PAGE_NUMBER_RE.match(b.text) or (kind, b.text) in seen:
                            continue
                        seen.add((kind, b.text))
                        out.append(b)
    return out


# --------------------------------------------------------------------------
# Bold
# --------------------------------------------------------------------------

class _StyleInfo:
    """Bold as inherited through paragraph and character styles."""

    def __init__(self, doc):
        self._bold: dict[str, bool | None] = {}
        self._based: dict[str, str] = {}
        self._num: dict[str, tuple[str, int]] = {}
        styles_el = doc.styles.element
        for st in styles_el.iterchildren(W + "style"):
            sid = st.get(W + "styleId")
            rpr = st.find(W + "rPr")
            self._bold[sid] = _bold_of(rpr)
            based = st.find(W + "basedOn")
            if based is not None:
                self._based[sid] = based.get(W + "val")
            numpr = st.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                self._num[sid] = _num_pr(numpr)

    def style_bold(self, sid: str | None) -> bool | None:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            if self._bold.get(sid) is not None:
                return self._bold[sid]
            sid = self._based.get(sid)
        return None

    def style_numbering(self, sid: str | None) -> tuple[str, int] | None:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            if sid in self._num:
                return self._num[sid]
            sid = self._based.get(sid)
        return None

    def paragraph_bold(self, p) -> bool:
        return bool(self.style_bold(_val(p.find(f"{W}pPr/{W}pStyle"))))

    def run_bold(self, r, para_bold: bool) -> bool:
        direct = _bold_of(r.find(W + "rPr"))
        if direct is not None:
            return direct
        char_style = self.style_bold(_val(r.find(f"{W}rPr/{W}rStyle")))
        return char_style if char_style is not None else para_bold


def _val(el) -> str | None:
    return el.get(W + "val") if el is not None else None


def _bold_of(rpr) -> bool | None:
    if rpr is None:
        return None
    b = rpr.find(W + "b")
    if b is None:
        return None
    return _val(b) not in ("0", "false", "off")


# --------------------------------------------------------------------------
# Automatic numbering
# --------------------------------------------------------------------------

#: Bullet characters kept as typed; any other bullet glyph becomes '-'.
KEPT_BULLETS = ("-", "+", "–")

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = []
    for value, sym in ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word's own sequence: a..z, then aa, bb, ... (not the Vietnamese a b c d đ e g).
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)      # decimal and anything unknown


def _num_pr(numpr) -> tuple[str, int]:
    ilvl = _val(numpr.find(W + "ilvl"))
    return _val(numpr.find(W + "numId")) or "", int(ilvl) if ilvl and ilvl.isdigit() else 0


class Numbering:
    """Counters for Word's automatic numbering, advanced paragraph by paragraph.

    Counters are kept per list: numbering instances that point at the same
    abstract definition continue one list (as Word does) unless the instance
    restarts it with a start override.
    """

    def __init__(self, doc):
        self.levels: dict[str, dict[int, dict]] = {}     # abstractNumId -> ilvl -> level
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}   # numId -> (abstract, overrides)
        self.counters: dict[str, dict[int, int]] = {}
        self.last_was_number = False
        try:
            part = doc.part.numbering_part
        except (NotImplementedError, KeyError):
            part = None
        if part is None:
            return
        root = part.element
        for an in root.iterchildren(W + "abstractNum"):
            aid = an.get(W + "abstractNumId")
            self.levels[aid] = {int(l.get(W + "ilvl")): _level(l) for l in an.iterchildren(W + "lvl")}
        for num in root.iterchildren(W + "num"):
            overrides = {}
            for ov in num.iterchildren(W + "lvlOverride"):
                so = ov.find(W + "startOverride")
                if so is not None:
                    overrides[int(ov.get(W + "ilvl"))] = int(_val(so) or 1)
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    # a full level redefinition inside the override
                    aid = _val(num.find(W + "abstractNumId"))
                    self.levels.setdefault(f"{aid}#{num.get(W + 'numId')}", {})[
                        int(ov.get(W + "ilvl"))] = _level(lvl)
            self.nums[num.get(W + "numId")] = (_val(num.find(W + "abstractNumId")), overrides)

    def label(self, p, styles: _StyleInfo) -> str:
        """The number Word shows before paragraph ``p`` ('' for none), advancing counters."""
        self.last_was_number = False
        numpr = p.find(f"{W}pPr/{W}numPr")
        if numpr is not None:
            num_id, ilvl = _num_pr(numpr)
            if numpr.find(W + "numId") is not None and numpr.find(W + "ilvl") is None:
                st = styles.style_numbering(_val(p.find(f"{W}pPr/{W}pStyle")))
                ilvl = st[1] if st else 0
        else:
            st = styles.style_numbering(_val(p.find(f"{W}pPr/{W}pStyle")))
            if not st:
                return ""
            num_id, ilvl = st
        if num_id in ("", "0") or num_id not in self.nums:
            return ""
        aid, overrides = self.nums[num_id]
        levels = dict(self.levels.get(aid, {}))
        levels.update(self.levels.get(f"{aid}#{num_id}", {}))
        if ilvl not in levels:
            return ""
        key = f"{aid}#{num_id}" if overrides else aid
        counters = self.counters.setdefault(key, {})
        if not counters and overrides:
            for lv, start in overrides.items():
                counters[lv] = start - 1
        lvl = levels[ilvl]
        self.last_was_number = lvl["fmt"] not in ("bullet", "none")
        counters[ilvl] = counters.get(ilvl, lvl["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, {}).get("restart")
            if restart is None or ilvl <= restart:
                del counters[deeper]
        return self._render(lvl, levels, counters)

    @staticmethod
    def _render(lvl: dict, levels: dict, counters: dict) -> str:
        if lvl["fmt"] == "bullet":
            # symbol-font glyphs (Wingdings, Symbol, Courier "o") stand for the
            # dash Vietnamese lists use; '-' and '+' are kept as typed
            mark = lvl["text"].strip()
            return mark if mark in KEPT_BULLETS else "-"

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            level = levels.get(k, {"fmt": "decimal", "start": 1})
            n = counters.get(k, level.get("start", 1))
            fmt = "decimal" if lvl["legal"] else level["fmt"]
            return format_number(n, fmt)

        return re.sub(r"%(\d)", sub, lvl["text"]).strip()


def _level(l) -> dict:
    start = _val(l.find(W + "start"))
    restart = _val(l.find(W + "lvlRestart"))
    return {
        "start": int(start) if start and start.lstrip("-").isdigit() else 1,
        "fmt": _val(l.find(W + "numFmt")) or "decimal",
        "text": _val(l.find(W + "lvlText")) or "",
        # lvlRestart N: restart after level N (1-based) is used; 0: never (-1 here)
        "restart": int(restart) - 1 if restart and restart.isdigit() else None,
        "legal": l.find(W + "isLgl") is not None,
    }
