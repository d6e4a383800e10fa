"""Helpers for scripts/build_corpus.py: reproducible archives, Word numbering, TCVN3.

Nothing here is used by the pipeline; these exist only to BUILD sample files.
"""
from __future__ import annotations

import io
import zipfile
from copy import deepcopy

# Every sample carries this instant as its creation/modification time, so that
# rebuilding gives the same bytes.
FIXED_ZIP_TIME = (2026, 1, 5, 8, 0, 0)


# ---------------------------------------------------------------------------
# Reproducible Office archives
# ---------------------------------------------------------------------------

def reproducible_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed member timestamps and attributes.

    python-docx stamps each member with the wall-clock time; Word does not care
    about member times, so pinning them costs nothing and makes rebuilds
    byte-identical. Member order is kept ([Content_Types].xml stays first).
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# Word automatic numbering (python-docx has no API for it)
# ---------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _el(tag: str, **attrs):
    from lxml import etree
    e = etree.Element(_w(tag))
    for k, v in attrs.items():
        e.set(_w(k), str(v))
    return e


def _sub(parent, tag: str, **attrs):
    e = _el(tag, **attrs)
    parent.append(e)
    return e


def _level(ilvl: int, fmt: str, text: str, left_twips: int, hanging_twips: int):
    lvl = _el("lvl", ilvl=ilvl)
    _sub(lvl, "start", val=1)
    _sub(lvl, "numFmt", val=fmt)
    _sub(lvl, "lvlText", val=text)
    _sub(lvl, "lvlJc", val="left")
    ppr = _sub(lvl, "pPr")
    _sub(ppr, "ind", left=left_twips, hanging=hanging_twips)
    return lvl


class Numbering:
    """Adds list definitions to a python-docx Document's numbering.xml.

    ``outline()`` makes a two-level list, level 0 ``1.`` (decimal) and level 1
    ``a)`` (lowerLetter), the shape Vietnamese plans use; ``bullet()`` a
    one-level ``-`` list. Each ``new_list`` call gives a fresh w:num instance
    with startOverride on every level, the way Word restarts a list, so two
    lists sharing one definition both start at 1.
    """

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        abs_ids = [int(e.get(_w("abstractNumId"))) for e in self.root.findall(_w("abstractNum"))]
        num_ids = [int(e.get(_w("numId"))) for e in self.root.findall(_w("num"))]
        self._next_abs = max(abs_ids, default=0) + 1
        self._next_num = max(num_ids, default=0) + 1

    def _add_abstract(self, levels) -> int:
        aid = self._next_abs
        self._next_abs += 1
        absn = _el("abstractNum", abstractNumId=aid)
        _sub(absn, "multiLevelType", val="hybridMultilevel" if len(levels) > 1 else "singleLevel")
        for lvl in levels:
            absn.append(lvl)
        # schema order: every w:abstractNum before the first w:num
        first_num = self.root.find(_w("num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            self.root.append(absn)
        return aid

    def outline(self) -> int:
        return self._add_abstract([
            _level(0, "decimal", "%1.", 720, 360),
            _level(1, "lowerLetter", "%2)", 1080, 360),
        ])

    def bullet(self) -> int:
        return self._add_abstract([_level(0, "bullet", "-", 720, 360)])

    def new_list(self, abstract_id: int, levels: int) -> int:
        nid = self._next_num
        self._next_num += 1
        num = _el("num", numId=nid)
        _sub(num, "abstractNumId", val=abstract_id)
        for ilvl in range(levels):
            ov = _sub(num, "lvlOverride", ilvl=ilvl)
            _sub(ov, "startOverride", val=1)
        self.root.append(num)
        return nid


def set_num(paragraph, num_id: int, ilvl: int) -> None:
    """Attach a paragraph to list ``num_id`` at level ``ilvl`` (w:numPr)."""
    ppr = paragraph._p.get_or_add_pPr()
    numpr = _el("numPr")
    _sub(numpr, "ilvl", val=ilvl)
    _sub(numpr, "numId", val=num_id)
    ppr.insert(0, numpr) if ppr.find(_w("pStyle")) is None else ppr.find(_w("pStyle")).addnext(numpr)


def remove_table_borders(table) -> None:
    """Make sure a table draws no borders (the header table of an official document)."""
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(_w("tblBorders")):
        tblpr.remove(old)
    borders = _el("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _sub(borders, side, val="nil")
    tblpr.append(borders)


def clone(el):
    return deepcopy(el)


# ---------------------------------------------------------------------------
# BUILD-SIDE TCVN3 (ABC) ENCODER
# ---------------------------------------------------------------------------
# Used only to write the legacy-encoded sample. TCVN 5712:1993 "VN3" font
# encoding: lower-case precomposed letters and the seven untoned capitals have
# byte codes; capitals with tone marks do not exist (typists switch to the
# .VnTimeH font and type lower case), so the encoder refuses them.

_TCVN3_PAIRS = (
    "à\xb5 ả\xb6 ã\xb7 á\xb8 ạ\xb9 "
    "ă\xa8 ằ\xbb ẳ\xbc ẵ\xbd ắ\xbe ặ\xc6 "
    "â\xa9 ầ\xc7 ẩ\xc8 ẫ\xc9 ấ\xca ậ\xcb "
    "đ\xae "
    "è\xcc ẻ\xce ẽ\xcf é\xd0 ẹ\xd1 "
    "ê\xaa ề\xd2 ể\xd3 ễ\xd4 ế\xd5 ệ\xd6 "
    "ì\xd7 ỉ\xd8 ĩ\xdc í\xdd ị\xde "
    "ò\xdf ỏ\xe1 õ\xe2 ó\xe3 ọ\xe4 "
    "ô\xab ồ\xe5 ổ\xe6 ỗ\xe7 ố\xe8 ộ\xe9 "
    "ơ\xac ờ\xea ở\xeb ỡ\xec ớ\xed ợ\xee "
    "ù\xef ủ\xf1 ũ\xf2 ú\xf3 ụ\xf4 "
    "ư\xad ừ\xf5 ử\xf6 ữ\xf7 ứ\xf8 ự\xf9 "
    "ỳ\xfa ỷ\xfb ỹ\xfc ý\xfd ỵ\xfe "
    "Ă\xa1 Â\xa2 Ê\xa3 Ô\xa4 Ơ\xa5 Ư\xa6 Đ\xa7"
)
TCVN3_ENCODE: dict[str, int] = {p[0]: ord(p[1]) for p in _TCVN3_PAIRS.split()}


def build_encode_tcvn3(text: str) -> bytes:
    """Unicode (NFC) text to TCVN3 bytes; raises on characters TCVN3 cannot hold."""
    import unicodedata
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[ch])
        elif ord(ch) < 0x80:
            out.append(ord(ch))
        else:
            raise ValueError(f"TCVN3 has no code for {ch!r}")
    return bytes(out)


def build_decode_tcvn3(data: bytes) -> str:
    """Inverse of build_encode_tcvn3 (used by the tests as a round-trip check)."""
    back = {v: k for k, v in TCVN3_ENCODE.items()}
    return "".join(back.get(b, chr(b)) for b in data)


def rtf_escaped(line: str) -> str:
    """A line for Rich Text Format as Word writes it: braces and backslashes escaped,
    letters beyond ASCII as Unicode escapes (``\\u7910?``)."""
    out = []
    for ch in line:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)
