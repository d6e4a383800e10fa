"""The cross-province comparison: each plan's targets set against the national indicators.

``build(items, catalogs_dir)``:
 1. load the indicator catalogs (``corpus/catalogs/*.yaml``);
 2. for each document, find the catalogs that fit it (cited symbol, own
    symbol, or title words) and its province as issued and as of today;
 3. match each target (kind ``target``; training needs are counts, not goals)
    to at most one indicator of a fitting catalog (``catalog.match_target``);
 4. long rows: one per matched target, with the national value beside it, the
    difference and whether the plan asks for more, the same or less;
 5. wide rows: one per indicator, one column per plan, cells like
    ``≥95% (2025); 100% (2030)``;
 6. unmatched rows: every other target, with the reason — none is dropped.
Reviewers' decisions come in already applied to the targets (rejected ones
left out); ``reviews`` marks accepted and corrected values (column
``reviewed``; ``review`` flags a borderline discovered match) and
``indicators`` holds the indicator a reviewer chose for a target ('' for none).
Rows come out in catalog, indicator and doc_id order, so the same inputs give
the same files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.comparison import discover as discovery
from pipeline.comparison.catalog import Catalog, Indicator, Match, fit_reason, load_catalogs, match_target
from pipeline.comparison.families import Family, build_families, is_national_symbol
from pipeline.models import Document, Extraction, Target
from pipeline.comparison.provinces import provinces_of

LONG_COLUMNS = ["indicator_id", "indicator", "indicator_source", "family", "doc_id", "province_issued", "province_now",
                "symbol", "doc_status", "period", "value", "value_high", "unit", "comparator",
                "deadline", "annual", "national_value", "national_comparator", "difference",
                "ambition", "match_score", "matched_words", "borderline", "target_id", "group", "quote", "page",
                "review"]

UNMATCHED_COLUMNS = ["doc_id", "province_issued", "province_now", "symbol", "target_id",
                     "value", "value_high", "unit", "comparator", "deadline", "annual",
                     "group", "action", "reason", "best_indicator", "best_score", "nearest_target", "borderline",
                     "quote", "page", "review"]

# Leading columns of comparison.csv; one column per plan follows, then the English label.
WIDE_LEAD = ["indicator_id", "indicator", "national"]
WIDE_TAIL = ["indicator_en", "indicator_source"]

# The catalog that holds the indicators found without one (extracted/catalogs/discovered.yaml).
DISCOVERED_ID = "discovered"
DISCOVERED_TITLE = "Chỉ tiêu phát hiện qua các kế hoạch (bản nháp)"
DISCOVERED_TITLE_EN = "Indicators discovered across the plans (draft)"

# How comparators read in a cell (DOMAIN.md §5 qualifiers).
COMPARATOR_SIGNS = {"min": "≥", "over": ">", "max": "≤", "under": "<", "about": "~", "none": ""}

# Shown in place of a symbol when the plan is a draft with its number left blank.
DRAFT_LABEL = "dự thảo"

# How the issuer line of a central body begins, for a document whose symbol
# does not say (a ministry's or the Government's, read as the issuer field):
# such a document restates national values rather than a province's.
CENTRAL_ISSUER_WORDS = ("bộ ", "thủ tướng", "chính phủ", "quốc hội", "ban chấp hành trung ương",
                        "ủy ban an toàn giao thông quốc gia")

# Where a province would stand in a plan's header, for a national body's plan.
NATIONAL_LABEL = "Trung ương"

# A yearly goal in a cell.
ANNUAL_LABEL = "hằng năm"

# A reviewed value in a cell: '≥95% (2025) ✓' accepted, '≥90% (2025) ✎' corrected.
REVIEW_MARKS = {"accepted": " ✓", "corrected": " ✎"}

# Only goals are compared; training needs (kind "need") are planned counts.
TARGET_KIND = "target"


@dataclass
class Plan:
    """One document's column in the comparison."""
    doc_id: str
    header: str
    province_issued: str
    province_now: str
    symbol: str
    period: str
    catalogs: dict[str, str] = field(default_factory=dict)   # catalog id -> why it fits
    national: bool = False     # the decision or a ministry's guidance: rows, but no column
    copy_of: str = ""          # doc_id of the same plan read from another file: no column of its own


