"""News and web pages (.html, .htm) through trafilatura.

The main text is extracted as XML so paragraphs, headings, list items and
table cells keep their boundaries; comments, menus and boilerplate are left
out. The page's title, site and publication date go to ``meta`` with
``source_kind = "news"``: the publication date is the article's, not the
plan's, and must not be taken for the plan's issue date.
"""
from __future__ import annotations

import re
from pathlib import Path

from pipeline.models import Block, ReadResult
from pipeline.reading.normalize import decode_bytes
from pipeline.reading.base import Reader, ReadError
from pipeline.reading.lines import list_kind

#: trafilatura XML elements that carry text, and the block kind they map to.
TEXT_TAGS = {"p": "paragraph", "head": "heading", "item": "list_item", "cell": "table_row",
             "quote": "paragraph", "code": "paragraph"}


#: A page that marks its main content, and where a body opens.
CONTAINER = re.compile(r"<(?:article|main)\b", re.I)
BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)


class HtmlReader(Reader):
    format = "html"

    def read(self, path: Path) -> ReadResult:
        import trafilatura
        from lxml import etree

        html = _decode(path)
        xml = _extract(trafilatura, html)
        if xml and not CONTAINER.search(html):
            # a page whose paragraphs stand right in its body: trafilatura's fallback for
            # such pages keeps a paragraph once though the text repeats it ("a) Chủ trì, phối
            # hợp …" under a second body); read as one article, every paragraph stays
            whole = _extract(trafilatura, BODY_OPEN.sub(r"\g<0><article>", html, count=1))
            if whole and len(whole) > len(xml):
                xml = whole
        if not xml:
            raise ReadError("no article text found in the web page")
        try:
            root = etree.fromstring(xml.encode("utf-8"))
        except etree.XMLSyntaxError as e:
            raise ReadError(f"web page text could not be parsed ({e})") from e
        blocks = list(_blocks(root))
        meta = _meta(trafilatura, html, root)
        description = meta.pop("description", "")
        lead = _lead(_sapo(html) or description, blocks)
        return ReadResult(blocks=lead + blocks, meta=meta)


def _extract(trafilatura, html: str) -> str | None:
    return trafilatura.extract(html, output_format="xml", include_comments=False,
                               include_tables=True, include_formatting=False,
                               favor_recall=True, with_metadata=True)


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    text, _ = decode_bytes(raw)
    return text


def _blocks(root):
    main = root.find("main")
    if main is None:
        main = root
    for el in main.iter(*TEXT_TAGS):
        # a cell, item or quotation holding paragraphs yields those paragraphs instead, after
        # its own first line ("ỦY BAN NHÂN DÂN" then <p>TỈNH NGHỆ AN</p>: a line break in the
        # header; a <blockquote> around an interview's <p>: the words once)
        if el.tag in ("cell", "item", "quote") and el.find("p") is not None:
            lead = " ".join((el.text or "").split())
            if lead:
                yield Block(lead, kind=TEXT_TAGS[el.tag])
            continue
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        kind = TEXT_TAGS[el.tag]
        if kind == "paragraph":
            kind = list_kind(text)
        yield Block(text, kind=kind, bold=el.tag == "head")


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _lead(description: str, blocks: list[Block]) -> list[Block]:
    """The article's lead paragraph, when the extractor left it out.

    Vietnamese news sites set the lead (sapo) apart from the article body, and
    it is often the one sentence that names the plan ("UBND … vừa ban hành Kế
    hoạch số …"); main-text extraction drops it with the page furniture. The
    page's description metadata carries the same sentence, so it is put back
    in front unless the body already contains it.
    """
    lead = " ".join(description.split())
    if len(lead) < 40 or any(_squash(lead)[:60] in _squash(b.text) for b in blocks):
        return []
    return [Block(lead, kind="paragraph")]


#: The class a news site gives its lead paragraph (sapo): ``sapo``, ``detail-sapo``,
#: ``article-lead``, ``description``, ``summary``.
SAPO_CLASS = re.compile(r"sapo|^(?:\w+[-_])?(?:lead|description|summary|chapeau)$", re.I)


def _sapo(html: str) -> str:
    """The text of the page's lead paragraph, marked by its class.

    The page's description metadata is often a shortened lead that leaves out the
    plan's number and date; the lead itself, set apart by its class, is whole.
    """
    from lxml import etree, html as lxml_html

    try:
        page = lxml_html.document_fromstring(html)
    except (ValueError, etree.ParserError):
        return ""
    for el in page.iter():
        classes = str(el.get("class") or "").split() if isinstance(el.tag, str) else []
        if el.tag in ("p", "div", "h2", "strong") and any(SAPO_CLASS.search(c) for c in classes):
            text = " ".join(el.text_content().split())
            if len(text) >= 40:
                return text
    return ""


def _meta(trafilatura, html: str, root) -> dict:
    meta = {"source_kind": "news"}
    doc = trafilatura.extract_metadata(html)
    values = {
        "title": getattr(doc, "title", None) or root.get("title"),
        "published": getattr(doc, "date", None) or root.get("date"),
        "site": getattr(doc, "sitename", None) or root.get("sitename") or getattr(doc, "hostname", None),
        "url": getattr(doc, "url", None) or root.get("source"),
        "author": getattr(doc, "author", None) or root.get("author"),
        "description": getattr(doc, "description", None) or root.get("description"),
    }
    for key, value in values.items():
        if value:
            meta[key] = str(value).strip()
    return meta
