"""Targets and training needs. PLACEHOLDER until the targets work lands."""
from __future__ import annotations

from .models import DocMeta, Document, Structure, Target


def extract(doc: Document, structure: Structure, meta: DocMeta) -> list[Target]:
    return []