@dataclass
class Comparison:
    long_rows: list[dict] = field(default_factory=list)
    wide_rows: list[dict] = field(default_factory=list)
    wide_columns: list[str] = field(default_factory=list)
    unmatched_rows: list[dict] = field(default_factory=list)
    matches: dict[str, dict] = field(default_factory=dict)
    plans: list[Plan] = field(default_factory=list)             # every document, in items order
    catalogs: list[Catalog] = field(default_factory=list)
    families: dict[str, Family] = field(default_factory=dict)
    discovered: Catalog | None = None                           # also the last of ``catalogs``

    def plan(self, doc_id: str) -> Plan | None:
        return next((p for p in self.plans if p.doc_id == doc_id), None)

    def columns_shown(self) -> list[Plan]:
        """Provincial plans with at least one matched target, in items order (the wide columns)."""
        used = {r["doc_id"] for r in self.long_rows}
        return [p for p in self.plans if p.doc_id in used and not p.national and not p.copy_of]


# --------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------

def number(x: float | None) -> str:
    """95.0 → '95', 2.5 → '2,5' (Vietnamese decimal comma)."""
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:g}".replace(".", ",")


def format_value(value, value_high=None, comparator="none", unit="%", annual=False,
                 deadline=None) -> str:
    """A target as a researcher reads it: '≥95% (2025)', '70% hằng năm (2030)'."""
    unit_text = unit if unit in ("%", "‰") else (f" {unit}" if unit else "")
    amount = number(value) + (f"–{number(value_high)}" if value_high is not None else "")
    text = COMPARATOR_SIGNS.get(comparator or "none", "") + amount + unit_text
    if annual:
        text += f" {ANNUAL_LABEL}"
    if deadline:
        text += f" ({deadline})"
    return text


def national_text(ind: Indicator) -> str:
    if ind.national_value is None:
        return ""
    return format_value(ind.national_value, None, ind.national_comparator, ind.national_unit,
                        False, ind.national_deadline)


def period_text(meta) -> str:
    if meta.period_start and meta.period_end and meta.period_start != meta.period_end:
        return f"{meta.period_start}-{meta.period_end}"
    return str(meta.period_start or meta.period_end or "")


def plan_header(issued: str, now: str, symbol: str, period: str, status: str = "draft") -> str:
    """'Hà Nội — 303/KH-UBND (2022-2030)'; a merged province adds '(nay Cần Thơ)'."""
    place = issued or "?"
    if now and issued and now != issued:
        place += f" (nay {now})"
    head = f"{place} — {symbol or (DRAFT_LABEL if status == 'draft' else '?')}"
    return head + (f" ({period})" if period else "")


# --------------------------------------------------------------------------
# Comparing one value with the national one
# --------------------------------------------------------------------------

def difference(t: Target, ind: Indicator) -> float | None:
    if ind.national_value is None or (t.unit or "%") != ind.national_unit:
        return None
    return round(t.value - ind.national_value, 3)


def ambition(t: Target, ind: Indicator) -> str:
    """more | same | less | n/a against the national value.

    A higher value is more ambitious whatever its deadline; the same value due
    earlier is more (later is still the same floor); a lower value due before
    the national deadline is an interim milestone, not comparable (n/a);
    otherwise lower is less.
    """
    diff = difference(t, ind)
    if diff is None:
        return "n/a"
    earlier = bool(t.deadline and ind.national_deadline and t.deadline < ind.national_deadline)
    if diff > 0 or (diff == 0 and earlier):
        return "more"
    if diff == 0:
        return "same"
    return "n/a" if earlier else "less"


# --------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------

