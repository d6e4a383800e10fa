"""Families of plans: documents grouped by the national document they implement.

A document belongs to the family of every national document it cites as its
basis ("Thực hiện Chỉ thị số 31/CT-TTg ...", "Căn cứ Quyết định số
520/QĐ-TTg ...": ``relation`` basis in references.csv), and to the family of a
yearly national theme its title names ("Năm An toàn giao thông 2024"). A
national document is one whose symbol carries a national issuer code (TTg,
CP, QH, a ministry, the Party centre, ...). A national document in the corpus
belongs to its own family and is that family's source of national values.
A document in no family still takes part in the corpus-wide comparison.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.comparison.catalog import fold_symbol, fold_text
from pipeline.extraction.registry import TYPE_NAMES, parse_symbol

# Issuer codes of national bodies (DOMAIN.md §3): the Prime Minister, the
# Government and its Office, the National Assembly and its Standing Committee,
# the Party centre, the National Traffic Safety Committee and the ministries.
NATIONAL_ISSUERS = frozenset(fold_symbol(c) for c in """
TTg CP VPCP QH UBTVQH TW UBATGTQG BCT BYT BTC BNV BGTVT BCA BQP BGDĐT BLĐTBXH
BTNMT BNNPTNT BXD BKHĐT BTTTT BVHTTDL BTP BKHCN BNG NHNN TTCP KTNN TANDTC VKSNDTC
""".split())
# The legislature's codes carry its term: QH14, UBTVQH15.
LEGISLATURE = re.compile(r"^(?:UBTV)?QH\d*$")

# Yearly national themes named in a document's title, matched with spaces
# removed (crawled titles split words with stray spaces: "GI A O THÔNG").
THEME_RE = re.compile(r"nămantoàngiaothông(?:năm)?((?:19|20)\d\d)")
THEME_LABEL = "Năm An toàn giao thông {year}"
# Where the title is not read (a crawled text whose header runs into the title),
# the theme is looked for in the document's opening characters.
OPENING_CHARS = 600

# The type codes whose name (registry.TYPE_NAMES) a family's label spells out;
# other families are labelled by their symbol alone.
LABELLED_TYPES = frozenset({"CT", "QĐ", "NQ", "KH", "KL", "L", "NĐ", "TT", "CĐ"})


@dataclass
class Family:
    id: str                    # the national symbol, or 'theme:<name> <year>'
    label: str
    doc_ids: list[str] = field(default_factory=list)
    national_doc: str = ""     # the national document itself, when it is in the corpus


def is_national_symbol(symbol: str) -> bool:
    if not symbol:
        return False
    code = fold_symbol(parse_symbol(symbol).issuer_code.split("-")[0])
    return code in NATIONAL_ISSUERS or bool(LEGISLATURE.match(code))


def family_label(symbol: str) -> str:
    parts = parse_symbol(symbol)
    kind = TYPE_NAMES[parts.type_code] if parts.type_code in LABELLED_TYPES else ""
    return f"{kind} {symbol}".strip()


def themes_of(title: str) -> list[str]:
    squeezed = re.sub(r"\s+", "", fold_text(title or ""))
    return [THEME_LABEL.format(year=m.group(1)) for m in THEME_RE.finditer(squeezed)]


def families_of(ex, title: str = "") -> list[tuple[str, str]]:
    """(family id, label) of one document, in order of first citation."""
    out: dict[str, str] = {}
    own = ex.meta.symbol or ""
    if is_national_symbol(own):
        out[fold_symbol(own)] = family_label(own)
    for r in ex.references:
        if r.relation == "basis" and is_national_symbol(r.symbol):
            out.setdefault(fold_symbol(r.symbol), family_label(r.symbol))
    for theme in themes_of(title or ex.meta.title):
        out.setdefault("theme:" + fold_text(theme), theme)
    return list(out.items())


def build_families(items) -> dict[str, Family]:
    """Every family with its documents, keyed by id, in id order."""
    fams: dict[str, Family] = {}
    for doc, ex in items:
        doc_id = doc.doc_id if doc is not None else ""
        title = ex.meta.title or (doc.meta.get("title", "") if doc is not None else "")
        if not title and doc is not None:
            title = doc.text[:OPENING_CHARS]
        for fid, label in families_of(ex, title):
            fam = fams.setdefault(fid, Family(fid, label))
            fam.doc_ids.append(doc_id)
            if ex.meta.symbol and fold_symbol(ex.meta.symbol) == fid:
                fam.national_doc = doc_id
    return dict(sorted(fams.items()))
