"""Mending OCR with a text layer whose fonts have no character map (reading/glyphs.py)."""
from __future__ import annotations

from collections import Counter

import pytest

from pipeline.reading.glyphs import Code, LayerWord, learn, mend, pairs
from tests.conftest import shared_file

GLYPHS = "GID+TimesNewRomanPSMT"     # a Type0 font: glyph numbers, no map
SYMBOL = "TimesNewRomanPSMT"         # a symbol font: bytes read as Mac Roman


def glyph_codes(text: str) -> str:
    """``text`` as pdfium reports it in a Times New Roman subset with no map:
    ASCII from glyph 3 on, the run Ạ..ỹ from glyph 1188 on, đ and Đ apart."""
    out = []
    for c in text:
        if c in "đĐ":
            out.append(chr({"đ": 255, "Đ": 264}[c]))
        elif " " <= c <= "~":
            out.append(chr(ord(c) - 29))
        elif "\u1ea0" <= c <= "\u1ef9":
            out.append(chr(1188 + ord(c) - 0x1EA0))
        else:
            raise ValueError(c)
    return "".join(out)


def ocr_word(text, left, top=100, width=None):
    return {"line": (1, 1, 1), "left": left, "top": top, "width": width or 20 * len(text),
            "height": 40, "conf": 90.0, "text": text}


def layer_word(text, left, top=100, font=GLYPHS, width=None, codes=None):
    codes = codes if codes is not None else glyph_codes(text)
    return LayerWord(codes, (font,) * len(codes), (left, top, left + (width or 20 * len(text)), top + 40))


def votes(font, pairs_):
    out = {}
    for text, codes in pairs_:
        for c, code in zip(text, codes):
            out.setdefault((font, code), Counter())[c] += 1
    return out


def test_a_font_of_glyph_numbers_is_read_by_its_ascii_order():
    code = Code(votes(GLYPHS, [(w, glyph_codes(w)) for w in ["Kiem", "tra", "Cai", "2026", "Cong"] * 3]))
    assert code.models[GLYPHS] == "glyph_ids"
    # letters never voted on are still known by their place in the ASCII run
    assert code.decode(GLYPHS, glyph_codes("Z")) == "Z"
    assert code.decode(GLYPHS, glyph_codes("(")) == "("


def test_a_glyph_with_no_votes_takes_the_offset_of_its_run():
    # ề (U+1EC1) and ể (U+1EC3) learnt; ệ (U+1EC7) and Ế (U+1EBE) sit between or
    # near learnt neighbours of the same run and are read from them
    learnt = [("ề", glyph_codes("ề")), ("ể", glyph_codes("ể")), ("ị", glyph_codes("ị")),
              ("ẹ", glyph_codes("ẹ")), ("tra", glyph_codes("tra"))] * 4
    code = Code(votes(GLYPHS, learnt + [("Kiem", glyph_codes("Kiem"))] * 3))
    assert code.decode(GLYPHS, glyph_codes("ệ")) == "ệ"       # between ể and ị
    assert code.decode(GLYPHS, glyph_codes("Ế")) == "Ế"       # between ẹ and ề
    assert code.decode(GLYPHS, glyph_codes("ỹ")) is None      # past the last learnt: not guessed


def test_a_run_is_not_trusted_across_a_change_of_offset():
    code = Code(votes(GLYPHS, [("ề", glyph_codes("ề")), ("tra", glyph_codes("tra")),
                                ("đ", chr(1200))] * 4 + [("Kiem", glyph_codes("Kiem"))] * 3))
    # ề at 1221 and đ (voted) at 1200 are offset differently: nothing between them is guessed
    assert code.decode(GLYPHS, chr(1210)) is None


def test_a_symbol_font_is_read_as_windows_bytes_not_mac_roman():
    # pdfium reports "ngày" as "ng‡y": the byte of à read as Mac Roman
    seen = [("ngày", "ng‡y"), ("tháng", "th·ng"), ("phúc", "ph˙c"), ("công", "cÙng"), ("Lào", "L‡o")] * 3
    code = Code(votes(SYMBOL, seen))
    assert code.models[SYMBOL] == "mac_roman"
    assert code.decode(SYMBOL, "Í") == "ê"                       # never voted on, read by the model


def test_a_code_the_model_reads_as_an_odd_sign_takes_its_own_votes():
    seen = [("ngày", "ng‡y"), ("tháng", "th·ng"), ("phúc", "ph˙c")] * 4 + [("Á", "£")] * 2
    code = Code(votes(SYMBOL, seen))
    assert code.decode(SYMBOL, "£") == "Á"


def test_a_symbol_font_byte_pdfium_reads_right_keeps_its_reading():
    seen = [("ngày", "ng‡y"), ("tháng", "th·ng"), ("phúc", "ph˙c")] * 4 + [("LÃNH", "LÃNH")]
    code = Code(votes(SYMBOL, seen))
    assert code.decode(SYMBOL, "Ã") == "Ã"      # as Mac Roman it would be "Ì"
    assert code.decode(SYMBOL, "Ù") == "ô"      # unvoted: the font's way


