"""The document's own identity: kind, type, symbol, status, province, issuer,
dates, period, title and signer.

Steps of ``extract``, and the module of each:
 1. kind      — official text or a news report about a plan (``web``, which also
                reads what a report or a legal website's page says of the document)
 2. identity  — type and symbol from the header (news: from the reported plan)
                (``identity``)
 3. status    — draft when the number or the day is blank (and no signature
                stamp supplies them) (``dates``, with the stamps themselves)
 4. place     — province and issuer from the header, title or body (``place``)
 5. time      — issue date, year, plan period (``period``; a blank header's dates
                from ``dates``)
 6. signer    — from the signature block (here; a report's signer from ``web``)
"""
from __future__ import annotations

from pipeline.models import DocMeta, Document, Structure
from pipeline.extraction.registry import PROVINCE_NAMES
from pipeline.extraction.metadata.web import _reported_signing, is_news, site_record, site_signer, site_title
from pipeline.extraction.metadata.identity import _identity
from pipeline.extraction.metadata.dates import HEADER_REACH, _completed_header, _status, signing_time
from pipeline.extraction.metadata.place import _issuer_and_province, header_issuer, is_central
from pipeline.extraction.metadata.period import LETTER_TYPES, _time, plan_period, valid_until

__all__ = ["LETTER_TYPES", "PROVINCE_NAMES", "extract", "header_issuer", "is_central", "plan_period",
           "site_record", "site_signer", "site_title", "valid_until"]


def extract(doc: Document, structure: Structure) -> DocMeta:
    """The document's own record: what it is, whether it was issued, who issued it for
    which province, when, for which period, and who signed it."""
    h = _completed_header(doc, structure.header)
    meta = DocMeta()
    news = is_news(doc, structure)
    meta.source_kind = "news" if news else "official"
    reported, captioned = _identity(meta, doc, structure, h, news)
    meta.doc_status = _status(meta, doc.text, h, news, captioned, signed=bool(signing_time(doc, HEADER_REACH)))
    meta.issuer, meta.province = _issuer_and_province(meta, doc.text, structure, h, news)
    _time(meta, doc, structure, h, news, reported, captioned)
    meta.signer = structure.signature.get("signer", "")
    meta.signer_title = structure.signature.get("signer_title", "")
    if news and not meta.signer and (signing := _reported_signing(doc.text)):
        meta.signer_title, meta.signer = signing
    return meta
