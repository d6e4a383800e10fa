"""Word .docx files: the package's XML parts parsed with lxml and walked directly.

1. Body paragraphs and tables are read in document order; each table cell's
   paragraphs become their own blocks (kind ``table_row``), so a header table
   keeps its lines (issuer on the left, national motto on the right).
2. Automatic list numbers, which Word draws but does not store in the text,
   are rebuilt from numbering.xml (``Numbering``) and put in front of the text.
3. Line breaks inside a paragraph split it into separate blocks.
4. Footnotes and endnotes: the reference mark stays in the body as Word shows
   it in order ("[1]" for footnotes, "[i]" for endnotes), and the notes follow
   the body under a "Chú thích" block, each opening with its mark (kinds
   ``footnote``/``endnote``), so what they cite is read like the body.
5. Headers and footers follow (kinds ``header``/``footer``); page-number-only
   ones are dropped.

The parts are found through the package's relationships and parsed once each
with plain lxml, with the parser settings python-docx uses; the footnote and
endnote parts are reached the same way.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from pipeline.models import Block, ReadResult
from pipeline.reading.base import Reader, ReadError
from pipeline.reading.lines import list_kind

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: The parser python-docx uses: whitespace between tags dropped, no entities.
PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)

#: Elements whose runs are not part of the visible text.
SKIPPED = {MC_FALLBACK, W + "del", W + "moveFrom"}
#: Header/footer text that is only a page number ("3", "- 3 -", "Trang 3", "3/10").
PAGE_NUMBER_RE = re.compile(r"^\s*(?:trang|page)?\s*[-–]?\s*\d{1,4}\s*(?:[-–]|/\s*\d{1,4})?\s*$", re.I)
#: Tags looked up for every paragraph and run.
PPR, RPR, PSTYLE, RSTYLE, NUMPR = W + "pPr", W + "rPr", W + "pStyle", W + "rStyle", W + "numPr"
#: The block put between the body and its notes.
NOTES_HEADING = "Chú thích"


class DocxReader(Reader):
    format = "docx"

    def read(self, path: Path) -> ReadResult:
        try:
            with zipfile.ZipFile(path) as z:
                return self._read(_Package(z))
        except ReadError:
            raise
        except (zipfile.BadZipFile, KeyError) as e:
            raise ReadError("damaged or not a Word .docx file") from e
        except Exception as e:  # lxml / zlib errors from a truncated package
            raise ReadError(f"damaged Word .docx file ({type(e).__name__})") from e

    def _read(self, pkg: "_Package") -> ReadResult:
        main = pkg.main_part()
        root = pkg.xml(main)
        body = root.find(W + "body")
        if body is None:
            raise ReadError("damaged or not a Word .docx file")
        numbering = Numbering(pkg.related_xml(main, "numbering"))
        styles = _StyleInfo(pkg.related_xml(main, "styles"))
        notes = _Notes(pkg.related_xml(main, "footnotes"), pkg.related_xml(main, "endnotes"))
        blocks: list[Block] = []
        for child in body.iterchildren():
            blocks.extend(_element_blocks(child, numbering, styles, kind=None, notes=notes))
        blocks.extend(notes.blocks(numbering, styles))
        blocks.extend(_header_footer_blocks(pkg, main, body, numbering, styles))
        meta = {}
        core = pkg.related_xml("", "core-properties")
        title_el = core.find(DC_TITLE) if core is not None else None
        title = (title_el.text or "").strip() if title_el is not None else ""
        if title:
            meta["title"] = title
        return ReadResult(blocks=blocks, meta=meta)


class _Package:
    """Parts of an OPC package by relationship, each parsed once."""

    def __init__(self, z: zipfile.ZipFile):
        self.zip = z
        self.names = set(z.namelist())
        self._parsed: dict[str, etree._Element] = {}

    def xml(self, name: str):
        if name not in self._parsed:
            self._parsed[name] = etree.fromstring(self.zip.read(name), PARSER)
        return self._parsed[name]

    def rels(self, part: str) -> list[tuple[str, str, str]]:
        """(id, type's last word, target part name) of ``part``'s internal relationships."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self.names:
            return []
        out = []
        for rel in self.xml(rels_name).iter(REL):
            if rel.get("TargetMode") == "External":
                continue
            target = unquote(rel.get("Target", ""))
            name = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
            out.append((rel.get("Id", ""), rel.get("Type", "").rsplit("/", 1)[-1], name))
        return out

    def main_part(self) -> str:
        for _, kind, name in self.rels(""):
            if kind == "officeDocument" and name in self.names:
                return name
        raise KeyError("word/document.xml")

    def related_xml(self, part: str, kind: str):
        """The parsed part ``part`` relates to with a relationship of ``kind``, or None."""
        for _, k, name in self.rels(part):
            if k == kind and name in self.names:
                return self.xml(name)
        return None

    def by_id(self, part: str) -> dict[str, str]:
        return {rid: name for rid, _, name in self.rels(part)}


def _element_blocks(el, numbering, styles, kind: str | None, notes: "_Notes | None" = None) -> list[Block]:
    if el.tag == W + "p":
        return _paragraph_blocks(el, numbering, styles, kind, notes)
    if el.tag == W + "tbl":
        out = []
        for tr in el.iterchildren(W + "tr"):
            for tc in tr.iterchildren(W + "tc"):
                for child in tc.iterchildren():
                    out.extend(_element_blocks(child, numbering, styles, "table_row", notes))
        return out
    if el.tag == W + "sdt":          # content controls wrap ordinary paragraphs
        content = el.find(W + "sdtContent")
        out = []
        if content is not None:
            for child in content.iterchildren():
                out.extend(_element_blocks(child, numbering, styles, kind, notes))
        return out
    return []


def _paragraph_blocks(p, numbering, styles, kind: str | None, notes: "_Notes | None" = None) -> list[Block]:
    text, bold = _paragraph_text(p, styles, notes)
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


def _paragraph_text(p, styles, notes: "_Notes | None" = None) -> tuple[str, bool]:
    """Visible text of a paragraph (runs, hyperlinks, fields, text boxes, note
    marks) and whether every run carrying letters is bold (marks aside)."""
    parts: list[str] = []
    bold_flags: list[bool] = []
    para_bold = styles.paragraph_bold(p)
    for r in _runs(p):
        t = _run_text(r)
        if t:
            parts.append(t)
            if any(c.isalnum() for c in t):
                bold_flags.append(styles.run_bold(r, para_bold))
        if notes is not None and notes.any:
            parts.append(notes.marks_in(r))
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


def _header_footer_blocks(pkg: _Package, main: str, body, numbering, styles) -> list[Block]:
    """Each section's default and first-page header, then footer; a section without
    its own (linked to the previous one) adds nothing."""
    out: list[Block] = []
    seen: set[str] = set()
    parts = pkg.by_id(main)
    for sect in body.xpath("./w:p/w:pPr/w:sectPr | ./w:sectPr", namespaces={"w": W[1:-1]}):
        for kind, tag in (("header", W + "headerReference"), ("footer", W + "footerReference")):
            for which in ("default", "first"):
                ref = next((r for r in sect.iterchildren(tag) if r.get(W + "type") == which), None)
                name = parts.get(ref.get(R_ID)) if ref is not None else None
                if name is None or name not in pkg.names:
                    continue
                for child in pkg.xml(name).iterchildren():
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

    def __init__(self, styles_el):
        self._bold: dict[str, bool | None] = {}
        self._based: dict[str, str] = {}
        self._num: dict[str, tuple[str, int]] = {}
        if styles_el is None:
            return
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
        return bool(self.style_bold(_paragraph_style(p)))

    def run_bold(self, r, para_bold: bool) -> bool:
        rpr = _child(r, RPR)
        direct = _bold_of(rpr)
        if direct is not None:
            return direct
        char_style = self.style_bold(_val(_child(rpr, RSTYLE)) if rpr is not None else None)
        return char_style if char_style is not None else para_bold


def _paragraph_style(p) -> str | None:
    ppr = _child(p, PPR)
    return _val(_child(ppr, PSTYLE)) if ppr is not None else None


def _child(el, tag: str):
    """First child of ``el`` with ``tag`` (as ``find``, without its path parsing)."""
    return next(el.iterchildren(tag), None)


def _val(el) -> str | None:
    return el.get(W + "val") if el is not None else None


def _bold_of(rpr) -> bool | None:
    if rpr is None:
        return None
    b = _child(rpr, W + "b")
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

    def __init__(self, root):
        self.levels: dict[str, dict[int, dict]] = {}     # abstractNumId -> ilvl -> level
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}   # numId -> (abstract, overrides)
        self.counters: dict[str, dict[int, int]] = {}
        self.last_was_number = False
        if root is None:
            return
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
        ppr = _child(p, PPR)
        numpr = _child(ppr, NUMPR) if ppr is not None else None
        if numpr is not None:
            num_id, ilvl = _num_pr(numpr)
            if numpr.find(W + "numId") is not None and numpr.find(W + "ilvl") is None:
                st = styles.style_numbering(_paragraph_style(p))
                ilvl = st[1] if st else 0
        else:
            st = styles.style_numbering(_paragraph_style(p))
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


