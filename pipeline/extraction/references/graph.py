"""Corpus level: the reference rows of many documents joined into citations, each resolved
to the corpus document it cites where there is one, and a summary of each cited symbol."""
from __future__ import annotations

from collections import defaultdict

from pipeline.extraction.registry import symbol_key

# --------------------------------------------------------------------------
# Corpus level
# --------------------------------------------------------------------------

def citation_graph(items) -> tuple[list[dict], list[dict]]:
    """Rows of citations.csv and a per-symbol summary, from (Document, Extraction) pairs.

    A cited document is resolved to a corpus document whose own symbol is the same;
    when dates are known on both sides they must agree too (303/KH-UBND exists in
    many provinces).
    """
    by_symbol: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for doc, ex in items:
        if ex.meta.symbol and ex.meta.source_kind != "news":
            by_symbol[symbol_key(ex.meta.symbol)].append((doc.doc_id, ex.meta.issue_date, ex.meta.province))
    citations, summary = [], {}
    for doc, ex in items:
        for r in ex.references:
            key = symbol_key(r.symbol)
            targets = sorted(t for t in by_symbol.get(key, []) if t[0] != doc.doc_id
                             and not (r.date and t[1] and r.date != t[1]))
            citations.append({"citing_doc_id": doc.doc_id, "citing_symbol": ex.meta.symbol,
                              "cited_symbol": r.symbol, "relation": r.relation,
                              "cited_doc_id": targets[0][0] if targets else ""})
            s = summary.setdefault(key, {"symbol": r.symbol, "doc_type": r.doc_type, "issuer": r.issuer,
                                         "date": r.date, "citing": set(), "provinces": set()})
            s["doc_type"] = s["doc_type"] or r.doc_type
            s["issuer"] = s["issuer"] or r.issuer
            s["date"] = s["date"] or r.date
            s["citing"].add(doc.doc_id)
            if ex.meta.province:
                s["provinces"].add(ex.meta.province)
    citations.sort(key=lambda c: (c["citing_doc_id"], c["cited_symbol"], c["relation"]))
    rows = [{"symbol": s["symbol"], "doc_type": s["doc_type"], "issuer": s["issuer"], "date": s["date"],
             "cited_by": len(s["citing"]), "provinces": "; ".join(sorted(s["provinces"])),
             "doc_ids": "; ".join(sorted(s["citing"]))} for s in summary.values()]
    rows.sort(key=lambda r: (-r["cited_by"], r["symbol"]))
    return citations, rows
