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
Extractors see only ``Document`` (text, blocks, pages, meta), never a file format.
"""
from __future__ import annotations

from pipeline.extraction import agencies, layout, metadata, quantities, references, structure, targets
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
    return Extraction(structure=struct, meta=meta, references=refs, targets=tgts,
                      quantities=qtys, agencies=agcs, assignments=assigns)
