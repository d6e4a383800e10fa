"""Document anatomy: header, title, section tree with roles, signature, recipients.

Steps of ``parse``, and the module of each:
 1. lines       — split the text into lines with offsets, markup trimmed             (header)
 2. header      — issuing body lines, ``Số:`` number and symbol, place and date       (header)
 3. title       — the type line (``KẾ HOẠCH``) and the subject line(s) under it       (title)
 4. closing     — where the body ends: closing sentence, recipients, signature       (closing)
 5. sections    — numbered headings between body start and end, nested by kind      (sections)
 6. roles       — each section's role from its heading, else its parent's           (sections)
 7. signature   — TM./KT. lines, the signer's title and name; recipients list       (closing)
Patterns several steps share are in ``patterns``. Other modules ask ``appendices`` (an
appendix's indicators or tasks, a plan or rules annexed to a decision) and ``bounds`` (a
text cut off, a web page's additions before and after the text).
Everything works on ``Document.text``; block boldness is only a hint.
"""
from __future__ import annotations

from pipeline.models import Document, Structure
from pipeline.extraction.structure.patterns import (ADDRESSEES, ISSUED_WITH, ITEM_MARK, LIST_RANK, MOTTO_TEXT,
                                                    PLACE_DATE, PLACE_DATE_BARE_AT, PREAMBLE_START, STATE_MOTTO,
                                                    list_mark)
from pipeline.extraction.structure.header import DOC_TYPE_FOLDED, NUMBER_LINE, doc_type_of, parse_header, split_lines
from pipeline.extraction.structure.title import parse_title
from pipeline.extraction.structure.sections import (HEADING_NUMBER, bracket_dotted_points, heading_of, own_role,
                                                    parse_sections)
from pipeline.extraction.structure.closing import (CAPITALS_WITH_A_SMALL, SIGNER_TITLE, _drop_misread_signer,
                                                   _signed_on_site, find_body_end, in_capitals, parse_recipients,
                                                   parse_signature)
from pipeline.extraction.structure.appendices import (annexed_plan, annexed_rules, appendix_start,
                                                      indicator_appendices, task_appendices)
from pipeline.extraction.structure.bounds import CUT_OFF_WARNING, document_end, ends_mid_sentence, site_labels

__all__ = ["parse",
           "ADDRESSEES", "ISSUED_WITH", "ITEM_MARK", "LIST_RANK", "MOTTO_TEXT", "PLACE_DATE", "PLACE_DATE_BARE_AT",
           "PREAMBLE_START", "STATE_MOTTO", "list_mark",
           "DOC_TYPE_FOLDED", "NUMBER_LINE", "doc_type_of",
           "HEADING_NUMBER", "bracket_dotted_points", "heading_of", "own_role",
           "CAPITALS_WITH_A_SMALL", "SIGNER_TITLE", "in_capitals", "parse_signature",
           "annexed_plan", "annexed_rules", "appendix_start", "indicator_appendices", "task_appendices",
           "CUT_OFF_WARNING", "document_end", "ends_mid_sentence", "site_labels"]


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------

def parse(doc: Document) -> Structure:
    text = doc.text
    lines = split_lines(doc)                                          # 1
    header, after = parse_header(lines)                               # 2
    number_i = next((i for i, ln in enumerate(lines) if ln.start == header.get("number_line_start")), None)
    if number_i is None and "header_end" in header:
        # no number line: the title may begin right after the issuer block
        number_i = next((i - 1 for i, ln in enumerate(lines) if ln.start >= header["header_end"]), None)
    after = parse_title(lines, after, header, number_i)               # 3
    body_start = lines[after].start if after < len(lines) else 0
    if after == 0:
        body_start = 0
    body_end = find_body_end(lines, body_start, len(text))             # 4
    sections = parse_sections(lines, body_start, body_end)            # 5, 6
    signature = parse_signature(text, body_end)                       # 7
    if "signer" not in signature:
        signature.update(_signed_on_site(text, body_start))
    _drop_misread_signer(doc, signature)
    recipients = parse_recipients(text, body_end, signature)
    return Structure(sections=sections, header=header, signature=signature,
                     recipients=recipients, body_start=body_start, body_end=body_end)