# --------------------------------------------------------------------------
# Footnotes and endnotes
# --------------------------------------------------------------------------

#: Notes Word draws itself (the rule above the notes), never referenced.
NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


class _Notes:
    """Footnotes and endnotes, numbered in the order the body refers to them (as
    Word numbers them by default: 1, 2, 3 for footnotes, i, ii, iii for endnotes)."""

    KINDS = (("footnote", W + "footnoteReference", "decimal"),
             ("endnote", W + "endnoteReference", "lowerRoman"))

    def __init__(self, footnotes_el, endnotes_el):
        self.notes: dict[str, dict[str, object]] = {}
        for (kind, _, _), root in zip(self.KINDS, (footnotes_el, endnotes_el)):
            self.notes[kind] = {} if root is None else {
                n.get(W + "id"): n for n in root.iterchildren(W + kind)
                if n.get(W + "type") not in NOTE_SEPARATORS}
        self.cited: dict[str, list[tuple[str, str]]] = {"footnote": [], "endnote": []}
        self.any = any(self.notes.values())

    def marks_in(self, run) -> str:
        """The marks of the note references in ``run``, numbering each note met."""
        out = []
        for kind, tag, fmt in self.KINDS:
            for ref in run.iterchildren(tag):
                note_id = ref.get(W + "id")
                if note_id not in self.notes[kind] or ref.get(W + "customMarkFollows") in ("1", "true", "on"):
                    continue     # a custom mark is typed in the next run; the note keeps none
                known = dict(self.cited[kind])
                if note_id not in known:       # a note referred to twice keeps its first mark
                    known[note_id] = f"[{format_number(len(self.cited[kind]) + 1, fmt)}]"
                    self.cited[kind].append((note_id, known[note_id]))
                out.append(known[note_id])
        return "".join(out)

    def blocks(self, numbering, styles) -> list[Block]:
        """The cited notes under a heading block, each opening with its mark."""
        out: list[Block] = []
        for kind, _, _ in self.KINDS:
            for note_id, mark in self.cited[kind]:
                note: list[Block] = []
                for child in self.notes[kind][note_id].iterchildren():
                    note.extend(_element_blocks(child, numbering, styles, kind))
                if note:
                    note[0].text = f"{mark} {note[0].text}"
                    out.extend(note)
        return [Block(NOTES_HEADING, kind="footnote"), *out] if out else []
