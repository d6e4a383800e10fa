"""The symbol grammar of DOMAIN.md §3 (number, year, codes, and the odd spacing of the
wild) and its OCR repairs: look-alike digits, decree and law codes the scan damaged, a
capital misread inside a code. ``ocr_key`` lets a misread symbol meet the one it reads, and
``confidence_of`` says what a repair costs."""
from __future__ import annotations

import regex as re

from pipeline.models import Document
from pipeline.extraction.registry import ISSUER_NAMES, TYPE_NAMES, UNIT_SUFFIX, SymbolParts, parse_symbol, symbol_key

# --------------------------------------------------------------------------
# Symbol patterns (run on NFC text; whitespace may include a line break where
# the citation was hard-wrapped)
# --------------------------------------------------------------------------

# A code inside a symbol: KH, QĐ, TTg, CTr, UBND, BYT, TƯ, QH15, ĐQ&V, QLN& TTBĐS (a
# copy may space the ampersand from the code it joins).
# (a law's legislature may be spaced from its QH: "Luật … số 06/QH 10")
CODE = r"[A-ZĐƯ][A-Za-zĐđƯư]*(?:[ \t]?&[ \t]?[A-ZĐƯ][A-Za-zĐđƯư]*)*(?:(?<=QH)[ \t]\d\d(?!\d)|\d*)(?![\p{L}\d])"
# The number: digits, where OCR may have read 1 as l and 0 as O inside it; also glued to
# its "số" or a lone "s" left of it ("Văn bản s3471/VPCP-KGVX", "Quyết định số1050/QĐ-SCT").
# A number's first digit read as the capital it looks like, before a normative text's year:
# "S7/2024/QĐ- UBND" is 57/2024/QĐ-UBND, "Z3/2015/NĐ- CP" 23/2015/NĐ-CP (scans).
OCR_FIRST_DIGIT = r"[SZB](?=\d{1,4}[ \t]*/[ \t]*(?:19|20)\d\d[ \t]*/)"
FIRST_DIGITS = {"S": "5", "Z": "2", "B": "8"}
NUMBER = r"(?:(?<![\p{L}\d/.\-])|(?<=(?<![\p{L}])s(?:ố)?))(?:\d|[lO](?=\d)|" + OCR_FIRST_DIGIT + r")[\dlO]*"
# A copy that spaced a number's digits apart ("s ố 6 1 9/BC-STP", "số 1 49/2016/NĐ-CP"):
# only right after "số", where a number must follow.
SPACED_NUMBER = r"(?<=\bs\s?ố[ \t]+)\d{1,3}(?:[ \t]\d{1,3}){1,2}(?=[ \t]*/)"
# A year with its digits spaced apart between the slashes ("01/20 1 8/TT-BTC").
YEAR = r"(?:(?:19|20)\d\d|(?=\d[\d \t]{4,6}/)(?:1[ \t]?9|2[ \t]?0)[ \t]?\d[ \t]?\d)(?![\d])"
# Separators with the odd spacing of the wild ("10- CTr/TU", "1050 /QĐ-SCT").
SLASH = r"[ \t]*/\s{0,2}"
DASH = r"[ \t]*[-–—‐](?:[ \t]{0,2}[-–—‐])?\s{0,2}"     # OCR may double it: "NĐ- -CP"
# (codes may also be joined by dots, a space before the first: "1059/TTr .BCĐ.CCHC", "7915/ĐA .SXD";
# a unit numbered in Roman figures, one letter too: the Government Office's "11554/VPCP-V.I")
DOTTED_CODE = r"[ \t]?\.(?:[A-ZĐƯ]{2,}\d*|(?<=-\p{Lu}{1,2}\.)(?:I{1,3}|IV|V|VI{1,3}|IX|X))(?![\p{L}\d])"
MORE_CODES = rf"(?:(?:{SLASH}|{DASH}){CODE}|{DOTTED_CODE})*"

