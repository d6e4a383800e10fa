"""Normalisation: NFC, tone placement, invisible characters, legacy encodings."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.reading.normalize import (normalize_tone_placement,
    decode_bytes, detect_legacy_encoding, encode_tcvn3, fix_legacy_encoding,
    is_syllable, may_hold_legacy, normalize, syllable_share,
)

SENTENCE = "Kế hoạch thực hiện công tác dân số năm 2025 của Ủy ban nhân dân tỉnh Đồng Tháp"


@pytest.mark.parametrize("raw, expected", [
    ("hoà bình", "hòa bình"),
    ("CỘNG HOÀ", "CỘNG HÒA"),
    ("Hoà", "Hòa"),
    ("xoá bỏ", "xóa bỏ"),
    ("thoả thuận", "thỏa thuận"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("KHOẺ", "KHỎE"),
    ("thuỷ sản", "thủy sản"),
    ("THUỶ LỢI", "THỦY LỢI"),
    ("tuỳ theo", "tùy theo"),
    ("huỷ bỏ", "hủy bỏ"),
    ("Uỷ ban", "Ủy ban"),
    ("UỶ BAN", "ỦY BAN"),
    ("qúy", "quý"),
    ("QÚY", "QUÝ"),
    # already in the chosen style, or closed syllables where the tone stays
    ("quý", "quý"), ("hòa", "hòa"), ("hoàn thành", "hoàn thành"),
    ("quỳnh", "quỳnh"), ("thuyền", "thuyền"), ("khoảng", "khoảng"), ("quà", "quà"),
])
def test_tone_placement(raw, expected):
    assert normalize_tone_placement(raw) == expected
    # reading keeps the document's own placement: quotes must match what it prints
    assert normalize(raw) == unicodedata.normalize("NFC", raw)


def test_nfd_becomes_nfc():
    nfd = unicodedata.normalize("NFD", SENTENCE)
    assert nfd != SENTENCE
    assert normalize(nfd) == SENTENCE


def test_invisible_and_space_characters():
    raw = "Kế\u00a0\u00a0hoạch\u200b số\u00ad 303\ufffe/KH-UBND\t \u2011 năm  "
    assert normalize(raw) == "Kế hoạch số 303/KH-UBND - năm"


def test_private_use_bullet_becomes_dash():
    assert normalize("\uf0b7 Sở Y tế") == "- Sở Y tế"
    assert normalize("• Sở Y tế") == "- Sở Y tế"


def test_line_breaks_kept_and_en_dash_kept():
    assert normalize("a  \n  b – c") == "a\nb – c"


# TCVN3 bytes written by hand from the ABC table (not produced by encode_tcvn3)
TCVN3_LATIN1 = "KÕ ho¹ch thùc hiÖn c«ng t¸c d©n sè n¨m 2025 cña ñy ban nh©n d©n tØnh §ång Th¸p"
VNI_CP1252 = "Keá hoaïch thöïc hieän coâng taùc daân soá naêm 2025 cuûa UÛy ban nhaân daân tænh Ñoàng Thaùp"


def test_tcvn3_detected_and_converted():
    text, enc = fix_legacy_encoding(TCVN3_LATIN1)
    assert enc == "TCVN3"
    # TCVN3 has no toned capitals: "Ủy" comes back lowercase
    assert text == SENTENCE.replace("Ủy", "ủy")


def test_vni_detected_and_converted():
    text, enc = fix_legacy_encoding(VNI_CP1252)
    assert enc == "VNI"
    assert text == SENTENCE


@pytest.mark.parametrize("text", [
    SENTENCE,
    SENTENCE + " © ö ø ü ä ñ ®",                       # Unicode with stray symbols
    "Schöne Grüße aus Köln, Dänemark, ©®¼½ für Ärzte und Bücher",
    "plain ASCII text with no accents at all, 100% safe",
])
def test_unicode_text_is_never_converted(text):
    assert detect_legacy_encoding(text) is None
    assert fix_legacy_encoding(text) == (text, None)


@pytest.mark.parametrize("text, may", [
    (SENTENCE, False),
    (SENTENCE + " © ö", False),                         # two signal characters: fewer than detection needs
    (SENTENCE + "\n" + TCVN3_LATIN1, True),            # one pasted TCVN3 paragraph
    (VNI_CP1252 + "\n" + SENTENCE, True),
])
def test_may_hold_legacy_is_false_only_where_no_piece_could_be_converted(text, may):
    assert may_hold_legacy(text) is may
    if not may:      # the cheap answer agrees with the test itself on every piece
        assert all(fix_legacy_encoding(piece)[1] is None for piece in text.split())


def test_encode_tcvn3_round_trip():
    raw = encode_tcvn3(SENTENCE)
    assert raw.decode("latin-1") == TCVN3_LATIN1
    assert decode_bytes(raw) == (SENTENCE.replace("Ủy", "ủy"), "TCVN3")


def test_decode_bytes_unicode_forms():
    assert decode_bytes(SENTENCE.encode("utf-8")) == (SENTENCE, "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")) == (SENTENCE, "utf-8-sig")
    assert decode_bytes(SENTENCE.encode("utf-16")) == (SENTENCE, "utf-16")
    assert decode_bytes(SENTENCE.encode("utf-16-le")) == (SENTENCE, "utf-16-le")


def test_decode_bytes_vni_and_cp1258():
    assert decode_bytes(VNI_CP1252.encode("cp1252")) == (SENTENCE, "VNI")
    # cp1258 stores base letters plus separate tone marks
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    parts = []
    for ch in SENTENCE:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        parts.append(base + "".join(c for c in d if c in tones))
    assert decode_bytes("".join(parts).encode("cp1258")) == (SENTENCE, "cp1258")


def test_syllables():
    assert all(is_syllable(w) for w in ["nghiêng", "Kế", "hoạch", "QUYẾT", "thủy", "quý", "đồng"])
    assert not any(is_syllable(w) for w in ["ho¹ch", "7+ѬѪ1*", "ph·p", "xyz", "hoạcch"])
    assert syllable_share(SENTENCE) == 1.0
    assert syllable_share("6Ӣ C‘NG 7+ѬѪ1* &Ӝ1* H“A XÃ") < 0.5


def test_acronyms_of_a_table_page_are_no_sign_of_a_broken_font():
    # a cost table read from a good text layer: codes and capitals, few syllables
    page = "\n".join(["STT 13, PL 6, QĐ 66", "N-NH4+ (Phân tích trong phòng PKN)", "2", "6", "18",
                      "268.255", "STT 16, PL 6, QĐ 66", "TSS (Phân tích trong phòng PKN)", "108"] * 3)
    assert syllable_share(page) == 1.0
    assert syllable_share("Céng hßa x· héi chñ nghÜa ViÖt Nam") < 0.5     # a legacy font still is


def test_a_year_split_in_two_by_a_web_page_is_joined_after_nam():
    assert normalize("An Giang, ngày 28 tháng 4 năm 20 23") == "An Giang, ngày 28 tháng 4 năm 2023"
    # elsewhere "20" may be a count: "năm 20 người" is not a year
    assert normalize("trong năm 20 người được hỗ trợ") == "trong năm 20 người được hỗ trợ"


@pytest.mark.parametrize("raw, expected", [
    ("Sở Tài nguyên và Môi trường,Khoa học và Công nghệ", "Sở Tài nguyên và Môi trường, Khoa học và Công nghệ"),
    ("tăng 6,5% so với năm trước", "tăng 6,5% so với năm trước"),        # a decimal comma stays
    ("Sở Y tế, Sở Nội vụ", "Sở Y tế, Sở Nội vụ"),
])
def test_a_comma_glued_to_the_next_word_gets_its_space(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Căn cứ Quyết định số 629/QĐ-TTg ngày29/5/2012", "Căn cứ Quyết định số 629/QĐ-TTg ngày 29/5/2012"),
    ("ngày 04tháng 5 năm 2013", "ngày 04 tháng 5 năm 2013"),
    ("ĐẾN NĂM2020, TẦM NHÌN ĐẾN NĂM2030", "ĐẾN NĂM 2020, TẦM NHÌN ĐẾN NĂM 2030"),
    ("trong 5năm liên tục", "trong 5 năm liên tục"),
    ("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020", "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020"),
])
def test_a_date_word_glued_to_its_figure_is_set_apart(raw, expected):
    assert normalize(raw) == expected


def test_the_eth_of_news_sites_is_read_as_the_vietnamese_d_with_stroke():
    assert normalize("Ðiện Biên phấn đấu. Ðồng thời, giao Sở ðiều phối") == \
        "Điện Biên phấn đấu. Đồng thời, giao Sở điều phối"


def test_line_breaks_a_site_wrote_out_are_restored():
    # (the four characters "\r\n" some sites store in a page's text; a path's backslash stays)
    assert normalize("dưới\\r\\n5%. Tệp C:\\new") == "dưới\n5%. Tệp C:\\new"


@pytest.mark.parametrize("raw, expected", [
    # the "Ủ" a font or copy lost before "y ban nhân dân"
    ("Chánh Văn phòng y ban nhân dân tỉnh", "Chánh Văn phòng Ủy ban nhân dân tỉnh"),
    ("của y ban nhân dân Thành phố", "của Ủy ban nhân dân Thành phố"),
    # "y" in a word, and "y" before another "ban", stay
    ("Sở Y tế ban hành; ngành y ban hành", "Sở Y tế ban hành; ngành y ban hành"),
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
])
def test_a_committee_that_lost_its_first_letter_is_mended(raw, expected):
    assert normalize(raw) == expected
