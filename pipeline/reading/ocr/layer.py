"""Step 1, the text-layer check: whether a PDF page's extracted text can be trusted
(enough of it, made of Vietnamese syllables, free of the odd symbols legacy fonts
produce), and the scores that decide it."""
from __future__ import annotations

from pipeline.reading.normalize import syllable_share


#: Fewer visible characters than this on a page means no text layer (a scan;
#: stray page numbers or a signature stamp label stay below it).
MIN_LAYER_CHARS = 40
#: Minimum share of words that are Vietnamese syllables (good 0.89+, broken 0.33-).
MIN_SYLLABLE_SHARE = 0.6
#: Maximum share of characters outside Vietnamese letters, ASCII and common
#: typographic punctuation (good 0.000, broken 0.19+).
MAX_ODD_SHARE = 0.05

_VN_LETTERS = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝăĂđĐĩĨũŨơƠưƯ")
_TYPOGRAPHIC = set("“”‘’–—…•°º±×÷€§№²³\u00a0\ufffe\u00ad")


def odd_share(text: str) -> float:
    """Share of visible characters that no Vietnamese text layer should hold."""
    n = odd = 0
    for c in text:
        if c.isspace():
            continue
        n += 1
        if not (" " <= c <= "~" or c in _VN_LETTERS or "\u1ea0" <= c <= "\u1ef9" or c in _TYPOGRAPHIC):
            odd += 1
    return odd / n if n else 0.0


def layer_scores(text: str) -> dict[str, float]:
    visible = sum(not c.isspace() for c in text)
    return {"chars": visible, "syllables": round(syllable_share(text), 3),
            "odd": round(odd_share(text), 3)}


def layer_usable(text: str) -> tuple[bool, str]:
    """(usable, why not) for one page's extracted text."""
    s = layer_scores(text)
    if s["chars"] < MIN_LAYER_CHARS:
        return False, "no text layer"
    if s["syllables"] < MIN_SYLLABLE_SHARE or s["odd"] > MAX_ODD_SHARE:
        return False, f"unreadable text layer (syllables {s['syllables']}, odd {s['odd']})"
    return True, ""
