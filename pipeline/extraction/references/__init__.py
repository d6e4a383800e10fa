"""Legal references: documents cited in a text, one row per cited document.

Steps of ``extract``:
 1. find      — every symbol of the families of DOMAIN.md §3, strict shapes first,
                then irregular letter numbers introduced by "Văn bản số"/"số"
 2. skip      — the document's own number (header, appendix heading)
 3. read      — type word before, date/issuer/subject after, relation from the clause
 4. short     — second mentions ("Quyết định 520") resolved to an earlier citation
 5. merge     — one row per symbol; registry fills gaps and flags contradictions
``citation_graph`` joins the rows of a corpus into citations and a per-symbol summary.

Modules, in pipeline order (``extract`` itself is here):
 symbols    the symbol grammar and its OCR repairs, ``ocr_key``, a reading's confidence
 finding    steps 1-2: every symbol in the text; the document's own number
 reading    step 3: type, date, issuer, subject and relation of one citation
 merging    steps 4-5: short mentions, one row per symbol, the registry
 graph      the corpus's citations and per-symbol summary
"""
from __future__ import annotations

from pipeline.models import DocMeta, Document, Reference, Structure
from pipeline.extraction.registry import symbol_key
from pipeline.extraction.structure import document_end, site_labels
from pipeline.extraction.references.symbols import (REPAIRED_CONFIDENCE, _year_of_its_date, codes_known, confidence_of,
                                                    ocr_key, repair_codes, repair_ocr_codes)
from pipeline.extraction.references.finding import (ALIAS_BEFORE, _own_caption, _own_number_line, certificate_cell,
                                                    find_symbols,
                                                    issued_regulations, own_spans)
from pipeline.extraction.references.reading import read_citation
from pipeline.extraction.references.merging import (_merged_variants, apply_registry, count_short_mentions, localise,
                                                    merge, to_reference)
from pipeline.extraction.references.graph import citation_graph

__all__ = ["REPAIRED_CONFIDENCE", "citation_graph", "extract", "find_symbols", "ocr_key", "read_citation",
           "repair_codes"]


def extract(doc: Document, structure: Structure, meta: DocMeta) -> list[Reference]:
    text = doc.text
    own, header_span = own_spans(structure, meta)
    issued = issued_regulations(text)
    refs: dict[str, Reference] = {}
    firsts: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    loose: dict[str, str] = {}         # ocr_key -> key of the first row with it
    end_of_own = document_end(text, structure)
    labels = site_labels(text, structure)
    for start, end, sym in find_symbols(text):                               # 1
        if start >= end_of_own or any(a <= start < b for a, b in labels):
            continue                    # a web page's trailer or related list, not the document
        taken.append((start, end))
        repaired = bool(doc.ocr_pages) and doc.page_at(start) in doc.ocr_pages \
            and (fixed := repair_ocr_codes(sym)) != sym
        sym = fixed if repaired else sym
        key = symbol_key(sym)
        # (the number written with a leading zero is the same: "0441/2002/QĐ-BTM" of "Số: 441/2002/QĐ-BTM")
        if own and ocr_key(sym).lstrip("0") == own.lstrip("0") or ocr_key(sym) in issued or header_span[0] <= start < max(header_span[1], header_span[0] + 1) \
                or _own_number_line(text, start, structure) \
                or ALIAS_BEFORE.search(text, max(0, start - 60), start) or _own_caption(text, start, sym, meta, start >= structure.body_end) \
                or certificate_cell(text, start, end, sym):
            continue                                                          # 2
        c = read_citation(text, start, end, sym)                              # 3
        if (dated := _year_of_its_date(sym, text[start:end], c.date)) != sym:
            c.symbol = sym = dated
            key = symbol_key(sym)
        key = loose.setdefault(ocr_key(sym), key)   # an OCR variant joins its symbol's row
        confidence = confidence_of(doc, start, end, codes_known(sym))
        confidence = min(confidence, REPAIRED_CONFIDENCE) if repaired else confidence
        if key in refs:
            merge(refs[key], c)                                               # 5
            refs[key].confidence = max(refs[key].confidence, confidence)   # one clean reading suffices
            continue
        c.issuer = localise(c.issuer, meta.province)
        refs[key] = to_reference(doc, structure, c)
        refs[key].confidence = confidence
        firsts[refs[key].symbol] = start
    rows = _merged_variants(list(refs.values()))
    count_short_mentions(text, rows, firsts, taken)                           # 4
    for r in rows:
        apply_registry(r)                                                     # 5
    return sorted(rows, key=lambda r: r.start)