def test_a_layer_word_with_a_mark_ocr_does_not_see_stays_as_ocr_read_it():
    ocr = [ocr_word("Cường", 0, width=120)]
    layer = [layer_word("Cường", 0, width=100, codes="C" + "ư" + "ờ" + "ng", font=SYMBOL),
             layer_word("-", 101, width=10, codes="-", font=SYMBOL)]
    code = Code(votes(SYMBOL, [("Cường", "Cường"), ("và", "và"), ("ngày", "ng‡y")] * 5))
    assert mend(ocr, layer, code)[0]["text"] == "Cường"
    ocr[0]["text"] = "Cưởng"
    assert mend(ocr, layer, code)[0]["text"] == "Cưởng"     # its reading would add a dash: kept


def test_pairs_join_the_pieces_of_a_word_the_layer_breaks_at_a_font_change():
    ocr = [ocr_word("217/2025/NĐ-CP", 100, width=280), ocr_word("ngày", 400)]
    layer = [layer_word("217/2025/NĐ", 100, width=220), layer_word("-CP", 322, width=58),
             layer_word("ngày", 401, codes="ng‡y", font=SYMBOL)]
    got = pairs(ocr, layer)
    assert [(i, w.codes) for i, w in got] == [(0, glyph_codes("217/2025/NĐ") + glyph_codes("-CP")),
                                              (1, "ng‡y")]
    # a layer word on another line pairs with nothing
    assert pairs(ocr, [layer_word("ngày", 400, top=300, codes="ng‡y", font=SYMBOL)]) == []


def test_mend_puts_the_layers_letters_in_ocrs_words():
    text = "Hoàng Chí Hiền Giám đốc Sở về việc kiểm tra thuộc địa bàn và đề"
    read = "Hơấñg Chí Hiên Giám đốc Sở về việc kiêm tra thuộc địa bàn và đề"
    # each word of the layer once in a body font, and OCR's reading of it
    ocr, layer, left = [], [], 0
    for truth, seen in zip(text.split(), read.split()):
        ocr.append(ocr_word(seen, left))
        codes = "".join(glyph_codes(c) if (" " <= c <= "~" or "\u1ea0" <= c <= "\u1ef9" or c in "đĐ") else c
                        for c in truth)
        layer.append(layer_word(truth, left, codes=codes, font=GLYPHS))
        left += 20 * len(truth) + 30
    pages = [(ocr, layer)] * 3
    code = learn(pages)
    mended = " ".join(w["text"] for w in mend(ocr, layer, code))
    # à and ề are learnt from the words OCR reads right more often than not; ể
    # (always misread) from its run, between ề and ệ
    assert mended == text


def test_a_word_the_layer_and_ocr_read_too_differently_stays_as_ocr_read_it():
    ocr = [ocr_word("Điều", 0)]
    layer = [layer_word("Mục", 0, codes=glyph_codes("M") + "ục", font=GLYPHS)]
    code = Code(votes(GLYPHS, [("tra", glyph_codes("tra")), ("Kiem", glyph_codes("Kiem"))] * 4))
    assert mend(ocr, layer, code)[0]["text"] == "Điều"


def test_a_word_ocr_doubts_takes_the_layers_reading_however_unlike():
    ocr = [ocr_word("lowfg", 0), ocr_word("Văn", 140)]
    ocr[0]["conf"] = 22.8
    layer = [layer_word("Hoàng", 0, codes="Ho‡ng", font=SYMBOL), layer_word("Văn", 140, codes="Văn", font=SYMBOL)]
    code = Code(votes(SYMBOL, [("ngày", "ng‡y"), ("tháng", "th·ng"), ("Hoàng", "Ho‡ng")] * 4))
    assert [w["text"] for w in mend(ocr, layer, code)] == ["Hoàng", "Văn"]
    ocr[0]["conf"] = 91.0
    assert mend(ocr, layer, code)[0]["text"] == "lowfg"      # read with confidence: not the same word


def test_a_font_with_a_map_on_a_failed_page_does_not_overrule_ocr():
    # a scanner's own text layer with its marks dropped ("Quyet dinh"): the map fits most
    # votes, but its words stay as Tesseract read them
    MAPPED = "ABCDEF+Arial"
    seen = [("Quyết", "Quyet"), ("định", "dinh"), ("tra", "tra"), ("Kiểm", "Kiem"), ("Cai", "Cai")] * 5
    code = Code(votes(MAPPED, seen + [("Lào", "Lao")] * 2 + [("năm", "nam"), ("2026", "2026")] * 10))
    assert code.models[MAPPED] == "identity"
    ocr = [ocr_word("Quyết", 0)]
    assert mend(ocr, [layer_word("Quyet", 0, codes="Quyet", font=MAPPED)], code)[0]["text"] == "Quyết"