# Normative documents and laws: 02/2021/TT-BYT, 45/2019/QH14, 05/2026/VLN/CV-LV.
NORMATIVE = re.compile(rf"(?:{SPACED_NUMBER}|{NUMBER}){SLASH}{YEAR}{SLASH}{CODE}{MORE_CODES}{UNIT_SUFFIX}")
# Party documents: 21-NQ/TW (or TƯ), 74-KH/TU, 30-TB/TGV.
PARTY = re.compile(rf"{NUMBER}{DASH}{CODE}{SLASH}{CODE}{MORE_CODES}{UNIT_SUFFIX}")
# Administrative documents and official letters: 303/KH-UBND, 3904/BYT-TCDS,
# 21.4/GĐN (company letters may carry a dotted number, or end on their year: 23/TPP-2023).
YEAR_ENDING = r"(?:-(?:19|20)\d\d(?![\p{L}\d/\-]))?"
# (a letter of several units may name the rest after a comma or a joint one its members after a
# colon, up to its date: "746/CĐBVN-QLVT, PT&NL ngày …", "45054/LN: CT-CA-TC-STP-KBNN ngày …")
JOINT_TAIL = rf"(?:[,:][ \t]?{CODE}(?:{DASH}{CODE})*(?=[ \t]+ngày\b))?"
ADMINISTRATIVE = re.compile(rf"(?:{SPACED_NUMBER}|{NUMBER}(?:\.\d{{1,2}})?){SLASH}{CODE}{MORE_CODES}{UNIT_SUFFIX}{YEAR_ENDING}"
                            rf"{JOINT_TAIL}")
# National technical regulations and standards: QCVN 01:2019/BCT, TCVN 5574:2018.
# Older standards give the year after a dash, in two or four digits: TCVN 5331-91.
STANDARD = re.compile(r"(?<![\p{L}])(?:QCVN|TCVN)\s*\d+(?:-\d+)*(?:\s*:\s*(?:19|20)\d\d|-(?:(?:19|20)\d\d|[6-9]\d)(?!\d))(?:\s*/\s*[A-ZĐ][A-Za-zĐđ]*)?")
# The older form, its number spaced from its codes, only after "số": "Tờ trình số 08 TT/LS",
# "Quyết định số 947 QĐ/UB".
SPACED_OLD_FORM = re.compile(rf"(?<=(?<![\p{{L}}])số\s*:?[ \t]*)\d+[ \t]+{CODE}{SLASH}{CODE}{MORE_CODES}")
# ... and the older number joined to one code by a dash, after the document's type: "Chỉ thị
# 166-CT ngày 20-6-1989", "Nghị định 36-CP".
TYPED_DASH_FORM = re.compile(r"(?<=\b(?:Chỉ thị|Nghị định|Quyết định|Nghị quyết|Thông tư)[ \t]+(?:số[ \t]*)?)"
                             r"\d+-[A-ZĐ]{1,6}(?![\p{L}\d/\-])")
STRICT_PATTERNS = (STANDARD, NORMATIVE, PARTY, ADMINISTRATIVE, SPACED_OLD_FORM, TYPED_DASH_FORM)

# OCR look-alikes of digits inside a symbol's number or year: slashed and accented
# O, a lower-case l, a bar ("96/202ØND-CP", "6Ó6-NQ/ĐU").
LOOKALIKE = re.compile(r"[ØøÓÒÕÔƠ|]|(?<=\d)[Ol](?=\d)|(?<=\d)[Ol](?=[/\-])|(?<=[/\-])[Ol](?=\d)"
                       r"|^[Il](?=\d{2,}[/\-])"     # (a capital I for the number's first 1: "I050/QĐ-SCT")
                       r"|^" + OCR_FIRST_DIGIT + r"|^[SZB](?=\d{2,}/\p{Lu})")   # (a letter's too: "S786/SNV-…")
LOOKALIKE_DIGITS = str.maketrans({"Ø": "0", "ø": "0", "Ó": "0", "Ò": "0", "Õ": "0", "Ô": "0", "Ơ": "0",
                                  "O": "0", "l": "1", "|": "1", "I": "1", "S": "5", "Z": "2", "B": "8"})
# A run of digits and look-alikes where a number or a year stands (at the start or
# after a separator).
DIGIT_RUN = re.compile(r"(?:^|(?<=[/\-]))(?:^I(?=\d)|^[SZB](?=\d{2,}/))?[\dØøÓÒÕÔƠOl|]{2,}(?=[/\-]|\p{Lu}|$)")
# A year run into the type code after it: "96/2020ND-CP".
GLUED_YEAR = re.compile(r"^\d+/(?:19|20)\d\d(?=\p{Lu})")
# Codes shaped like a body's: people's committees and councils, a Sở (S…), a Bộ (B…),
# Party committees, the police's departments (C08).
BODY_CODE = re.compile(r"UBND|HĐND|UB[\p{Lu}]{1,8}|S[\p{Lu}]{1,6}|B[\p{Lu}]{1,6}|T[UW]|ĐU|CP|TTg|VPCP|"
                       r"QH\d{0,2}|C\d{1,3}|CA[\p{Lu}]{0,4}|TƯ")
