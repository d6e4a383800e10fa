"""The sample corpus: files present, gold consistent with its sources, build reproducible.

The samples in corpus/ are built by scripts/build_corpus.py; the gold files in
corpus/gold/ were written by hand from the composed texts. These tests keep
the three in step:

1. every sample the build script knows is in corpus/, and has a gold file;
2. every gold file names a file in corpus/, and every anchor, reference
   symbol and baseline figure it lists can be found in that file's text
   (text formats, .docx via python-docx, the text PDF via pdfplumber, the
   TCVN3 file after decoding; the scan has no text layer and no anchors);
3. building twice gives identical bytes for every sample (the build pins
   timestamps), and the committed text samples equal a fresh build.
"""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT

GOLD = CORPUS / "gold"
SCRIPTS = ROOT / "scripts"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    import sys
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(SCRIPTS))
    return mod


build_corpus = _load("build_corpus")
helpers = _load("build_helpers")
SAMPLES = build_corpus.SAMPLES
GOLD_FILES = sorted(GOLD.glob("*.json"))


def squash(s: str) -> str:
    """What the scorer compares: NFC, whitespace collapsed, case folded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip().casefold()


def canon_symbol(s: str) -> str:
    s = unicodedata.normalize("NFC", s).upper().replace("TƯ", "TW").replace("Đ", "D")
    return re.sub(r"\s+", "", re.sub(r"[\u2010-\u2015\u2212]", "-", s))


# ---------------------------------------------------------------------------
# Source text per format (test-side readers, independent of the pipeline)
# ---------------------------------------------------------------------------

def _docx_text(path: Path) -> str:
    import docx
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def _html_article_text(path: Path) -> str:
    from lxml import html
    tree = html.fromstring(path.read_bytes())
    (article,) = tree.xpath("//article")
    return article.text_content()


def _pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def source_text(name: str) -> str | None:
    """The readable text of a corpus file; None for an image-only PDF."""
    path = CORPUS / name
    if "tcvn3" in name:
        return helpers.build_decode_tcvn3(path.read_bytes())
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx_text(path)
    if suffix == ".html":
        return _html_article_text(path)
    if suffix == ".pdf":
        text = _pdf_text(path)
        return text if text.strip() else None
    if suffix == ".rtf":
        from striprtf.striprtf import rtf_to_text
        return rtf_to_text(path.read_bytes().decode("ascii"))
    return path.read_bytes().decode("utf-8-sig")


def number_forms(value: float) -> list[str]:
    """Ways a count is written: 5190 -> 5.190, 9 -> 9 or 09."""
    n = int(value)
    grouped = f"{n:,}".replace(",", ".")
    return [grouped, f"{n:02d}"] if n < 10 else [grouped]


# ---------------------------------------------------------------------------
# 1. Files present
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_exists_and_has_gold(name):
    assert (CORPUS / name).is_file(), f"run: .venv/bin/python scripts/build_corpus.py ({name} missing)"
    assert (GOLD / f"{Path(name).stem}.json").is_file(), f"no gold for {name}"


def test_corpus_holds_only_samples():
    """Everything in corpus/ except gold/ and catalogs/ is read as an input document."""
    extra = {p.name for p in CORPUS.iterdir()
             if p.name not in {"gold", "catalogs"} and not p.name.startswith(".")} - set(SAMPLES)
    assert not extra, f"files in corpus/ that the build script does not make: {sorted(extra)}"


# ---------------------------------------------------------------------------
# 2. Gold consistent with its source
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_shape(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert (CORPUS / gold["file"]).is_file()
    assert gold_path.stem == Path(gold["file"]).stem
    for key in ("document", "references", "targets", "needs", "quantities", "agencies"):
        assert key in gold, key
    for t in gold["targets"]:
        assert t["comparator"] in {"min", "over", "max", "under", "about", "none"}
        assert isinstance(t["annual"], bool) and t["anchor"].strip()
    for a in gold["agencies"]:
        assert a["role"] in {"lead", "support", "implement"}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_found_in_source(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = source_text(gold["file"])
    if text is None:                     # scanned PDF: nothing to anchor
        assert not gold["targets"] and not gold["needs"] and not gold["quantities"]
        return
    flat = squash(text)
    for item in gold["targets"] + gold["needs"]:
        assert squash(item["anchor"]) in flat, f"anchor not in {gold['file']}: {item['anchor']!r}"
        value = item["value"]
        assert re.search(rf"(?<![\d.,]){int(value)}(?![\d])", text), f"value {value} not in text"
    canon_text = canon_symbol(text)
    for ref in gold["references"]:
        assert canon_symbol(ref["symbol"]) in canon_text, f"reference {ref['symbol']} not in text"
    for q in gold["quantities"]:
        forms = number_forms(q["value"])
        if q.get("of"):
            forms = [f"{a}/{b}" for a in forms for b in number_forms(q["of"])]
        assert any(re.search(rf"(?<![\d.,/]){re.escape(f)}(?![\d/])", text) for f in forms), q
    for a in gold["agencies"]:
        assert squash(a["name"]) in flat, a["name"]


def test_html_boilerplate_traps_are_outside_the_article():
    """The comments and related links carry a per cent and symbols the reader must drop."""
    page = (CORPUS / "ha-noi-303-kh-ubnd-tin-bao.html").read_text(encoding="utf-8")
    article = _html_article_text(CORPUS / "ha-noi-303-kh-ubnd-tin-bao.html")
    for trap in ("60% cộng tác viên", "95/KH-UBND", "02/2021/TT-BYT", "08/02/2023"):
        assert trap in page and trap not in article, trap
    assert 'content="2022-12-05T10:40:00+07:00"' in page


def test_docx_uses_automatic_numbering():
    """Agency headings and lettered points are Word list numbers, not typed text."""
    import docx
    d = docx.Document(str(CORPUS / "can-tho-2026-2030-du-thao.docx"))
    numbered = {}
    for p in d.paragraphs:
        ppr = p._p.pPr
        if ppr is not None and ppr.numPr is not None:
            numbered[p.text] = (ppr.numPr.numId.val, ppr.numPr.ilvl.val)
    assert numbered["Sở Y tế"][1] == 0 and numbered["Ủy ban nhân dân xã, phường"][1] == 0
    assert numbered["Mục tiêu cụ thể"][0] != numbered["Sở Y tế"][0]    # two lists, both from 1
    assert any(lvl == 1 for _, lvl in numbered.values())
    xml = d.part.numbering_part.element.xml
    assert 'w:val="lowerLetter"' in xml and 'w:val="decimal"' in xml and "startOverride" in xml
    assert not any(p.text.startswith(("1. Sở", "a) Chủ trì")) for p in d.paragraphs)


def test_scan_has_no_text_layer():
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(CORPUS / "hau-giang-95-kh-ubnd-ban-scan.pdf"))
    try:
        assert len(pdf) >= 1
        assert all(not pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_text_pdf_has_running_header_and_page_numbers():
    import pdfplumber
    with pdfplumber.open(str(CORPUS / "bo-y-te-3904-byt-tcds-huong-dan-520.pdf")) as pdf:
        pages = [p.extract_text() for p in pdf.pages]
    assert len(pages) >= 2
    for i, t in enumerate(pages, 1):
        assert t.splitlines()[0].startswith("Bộ Y tế - Hướng dẫn")
        assert t.rstrip().endswith(f"Trang {i}/{len(pages)}")


def test_legacy_and_nfd_samples_are_what_they_claim():
    raw = (CORPUS / "de-an-520-qd-ttg-muc-tieu-tcvn3.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "§Ò ¸n" in raw.decode("latin-1") and b"\r\n" in raw
    st = (CORPUS / "soc-trang-81-kh-ubnd-2025-2030.txt").read_text(encoding="utf-8")
    assert st == unicodedata.normalize("NFD", st) != unicodedata.normalize("NFC", st)


def test_build_side_tcvn3_agrees_with_pipeline():
    """When the pipeline has its own TCVN3 codec, the sample must decode with it."""
    norm = pytest.importorskip("pipeline.reading.normalize")
    decode = getattr(norm, "tcvn3_to_unicode", None)
    if decode is None:
        pytest.skip("pipeline.reading.normalize has no tcvn3_to_unicode yet")
    raw = (CORPUS / "de-an-520-qd-ttg-muc-tieu-tcvn3.txt").read_bytes()
    assert decode(raw.decode("latin-1")) == helpers.build_decode_tcvn3(raw)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_scan_is_legible_to_ocr(tmp_path):
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    if "vie" not in langs.split():
        pytest.skip("tesseract has no 'vie' model")
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(CORPUS / "hau-giang-95-kh-ubnd-ban-scan.pdf"))
    img = tmp_path / "p1.png"
    pdf[0].render(scale=200 / 72).to_pil().save(img)
    pdf.close()
    out = subprocess.run(["tesseract", str(img), "-", "-l", "vie"], capture_output=True,
                         text=True, timeout=120).stdout
    for needle in ("95/KH-UBND", "520/QĐ-TTg", "3904/BYT-TCDS", "Hậu Giang"):
        assert needle in unicodedata.normalize("NFC", out), needle


# ---------------------------------------------------------------------------
# 3. Reproducible build
# ---------------------------------------------------------------------------

# Samples whose committed bytes must equal a fresh build on any machine: the
# text formats depend on nothing but our code. The .docx and the PDFs embed
# library output (python-docx template, fpdf2, pypdfium2, Pillow), so only
# rebuild-vs-rebuild identity is required of them (SAMPLES[name][1]).
PORTABLE = {name for name in SAMPLES if Path(name).suffix in {".md", ".html", ".txt"}}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    pytest.importorskip("fpdf", reason="build extra not installed (pip install -e '.[build]')")
    a, b = tmp_path_factory.mktemp("build_a"), tmp_path_factory.mktemp("build_b")
    build_corpus.build(a)
    time.sleep(1.1)          # cross a second boundary: wall-clock stamps would show
    build_corpus.build(b)
    return a, b


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_build_is_deterministic(two_builds, name):
    a, b = two_builds
    if not SAMPLES[name][1]:
        pytest.skip(f"{name} is not byte-reproducible")
    assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs between builds"


@pytest.mark.parametrize("name", sorted(PORTABLE))
def test_committed_text_samples_match_build(two_builds, name):
    a, _ = two_builds
    assert (CORPUS / name).read_bytes() == (a / name).read_bytes(), \
        f"corpus/{name} is stale: rerun scripts/build_corpus.py"


def test_committed_docx_text_matches_build(two_builds):
    a, _ = two_builds
    name = "can-tho-2026-2030-du-thao.docx"
    assert _docx_text(CORPUS / name) == _docx_text(a / name)


def test_the_committed_outputs_are_what_the_corpus_gives_now(tmp_path, monkeypatch):
    # extracted/ is what a new user's `make extract` writes: a change of the rules that
    # changes it must commit the new outputs with it
    root = ROOT
    monkeypatch.chdir(root)
    from pipeline.cli import main
    assert main(["extract", "corpus/", "--out", str(tmp_path / "out"), "--jobs", "2", "--no-cache"]) == 0
    tracked = subprocess.run(["git", "ls-files", "extracted"], capture_output=True, text=True, cwd=root).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout: the committed outputs are not known")
    stale = [name for name in tracked
             if (tmp_path / "out" / Path(name).relative_to("extracted")).read_bytes() != (root / name).read_bytes()]
    assert stale == []