def test_a_word_with_a_letter_the_code_does_not_know_stays_as_ocr_read_it():
    ocr = [ocr_word("Hiên", 0)]
    layer = [layer_word("Hiền", 0)]
    code = Code(votes(GLYPHS, [("tra", glyph_codes("tra")), ("Kiem", glyph_codes("Kiem"))] * 4))
    assert mend(ocr, layer, code)[0]["text"] == "Hiên"      # ề (glyph 1221) never learnt


@pytest.mark.skipif(not __import__("shutil").which("tesseract"), reason="tesseract not installed")
def test_a_broken_layer_gives_ocr_its_letters_on_a_real_decision():
    from pathlib import Path

    from pipeline.reading.pdf import PdfReader
    path = shared_file("real", "QD-1050-kiem-tra-VLNCN-2026.pdf")
    text = "\n".join(b.text for b in PdfReader().read(Path(path)).blocks)
    # OCR alone reads the signer "Hơấñg Chí Hiên" and the title "QUYÉT ĐỊNH"
    assert "Hoàng Chí Hiền" in text
    assert "QUYẾT ĐỊNH" in text
    assert "1050" in text and "QĐ-SCT" in text


def test_pairing_and_mending_take_any_boxes_without_failing():
    # degenerate and overlapping boxes, empty pages, codes outside every model
    import random
    rng = random.Random(7)
    for _ in range(200):
        ocr = [{"line": (1, 1, k), "left": rng.randint(0, 50), "top": rng.randint(0, 50),
                "width": rng.randint(0, 30), "height": rng.randint(0, 20), "conf": rng.uniform(-1, 99),
                "text": rng.choice(["a", "Điều", "1.", "", "ỹ"])} for k in range(rng.randint(0, 6))]
        layer = [LayerWord(codes, (rng.choice([GLYPHS, SYMBOL]),) * len(codes),
                           (x, y, x + rng.randint(0, 30), y + rng.randint(0, 20)))
                 for codes, x, y in ((rng.choice(["\x03", "ӌ", "‡", "ab", chr(0x10FFFF)]), rng.randint(0, 50),
                                      rng.randint(0, 50)) for _ in range(rng.randint(0, 6)))]
        code = learn([(ocr, layer)])
        out = mend(ocr, layer, code)
        assert len(out) == len(ocr) and all(set(w) == set(o) for w, o in zip(out, ocr))


def _page(n: int):
    """One page's OCR words and layer: 'Hiên' read for 'Hiền' once, 'về' read right twice."""
    truth, seen = ["về", "về", "Hiền", "Kiem", "tra", "Lao", "Cai"], ["về", "về", "Hiên", "Kiem", "tra", "Lao", "Cai"]
    ocr = [{**ocr_word(w, 60 * k), "line": (1, 1, 1)} for k, w in enumerate(seen)]
    layer = [layer_word(w, 60 * k, codes="".join(glyph_codes(c) for c in w)) for k, w in enumerate(truth)]
    return ocr, layer


@pytest.mark.parametrize("order", [[1, 2, 3, 4], [4, 3, 1, 2], [2, 4, 1, 3]])
def test_a_documents_mending_does_not_depend_on_the_order_pages_finish(monkeypatch, order):
    from pipeline.reading import ocr as O
    monkeypatch.setattr(O.LayerMending, "LEARN_PAGES", 2)
    pages = {n: _page(n) for n in (1, 2, 3, 4)}
    monkeypatch.setattr(O, "_layer_words", lambda pdf, index: pages[index + 1][1])
    mending = O.LayerMending([1, 2, 3, 4])
    texts: dict[int, str] = {}
    for n in order:
        mending.layer(n, None)
    for k, n in enumerate(order):
        texts.update(mending.read(n, pages[n][0]))
        if {1, 2} <= set(order[:k + 1]):
            assert not mending.held       # the teachers (pages 1 and 2) are in: nothing waits
    texts.update(mending.rest())
    assert texts == {n: "về về Hiền Kiem tra Lao Cai" for n in (1, 2, 3, 4)}
    assert not mending.held and not mending.layers


def test_a_teacher_page_that_fails_does_not_hold_the_others(monkeypatch):
    from pipeline.reading import ocr as O
    monkeypatch.setattr(O.LayerMending, "LEARN_PAGES", 2)
    pages = {n: _page(n) for n in (1, 2, 3)}
    monkeypatch.setattr(O, "_layer_words", lambda pdf, index: pages[index + 1][1])
    mending = O.LayerMending([1, 2, 3])
    for n in (1, 2, 3):
        mending.layer(n, None)
    assert mending.read(2, pages[2][0]) == {}            # page 1, a teacher, still to come
    mending.lost(1)                                      # ... and its OCR failed
    assert mending.read(3, pages[3][0]) == {2: "về về Hiền Kiem tra Lao Cai", 3: "về về Hiền Kiem tra Lao Cai"}
