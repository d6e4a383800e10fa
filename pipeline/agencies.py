"""Responsible agencies. PLACEHOLDER until the agencies work lands."""
from __future__ import annotations

from .models import Agency, Assignment, Document, Structure


def extract(doc: Document, structure: Structure) -> tuple[list[Agency], list[Assignment]]:
    return [], []
