"""Run the extractors on one ingested document.

Steps:
 0. layout     — flattened text gets its blocks back on lines of their own; only
                 whitespace changes, so the text keeps its length and offsets
 1. structure  — header, title, section tree with roles, signature, recipients
 2. metadata   — the document's own identity (type, symbol, date, province, period…)
 3. references — legal documents cited, resolved against the registry
 4. targets    — goal values and planned training counts
 5. quantities — baseline figures
 6. agencies   — bodies given duties in the implementation section
 7. cut-off    — a text that stops mid-sentence is flagged in its warnings: what it
                 shows is reported with its evidence (the bodies of a cut duties list
                 too), and nothing past the cut is guessed
 8. evidence   — quotes start after their list mark or formula character
Extractors see only ``Document`` (text, blocks, pages, meta), never a file format.
"""
from __future__ import annotations

from pipeline.extraction import agencies, layout, metadata, quantities, references, structure, targets
from pipeline.extraction.spans import tidy_quotes
from pipeline.models import Document, Extraction


def extract(doc: Document) -> Extraction:
    relaid = layout.relayout(doc.text)                        # 0
    if relaid != doc.text:
        doc.text = relaid
        for b in doc.blocks:
            b.text = relaid[b.start:b.end]
    struct = structure.parse(doc)                              # 1
    meta = metadata.extract(doc, struct)                       # 2
    refs = references.extract(doc, struct, meta)               # 3
    tgts = targets.extract(doc, struct, meta)                  # 4
    qtys = quantities.extract(doc, struct)                     # 5
    agcs, assigns = agencies.extract(doc, struct)              # 6
    if structure.ends_mid_sentence(doc.text, struct):          # 7
        if structure.CUT_OFF_WARNING not in doc.warnings:
            doc.warnings.append(structure.CUT_OFF_WARNING)
    extraction = Extraction(structure=struct, meta=meta, references=refs, targets=tgts,
                            quantities=qtys, agencies=agcs, assignments=assigns)
    tidy_quotes(doc, extraction)                               # 8
    return extraction