REPAIRED_CONFIDENCE = 0.8
DOUBTFUL_CONFIDENCE = 0.5

# Small patterns of the helpers below, compiled once.
OCR_NUMBER = re.compile(r"(?:" + OCR_FIRST_DIGIT + r")?[\dlIO]+")   # a leading number with OCR letters
DIGIT = re.compile(r"\d")
DIGITS = re.compile(r"\d+")
OCR_ONE = re.compile(r"[lIi|]")                 # letters OCR reads for 1
TWO_DIGITS = re.compile(r"\d\d")
NOT_ALNUM = re.compile(r"[^\p{L}\d]")
DOUBLED_LETTERS = re.compile(r"(\p{L})\1+")


def fix_number(raw: str) -> str:
    """OCR letters inside the leading number: 'l050' and 'I050' -> '1050', '1O5' -> '105'."""
    m = OCR_NUMBER.match(raw)
    if not m or not DIGIT.search(m.group(0)):
        return raw
    number = m.group(0)
    number = FIRST_DIGITS.get(number[0], number[0]) + number[1:]
    return number.replace("l", "1").replace("I", "1").replace("O", "0") + raw[m.end():]


def repair_lookalikes(raw: str) -> str | None:
    """A symbol whose number or year holds letters the OCR read for digits ("96/202ØND-CP",
    "6Ó6-NQ/ĐU"), repaired by the symbol grammar: the look-alikes become digits, and a
    year glued to its type code gets its slash back ("96/2020/NĐ-CP"; the date after it
    may then mend the year, _year_of_its_date). None when the
    repaired text is still no symbol of a known family: it is dropped, not reported."""
    if not LOOKALIKE.search(raw):
        return raw
    fixed = DIGIT_RUN.sub(lambda m: m.group(0).translate(LOOKALIKE_DIGITS)
                          if DIGIT.search(m.group(0)) else m.group(0), raw)
    fixed = GLUED_YEAR.sub(r"\g<0>/", fixed)
    if LOOKALIKE.search(fixed) or not any(p.fullmatch(fixed) for p in (NORMATIVE, PARTY, ADMINISTRATIVE)):
        return None
    return fixed


# The year of a symbol, between its number and its type code: "96/2026/NĐ-CP".
SYMBOL_YEAR = re.compile(r"(?<=^\d+/)(?:19|20)\d\d(?=/)")


def _year_of_its_date(sym: str, printed: str, date: str) -> str:
    """A year whose last digit was a look-alike ("96/202ØND-CP ngày 31 tháng 3 năm 2026",
    the 6 read as Ø) is the year of the date the citation gives, where the digits read
    agree with it; a year read whole is left as printed."""
    m = SYMBOL_YEAR.search(sym)
    year = date[:4]
    if not m or not year or m.group(0) == year or m.group(0)[:3] != year[:3]:
        return sym
    if not re.search(re.escape(year[:3]) + r"[ØøÓÒÕÔƠOl|]", printed):
        return sym
    return sym[:m.start()] + year + sym[m.end():]


def confidence_of(doc: Document, start: int, end: int, codes_known: bool) -> float:
    """1.0 for a symbol read as printed; REPAIRED_CONFIDENCE when look-alikes were
    repaired; DOUBTFUL_CONFIDENCE for a symbol on an OCR'd page whose codes name no
    type or body we know (a garbled letter symbol such as "11654/ANKT-FANTCDT")."""
    if LOOKALIKE.search(doc.text[start:end]) or SLASH_AS_ONE.match(doc.text[start:end]) \
            or DASH_FOR_SLASH.match(doc.text[start:end]) \
            or LAW_WITHOUT_LEGISLATURE.search(doc.text, start, end) \
            or TYPE_GLUED_TO_MINISTRY.search(doc.text[start:end]) \
            or DECREE_CODE_READ.search(doc.text, start, end) \
            or re.search(r"-[ \t]*(?!TT)[1lI|T]{2}g$", doc.text[start:end]):
        return REPAIRED_CONFIDENCE
    if not codes_known and doc.page_at(start) in doc.ocr_pages:
        return DOUBTFUL_CONFIDENCE
    return 1.0


