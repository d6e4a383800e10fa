"""Baseline figures. PLACEHOLDER until the quantities work lands."""
from __future__ import annotations

from .models import Document, Quantity, Structure


def extract(doc: Document, structure: Structure) -> list[Quantity]:
    return []