def _best_match(t: Target, fitting: list[Catalog]) -> Match | None:
    best = None
    for cat in fitting:
        m = match_target(t, cat)
        if best is None or (m.matched, m.score) > (best.matched, best.score):
            best = m
    return best


def _plan(doc: Document | None, ex: Extraction, catalogs: list[Catalog]) -> Plan:
    period = period_text(ex.meta)
    doc_id = doc.doc_id if doc is not None else (ex.targets[0].doc_id if ex.targets else "")
    reasons = {c.id: r for c in catalogs if (r := fit_reason(c, doc, ex))}
    national = is_national(ex.meta, reasons)
    # a national body's plan is no province's, wherever it was signed ("Hà Nội, ngày …")
    issued, now = ("", "") if national else provinces_of(ex.meta)
    header = plan_header(issued or (NATIONAL_LABEL if national else ""), now, ex.meta.symbol, period,
                         ex.meta.doc_status)
    if not issued and not national and not ex.meta.symbol:
        header = doc_id + (f" ({period})" if period else "")    # nothing else names it
    return Plan(doc_id=doc_id, header=header, province_issued=issued, province_now=now,
                symbol=ex.meta.symbol, period=period, catalogs=reasons, national=national)


def is_national(meta, reasons: dict[str, str]) -> bool:
    """The catalog's own document, or one a central body issued."""
    if any(r.startswith("is ") for r in reasons.values()):
        return True
    if is_national_symbol(meta.symbol):
        return True
    return meta.issuer.lower().startswith(CENTRAL_ISSUER_WORDS) if meta.issuer else False


def _mark_copies(comp: Comparison) -> None:
    """The same plan in two files (a .docx and its web copy) gets one column.

    Two documents are copies when they carry the same header (province, symbol,
    period, status) and every one of their comparison cells reads the same; the
    first by doc_id keeps the column, the long table keeps both. Anything that
    differs — a news report quoting fewer targets — stays a column of its own.
    """
    def cells(plan: Plan) -> tuple:
        return tuple(sorted((ind_id, cell_text(cell_targets(comp, ind_id, plan.doc_id)))
                            for ind_id in {r["indicator_id"] for r in comp.long_rows
                                           if r["doc_id"] == plan.doc_id}))
    first: dict[tuple, str] = {}
    for plan in sorted(comp.plans, key=lambda p: p.doc_id):
        if plan.national or not (plan.province_issued or plan.symbol):
            continue
        key = (plan.header, cells(plan))
        if key[1] and key in first:
            plan.copy_of = first[key]
        else:
            first.setdefault(key, plan.doc_id)


def _disambiguate(plans: list[Plan]) -> None:
    """Two documents for one plan (a news report and the plan) get distinct headers."""
    seen: dict[str, int] = {}
    for p in plans:
        if not p.copy_of:
            seen[p.header] = seen.get(p.header, 0) + 1
    for p in plans:
        if seen.get(p.header, 0) > 1 and not p.copy_of:
            p.header += f" [{p.doc_id}]"


def _long_row(t: Target, ex: Extraction, plan: Plan, ind: Indicator, m: Match,
              family: str = "", review: bool = False) -> dict:
    return {"indicator_id": ind.id, "indicator": ind.label, "indicator_source": ind.source,
            "family": family, "doc_id": plan.doc_id,
            "province_issued": plan.province_issued, "province_now": plan.province_now,
            "symbol": plan.symbol, "doc_status": ex.meta.doc_status, "period": plan.period,
            "value": t.value, "value_high": t.value_high, "unit": t.unit,
            "comparator": t.comparator, "deadline": t.deadline, "annual": t.annual, "national_value": ind.national_value,
            "national_comparator": ind.national_comparator if ind.national_value is not None else "",
            "difference": difference(t, ind), "ambition": ambition(t, ind),
            "match_score": m.score, "matched_words": ", ".join(m.matched_words),
            "borderline": "yes" if review else "", "target_id": t.target_id, "group": t.group, "quote": t.quote, "page": t.page}


