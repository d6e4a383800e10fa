"""The HTML report: the comparison with its evidence, readable from disk.

``write(report_dir, items, comparison)`` writes
 1. ``index.html`` — indicators as rows, plans as columns; every value links
    to the sentence it came from; then one chart per indicator (inline SVG,
    provinces against the national line), the documents and the unmatched
    targets;
 2. ``doc-<doc_id>.html`` per document — metadata, then targets, references,
    figures and agencies, each linking to its highlighted span in the
    document's text, which closes the page.
Plain HTML and CSS: no script, no network, relative links only, all text
escaped. Spans that nest are drawn as nested highlights; a span that crosses
another is shown in its own excerpt, so every highlight holds exactly its
record's quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote as url_quote

from pipeline.comparison.compare import Comparison, Plan, cell_targets, format_value, national_text
from pipeline.models import Document, Extraction
from pipeline.publishing.writers import write_bytes

# Characters of context shown around a span drawn in its own excerpt.
EXCERPT_CONTEXT = 160

# Chart geometry (px): label column, bar area, row height.
CHART_LABEL_W = 260
CHART_BAR_W = 420
CHART_ROW_H = 24
CHART_PAD = 28
CHART_GROUP_CHARS = 22   # group shown after a label that would otherwise repeat

# Colour of a value by its ambition against the national value.
AMBITION_CLASS = {"more": "more", "same": "same", "less": "less", "n/a": "na"}

FILE_SAFE = re.compile(r"[^A-Za-z0-9._-]+")

CSS = """
body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:1.5em 2em;color:#222;line-height:1.4}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#e8eef5}td.num{white-space:nowrap}
table.cmp td.ind{max-width:28em}table.cmp th.plan{max-width:14em}
a.v{display:block;text-decoration:none;color:#123;white-space:nowrap}
a.v.more{background:#d7f0d4}a.v.same{background:#eef}a.v.less{background:#f8d8d2}a.v.na{background:#f2f2f2}
.legend span{padding:0 .5em;margin-right:.5em}.more{background:#d7f0d4}.same{background:#eef}.less{background:#f8d8d2}.na{background:#f2f2f2}
.text{white-space:pre-wrap;border:1px solid #ccc;padding:1em;background:#fcfcf8;max-width:60em}
mark{background:#fff3a0;padding:0}mark mark{background:#ffd36b}mark:target{outline:2px solid #d33;background:#ffb199}
.excerpt{white-space:pre-wrap;border-left:3px solid #ccc;padding-left:.7em;margin:.6em 0}
.muted{color:#777}svg{display:block;margin:.4em 0 1.2em}nav a{margin-right:1em}
"""


@dataclass
class Span:
    start: int
    end: int
    anchor: str
    kind: str


# --------------------------------------------------------------------------
# Names and links
# --------------------------------------------------------------------------

def page_names(items) -> dict[str, str]:
    """doc_id → file name of its page; distinct even when ids differ only in odd characters."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for doc, ex in items:
        base = "doc-" + (FILE_SAFE.sub("_", doc.doc_id) or "x")
        name, n = base + ".html", 1
        while name.lower() in used:
            n += 1
            name = f"{base}-{n}.html"
        used.add(name.lower())
        names[doc.doc_id] = name
    return names


def shorten(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def href(page: str, anchor: str = "") -> str:
    return url_quote(page) + (f"#{anchor}" if anchor else "")


def target_anchor(target_id: str) -> str:
    return "t-" + FILE_SAFE.sub("_", target_id)


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


def render_text(text: str, start: int, end: int, nodes) -> str:
    out, pos = [], start
    for s, children in nodes:
        out.append(escape(text[pos:s.start]))
        out.append(f'<mark id="{escape(s.anchor)}" class="{s.kind}">')
        out.append(render_text(text, s.start, s.end, children))
        out.append("</mark>")
        pos = s.end
    out.append(escape(text[pos:end]))
    return "".join(out)


def render_excerpt(text: str, s: Span) -> str:
    before = text[max(0, s.start - EXCERPT_CONTEXT):s.start]
    after = text[s.end:s.end + EXCERPT_CONTEXT]
    return (f'<div class="excerpt">…{escape(before)}<mark id="{escape(s.anchor)}" class="{s.kind}">'
            f'{escape(text[s.start:s.end])}</mark>{escape(after)}…</div>')


# --------------------------------------------------------------------------
# Document pages
# --------------------------------------------------------------------------

def page(title: str, body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>\n"
            f"{body}\n</body></html>\n")


def table(headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    """An HTML table; ``rows`` cells are already HTML."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><tr>{head}</tr>{body}</table>' if rows else '<p class="muted">—</p>'


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
    return [[escape(k), escape(str(v))] for k, v in pairs if v]


def _link(anchor: str | None, label: str = "↪ văn bản") -> str:
    return f'<a href="#{escape(anchor)}">{escape(label)}</a>' if anchor else '<span class="muted">không thấy trích dẫn</span>'


def _records(doc: Document, ex: Extraction, comparison: Comparison):
    """Each record list of the page: (title, headers, [(cells, span or None)])."""
    text = doc.text
    ids: set[str] = set()

    def span(prefix, key, r, quote):
        where = resolve(text, r.start, r.end, quote)
        if where is None:
            return None
        anchor = prefix + FILE_SAFE.sub("_", key)
        while anchor in ids:
            anchor += "_"
        ids.add(anchor)
        return Span(where[0], where[1], anchor, prefix.rstrip("-"))

    targets = []
    for t in ex.targets:
        m = comparison.matches.get(t.target_id, {})
        ind = m.get("indicator_id") or ""
        s = span("t-", t.target_id, t, t.quote)
        # Without a span the comparison's link still lands on the target's row.
        here = "" if s else f'<span id="{escape(target_anchor(t.target_id))}"></span>'
        targets.append(([escape(t.kind), escape(format_value(t.value, t.value_high, t.comparator, t.unit,
                                                             t.annual, t.deadline)),
                         escape(t.group), escape(t.action),
                         escape(f"{ind} ({m.get('score', 0):g})" if ind else "—"),
                         here + _link(s and s.anchor)], s))
    refs = []
    for i, r in enumerate(ex.references):
        s = span("r-", str(i), r, r.quote)
        refs.append(([escape(r.symbol), escape(r.doc_type), escape(r.date), escape(r.issuer),
                      escape(r.relation), _link(s and s.anchor)], s))
    qtys = []
    for i, q in enumerate(ex.quantities):
        s = span("q-", str(i), q, q.quote)
        value = format_value(q.value, None, "none", q.unit, False, None)
        qtys.append(([escape(value + (f" / {q.of:g}" if q.of else "")), escape(q.subject), escape(q.kind),
                      _link(s and s.anchor)], s))
    agcs = []
    for i, a in enumerate(ex.agencies):
        s = span("a-", str(i), a, a.quote)
        agcs.append(([escape(a.agency), escape(a.role), escape(a.level), escape(str(a.tasks)),
                      _link(s and s.anchor)], s))
    return [("Chỉ tiêu / targets", ["loại", "giá trị", "đối tượng", "nội dung", "chỉ tiêu so sánh", ""], targets),
            ("Văn bản trích dẫn / references", ["số hiệu", "loại", "ngày", "cơ quan", "quan hệ", ""], refs),
            ("Số liệu / figures", ["giá trị", "đối tượng", "loại", ""], qtys),
            ("Cơ quan / agencies", ["cơ quan", "vai trò", "cấp", "nhiệm vụ", ""], agcs)]


def document_page(doc: Document, ex: Extraction, comparison: Comparison) -> str:
    plan = comparison.plan(doc.doc_id)
    title = plan.header if plan else doc.doc_id
    parts = ['<nav><a href="index.html">← So sánh / comparison</a></nav>',
             f"<h1>{escape(title)}</h1>", table(["", ""], _meta_rows(doc, ex, plan))]
    spans: list[Span] = []
    for heading, headers, rows in _records(doc, ex, comparison):
        parts.append(f"<h2>{escape(heading)} ({len(rows)})</h2>")
        parts.append(table(headers, [cells for cells, _ in rows]))
        spans += [s for _, s in rows if s is not None]
    roots, crossing = nest(spans)
    if crossing:
        parts.append("<h2>Trích đoạn chồng lấn / overlapping spans</h2>")
        parts += [render_excerpt(doc.text, s) for s in crossing]
    parts.append(f'<h2 id="text">Văn bản / text ({len(doc.text)} ký tự)</h2>')
    parts.append(f'<div class="text">{render_text(doc.text, 0, len(doc.text), roots)}</div>')
    return page(title, "\n".join(parts))


# --------------------------------------------------------------------------
# Index: table, charts, documents, unmatched
# --------------------------------------------------------------------------

def _cell(comparison: Comparison, ind_id: str, plan: Plan, names: dict[str, str]) -> str:
    links = []
    for r in cell_targets(comparison, ind_id, plan.doc_id):
        text = format_value(r["value"], r["value_high"], r["comparator"], r["unit"], r["annual"], r["deadline"])
        cls = AMBITION_CLASS.get(r["ambition"], "na")
        links.append(f'<a class="v {cls}" href="{href(names[plan.doc_id], target_anchor(r["target_id"]))}"'
                     f' title="{escape(r["quote"])}">{escape(text)}</a>')
    return "".join(links)


def comparison_table(comparison: Comparison, names: dict[str, str]) -> str:
    plans = comparison.columns_shown()
    head = ("<tr><th>Chỉ tiêu / indicator</th><th>Quốc gia / national</th>"
            + "".join(f'<th class="plan"><a href="{href(names[p.doc_id])}">{escape(p.header)}</a></th>'
                      for p in plans) + "</tr>")
    rows = []
    for cat in comparison.catalogs:
        for ind in cat.indicators:
            label = (f'<a href="#chart-{escape(ind.id)}">{escape(ind.label)}</a>'
                     f'<br><span class="muted">{escape(ind.label_en)}</span>')
            cells = "".join(f"<td>{_cell(comparison, ind.id, p, names)}</td>" for p in plans)
            rows.append(f'<tr><td class="ind">{label}</td><td class="num">{escape(national_text(ind))}</td>{cells}</tr>')
    return f'<table class="cmp">{head}{"".join(rows)}</table>'


def chart(comparison: Comparison, ind, names: dict[str, str]) -> str:
    """Horizontal bars, one per plan value, with the national value as a dashed line."""
    headers = {p.doc_id: p for p in comparison.plans}
    rows = [r for r in comparison.long_rows
            if r["indicator_id"] == ind.id and not headers[r["doc_id"]].national]
    if not rows:
        return ""
    top = max([100.0] + [r["value_high"] or r["value"] for r in rows]
              + ([ind.national_value] if ind.national_value is not None else []))
    scale = CHART_BAR_W / top
    height = CHART_PAD * 2 + CHART_ROW_H * len(rows)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_LABEL_W + CHART_BAR_W + 90}" '
             f'height="{height}" role="img" aria-label="{escape(ind.label)}">']
    labels = [f"{headers[r['doc_id']].province_issued or r['doc_id']} {r['deadline'] or ''}".strip()
              for r in rows]
    for i, r in enumerate(rows):
        y = CHART_PAD + i * CHART_ROW_H
        label = labels[i]
        if labels.count(label) > 1 and r.get("group"):      # two values of one plan and year
            label += " · " + shorten(r["group"], CHART_GROUP_CHARS)
        w = max(1.0, (r["value_high"] or r["value"]) * scale)
        value = format_value(r["value"], r["value_high"], r["comparator"], r["unit"], r["annual"], None)
        link = href(names[r["doc_id"]], target_anchor(r["target_id"]))
        cls = AMBITION_CLASS.get(r["ambition"], "na")
        parts.append(f'<a href="{link}"><text x="{CHART_LABEL_W - 6}" y="{y + 16}" text-anchor="end" '
                     f'font-size="13">{escape(label)}</text>'
                     f'<rect class="{cls}" x="{CHART_LABEL_W}" y="{y + 3}" width="{w:.1f}" height="{CHART_ROW_H - 6}" '
                     f'fill="#6a9ccf"/><text x="{CHART_LABEL_W + w + 4:.1f}" y="{y + 16}" font-size="12">'
                     f'{escape(value)}</text></a>')
    if ind.national_value is not None:
        x = CHART_LABEL_W + ind.national_value * scale
        parts.append(f'<line x1="{x:.1f}" y1="{CHART_PAD - 8}" x2="{x:.1f}" y2="{height - CHART_PAD + 8}" '
                     f'stroke="#c0392b" stroke-width="2" stroke-dasharray="5,3"/>'
                     f'<text x="{x:.1f}" y="{CHART_PAD - 12}" text-anchor="middle" font-size="12" fill="#c0392b">'
                     f'Quốc gia {escape(national_text(ind))}</text>')
    parts.append(f'<line x1="{CHART_LABEL_W}" y1="{height - CHART_PAD + 8}" x2="{CHART_LABEL_W + CHART_BAR_W}" '
                 f'y2="{height - CHART_PAD + 8}" stroke="#999"/>'
                 f'<text x="{CHART_LABEL_W}" y="{height - 6}" font-size="11">0</text>'
                 f'<text x="{CHART_LABEL_W + CHART_BAR_W}" y="{height - 6}" font-size="11" text-anchor="end">'
                 f'{escape(format_value(top, None, "none", rows[0]["unit"], False, None))}</text></svg>')
    return "".join(parts)


def charts(comparison: Comparison, names: dict[str, str]) -> str:
    out = []
    for cat in comparison.catalogs:
        for ind in cat.indicators:
            svg = chart(comparison, ind, names)
            if svg:
                out.append(f'<h3 id="chart-{escape(ind.id)}">{escape(ind.label)}</h3>{svg}')
            else:
                out.append(f'<h3 id="chart-{escape(ind.id)}">{escape(ind.label)}</h3>'
                           '<p class="muted">Chưa có tỉnh nào đặt chỉ tiêu này / no plan sets this indicator.</p>')
    return "\n".join(out)


def documents_table(comparison: Comparison, names: dict[str, str]) -> str:
    rows = [[f'<a href="{href(names[p.doc_id])}">{escape(p.doc_id)}</a>', escape(p.province_issued),
             escape(p.province_now), escape(p.symbol), escape(p.period),
             escape("; ".join(f"{k}: {v}" for k, v in p.catalogs.items()) or "—")]
            for p in comparison.plans if p.doc_id in names]
    return table(["tài liệu", "tỉnh (ban hành)", "tỉnh (nay)", "số hiệu", "giai đoạn", "danh mục"], rows)


def unmatched_table(comparison: Comparison, names: dict[str, str]) -> str:
    rows = []
    for r in comparison.unmatched_rows:
        page_ = names.get(r["doc_id"])
        link = (f'<a href="{href(page_, target_anchor(r["target_id"]))}">{escape(r["doc_id"])}</a>'
                if page_ else escape(r["doc_id"]))
        rows.append([link, escape(format_value(r["value"], r["value_high"], r["comparator"], r["unit"],
                                               r["annual"], r["deadline"])),
                     escape(r["group"]), escape(r["action"]), escape(r["reason"]),
                     escape(str(r["best_indicator"]))])
    return table(["tài liệu", "giá trị", "đối tượng", "nội dung", "lý do", "gần nhất"], rows)


def index_page(comparison: Comparison, names: dict[str, str]) -> str:
    cats = "; ".join(f"{c.title} ({c.implements})" for c in comparison.catalogs)
    body = [
        "<h1>So sánh chỉ tiêu giữa các tỉnh / Cross-province comparison</h1>",
        f"<p>{escape(cats)}</p>",
        '<nav><a href="#table">Bảng</a><a href="#charts">Biểu đồ</a><a href="#docs">Tài liệu</a>'
        '<a href="#unmatched">Chưa khớp</a></nav>',
        '<p class="legend">So với quốc gia / vs national: <span class="more">cao hơn / more</span>'
        '<span class="same">bằng / same</span><span class="less">thấp hơn / less</span>'
        '<span class="na">không so được / n/a</span></p>',
        '<h2 id="table">Bảng so sánh / comparison table</h2>', comparison_table(comparison, names),
        '<h2 id="charts">Biểu đồ / charts</h2>', charts(comparison, names),
        '<h2 id="docs">Tài liệu / documents</h2>', documents_table(comparison, names),
        f'<h2 id="unmatched">Chỉ tiêu chưa khớp / unmatched targets ({len(comparison.unmatched_rows)})</h2>',
        unmatched_table(comparison, names)]
    return page("So sánh chỉ tiêu / comparison", "\n".join(body))


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def write(report_dir: Path, items: list[tuple[Document, Extraction]], comparison: Comparison) -> Path:
    """Write the report into ``report_dir``; returns the path of index.html."""
    report_dir = Path(report_dir)
    report_dir.mkdir(parents=True, exist_ok=True)
    items = [(d, e) for d, e in items if d is not None and e is not None]
    names = page_names(items)
    for doc, ex in items:
        write_bytes(report_dir / names[doc.doc_id], document_page(doc, ex, comparison).encode("utf-8"))
    for old in report_dir.glob("doc-*.html"):
        if old.name not in names.values():
            old.unlink()
    index = report_dir / "index.html"
    write_bytes(index, index_page(comparison, names).encode("utf-8"))
    return index
