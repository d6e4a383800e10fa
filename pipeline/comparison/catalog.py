"""Indicator catalogs: national schemes as data, and matching targets to them.

A catalog (``corpus/catalogs/*.yaml``) describes one national document — which
symbol it implements, which documents fit it, and its indicators with the
words that identify them. A researcher edits the YAML; this module only reads
it.

Matching a target to an indicator:
 1. segment the target's group and action into words (``underthesea``),
    after folding case, tone placement and ``hàng năm``/``hằng năm``;
 2. for every indicator not ruled out by its ``exclude_words``, measure how
    many words of its best group phrase appear in the target's group, and of
    its best action phrase in the target's action (phrase recall);
 3. score = GROUP_WEIGHT * group recall + ACTION_WEIGHT * action recall;
 4. keep the best indicator when its score reaches MATCH_THRESHOLD; ties go to
    the indicator with more matched words, then to catalog order.
The quote stands in for a missing group or action.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.models import DocMeta, Document, Extraction, Target

# Where catalogs live when the caller names no folder.
DEFAULT_CATALOGS = Path(__file__).resolve().parents[2] / "corpus" / "catalogs"

# Who is trained (group) and in what (action) count equally: the seeds show
# indicators that share a group and differ by action (công chức: basic
# knowledge / trainers / research) and the reverse (cập nhật kiến thức:
# collaborators / yearly update of civil servants).
GROUP_WEIGHT = 0.5
ACTION_WEIGHT = 0.5

# Minimum score for a match. Chosen on the 21 target sentences of the two seeds
# (Hà Nội 303/KH-UBND news, Cần Thơ 2026-2030 draft), six paraphrases as other
# provinces write them, and off-topic population targets (sex ratio at birth,
# elderly check-ups, pupils, commune clubs): right matches score 0.70-1.0,
# off-topic targets at most 0.35 (a shared "y tế" or "dân số"). 0.6 sits in
# that gap. A wrong indicator sharing the whole group can reach 0.75, but it
# only loses to the right one, never wins alone; the runner-up and its score
# are kept on each match so close calls can be reviewed. tests/test_compare.py
# pins both ends.
MATCH_THRESHOLD = 0.6

# Words that carry no meaning for matching: function words, and the verbs of
# training itself ("đào tạo, bồi dưỡng"), which nearly every target repeats.
STOPWORDS = frozenset("""
được các về và cho có của ở theo tại để những với trong từ đến là sẽ bảo_đảm
đảm_bảo tham_gia liên_quan đạt đội_ngũ làm đào_tạo bồi_dưỡng
""".split())

# Old-style tone placement → new style (DOMAIN.md §8), so "hoá" and "hóa" meet.
TONE_FIXES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
              "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
              "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
# Only at the end of a syllable, and never after "q" ("quý" is already right).
TONE_RE = re.compile(r"(?<!q)(?:" + "|".join(TONE_FIXES) + r")\b")

# Spelling variants folded before segmentation.
VARIANTS = [(re.compile(r"\bhàng năm\b"), "hằng năm")]

# A word is kept only if it has a letter (drops numbers and punctuation).
HAS_LETTER = re.compile(r"[^\W\d_]")


# --------------------------------------------------------------------------
# Catalog data
# --------------------------------------------------------------------------

@dataclass
class Indicator:
    id: str
    label: str
    label_en: str = ""
    national_value: float | None = None
    national_comparator: str = ""
    national_deadline: int | None = None
    national_unit: str = "%"
    group_words: list[str] = field(default_factory=list)
    action_words: list[str] = field(default_factory=list)
    exclude_words: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)       # target ids placed here by hand (or by a copied draft)
    kind: str = ""                                         # reduce | increase | level, where known
    source: str = "catalog"                                # catalog | discovered
    families: list[str] = field(default_factory=list)      # labels of the families its plans belong to


@dataclass
class Catalog:
    id: str
    title: str
    implements: str
    indicators: list[Indicator]
    title_en: str = ""
    cites: list[str] = field(default_factory=list)
    is_symbols: list[str] = field(default_factory=list)
    title_words: list[list[str]] = field(default_factory=list)
    fit_all: bool = False          # fits every document (a corpus-wide catalog such as a copied discovered.yaml)


def _indicator(d: dict) -> Indicator:
    nat = d.get("national") or {}
    return Indicator(
        id=str(d["id"]), label=d.get("label", ""), label_en=d.get("label_en", ""),
        national_value=nat.get("value"), national_comparator=nat.get("comparator", "") if nat else "",
        national_deadline=nat.get("deadline"), national_unit=nat.get("unit", "%"),
        group_words=list(d.get("group_words") or []), action_words=list(d.get("action_words") or []),
        exclude_words=list(d.get("exclude_words") or []),
        targets=[str(x) for x in d.get("targets") or []], kind=d.get("kind", "") or "")


def load_catalog(path: Path) -> Catalog:
    d = yaml.safe_load(path.read_text(encoding="utf-8"))
    fit = d.get("fit") or {}
    return Catalog(id=str(d.get("id") or path.stem), title=d.get("title", ""),
                   title_en=d.get("title_en", ""), implements=d.get("implements", ""),
                   indicators=[_indicator(i) for i in d.get("indicators") or []],
                   cites=list(fit.get("cites") or []), is_symbols=list(fit.get("is") or []),
                   title_words=[list(g) for g in fit.get("title_words") or []],
                   fit_all=bool(fit.get("all")))


def load_catalogs(folder: Path | None = None) -> list[Catalog]:
    """Every ``*.yaml`` catalog in ``folder``, in file-name order."""
    folder = Path(folder) if folder else DEFAULT_CATALOGS
    if not folder.is_dir():
        return []
    return [load_catalog(p) for p in sorted(folder.glob("*.yaml"))]


# --------------------------------------------------------------------------
# Which documents a catalog fits
# --------------------------------------------------------------------------

def fold_symbol(symbol: str) -> str:
    """Symbol in a comparable form: case, TƯ/TW, Đ/D, dashes and spaces folded."""
    s = unicodedata.normalize("NFC", symbol or "").upper()
    s = s.replace("TƯ", "TW").replace("Đ", "D")
    return re.sub(r"[\s\-‐‑–—]", "", s)


def fold_text(text: str) -> str:
    t = unicodedata.normalize("NFC", text or "").lower()
    t = TONE_RE.sub(lambda m: TONE_FIXES[m.group(0)], t)
    for pattern, repl in VARIANTS:
        t = pattern.sub(repl, t)
    return t


def document_title(doc: Document | None, meta: DocMeta) -> str:
    return meta.title or (doc.meta.get("title", "") if doc is not None else "")


def fit_reason(catalog: Catalog, doc: Document | None, ex: Extraction) -> str:
    """Why ``catalog`` applies to the document ('' when it does not)."""
    if catalog.fit_all:
        return "all documents"
    own = fold_symbol(ex.meta.symbol)
    if own and own in {fold_symbol(s) for s in catalog.is_symbols}:
        return f"is {ex.meta.symbol}"
    cited = {fold_symbol(r.symbol) for r in ex.references}
    for s in catalog.cites:
        if fold_symbol(s) in cited:
            return f"cites {s}"
    title = fold_text(document_title(doc, ex.meta))
    if catalog.title_words and title and all(
            any(fold_text(w) in title for w in group) for group in catalog.title_words):
        return "title words"
    return ""


# --------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Segmented, folded content words of ``text`` (compound words joined by '_')."""
    from underthesea import word_tokenize
    folded = fold_text(text)
    if not folded.strip():
        return ()
    out = []
    for w in word_tokenize(folded):
        w = w.strip().replace(" ", "_")
        if HAS_LETTER.search(w) and w not in STOPWORDS:
            out.append(w)
    return tuple(out)