def _reviewed_match(indicator_id: str, fitting: list[Catalog], catalogs: list[Catalog],
                    computed: Match | None) -> tuple[Match, Indicator] | None:
    """The match a reviewer chose: their indicator, looked up in the fitting catalogs first."""
    for cat in fitting + catalogs:
        for ind in cat.indicators:
            if ind.id == indicator_id:
                score = computed.score if computed and computed.best_indicator_id == indicator_id else 0.0
                return Match(cat.id, indicator_id, score, [], indicator_id), ind
    return None


def _unmatched_row(t: Target, plan: Plan, m: Match | None, chosen: str | None = None) -> dict:
    if chosen is not None:
        reason = (f"a reviewer chose indicator {chosen}, which no catalog has" if chosen
                  else "a reviewer set no indicator")
    elif m is None:
        reason = "no indicator catalog fits this document"
    else:
        reason = f"best score {m.score:g} below the threshold"
    return {"doc_id": plan.doc_id, "province_issued": plan.province_issued,
            "province_now": plan.province_now, "symbol": plan.symbol, "target_id": t.target_id,
            "value": t.value, "value_high": t.value_high, "unit": t.unit,
            "comparator": t.comparator, "deadline": t.deadline, "annual": t.annual,
            "group": t.group, "action": t.action, "reason": reason,
            "best_indicator": m.best_indicator_id if m else "",
            "best_score": m.score if m else "", "nearest_target": "", "borderline": "",
            "quote": t.quote, "page": t.page}


def _match_info(m: Match, plan: Plan) -> dict:
    return {"catalog": m.catalog_id, "indicator_id": m.indicator_id, "score": m.score,
            "matched_words": m.matched_words, "runner_up": m.runner_up_id,
            "runner_up_score": m.runner_up_score, "catalog_fit": plan.catalogs.get(m.catalog_id, "")}


def _indicator_order(catalogs: list[Catalog]) -> dict[tuple[str, str], int]:
    order = {}
    for ci, c in enumerate(catalogs):
        for ii, ind in enumerate(c.indicators):
            order[(c.id, ind.id)] = ci * 10_000 + ii
    return order


def build(items: list[tuple[Document, Extraction]], catalogs_dir: Path | None = None,
          reviews: dict[str, str] | None = None, indicators: dict[str, str] | None = None) -> Comparison:
    """The comparison of every document's targets with the catalogs' indicators,
    then with the indicators discovered among the targets no catalog claims."""
    reviews, indicators = reviews or {}, indicators or {}
    catalogs = load_catalogs(catalogs_dir)                                   # 1
    by_id = {c.id: c for c in catalogs}
    comp = Comparison(catalogs=catalogs, families=build_families(items))
    keyed: list[tuple] = []
    left: list[tuple] = []                 # (target, extraction, plan, catalog match, text order)
    chosen: list[tuple] = []               # the same, for targets whose indicator a reviewer chose
    for doc, ex in items:
        plan = _plan(doc, ex, catalogs)                                      # 2
        comp.plans.append(plan)
        fitting = [by_id[c] for c in plan.catalogs]
        for n, t in enumerate(x for x in ex.targets if x.kind == TARGET_KIND):
            m = _best_match(t, fitting) if fitting else None                 # 3
            if t.target_id in indicators:
                chosen.append((t, ex, plan, m, n))
                continue
            if m is not None:
                comp.matches[t.target_id] = _match_info(m, plan)
            if m is None or not m.matched:
                left.append((t, ex, plan, m, n))
                continue
            ind = next(i for i in by_id[m.catalog_id].indicators if i.id == m.indicator_id)
            keyed.append(((m.catalog_id, ind.id), plan.doc_id, n,
                          _long_row(t, ex, plan, ind, m, _family_text(comp, plan.doc_id))))
    keyed += _discovered(comp, left)
    keyed += _chosen(comp, chosen, indicators)
    order = _indicator_order(comp.catalogs)
    keyed.sort(key=lambda k: (order[k[0]], k[1], k[2]))
    comp.long_rows = [k[3] | {"review": reviews.get(k[3]["target_id"], "")} for k in keyed]   # 4
    for row in comp.unmatched_rows:
        row["review"] = reviews.get(row["target_id"], "")
    _mark_copies(comp)
    _disambiguate(comp.plans)
    _wide(comp)                                                              # 5
    return comp


