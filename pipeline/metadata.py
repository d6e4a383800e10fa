"""The document's own metadata. PLACEHOLDER until the structure work lands."""
from __future__ import annotations

from .models import DocMeta, Document, Structure


def extract(doc: Document, structure: Structure) -> DocMeta:
    return DocMeta()
