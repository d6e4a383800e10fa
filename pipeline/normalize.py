"""Text normalisation applied the same way to every format.

PLACEHOLDER: NFC only; the ingestion work adds tone placement and legacy encodings.
"""
from __future__ import annotations

import unicodedata


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text)