# --------------------------------------------------------------------------
# Discovered indicators
# --------------------------------------------------------------------------

def _family_text(comp: Comparison, doc_id: str) -> str:
    return "; ".join(f.label for f in comp.families.values() if doc_id in f.doc_ids)


def _national_member(comp: Comparison, d: discovery.Discovered) -> Target | None:
    """The member a family's own national document states: the national value."""
    for fam in comp.families.values():
        if not fam.national_doc:
            continue
        for m in d.members:
            if m.target.doc_id == fam.national_doc:
                return m.target
    return None


def _discovered_indicator(comp: Comparison, d: discovery.Discovered) -> Indicator:
    nat = _national_member(comp, d)
    labels = sorted({f.label for f in comp.families.values() for m in d.members
                     if m.target.doc_id in f.doc_ids})
    return Indicator(id=d.id, label=d.label, label_en="", source=DISCOVERED_ID, kind=d.kind,
                     national_value=nat.value if nat else None,
                     national_comparator=(nat.comparator or "none") if nat else "",
                     national_deadline=nat.deadline if nat else None,
                     national_unit=(nat.unit or d.unit) if nat else d.unit,
                     targets=[m.target.target_id for m in d.members], families=labels,
                     action_words=[d.label])


def _discovered(comp: Comparison, left: list[tuple]) -> list[tuple]:
    """Long rows of the discovered indicators; the targets left over become unmatched rows."""
    found = discovery.discover([x[0] for x in left])
    taken = {c.id for c in comp.catalogs}
    cat_id = DISCOVERED_ID if DISCOVERED_ID not in taken else DISCOVERED_ID + "-new"
    indicators = [_discovered_indicator(comp, d) for d in found.indicators]
    cat = Catalog(id=cat_id, title=DISCOVERED_TITLE, title_en=DISCOVERED_TITLE_EN, implements="",
                  indicators=indicators, fit_all=True)
    comp.discovered = cat
    if indicators:
        comp.catalogs.append(cat)
    by_target = {t.target_id: (t, ex, plan, m, n) for t, ex, plan, m, n in left}
    keyed = []
    for d, ind in zip(found.indicators, indicators):
        for mem in d.members:
            t, ex, plan, _, n = by_target[mem.target.target_id]
            match = Match(cat_id, ind.id, mem.score, mem.matched, ind.id)
            comp.matches[t.target_id] = _match_info(match, plan)
            keyed.append(((cat_id, ind.id), plan.doc_id, n,
                          _long_row(t, ex, plan, ind, match, _family_text(comp, plan.doc_id), mem.review)))
    placed = {m.target.target_id for d in found.indicators for m in d.members}
    ind_of = {m.target.target_id: d.id for d in found.indicators for m in d.members}
    for t, ex, plan, m, n in left:
        if t.target_id in placed:
            continue
        row = _unmatched_row(t, plan, m)
        near = found.nearest.get(t.target_id)
        if near is not None:
            row["nearest_target"] = near.target_id
            if m is None or near.score > (m.score or 0):
                row["best_indicator"] = ind_of.get(near.target_id, "")
                row["best_score"] = near.score
            if near.review:
                row["borderline"] = "yes"
                row["reason"] += f"; borderline: {near.score:g} to target {near.target_id} (review)"
        comp.unmatched_rows.append(row)
    return keyed