def contains(target_words: tuple[str, ...], word: str) -> bool:
    """Is ``word`` in the target, allowing for segmentation that split or joined it.

    The segmenter may read "chuẩn viên chức" as one word in one sentence and
    "viên chức" alone in another; a catalog word also counts when its
    syllables sit inside one target word, or run across whole target words.
    """
    if word in target_words:
        return True
    syl = word.split("_")
    for w in target_words:
        parts = w.split("_")
        if len(parts) > len(syl) and any(parts[i:i + len(syl)] == syl
                                         for i in range(len(parts) - len(syl) + 1)):
            return True
    return _runs_across(target_words, syl)


def _runs_across(target_words, syl: list[str]) -> bool:
    for i in range(len(target_words)):
        run: list[str] = []
        for w in target_words[i:]:
            run += w.split("_")
            if run == syl:
                return True
            if len(run) >= len(syl) or run != syl[:len(run)]:
                break
    return False


def phrase_recall(phrase: str, target_words: tuple[str, ...],
                  weights: dict[str, float] | None = None) -> tuple[float, list[str]]:
    """Weighted share of the phrase's words found in the target, and those words."""
    pw = words(phrase)
    if not pw:
        return 0.0, []
    weights = weights or {}
    found = [w for w in pw if contains(target_words, w)]
    total = sum(weights.get(w, 1.0) for w in pw)
    return sum(weights.get(w, 1.0) for w in found) / total, found