def codes_known(sym: str) -> bool:
    """The symbol's type or issuer code is one we know: a type (KH, QĐ), a national
    issuer (TTg, BYT), or the shape of a body's code (UBND, S.. for a Sở, B.. for a Bộ)."""
    parts = parse_symbol(sym)
    codes = [c for c in (parts.type_code, parts.issuer_code) if c]
    return any(c in TYPE_NAMES or c in ISSUER_NAMES or BODY_CODE.fullmatch(c.split("-")[0]) for c in codes)


# OCR damage to the issuer code of decrees and laws. A decree (Nghị định) is only
# ever issued by the Government, so "NĐ-P", "NĐ-C", "NĐ-CF" are misread "NĐ-CP".
# A law's code is QH and the two digits of the legislature (QH14, QH15): "QHl5"
# reads as QH15; "QHi" with its digits lost names no document and is dropped; "QH1",
# one digit typed of two, still names its law by number and year and stays as printed
# (a misprint is the text's: the readers of tests/gold-dev2026 cite it so).
DECREE_CODE = re.compile(r"(?<=/N[ĐD]-)(?:CF|GP|CR|CT|(?!CP$)\p{Lu}\p{Ll}?)$")
# ... and one whose code the OCR lost past reading ("102/2024/NĐ- _ _quy định …") is "NĐ-CP".
DECREE_WITHOUT_CODE = re.compile(r"^\d+/(?:19|20)\d\d/N[ĐD]$")
# What a decree's code was printed as where the grammar gave it "CP" (for the confidence).
DECREE_CODE_READ = re.compile(r"/N[ĐD](?:[ \t]*[-–][ \t]*(?:CF|GP|CR|CT|(?!CP\b)\p{Lu}\p{Ll}?))?$")
LAW_CODE = re.compile(r"(?<=/(?:19|20)\d\d/QH)(?P<n>[\dlIi|]*)$")


# The type codes of normative texts, between a symbol's year and its issuer ("/NĐ-CP", "/TT-BTC").
NORMATIVE_TYPES = r"(?:TTLT|TT|QĐ|NĐ|NQ|CT)"
# A slash typed as a one after the year: "136/20201NĐ-CP" is "136/2020/NĐ-CP" (no code of
# a symbol opens with a digit run into its year).
SLASH_AS_ONE = re.compile(r"^(\d+/(?:19|20)\d\d)1(?=\p{Lu})")
# A dash typed for the slash between a normative text's year and its type ("Nghị định số
# 146/2025- NĐ-CP"): the grammar puts the slash back ("146/2025/NĐ-CP").
DASH_FOR_SLASH = re.compile(r"^(\d+/(?:19|20)\d\d)[ \t]*-[ \t]*(?=" + NORMATIVE_TYPES + "-)")


def repair_codes(sym: str) -> str | None:
    """A symbol with OCR-damaged decree or law codes repaired; None when beyond repair."""
    sym = SLASH_AS_ONE.sub(r"\1/", sym)
    sym = DASH_FOR_SLASH.sub(r"\1/", sym)
    sym = DECREE_CODE.sub("CP", sym)
    sym = sym + "-CP" if DECREE_WITHOUT_CODE.match(sym) else sym
    sym = TYPE_GLUED_TO_MINISTRY.sub(r"\g<0>-", sym)
    m = LAW_CODE.search(sym)
    if m and m["n"] == "1":
        return sym          # the legislature's second digit left out by a typist: kept as printed
    if m:
        # (a letter too many before the two digits read whole: "190/2025/QHI15")
        digits = DIGITS.findall(m["n"])
        n = digits[0] if len(digits) == 1 and TWO_DIGITS.fullmatch(digits[0]) and len(m["n"]) == 3 \
            else OCR_ONE.sub("1", m["n"]) or _legislature(int(sym[m.start() - 7:m.start() - 3]))
        if not TWO_DIGITS.fullmatch(n):
            return None
        sym = sym[:m.start()] + n
    return sym


# The years each National Assembly sat in alone (a year two shared, 2016 or 2021, tells
# neither): a law typed without its legislature ("Luật … số 72/2025/QH ngày 16 tháng 6 năm
# 2025") was passed by the one that sat that year.
LEGISLATURES = {11: range(2003, 2007), 12: range(2008, 2011), 13: range(2012, 2016), 14: range(2017, 2021),
                15: range(2022, 2026), 16: range(2027, 2031)}