def _chosen(comp: Comparison, chosen: list[tuple], indicators: dict[str, str]) -> list[tuple]:
    """Long rows of the targets whose indicator a reviewer chose (a catalog's or a
    discovered one); a choice of none, or of an indicator no longer there, is unmatched."""
    by_id = {c.id: c for c in comp.catalogs}
    keyed = []
    for t, ex, plan, m, n in chosen:
        fitting = [by_id[c] for c in plan.catalogs if c in by_id]
        found = _reviewed_match(indicators[t.target_id], fitting, comp.catalogs, m) \
            if indicators[t.target_id] else None
        if found is None:
            comp.unmatched_rows.append(_unmatched_row(t, plan, m, indicators[t.target_id]))
            continue
        match, ind = found
        comp.matches[t.target_id] = _match_info(match, plan)
        keyed.append(((match.catalog_id, ind.id), plan.doc_id, n,
                      _long_row(t, ex, plan, ind, match, _family_text(comp, plan.doc_id))))
    return keyed


def family_table(comp: Comparison, fam: Family) -> tuple[list[dict], list[str]]:
    """The wide table restricted to one family's plans and the indicators they state."""
    shown = [p for p in comp.columns_shown() if p.doc_id in fam.doc_ids]
    cols = WIDE_LEAD + [p.header for p in shown] + WIDE_TAIL
    rows = []
    for cat in comp.catalogs:
        for ind in cat.indicators:
            cells = {p.header: cell_text(cell_targets(comp, ind.id, p.doc_id)) for p in shown}
            if not any(cells.values()):
                continue
            own = family_national(comp, ind.id, fam)
            national = format_value(own["value"], own["value_high"], own["comparator"], own["unit"],
                                    own["annual"], own["deadline"]) if own else national_text(ind)
            rows.append({"indicator_id": ind.id, "indicator": ind.label, "national": national,
                         **cells, "indicator_en": ind.label_en, "indicator_source": ind.source})
    return rows, cols


def family_national(comp: Comparison, indicator_id: str, fam: Family | None) -> dict | None:
    """The long row of a family's own national value: stated by the family's national
    document, else by a national body's plan among its documents (first in that order);
    None when they state none (the indicator's catalogue value stands)."""
    if fam is None:
        return None
    national = {p.doc_id for p in comp.plans if p.national}
    national |= {f.national_doc for f in comp.families.values() if f.national_doc}
    own = [fam.national_doc] if fam.national_doc else []
    own += [d for d in fam.doc_ids if d in national and d not in own]
    rows = [r for r in comp.long_rows if r["indicator_id"] == indicator_id and r["doc_id"] in own]
    return min(rows, key=lambda r: own.index(r["doc_id"])) if rows else None


def cell_targets(comp: Comparison, indicator_id: str, doc_id: str) -> list[dict]:
    """Long rows behind one wide cell, deadline first then text order."""
    rows = [r for r in comp.long_rows if r["indicator_id"] == indicator_id and r["doc_id"] == doc_id]
    return sorted(rows, key=lambda r: (r["deadline"] or 0,))


def cell_text(rows: list[dict]) -> str:
    # (a goal the plan states twice, in its body and again in an appendix, is shown once)
    texts = (format_value(r["value"], r["value_high"], r["comparator"], r["unit"], r["annual"], r["deadline"])
             + REVIEW_MARKS.get(r.get("review", ""), "") for r in rows)
    return "; ".join(dict.fromkeys(texts))


def _wide(comp: Comparison) -> None:
    shown = comp.columns_shown()
    comp.wide_columns = WIDE_LEAD + [p.header for p in shown] + WIDE_TAIL
    for cat in comp.catalogs:
        for ind in cat.indicators:
            row = {"indicator_id": ind.id, "indicator": ind.label, "national": national_text(ind)}
            for p in shown:
                row[p.header] = cell_text(cell_targets(comp, ind.id, p.doc_id))
            row["indicator_en"] = ind.label_en
            row["indicator_source"] = ind.source
            comp.wide_rows.append(row)
