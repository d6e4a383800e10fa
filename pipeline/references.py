"""Legal references. PLACEHOLDER until the references work lands."""
from __future__ import annotations

from .models import DocMeta, Document, Reference, Structure


def extract(doc: Document, structure: Structure, meta: DocMeta) -> list[Reference]:
    return []
