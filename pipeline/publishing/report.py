"""The HTML report: the comparison with its evidence, readable from disk.

``write(report_dir, items, comparison)`` writes
 1. ``index.html`` — indicators as rows, plans as columns; every value links
    to the sentence it came from; then one chart per indicator (inline SVG,
    provinces against the national line), the documents and the unmatched
    targets;
 2. ``family-<id>.html`` per family of plans (the documents implementing one
    national document, and the whole corpus) where an indicator is stated by
    at least two of its plans: the family's table with the national value,
    each indicator's source (catalog or discovered) and its borderline
    members marked for review, every cell linked as in the index;
 3. ``doc-<doc_id>.html`` per document — metadata, then targets, references,
    figures and agencies, each linking to its highlighted span in the
    document's text, which closes the page.
Plain HTML and CSS: no script, no network, relative links only. The pages
are Jinja2 templates (``templates/``) with automatic escaping; this module
only computes what they show, and the review app renders its record view from
the same macros (``environment``, ``record_context``). Spans that nest are drawn as nested highlights; a span that crosses
another is shown in its own excerpt, so every highlight holds exactly its
record's quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote as url_quote

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined

from pipeline.comparison.compare import (REVIEW_MARKS, Comparison, Plan, cell_targets, family_national,
                                         format_value, national_text)
from pipeline.models import Document, Extraction
from pipeline.publishing.writers import write_bytes
from pipeline.review.records import agency_ids, reference_ids
from pipeline.text import strip_marks

# Characters of context shown around a span drawn in its own excerpt.
EXCERPT_CONTEXT = 160
# The record view shows the span's paragraph and CONTEXT_LINES lines either side
# (a list item's head names its deadline or group), cut to PARAGRAPH_CONTEXT
# characters each side.
CONTEXT_LINES = 1
PARAGRAPH_CONTEXT = 400

# Chart geometry (px): label column, bar area, row height.
CHART_LABEL_W = 260
CHART_BAR_W = 420
CHART_ROW_H = 24
CHART_PAD = 28
CHART_GROUP_CHARS = 22   # group shown after a label that would otherwise repeat

# Colour of a value by its ambition against the national value.
AMBITION_CLASS = {"more": "more", "same": "same", "less": "less", "n/a": "na"}

FILE_SAFE = re.compile(r"[^A-Za-z0-9._-]+")

# The corpus-wide comparison's family page, beside one page per national document.
ALL_FAMILIES = "all"
ALL_FAMILIES_LABEL = "Toàn bộ kho văn bản / whole corpus"
# Plans of a family that must state one indicator for the family to get a page.
FAMILY_MIN_PLANS = 2
# How a borderline member (a discovered match below REVIEW_MEMBER) is marked in a cell.
BORDERLINE_MARK = " ?"


def environment(*packages: str) -> Environment:
    """Templates of ``packages`` (first wins), then the report's; every value is escaped."""
    loaders = [PackageLoader(p, "templates") for p in packages]
    loaders.append(PackageLoader("pipeline.publishing", "templates"))
    return Environment(loader=ChoiceLoader(loaders), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


TEMPLATES = environment()
#: The pages the report renders (each compiles the templates it includes).
PAGE_TEMPLATES = ("document.html", "family.html", "index.html")


def prepare() -> None:
    """Compile the page templates now (Jinja keeps them), so that a caller can
    do it while other work runs; the pages do not depend on when."""
    for name in PAGE_TEMPLATES:
        TEMPLATES.get_template(name)


@dataclass
class Span:
    start: int
    end: int
    anchor: str
    kind: str


# --------------------------------------------------------------------------
# Names and links
# --------------------------------------------------------------------------

def unique_page(base: str, taken: set[str]) -> str:
    """``base``.html, or ``base``-2.html, -3 … when taken (compared without case:
    some file systems do not tell names apart by case); the name is added to ``taken``."""
    name, n = base + ".html", 1
    while name.lower() in taken:
        n += 1
        name = f"{base}-{n}.html"
    taken.add(name.lower())
    return name


def page_names(items) -> dict[str, str]:
    """doc_id → file name of its page, for (document, extraction) pairs."""
    return doc_page_names(doc.doc_id for doc, _ in items)


def doc_page_names(doc_ids) -> dict[str, str]:
    """doc_id → file name of its page; distinct even when ids differ only in odd characters."""
    taken: set[str] = set()
    return {d: unique_page("doc-" + (FILE_SAFE.sub("_", d) or "x"), taken) for d in doc_ids}


def shorten(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def href(page: str, anchor: str = "") -> str:
    return url_quote(page) + (f"#{anchor}" if anchor else "")


def anchor(prefix: str, key: str) -> str:
    """A record's anchor in its document page: 't-' and the target id, 'r-'/'q-'/'a-'
    and the record's position among the page's references, figures or agencies."""
    return prefix + FILE_SAFE.sub("_", key)


def target_anchor(target_id: str) -> str:
    return anchor("t-", target_id)


def resolve(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """Where a record's quote sits in the text: its own offsets, else the quote found."""
    if quote and 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end
    if quote:
        at = text.find(quote)
        return (at, at + len(quote)) if at >= 0 else None
    return (start, end) if 0 <= start < end <= len(text) else None


# --------------------------------------------------------------------------
# Highlighted text
# --------------------------------------------------------------------------

def nest(spans: list[Span]) -> tuple[list[tuple[Span, list]], list[Span]]:
    """Spans as a forest of properly nested highlights, and the spans that cross one."""
    roots: list[tuple[Span, list]] = []
    stack: list[tuple[Span, list]] = []
    crossing: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        while stack and stack[-1][0].end <= s.start:
            stack.pop()
        if stack and s.end > stack[-1][0].end:
            crossing.append(s)
            continue
        node = (s, [])
        (stack[-1][1] if stack else roots).append(node)
        stack.append(node)
    return roots, crossing


def pieces(text: str, start: int, end: int, nodes) -> list[tuple[str, object]]:
    """The text of [start, end) as ("text", str), ("open", Span), ("close", None) in order."""
    out: list[tuple[str, object]] = []
    pos = start
    for s, children in nodes:
        out.append(("text", text[pos:s.start]))
        out.append(("open", s))
        out += pieces(text, s.start, s.end, children)
        out.append(("close", None))
        pos = s.end
    out.append(("text", text[pos:end]))
    return out


def excerpt_context(text: str, s: Span) -> dict:
    """A crossing span with EXCERPT_CONTEXT characters each side."""
    return {"lead": "…", "tail": "…", "anchor": s.anchor, "kind": s.kind,
            "before": text[max(0, s.start - EXCERPT_CONTEXT):s.start],
            "quote": text[s.start:s.end], "after": text[s.end:s.end + EXCERPT_CONTEXT]}


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def paragraph_bounds(text: str, start: int, end: int, lines: int = CONTEXT_LINES) -> tuple[int, int]:
    """The paragraph holding [start, end) with ``lines`` lines either side, cut to PARAGRAPH_CONTEXT."""
    p0, p1 = _line_start(text, start), _line_end(text, end)
    for _ in range(lines):
        p0 = _line_start(text, p0 - 1) if p0 > 0 else 0
        p1 = _line_end(text, p1 + 1) if p1 < len(text) else p1
    return max(p0, start - PARAGRAPH_CONTEXT), min(p1, end + PARAGRAPH_CONTEXT)


def record_context(text: str, start: int, end: int, quote: str, page=None, section: str = "",
                   doc_href: str = "", kind: str = "t") -> dict:
    """What the record view shows: the quote highlighted in its paragraph, page and link.

    The quote is found where the record says, else anywhere in the text; a quote
    not in the text is shown alone, unhighlighted context empty, without a link.
    """
    where = resolve(text, start, end, quote)
    ctx = {"anchor": "", "kind": kind, "page": page, "section": section, "lead": "", "tail": ""}
    if where is None:
        return ctx | {"before": "", "quote": quote, "after": "", "doc_href": ""}
    s, e = where
    p0, p1 = paragraph_bounds(text, s, e)
    return ctx | {"before": text[p0:s], "quote": text[s:e], "after": text[e:p1],
                  "lead": "…" if p0 > 0 and text[p0 - 1] != "\n" else "",
                  "tail": "…" if p1 < len(text) and text[p1] != "\n" else "", "doc_href": doc_href}


# --------------------------------------------------------------------------
# Document pages
# --------------------------------------------------------------------------

@dataclass
class Row:
    """A record's row in a document page: text cells and where its highlight is."""
    cells: list[str]
    span: Span | None
    here: str = ""           # anchor kept for a target whose quote was not found
    review: str = ""         # the reviewer's decision, when there is one

    @property
    def anchor(self) -> str:
        return self.span.anchor if self.span else ""


@dataclass
class Group:
    title: str
    headers: list[str]
    rows: list[Row] = field(default_factory=list)


def _meta_rows(doc: Document, ex: Extraction, plan: Plan | None) -> list[list[str]]:
    m = ex.meta
    pairs = [("Tệp / file", doc.source), ("Loại / type", m.doc_type), ("Số hiệu / symbol", m.symbol),
             ("Tình trạng / status", m.doc_status), ("Nguồn / source kind", m.source_kind),
             ("Tỉnh (ban hành) / province as issued", plan.province_issued if plan else m.province),
             ("Tỉnh (từ 1/7/2025) / province now", plan.province_now if plan else ""),
             ("Cơ quan ban hành / issuer", m.issuer), ("Ngày / date", m.issue_date),
             ("Giai đoạn / period", plan.period if plan else ""), ("Trích yếu / title", m.title),
             ("Người ký / signer", " — ".join(x for x in (m.signer_title, m.signer) if x)),
             ("Ngày đăng / published", m.published),
             ("Danh mục chỉ tiêu / catalogs", "; ".join(f"{k} ({v})" for k, v in plan.catalogs.items())
              if plan else "")]
    return [[k, str(v)] for k, v in pairs if v]


def _groups(doc: Document, ex: Extraction, comparison: Comparison,
            reviews: dict[str, str] | None = None) -> list[Group]:
    """Each record list of the page, its rows linked to their highlights and
    marked with the reviewers' decisions (``reviews``: record id -> state)."""
    text = doc.text
    reviews = reviews or {}
    ids: set[str] = set()

    def span(prefix, key, r, quote):
        where = resolve(text, r.start, r.end, quote)
        if where is None:
            return None
        name = anchor(prefix, key)
        while name in ids:
            name += "_"
        ids.add(name)
        return Span(where[0], where[1], name, prefix.rstrip("-"))

    targets = Group("Chỉ tiêu / targets", ["loại", "giá trị", "đối tượng", "nội dung", "chỉ tiêu so sánh", ""])
    for t in ex.targets:
        m = comparison.matches.get(t.target_id, {})
        ind = m.get("indicator_id") or ""
        s = span("t-", t.target_id, t, t.quote)
        # Without a span the comparison's link still lands on the target's row.
        targets.rows.append(Row([t.kind, format_value(t.value, t.value_high, t.comparator, t.unit,
                                                      t.annual, t.deadline),
                                 t.group, t.action, f"{ind} ({m.get('score', 0):g})" if ind else "—"],
                                s, here="" if s else target_anchor(t.target_id),
                                review=reviews.get(t.target_id, "")))
    refs = Group("Văn bản trích dẫn / references", ["số hiệu", "loại", "ngày", "cơ quan", "quan hệ", ""])
    for i, (r, rid) in enumerate(zip(ex.references, reference_ids(doc.doc_id, ex.references))):
        refs.rows.append(Row([r.symbol, r.doc_type, r.date, r.issuer, r.relation],
                             span("r-", str(i), r, r.quote), review=reviews.get(rid, "")))
    qtys = Group("Số liệu / figures", ["giá trị", "đối tượng", "loại", ""])
    for i, q in enumerate(ex.quantities + ex.rates):
        value = format_value(q.value, None, "none", q.unit, False, None)
        qtys.rows.append(Row([value + (f" / {q.of:g}" if q.of else ""), q.subject, q.kind],
                             span("q-", str(i), q, q.quote)))
    agcs = Group("Cơ quan / agencies", ["cơ quan", "vai trò", "cấp", "nhiệm vụ", ""])
    for i, (a, aid) in enumerate(zip(ex.agencies, agency_ids(doc.doc_id, ex.agencies))):
        agcs.rows.append(Row([a.agency, a.role, a.level, str(a.tasks)], span("a-", str(i), a, a.quote),
                             review=reviews.get(aid, "")))
    return [targets, refs, qtys, agcs]


def document_page(doc: Document, ex: Extraction, comparison: Comparison,
                  reviews: dict[str, str] | None = None) -> str:
    plan = comparison.plan(doc.doc_id)
    groups = _groups(doc, ex, comparison, reviews)
    roots, crossing = nest([r.span for g in groups for r in g.rows if r.span is not None])
    return TEMPLATES.get_template("document.html").render(
        title=plan.header if plan else doc.doc_id, reviewed=bool(reviews), meta_rows=_meta_rows(doc, ex, plan), groups=groups,
        crossing=[excerpt_context(doc.text, s) for s in crossing], chars=len(doc.text),
        pieces=pieces(doc.text, 0, len(doc.text), roots))


# --------------------------------------------------------------------------
# Index: table, charts, documents, unmatched
# --------------------------------------------------------------------------

def _value(r: dict, page: str) -> dict:
    """One value of a cell, from its comparison row, linked to the target in ``page``."""
    return {"text": format_value(r["value"], r["value_high"], r["comparator"], r["unit"], r["annual"],
                                 r["deadline"]),
            "cls": AMBITION_CLASS.get(r["ambition"], "na"), "quote": r["quote"],
            "review": r.get("review", ""), "mark": REVIEW_MARKS.get(r.get("review", ""), ""),
            "href": href(page, target_anchor(r["target_id"]))}


def _cell(comparison: Comparison, ind_id: str, plan: Plan, names: dict[str, str]) -> list[dict]:
    return [_value(r, names[plan.doc_id]) for r in cell_targets(comparison, ind_id, plan.doc_id)]


def comparison_rows(comparison: Comparison, names: dict[str, str]) -> list[dict]:
    plans = comparison.columns_shown()
    return [{"id": ind.id, "label": ind.label, "label_en": ind.label_en, "national": national_text(ind),
             "cells": [_cell(comparison, ind.id, p, names) for p in plans]}
            for cat in comparison.catalogs for ind in cat.indicators]


def chart_data(comparison: Comparison, ind, names: dict[str, str]) -> dict | None:
    """Geometry of the chart of one indicator: a bar per plan value, the national line."""
    headers = {p.doc_id: p for p in comparison.plans}
    rows = [r for r in comparison.long_rows
            if r["indicator_id"] == ind.id and not headers[r["doc_id"]].national]
    if not rows:
        return None
    top = max([100.0] + [r["value_high"] or r["value"] for r in rows]
              + ([ind.national_value] if ind.national_value is not None else []))
    scale = CHART_BAR_W / top
    height = CHART_PAD * 2 + CHART_ROW_H * len(rows)
    labels = [f"{headers[r['doc_id']].province_issued or r['doc_id']} {r['deadline'] or ''}".strip()
              for r in rows]
    bars = []
    for i, r in enumerate(rows):
        y = CHART_PAD + i * CHART_ROW_H
        label = labels[i]
        if labels.count(label) > 1 and r.get("group"):      # two values of one plan and year
            label += " · " + shorten(r["group"], CHART_GROUP_CHARS)
        w = max(1.0, (r["value_high"] or r["value"]) * scale)
        bars.append({"href": href(names[r["doc_id"]], target_anchor(r["target_id"])), "label": label,
                     "text_y": y + 16, "bar_y": y + 3, "width": f"{w:.1f}",
                     "cls": AMBITION_CLASS.get(r["ambition"], "na"),
                     "value_x": f"{CHART_LABEL_W + w + 4:.1f}",
                     "value": format_value(r["value"], r["value_high"], r["comparator"], r["unit"],
                                           r["annual"], None)})
    national = None
    if ind.national_value is not None:
        national = {"x": f"{CHART_LABEL_W + ind.national_value * scale:.1f}", "y1": CHART_PAD - 8,
                    "y2": height - CHART_PAD + 8, "label_y": CHART_PAD - 12, "label": national_text(ind)}
    return {"width": CHART_LABEL_W + CHART_BAR_W + 90, "height": height, "label": ind.label,
            "label_x": CHART_LABEL_W - 6, "bar_x": CHART_LABEL_W, "bar_h": CHART_ROW_H - 6,
            "bars": bars, "national": national, "axis_y": height - CHART_PAD + 8,
            "axis_end": CHART_LABEL_W + CHART_BAR_W,
            "top": format_value(top, None, "none", rows[0]["unit"], False, None)}


def documents_rows(comparison: Comparison, names: dict[str, str]) -> list[dict]:
    return [{"href": href(names[p.doc_id]), "label": p.doc_id,
             "cells": [p.province_issued, p.province_now, p.symbol, p.period,
                       "; ".join(f"{k}: {v}" for k, v in p.catalogs.items()) or "—"]}
            for p in comparison.plans if p.doc_id in names]


def unmatched_rows(comparison: Comparison, names: dict[str, str]) -> list[dict]:
    rows = []
    for r in comparison.unmatched_rows:
        page_ = names.get(r["doc_id"])
        rows.append({"href": href(page_, target_anchor(r["target_id"])) if page_ else "",
                     "label": r["doc_id"],
                     "cells": [format_value(r["value"], r["value_high"], r["comparator"], r["unit"],
                                            r["annual"], r["deadline"]),
                               r["group"], r["action"], r["reason"], str(r["best_indicator"])]})
    return rows


def index_page(comparison: Comparison, names: dict[str, str], families: list[dict] | None = None) -> str:
    plans = [{"href": href(names[p.doc_id]), "header": p.header} for p in comparison.columns_shown()]
    charts = [{"id": ind.id, "label": ind.label, "svg": chart_data(comparison, ind, names)}
              for cat in comparison.catalogs for ind in cat.indicators]
    return TEMPLATES.get_template("index.html").render(
        title="So sánh chỉ tiêu / comparison", marks=REVIEW_MARKS,
        reviewed=any(r.get("review") for r in comparison.long_rows),
        catalogs="; ".join(f"{c.title} ({c.implements})" for c in comparison.catalogs),
        plans=plans, rows=comparison_rows(comparison, names), charts=charts,
        docs=documents_rows(comparison, names), unmatched=unmatched_rows(comparison, names),
        families=family_links(families or []))


# --------------------------------------------------------------------------
# Family pages
# --------------------------------------------------------------------------

def family_page_name(family_id: str, taken: set[str]) -> str:
    """'520/qđ-ttg' -> family-520_qd-ttg.html; 'theme:năm an toàn …' -> family-theme_nam_an_toan_….html."""
    return unique_page("family-" + (FILE_SAFE.sub("_", strip_marks(family_id)).strip("_") or "x"), taken)


def _family_cell(comparison: Comparison, ind_id: str, plan: Plan, names: dict[str, str]) -> list[dict]:
    """The index's cell (same links) with each borderline member marked for review."""
    return [_value(r, names[plan.doc_id]) | {"borderline": r.get("borderline") == "yes",
                                            "score": r.get("match_score", ""),
                                            "words": r.get("matched_words", "")}
            for r in cell_targets(comparison, ind_id, plan.doc_id)]


def _national_cell(comparison: Comparison, ind, names: dict[str, str], family) -> dict:
    """The national value a family page shows: the value its own national documents
    state (the family's national document, or a national body's plan among its
    documents), else the indicator's national value; linked to the sentence of the
    national document that states it, with that document named."""
    national = {p.doc_id for p in comparison.plans if p.national}
    national |= {f.national_doc for f in comparison.families.values() if f.national_doc}
    rows = [r for r in comparison.long_rows if r["indicator_id"] == ind.id and r["doc_id"] in names]
    r = family_national(comparison, ind.id, family)
    if r is not None and r["doc_id"] in names:
        text = format_value(r["value"], r["value_high"], r["comparator"], r["unit"], r["annual"], r["deadline"])
    else:
        text = national_text(ind)
        r = next((r for r in rows if r["doc_id"] in national and ind.national_value is not None
                  and (r["value"], r["deadline"]) == (ind.national_value, ind.national_deadline)), None)
    if r is None:
        return {"text": text, "href": "", "source": ""}
    plan = comparison.plan(r["doc_id"])
    return {"text": text, "href": href(names[r["doc_id"]], target_anchor(r["target_id"])),
            "source": (plan.symbol or plan.doc_id) if plan else r["doc_id"]}


def family_view(comparison: Comparison, names: dict[str, str], family, page: str) -> dict | None:
    """What one family page shows, or None when no indicator has values in
    FAMILY_MIN_PLANS of its plans. ``family`` None is the whole corpus."""
    docs = set(family.doc_ids) if family is not None else None
    plans = [p for p in comparison.columns_shown() if docs is None or p.doc_id in docs]
    rows = []
    for cat in comparison.catalogs:
        for ind in cat.indicators:
            cells = [_family_cell(comparison, ind.id, p, names) for p in plans]
            stated = sum(1 for c in cells if c)
            if not stated:
                continue
            rows.append({"id": ind.id, "label": ind.label, "label_en": ind.label_en,
                         "source": ind.source, "national": _national_cell(comparison, ind, names, family),
                         "plans": stated,
                         "cells": cells})
    if not any(r["plans"] >= FAMILY_MIN_PLANS for r in rows):
        return None
    rows.sort(key=lambda r: -r["plans"])            # stable: catalog order among equals
    national = family.national_doc if family is not None else ""
    members = [p for p in comparison.plans if docs is None or p.doc_id in docs]
    return {"page": page, "label": family.label if family is not None else ALL_FAMILIES_LABEL,
            "id": family.id if family is not None else ALL_FAMILIES,
            "national_href": href(names[national]) if national in names else "",
            "national_doc": national,
            "plans": [{"href": href(names[p.doc_id]), "header": p.header} for p in plans],
            "members": [{"href": href(names[p.doc_id]) if p.doc_id in names else "", "label": p.header,
                         "cells": ["có / yes" if p in plans else "—"]} for p in members],
            "rows": rows, "indicators": len(rows),
            "shared": sum(1 for r in rows if r["plans"] >= FAMILY_MIN_PLANS),
            "borderline": sum(1 for r in rows for c in r["cells"] for v in c if v["borderline"])}


def family_views(comparison: Comparison, names: dict[str, str]) -> list[dict]:
    """The corpus-wide page first, then one per family that has a shared indicator."""
    taken: set[str] = set()
    views = [family_view(comparison, names, None, family_page_name(ALL_FAMILIES, taken))]
    for fam in comparison.families.values():
        views.append(family_view(comparison, names, fam, family_page_name(fam.id, taken)))
    return [v for v in views if v is not None]


def family_page(view: dict) -> str:
    reviewed = any(v["review"] for r in view["rows"] for c in r["cells"] for v in c)
    return TEMPLATES.get_template("family.html").render(title=view["label"], f=view, mark=BORDERLINE_MARK,
                                                        reviewed=reviewed, marks=REVIEW_MARKS)


def family_links(views: list[dict]) -> list[dict]:
    """Rows of the index's list of family pages."""
    return [{"href": href(v["page"]), "label": v["label"],
             "cells": [str(len(v["plans"])), str(v["shared"]), str(v["indicators"]), str(v["borderline"])]}
            for v in views]


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def write(report_dir: Path, items: list[tuple[Document, Extraction]], comparison: Comparison,
          reviews: dict[str, str] | None = None) -> Path:
    """Write the report into ``report_dir``; returns the path of index.html.
    ``reviews`` maps record ids to the reviewers' decisions (accepted, corrected, rejected)."""
    report_dir = Path(report_dir)
    report_dir.mkdir(parents=True, exist_ok=True)
    items = [(d, e) for d, e in items if d is not None and e is not None]
    names = page_names(items)
    for doc, ex in items:
        write_bytes(report_dir / names[doc.doc_id], document_page(doc, ex, comparison, reviews).encode("utf-8"))
    for old in report_dir.glob("doc-*.html"):
        if old.name not in names.values():
            old.unlink()
    views = family_views(comparison, names)
    for view in views:
        write_bytes(report_dir / view["page"], family_page(view).encode("utf-8"))
    for old in report_dir.glob("family-*.html"):
        if old.name not in {v["page"] for v in views}:
            old.unlink()
    index = report_dir / "index.html"
    write_bytes(index, index_page(comparison, names, views).encode("utf-8"))
    return index