def best_phrase(phrases: list[str], target_words, weights=None) -> tuple[float, list[str]]:
    best = (0.0, [])
    for p in phrases:
        r = phrase_recall(p, target_words, weights)
        if r[0] > best[0] or (r[0] == best[0] and len(r[1]) > len(best[1])):
            best = r
    return best


def word_weights(catalog: Catalog) -> dict[str, float]:
    """Specificity of each catalog word: words shared by many indicators weigh less.

    weight = log(1 + N / df), N indicators, df = indicators using the word. In
    the 520 catalog "dân số" (in most indicators) weighs about 0.7, while
    "giảng viên" or "cơ bản" (one or two indicators) weigh about 2.
    """
    df: dict[str, int] = {}
    for ind in catalog.indicators:
        seen = {w for p in ind.group_words + ind.action_words for w in words(p)}
        for w in seen:
            df[w] = df.get(w, 0) + 1
    n = max(len(catalog.indicators), 1)
    return {w: math.log(1 + n / d) for w, d in df.items()}


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------

@dataclass
class Match:
    """How one target relates to one catalog: the best indicator and its evidence."""
    catalog_id: str
    indicator_id: str          # '' when nothing reached the threshold
    score: float
    matched_words: list[str]
    best_indicator_id: str     # best candidate even when below threshold
    runner_up_id: str = ""
    runner_up_score: float = 0.0

    @property
    def matched(self) -> bool:
        return bool(self.indicator_id)


def target_words(t: Target) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(group words, action words); the quote stands in for an empty side."""
    g = words(t.group) or words(t.quote)
    a = words(t.action) or words(t.quote)
    if t.annual:
        a = a + ("hằng_năm",)
    return g, a


def excluded(ind: Indicator, tw: tuple[str, ...]) -> bool:
    return any(phrase_recall(p, tw)[0] == 1.0 for p in ind.exclude_words)


def score_indicator(ind: Indicator, g, a, weights=None) -> tuple[float, list[str]]:
    if excluded(ind, g + a):
        return 0.0, []
    gs, gw = best_phrase(ind.group_words, g, weights)
    as_, aw = best_phrase(ind.action_words, a, weights)
    score = round(GROUP_WEIGHT * gs + ACTION_WEIGHT * as_, 3)
    return score, list(dict.fromkeys(gw + aw))


_WEIGHTS: dict[int, dict[str, float]] = {}


def _weights(catalog: Catalog) -> dict[str, float]:
    key = id(catalog)
    if key not in _WEIGHTS:
        _WEIGHTS[key] = word_weights(catalog)
    return _WEIGHTS[key]


# Shown as the matched words of a target the catalog lists by its id.
LISTED = "listed in the catalog"


def match_target(t: Target, catalog: Catalog, threshold: float = MATCH_THRESHOLD) -> Match:
    listed = next((ind for ind in catalog.indicators if t.target_id in ind.targets), None)
    if listed is not None:
        return Match(catalog.id, listed.id, 1.0, [LISTED], listed.id)
    g, a = target_words(t)
    weights = _weights(catalog)
    ranked = []
    for order, ind in enumerate(catalog.indicators):
        score, found = score_indicator(ind, g, a, weights)
        ranked.append((-score, -len(found), order, ind.id, found))
    ranked.sort()
    if not ranked:
        return Match(catalog.id, "", 0.0, [], "")
    top = ranked[0]
    second = ranked[1] if len(ranked) > 1 else None
    score = -top[0]
    return Match(catalog_id=catalog.id, indicator_id=top[3] if score >= threshold else "",
                 score=score, matched_words=[w.replace("_", " ") for w in top[4]],
                 best_indicator_id=top[3],
                 runner_up_id=second[3] if second else "",
                 runner_up_score=-second[0] if second else 0.0)