# A law's code printed without its legislature's digits ("72/2025/QH"): the year gave them.
LAW_WITHOUT_LEGISLATURE = re.compile(r"/(?:19|20)\d\d/QH(?![\dlIi|])")


def _legislature(year: int) -> str:
    """The two digits of the legislature that alone sat in ``year``; "" when none or two did."""
    return next((str(n) for n, years in LEGISLATURES.items() if year in years), "")


# Capitals the OCR reads for one another inside a symbol's codes: "TIR" for TTR, "QĐ-FTG"
# and "QĐ-TLG" for QĐ-TTg, "NGQ" for NQ (a letter too many).
CONFUSABLE = {frozenset(p) for p in ("TI", "TL", "TF", "TJ", "TY", "QO", "QG", "NH", "CG", "ĐD", "IL",
                                      "1T", "1I", "1L")}     # (a digit inside a code of capitals: "41-C1/TW")
# The ministries' codes (and the Government Office's): a code of a ministry's shape the OCR
# read one capital wrong ("4347/QĐ-BVHTTDI") is repaired to the one ministry it is near.
MINISTRY_CODES = frozenset({"BVHTTDL", "BGTVT", "BXD", "BTNMT", "BNNPTNT", "BNNMT", "BKHĐT", "BGDĐT", "BLĐTBXH",
                            "BTP", "BCA", "BQP", "BNG", "BTTTT", "BKHCN", "BDTTG", "BYT", "BCT", "BTC", "BNV",
                            "NHNN", "VPCP", "TTCP", "KTNN"})
# The provincial departments' codes, as their letters and the 2025 reorganisation name them
# ("Sở Tư pháp" STP, "Sở Nông nghiệp và Môi trường" SNNMT): a code of a Sở's shape the OCR read
# one capital wrong or doubled ("136/BC-SIP", "633/TTr-SNNMTT") is the one department it is near.
DEPARTMENT_CODES = frozenset({"SNV", "STP", "STC", "SCT", "SNNMT", "SXD", "SKHCN", "SGDĐT", "SYT", "SVHTTDL",
                              "SVHTT", "SDTTG", "SNG", "SKHĐT", "STNMT", "SNNPTNT", "SLĐTBXH", "STTTT", "SGTVT",
                              # (with the "&" some provinces write: "SNN&MT", "SGD&ĐT")
                              "SNN&MT", "SGD&ĐT", "SKH&CN", "SKH&ĐT", "STN&MT", "SNN&PTNT", "SVHTT&DL", "STT&TT"})
# The Party's committees' codes after a Party symbol's slash ("748-KL/ĐU", "41-CT/TW").
PARTY_COMMITTEE_CODES = frozenset({"TW", "TU", "ĐU", "HU", "QU", "ĐĐ", "BCSĐ"})
# A type code glued to a ministry's code, its hyphen lost ("40/2025/TTBNNMT" in a scan,
# "51/2022/TTBGTVT" as a site typed it): the grammar puts it back ("40/2025/TT-BNNMT").
TYPE_GLUED_TO_MINISTRY = re.compile(r"(?<=^\d+/(?:19|20)\d\d/)" + NORMATIVE_TYPES +
                                    r"(?=(?:" + "|".join(sorted(MINISTRY_CODES, key=len, reverse=True)) + r")$)")
# A slash read as a capital I, L or J between the number and a type code: "77IKH-UBND",
# "27JCT-TTg"; or between the number and its year: "72I2025/QH15".
SLASH_AS_I = re.compile(r"^(\d+)[ILJ|](?=(\p{Lu}{2,4})-)")
SLASH_AS_I_BEFORE_YEAR = re.compile(r"^(\d+)[ILJl|](?=(?:19|20)\d\d/)")


