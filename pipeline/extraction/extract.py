"""Run the extractors on one ingested document.

Steps:
 0. layout     — flattened text gets its blocks back on lines of their own; only
                 whitespace changes, so the text keeps its length and offsets; the
                 extractors then read it with one mark for a lettered point ("a)" for
                 "a."), one tone placement, and OCR'd pages with their common phrases'
                 marks mended (same length again)
 1. structure  — header, title, section tree with roles, signature, recipients
 2. metadata   — the document's own identity (type, symbol, date, province, period…)
 3. references — legal documents cited, resolved against the registry
 4. targets    — goal values and planned training counts
 5. quantities — baseline figures: counts and ratios, and apart from them the rates (per cents)
 6. agencies   — bodies given duties in the implementation section
 7. cut-off    — a text that stops mid-sentence is flagged in its warnings: what it
                 shows is reported with its evidence (the bodies of a cut duties list
                 too), and nothing past the cut is guessed
 8. spelling   — the rules above read one tone placement ("hòa", "khỏe"); records give
                 back the document's own ("hoá", "khoẻ", "a."): quotes are cut from its text,
                 names and titles keep the marks mended on OCR'd pages
 9. evidence   — quotes start after their list mark or formula character
Extractors see only ``Document`` (text, blocks, pages, meta), never a file format.
"""
from __future__ import annotations

from pipeline.extraction import agencies, layout, metadata, quantities, references, structure, targets
from pipeline.extraction.mend import mended_words, mend_ocr_pages
from pipeline.extraction.spans import respell, tidy_quotes
from pipeline.reading.normalize import normalize_tone_placement
from pipeline.models import Document, Extraction


def extract(doc: Document) -> Extraction:
    # (the rules read one mark for a lettered point, "a)"; the saved text keeps the
    # document's own, "a.", at the same offsets)
    bracketed = structure.bracket_dotted_points(doc.text)
    relaid = layout.relayout(bracketed)                       # 0
    own = _marks_restored(relaid, doc.text, bracketed)
    placed = normalize_tone_placement(relaid)
    _set_text(doc, mend_ocr_pages(doc, placed))
    named = mended_words(own, placed, doc.text)
    struct = structure.parse(doc)                              # 1
    meta = metadata.extract(doc, struct)                       # 2
    _from_site_record(doc, meta)
    _signer_from_site_record(doc, meta)
    refs = references.extract(doc, struct, meta)               # 3
    _year_from_citations(doc, meta, refs)
    tgts = targets.extract(doc, struct, meta)                  # 4
    qtys, rates = quantities.split(quantities.extract(doc, struct, meta.period_start))  # 5
    agcs, assigns = agencies.extract(doc, struct, news=meta.source_kind == "news",
                                     issuer_read=meta.issuer or "")   # 6
    if structure.ends_mid_sentence(doc.text, struct):          # 7
        if structure.CUT_OFF_WARNING not in doc.warnings:
            doc.warnings.append(structure.CUT_OFF_WARNING)
    extraction = Extraction(structure=struct, meta=meta, references=refs, targets=tgts,
                            quantities=qtys, rates=rates, agencies=agcs, assignments=assigns)
    working = doc.text
    _set_text(doc, own)                                        # 8
    respell(own, working, extraction, named)
    tidy_quotes(doc, extraction)                               # 9
    return extraction


def _from_site_record(doc: Document, meta) -> None:
    """A saved web page whose copy starts without its header ("Kính gửi: …") still shows
    the website's record above it: its number, type and date stand for the document's,
    and a warning says where they came from."""
    if meta.symbol or meta.source_kind != "official":
        return
    record = metadata.site_record(doc.text)
    if record is None:
        return
    meta.symbol, kind, meta.issue_date = record
    meta.doc_type = meta.doc_type or kind
    meta.title = meta.title or metadata.site_title(doc.text, meta.symbol)
    meta.doc_status, meta.year = "issued", int(meta.issue_date[:4])
    doc.warnings.append("number, type and date taken from the website's record above the text (no header of its own)")


def _signer_from_site_record(doc: Document, meta) -> None:
    """A saved page cut before its signature (a legal website's excerpt) still names the
    signer in the website's record above it ("Người ký | Nguyễn Hoài Anh"); the title
    printed above the name is not known, and a warning says where the name came from."""
    if meta.signer or meta.source_kind != "official" or not meta.symbol:
        return
    signer = metadata.site_signer(doc.text, meta.symbol)
    if signer:
        meta.signer = signer
        doc.warnings.append("signer taken from the website's record above the text (signature not in the copy)")


def _year_from_citations(doc: Document, meta, refs) -> None:
    """A copy without its header (a web save that starts at "Kính gửi") prints no date of
    its own, but it is no older than the latest document it cites: that year stands for
    its own, and a warning says it was inferred."""
    if meta.year is not None or meta.source_kind != "official":
        return
    cited = [int(r.date[:4]) for r in refs if r.date] + [r.year for r in refs if r.year]
    if cited:
        meta.year = max(cited)
        doc.warnings.append(f"year {meta.year} inferred from the latest document it cites (no date of its own)")


def _marks_restored(relaid: str, original: str, changed: str) -> str:
    """``relaid`` with each character ``changed`` had in place of ``original``'s put back."""
    if changed == original:
        return relaid
    chars = list(relaid)
    for k, (was, now) in enumerate(zip(original, changed)):
        if was != now:
            chars[k] = was
    return "".join(chars)


def _set_text(doc: Document, text: str) -> None:
    """Swap the document's text for one of the same length (same offsets)."""
    if text != doc.text:
        doc.text = text
        for b in doc.blocks:
            b.text = text[b.start:b.end]