def repair_ocr_codes(sym: str) -> str:
    """On an OCR'd page: a symbol whose type or national issuer code is unknown but one
    misread capital (or one capital too many) away from exactly one code we know, with
    that code; a slash read as "I" before a type code restored. Anything else as it is."""
    if (m := SLASH_AS_I.match(sym)) and m.group(2) in _KNOWN_TYPES:
        sym = f"{m.group(1)}/{sym[m.end():]}"
    if m := SLASH_AS_I_BEFORE_YEAR.match(sym):
        sym = f"{m.group(1)}/{sym[m.end():]}"
    parts = parse_symbol(sym)
    slots = _code_slots(sym, parts)
    if not slots:
        return sym
    for read, known in slots:
        if not read or read.upper() in _KNOWN_CODES | MINISTRY_CODES | PARTY_COMMITTEE_CODES:
            continue
        if read.upper() in DEPARTMENT_CODES:
            continue
        body_code = BODY_CODE.fullmatch(read) or "&" in read       # ("SNN&MT" has its "&")
        if body_code and (known is _KNOWN_ISSUERS or parts.family in ("letter", "irregular")):
            # (a body's code is its own, unless one capital away from a ministry's or a
            # department's)
            known = MINISTRY_CODES | DEPARTMENT_CODES
        elif known is not _KNOWN_TYPES:
            known = known | MINISTRY_CODES      # ("BVHTTDIL": a ministry's, a capital too many)
        near = {k for k in known if _one_misread(read.upper(), k)}
        if len(near) == 1:
            at = sym.index(read, len(parts.number))
            sym = sym[:at] + _as_written(near.pop()) + sym[at + len(read):]
    return sym


# A number and one code of capitals, nothing else: "7735/SNN&MT", a department's letter
# that names no unit.
LONE_CODE = re.compile(r"^\d+/(?P<code>[\p{Lu}&]{2,10})$")


def _code_slots(sym: str, parts: SymbolParts) -> list[tuple[str, frozenset]]:
    """The codes of a symbol the OCR may have misread, each with the codes it may be."""
    if parts.family == "letter":            # "9512/TIR-SNN-CCTL": the first code is the type's
        return [(parts.issuer_code, _KNOWN_TYPES)]
    if parts.family in ("administrative", "normative"):
        # ("24/2018/TI-BNNPTNT": a normative type's code may be the misread one)
        return [(parts.type_code, _KNOWN_TYPES), (parts.issuer_code.split("-")[0], _KNOWN_ISSUERS)]
    if parts.family == "party":             # "41-C1/IW", "01-KI/TW", "748-KL/ĐĐU"
        return [(parts.type_code, _KNOWN_TYPES), (parts.issuer_code, _KNOWN_ISSUERS | PARTY_COMMITTEE_CODES)]
    if m := LONE_CODE.match(sym):           # "7735/SNN&MTT": a body's code, the only one
        return [(m["code"], frozenset())]
    return []


def _one_misread(read: str, code: str) -> bool:
    if len(read) == len(code):
        diff = [(a, b) for a, b in zip(read, code) if a != b]
        # (a doubled capital of a longer code may be misread twice: "FIG" for TTG)
        twice = len(diff) == 2 and len(code) >= 3 and diff[0][1] == diff[1][1]
        return (len(diff) == 1 or twice) and all(frozenset(d) in CONFUSABLE for d in diff)
    # one capital too many, read beside the one it doubles ("NGQ": the Q read twice, as G and
    # Q; "BNNMTT": the T read twice)
    if len(read) == len(code) + 1 and len(code) >= 2:
        return any(read[:i] + read[i + 1:] == code and _beside_its_double(read, i) for i in range(len(read)))
    # one of a doubled capital read once ("TR" for TTR)
    return len(read) == len(code) - 1 and len(read) >= 2 and \
        any(code[:i] + code[i + 1:] == read and code[i] == code[i - 1] for i in range(1, len(code)))


def _beside_its_double(read: str, i: int) -> bool:
    return any(0 <= j < len(read) and (read[i] == read[j] or frozenset((read[i], read[j])) in CONFUSABLE)
               for j in (i - 1, i + 1))


_KNOWN_TYPES = frozenset(k.upper() for k in TYPE_NAMES if len(k) >= 2)
_KNOWN_ISSUERS = frozenset(k.upper() for k in ISSUER_NAMES)
_KNOWN_CODES = _KNOWN_TYPES | _KNOWN_ISSUERS
# each code as documents write it: "TTr", "CTr" and "TTg" with their small letters
_WRITTEN = {k.upper(): k for k in sorted((*TYPE_NAMES, *ISSUER_NAMES), key=lambda k: k != k.upper())}


def _as_written(code: str) -> str:
    return _WRITTEN.get(code, code)


def ocr_key(sym: str) -> str:
    """Looser than ``symbol_key``: separators dropped and doubled letters single, so
    an OCR'd "19/2026NQ-CP" or "1050/QĐĐ-SCTT" meets the symbol it misreads."""
    return DOUBLED_LETTERS.sub(r"\1", NOT_ALNUM.sub("", symbol_key(sym)))
